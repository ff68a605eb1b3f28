import { apiTime } from '../clock/timestamp.js';
import { commit } from '../state/commit.js';
import type { EcsState } from '../state/ecs-state.js';
import { enterInstancePath } from './enter-status.js';
import { findInstance, putInstance } from './store.js';

/**
 * The scheduler's handler for instance tasks: ends the current transient status and enters the
 * next status of the plan. A stale task (the instance moved on or is gone) does nothing.
 *
 * @param state - The state, its clock at the task's time.
 * @param instanceId - The instance.
 * @param taskSeq - The task's sequence number.
 * @param nowMs - The task's time.
 * @returns The next state.
 * @internal
 */
export function advanceInstance(
  state: EcsState,
  instanceId: string,
  taskSeq: number,
  nowMs: number,
): EcsState {
  const instance = findInstance(state, instanceId);
  if (!instance || instance.pendingTask !== taskSeq) return state;
  const ctx = { now: apiTime(nowMs), nowMs };
  const moved = enterInstancePath(instance, instance.plan, state.tasks, state.world, ctx);
  return commit(state, {
    instances: putInstance(state.instances, moved.instance),
    tasks: moved.tasks,
  });
}
