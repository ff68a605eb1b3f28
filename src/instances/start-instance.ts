import { disksOfInstance } from '../disks/store.js';
import type { InputOf, Operation } from '../operations/operation.js';
import { type EcsError, ecsError } from '../shared/ecs-error.js';
import { fieldReader, fieldsOf, flag, text } from '../shared/fields.js';
import { err, ok, type Result } from '../shared/result.js';
import type { EcsState } from '../state/ecs-state.js';
import { changePower } from './change-power.js';
import type { Instance } from './types.js';

/**
 * Refuses to start an instance one of whose disks is still being re-initialised (`ResetDisk`,
 * `ReInitDisk`: `ReIniting` for `timings.diskReInit`): its guest could not read that disk. ECS's
 * StartInstance table documents `DiskError` (403) for a disk in an abnormal status.
 *
 * @param state - The state.
 * @param instance - The instance about to start.
 * @returns `true`, or `DiskError`.
 * @internal
 */
export function disksReadable(
  state: EcsState,
  instance: Instance,
): Result<true, EcsError<'DiskError'>> {
  const busy = disksOfInstance(state, instance.instanceId).find((d) => d.status === 'ReIniting');
  if (!busy) return ok(true);
  return err(
    ecsError(
      'DiskError',
      `Incorrect Disk Status: disk ${busy.diskId} of instance ${instance.instanceId} is ReIniting; start the instance once it is ${busy.plan.at(-1) ?? 'In_use'}.`,
    ),
  );
}

/**
 * `StartInstance` parameters.
 *
 * @example
 * ```ts
 * const request: StartInstanceRequest = { instanceId: 'i-bp67acfmxazb4p0001' };
 * ```
 * @category Instances
 */
export interface StartInstanceRequest {
  /** The instance (required); it must be `Stopped`. */
  instanceId?: string | undefined;
  /** Accepted for compatibility; fake-ecs instances have no local disks to initialise. */
  initLocalDisk?: boolean | undefined;
  /** Validate only. */
  dryRun?: boolean | undefined;
}

const FIELDS = fieldsOf<StartInstanceRequest>()(() => ({
  initLocalDisk: flag.discard(),
  instanceId: text.required(),
  dryRun: flag,
}));

/**
 * `StartInstance`: `Stopped` -> `Starting` -> `Running`; refused with `DiskError` while one of its
 * disks is `ReIniting`.
 *
 * @internal
 */
export const startInstanceOp: Operation<InputOf<typeof FIELDS>, Record<never, never>> = {
  action: 'StartInstance',
  read: fieldReader(FIELDS),

  run: (state, input, ctx) =>
    changePower(state, input, ctx, 'StartInstance', ['Starting', 'Running'], disksReadable),
};
