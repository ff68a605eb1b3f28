import { instanceNotFound } from '../instances/errors.js';
import { requireInstanceStatus } from '../instances/lifecycle.js';
import { findInstance } from '../instances/store.js';
import type { Instance } from '../instances/types.js';
import type { InputOf, Operation } from '../operations/operation.js';
import { type EcsError, ecsError } from '../shared/ecs-error.js';
import { fieldReader, fieldsOf, flag, text } from '../shared/fields.js';
import { err, ok, type Result } from '../shared/result.js';
import { commit } from '../state/commit.js';
import type { EcsState } from '../state/ecs-state.js';
import { enterDiskPath } from './enter-status.js';
import { requireDisk } from './errors.js';
import { requireDiskStatus } from './lifecycle.js';
import { nextDataDevice } from './new-disk.js';
import { disksOfInstance, putDisk } from './store.js';
import type { Disk } from './types.js';

/**
 * `AttachDisk` parameters (the SDK's `AttachDiskRequest` fields fake-ecs supports). Attaching a
 * system disk (`bootable`, `password`, `keyPairName`) and choosing the device are not supported.
 *
 * @example
 * ```ts
 * const request: AttachDiskRequest = { instanceId: 'i-bp67acfmxazb4p0001', diskId: 'd-bp1s5fnvk4gn2tws0001' };
 * ```
 * @category Disks
 */
export interface AttachDiskRequest {
  /** The instance (required): `Running` or `Stopped`, in the disk's zone. */
  instanceId?: string | undefined;
  /** The disk (required): an `Available` data disk. */
  diskId?: string | undefined;
  /** Release the disk with the instance. Default `false`. */
  deleteWithInstance?: boolean | undefined;
  /** Attach as the system disk: only `false` is accepted; `true` fails with `UnsupportedParameter`. */
  bootable?: boolean | undefined;
}

/**
 * `AttachDisk` response body: only the request id.
 *
 * @example
 * ```ts
 * const body: WithRequestId<AttachDiskResponseBody> = { requestId: '473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E' };
 * ```
 * @category Disks
 */
export type AttachDiskResponseBody = Record<never, never>;

const FIELDS = fieldsOf<AttachDiskRequest>()(() => ({
  instanceId: text.required(),
  diskId: text.required(),
  deleteWithInstance: flag.default(false),
  bootable: flag.default(false),
}));

/** @internal */
export type AttachDiskInput = InputOf<typeof FIELDS>;

function checkDisk(disk: Disk, bootable: boolean): Result<Disk, EcsError> {
  if (bootable)
    return err(
      ecsError(
        'UnsupportedParameter',
        'The parameter Bootable=true (attaching a system disk) is not supported by fake-ecs; leave it unset.',
      ),
    );
  if (disk.status === 'In_use')
    return err(
      ecsError(
        'InvalidDisk.InUse',
        `The specified disk ${disk.diskId} has been occupied by instance ${disk.instanceId ?? ''}.`,
      ),
    );
  const status = requireDiskStatus(disk, 'AttachDisk');
  if (!status.ok) return status;
  if (disk.type === 'system')
    return err(
      ecsError(
        'DiskTypeViolation',
        `The specified disk ${disk.diskId} is a system disk: fake-ecs does not attach a detached system disk again.`,
      ),
    );
  return ok(disk);
}

function checkInstance(state: EcsState, disk: Disk, instance: Instance): Result<Disk[], EcsError> {
  if (instance.zoneId !== disk.zoneId) {
    return err(
      ecsError(
        'ResourcesNotInSameZone',
        `The specified instance (${instance.zoneId}) and disk (${disk.zoneId}) are not in the same zone.`,
      ),
    );
  }
  const status = requireInstanceStatus(instance, 'AttachDisk');
  if (!status.ok) return status;
  const attached = disksOfInstance(state, instance.instanceId);
  const limit = state.world.quotas.dataDisksPerInstance;
  if (attached.filter((d) => d.type === 'data').length >= limit) {
    return err(
      ecsError(
        'InstanceDiskLimitExceeded',
        `The amount of the disk on instance ${instance.instanceId} reach its limits: at most ${limit} data disks.`,
      ),
    );
  }
  return ok(attached);
}

/**
 * `AttachDisk`: an `Available` data disk goes `Attaching` for `timings.diskAttach` seconds, then
 * `In_use` on the first free device (`/dev/xvdb`, `/dev/xvdc`, ...). It is then marked as having
 * been attached, which snapshots require.
 *
 * @internal
 */
export const attachDiskOp: Operation<AttachDiskInput, AttachDiskResponseBody> = {
  action: 'AttachDisk',
  read: fieldReader(FIELDS),
  run(state, input, ctx) {
    const found = requireDisk(state, input.diskId);
    if (!found.ok) return found;
    const instance = findInstance(state, input.instanceId);
    if (!instance) return err(instanceNotFound(input.instanceId));
    const disk = checkDisk(found.value, input.bootable);
    if (!disk.ok) return disk;
    const attached = checkInstance(state, disk.value, instance);
    if (!attached.ok) return attached;
    const device = nextDataDevice(new Set(attached.value.flatMap((d) => d.device ?? [])));
    const target: Disk = {
      ...disk.value,
      instanceId: instance.instanceId,
      device,
      deleteWithInstance: input.deleteWithInstance,
    };
    const entered = enterDiskPath(target, ['Attaching', 'In_use'], state.tasks, state.world, ctx);
    return ok({
      state: commit(state, { disks: putDisk(state.disks, entered.disk), tasks: entered.tasks }),
      response: {},
    });
  },
};
