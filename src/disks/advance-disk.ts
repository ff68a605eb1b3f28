import { apiTime } from '../clock/timestamp.js';
import { commit } from '../state/commit.js';
import type { EcsState } from '../state/ecs-state.js';
import { enterDiskPath } from './enter-status.js';
import { findDisk, putDisk } from './store.js';

/**
 * The scheduler's handler for disk tasks: ends the current transient status and enters the next
 * status of the plan. A stale task (the disk moved on or is gone) does nothing.
 *
 * @param state - The state, its clock at the task's time.
 * @param diskId - The disk.
 * @param taskSeq - The task's sequence number.
 * @param nowMs - The task's time.
 * @returns The next state.
 * @internal
 */
export function advanceDisk(
  state: EcsState,
  diskId: string,
  taskSeq: number,
  nowMs: number,
): EcsState {
  const disk = findDisk(state, diskId);
  if (!disk || disk.pendingTask !== taskSeq) return state;
  const moved = enterDiskPath(disk, disk.plan, state.tasks, state.world, {
    now: apiTime(nowMs),
    nowMs,
  });
  return commit(state, { disks: putDisk(state.disks, moved.disk), tasks: moved.tasks });
}
