import type { TransitionContext } from '../state/context.js';
import { beginPath } from '../tasks/begin-path.js';
import type { TasksState } from '../tasks/types.js';
import type { WorldConfig } from '../world/config.js';
import { instanceStatusDuration } from './lifecycle.js';
import type { Instance, InstanceStatus } from './types.js';

/**
 * Moves an instance along a status path (`['Stopping', 'Stopped']`), scheduling the task that
 * ends each transient status after its timing.
 *
 * @param instance - The instance.
 * @param path - The statuses to pass through.
 * @param tasks - The scheduler.
 * @param world - The world (for timings).
 * @param ctx - The current time.
 * @returns The updated instance and scheduler.
 * @internal
 */
export function enterInstancePath(
  instance: Instance,
  path: readonly InstanceStatus[],
  tasks: TasksState,
  world: WorldConfig,
  ctx: TransitionContext,
): { instance: Instance; tasks: TasksState } {
  const step = beginPath(path, (s) => instanceStatusDuration(s, world.timings), tasks, ctx.nowMs, {
    kind: 'instance',
    id: instance.instanceId,
  });
  const next: Instance = {
    ...instance,
    status: step.status,
    plan: step.plan,
    pendingTask: step.pendingTask,
    startTime: step.status === 'Running' ? ctx.now : instance.startTime,
  };
  return { instance: next, tasks: step.tasks };
}
