import { instanceNotFound } from '../instances/errors.js';
import { requireInstanceStatus } from '../instances/lifecycle.js';
import { findInstance } from '../instances/store.js';
import type { Instance } from '../instances/types.js';
import type { InputOf, Operation } from '../operations/operation.js';
import { type EcsError, ecsError } from '../shared/ecs-error.js';
import { fieldReader, fieldsOf, flag, text } from '../shared/fields.js';
import { err, ok, type Result } from '../shared/result.js';
import { commit } from '../state/commit.js';
import { enterDiskPath } from './enter-status.js';
import { requireDisk } from './errors.js';
import { requireDiskStatus } from './lifecycle.js';
import { putDisk } from './store.js';
import type { Disk } from './types.js';

/**
 * `DetachDisk` parameters (the SDK's `DetachDiskRequest`).
 *
 * @example
 * ```ts
 * const request: DetachDiskRequest = { instanceId: 'i-bp67acfmxazb4p0001', diskId: 'd-bp1s5fnvk4gn2tws0001' };
 * ```
 * @category Disks
 */
export interface DetachDiskRequest {
  /** The instance the disk is attached to (required): `Running` or `Stopped` for a data disk, `Stopped` for the system disk. */
  instanceId?: string | undefined;
  /** The disk (required): `In_use` on that instance and portable. */
  diskId?: string | undefined;
  /** What the detached disk keeps as its `DeleteWithInstance` attribute. Default `false`. */
  deleteWithInstance?: boolean | undefined;
}

/**
 * `DetachDisk` response body: only the request id.
 *
 * @example
 * ```ts
 * const body: WithRequestId<DetachDiskResponseBody> = { requestId: '473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E' };
 * ```
 * @category Disks
 */
export type DetachDiskResponseBody = Record<never, never>;

const FIELDS = fieldsOf<DetachDiskRequest>()(() => ({
  instanceId: text.required(),
  diskId: text.required(),
  deleteWithInstance: flag.default(false),
}));

/** @internal */
export type DetachDiskInput = InputOf<typeof FIELDS>;

function checkDetach(disk: Disk, instance: Instance): Result<Disk, EcsError> {
  if (disk.status === 'Available')
    return err(
      ecsError(
        'InvalidDisk.AlreadyDetached',
        `The specified disk ${disk.diskId} has been detached.`,
      ),
    );
  if (disk.instanceId !== instance.instanceId) {
    return err(
      ecsError(
        'DependencyViolation',
        `The specified disk ${disk.diskId} has not been attached on the specified instance ${instance.instanceId}.`,
      ),
    );
  }
  const status = requireDiskStatus(disk, 'DetachDisk');
  if (!status.ok) return status;
  if (!disk.portable)
    return err(
      ecsError('DiskNotPortable', `The specified disk ${disk.diskId} is not a portable disk.`),
    );
  const allowed = requireInstanceStatus(
    instance,
    disk.type === 'system' ? 'DetachSystemDisk' : 'DetachDataDisk',
  );
  if (!allowed.ok) return allowed;
  return ok(disk);
}

/**
 * `DetachDisk`: an `In_use` disk goes `Detaching` for `timings.diskDetach` seconds, then
 * `Available`, free of its instance and device. A system disk detaches only while its instance is
 * `Stopped`.
 *
 * @internal
 */
export const detachDiskOp: Operation<DetachDiskInput, DetachDiskResponseBody> = {
  action: 'DetachDisk',
  read: fieldReader(FIELDS),
  run(state, input, ctx) {
    const disk = requireDisk(state, input.diskId);
    if (!disk.ok) return disk;
    const instance = findInstance(state, input.instanceId);
    if (!instance) return err(instanceNotFound(input.instanceId));
    const checked = checkDetach(disk.value, instance);
    if (!checked.ok) return checked;
    const target: Disk = { ...checked.value, deleteWithInstance: input.deleteWithInstance };
    const entered = enterDiskPath(
      target,
      ['Detaching', 'Available'],
      state.tasks,
      state.world,
      ctx,
    );
    return ok({
      state: commit(state, { disks: putDisk(state.disks, entered.disk), tasks: entered.tasks }),
      response: {},
    });
  },
};
