import type { TransitionContext } from '../state/context.js';
import { beginPath } from '../tasks/begin-path.js';
import type { TasksState } from '../tasks/types.js';
import type { WorldConfig } from '../world/config.js';
import { diskStatusDuration } from './lifecycle.js';
import type { Disk, DiskStatus } from './types.js';

/**
 * Moves a disk along a status path (`['Attaching', 'In_use']`), scheduling the task that ends
 * each transient status after its timing.
 *
 * @param disk - The disk.
 * @param path - The statuses to pass through.
 * @param tasks - The scheduler.
 * @param world - The world (for timings).
 * @param ctx - The current time.
 * @returns The updated disk and scheduler.
 * @internal
 */
export function enterDiskPath(
  disk: Disk,
  path: readonly DiskStatus[],
  tasks: TasksState,
  world: WorldConfig,
  ctx: TransitionContext,
): { disk: Disk; tasks: TasksState } {
  const step = beginPath(path, (s) => diskStatusDuration(s, world.timings), tasks, ctx.nowMs, {
    kind: 'disk',
    id: disk.diskId,
  });
  // Back from ReIniting (a rollback or re-initialisation) is not a new attachment.
  const attached =
    step.status === 'In_use' && disk.status !== 'In_use' && disk.status !== 'ReIniting';
  const next: Disk = {
    ...disk,
    status: step.status,
    plan: step.plan,
    pendingTask: step.pendingTask,
    everAttached: disk.everAttached || step.status === 'In_use',
    attachedTime: attached ? ctx.now : disk.attachedTime,
    instanceId: step.status === 'Available' ? null : disk.instanceId,
    device: step.status === 'Available' ? null : disk.device,
    detachedTime: step.status === 'Available' && disk.instanceId ? ctx.now : disk.detachedTime,
  };
  return { disk: next, tasks: step.tasks };
}
