import { deepFreeze } from '../shared/deep-freeze.js';
import type { EcsError } from '../shared/ecs-error.js';
import { ecsError } from '../shared/ecs-error.js';
import { err, ok, type Result } from '../shared/result.js';
import type { Timings } from '../world/timings.js';
import type { Instance, InstanceStatus } from './types.js';

/**
 * Every instance status.
 *
 * @example
 * ```ts
 * INSTANCE_STATUSES.length; //=> 5
 * ```
 * @category Instances
 */
export const INSTANCE_STATUSES: readonly InstanceStatus[] = Object.freeze([
  'Pending',
  'Starting',
  'Running',
  'Stopping',
  'Stopped',
]);

/**
 * The instance lifecycle as data: the statuses each status can move to.
 *
 * @example
 * ```ts
 * INSTANCE_TRANSITIONS.Stopping; //=> ['Stopped', 'Starting']
 * ```
 * @category Instances
 */
export const INSTANCE_TRANSITIONS: Readonly<Record<InstanceStatus, readonly InstanceStatus[]>> =
  deepFreeze({
    Pending: ['Starting', 'Stopped'],
    Starting: ['Running'],
    Running: ['Stopping'],
    Stopping: ['Stopped', 'Starting'],
    Stopped: ['Starting'],
  });

/**
 * Which instance statuses each operation accepts (anything else is `IncorrectInstanceStatus`).
 * `DeleteInstance` with `force: true` also accepts `Running`.
 *
 * @example
 * ```ts
 * INSTANCE_OPERATIONS.StartInstance; //=> ['Stopped']
 * ```
 * @category Instances
 */
export const INSTANCE_OPERATIONS: Readonly<Record<InstanceOperation, readonly InstanceStatus[]>> =
  deepFreeze({
    StartInstance: ['Stopped'],
    StopInstance: ['Running'],
    RebootInstance: ['Running'],
    DeleteInstance: ['Stopped'],
    ForceDeleteInstance: ['Running', 'Stopped'],
    AttachDisk: ['Running', 'Stopped'],
    ResizeDisk: ['Running', 'Stopped'],
    DetachDataDisk: ['Running', 'Stopped'],
    DetachSystemDisk: ['Stopped'],
    WriteDisk: ['Running'],
    ResetDisk: ['Stopped'],
    ReInitDisk: ['Stopped'],
    ReplaceSystemDisk: ['Stopped'],
  });

/**
 * An operation named in {@link INSTANCE_OPERATIONS}.
 *
 * @example
 * ```ts
 * const op: InstanceOperation = 'StopInstance';
 * ```
 * @category Instances
 */
export type InstanceOperation =
  | 'StartInstance'
  | 'StopInstance'
  | 'RebootInstance'
  | 'DeleteInstance'
  | 'ForceDeleteInstance'
  | 'AttachDisk'
  | 'ResizeDisk'
  | 'DetachDataDisk'
  | 'DetachSystemDisk'
  | 'WriteDisk'
  | 'ResetDisk'
  | 'ReInitDisk'
  | 'ReplaceSystemDisk';

/**
 * How long an instance stays in a transient status; `undefined` for stable ones.
 *
 * @param status - The status.
 * @param timings - The world's timings.
 * @returns Seconds, or `undefined` when the status does not end by itself.
 * @internal
 */
export function instanceStatusDuration(
  status: InstanceStatus,
  timings: Timings,
): number | undefined {
  switch (status) {
    case 'Pending':
      return timings.instanceCreate;
    case 'Starting':
      return timings.instanceStart;
    case 'Stopping':
      return timings.instanceStop;
    default:
      return undefined;
  }
}

/**
 * Refuses an instance whose status the operation does not accept.
 *
 * @param instance - The instance.
 * @param operation - The operation.
 * @returns The instance, or `IncorrectInstanceStatus` saying which statuses would do.
 * @internal
 */
export function requireInstanceStatus(
  instance: Instance,
  operation: InstanceOperation,
): Result<Instance, EcsError<'IncorrectInstanceStatus'>> {
  const allowed: readonly InstanceStatus[] = INSTANCE_OPERATIONS[operation];
  if (allowed.includes(instance.status)) return ok(instance);
  return err(
    ecsError(
      'IncorrectInstanceStatus',
      `The current status of the resource does not support this operation: instance ${instance.instanceId} is ${instance.status}; expected ${allowed.join(' or ')}.`,
    ),
  );
}
