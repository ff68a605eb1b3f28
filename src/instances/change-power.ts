import type { CommonInput } from '../operations/operation.js';
import type { EcsError } from '../shared/ecs-error.js';
import { err, ok, type Result } from '../shared/result.js';
import { guardInstanceChange } from '../snapshots/instance-change-guard.js';
import { commit } from '../state/commit.js';
import type { Transition, TransitionContext } from '../state/context.js';
import type { EcsState } from '../state/ecs-state.js';
import { enterInstancePath } from './enter-status.js';
import { instanceNotFound } from './errors.js';
import { type InstanceOperation, requireInstanceStatus } from './lifecycle.js';
import { findInstance, putInstance } from './store.js';

const CHANGE_WORDS: Partial<Record<InstanceOperation, string>> = {
  StartInstance: 'started',
  StopInstance: 'stopped',
  RebootInstance: 'rebooted',
};

import type { Instance, InstanceStatus } from './types.js';

/**
 * The input every power operation (start, stop, reboot) shares.
 *
 * @internal
 */
export interface PowerInput extends CommonInput {
  readonly instanceId: string;
}

/**
 * Runs a power operation: checks the instance's status against the lifecycle table, then walks
 * it along `path` on the clock. Start, stop and reboot differ only in those two facts.
 *
 * @param state - The state.
 * @param input - The instance.
 * @param ctx - The time.
 * @param operation - The row of `INSTANCE_OPERATIONS` that applies.
 * @param path - The statuses the instance passes through.
 * @param ready - A further check of the instance once its status is accepted (start: its disks).
 * @returns The transition, with an empty response body.
 * @internal
 */
export function changePower(
  state: EcsState,
  input: PowerInput,
  ctx: TransitionContext,
  operation: InstanceOperation,
  path: readonly InstanceStatus[],
  ready?: (state: EcsState, instance: Instance) => Result<unknown, EcsError>,
): Result<Transition<Record<never, never>>, EcsError> {
  const instance = findInstance(state, input.instanceId);
  if (!instance) return err(instanceNotFound(input.instanceId));
  const allowed = requireInstanceStatus(instance, operation);
  if (!allowed.ok) return allowed;
  const checked = ready?.(state, instance);
  if (checked && !checked.ok) return checked;
  const guarded = guardInstanceChange(
    state,
    instance.instanceId,
    CHANGE_WORDS[operation] ?? 'changed',
  );
  if (!guarded.ok) return guarded;
  const moved = enterInstancePath(instance, path, guarded.value.tasks, state.world, ctx);
  return ok({
    state: commit(guarded.value, {
      instances: putInstance(guarded.value.instances, moved.instance),
      tasks: moved.tasks,
    }),
    response: {},
  });
}
