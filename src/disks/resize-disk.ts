import { requireInstanceStatus } from '../instances/lifecycle.js';
import { findInstance } from '../instances/store.js';
import type { InputOf, Operation } from '../operations/operation.js';
import { type EcsError, ecsError } from '../shared/ecs-error.js';
import { clientToken, fieldReader, fieldsOf, int, oneOf, text } from '../shared/fields.js';
import { err, ok, type Result } from '../shared/result.js';
import { commit } from '../state/commit.js';
import type { EcsState } from '../state/ecs-state.js';
import {
  type DiskCategory,
  dataDiskSizeRange,
  type PerformanceLevel,
  systemDiskSizeRange,
} from './categories.js';
import { requireDisk } from './errors.js';
import { requireDiskStatus } from './lifecycle.js';
import { putDisk } from './store.js';
import type { Disk } from './types.js';

/**
 * `ResizeDisk` parameters (the SDK's `ResizeDiskRequest`).
 *
 * @example
 * ```ts
 * const request: ResizeDiskRequest = { diskId: 'd-bp1s5fnvk4gn2tws0001', newSize: 200, type: 'online' };
 * ```
 * @category Disks
 */
export interface ResizeDiskRequest {
  /** The disk (required): `In_use` (its instance `Running` or `Stopped`) or `Available`. */
  diskId?: string | undefined;
  /** The new capacity in GiB (required): larger than the current one and within the category's range. */
  newSize?: number | undefined;
  /**
   * `offline` (default) or `online`. In fake-ecs both take effect at once; on real ECS an offline
   * resize of an attached disk reaches the guest only after the instance restarts.
   */
  type?: string | undefined;
  /** Idempotency token (ASCII, up to 64 characters). */
  clientToken?: string | undefined;
}

/**
 * `ResizeDisk` response body: `orderId` is empty (real ECS fills it for subscription disks only).
 *
 * @example
 * ```ts
 * const body: WithRequestId<ResizeDiskResponseBody> = { requestId: '473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E', orderId: '' };
 * ```
 * @category Disks
 */
export interface ResizeDiskResponseBody {
  /** The order of a subscription disk's resize: always empty (disks are pay-as-you-go). */
  orderId: string;
}

const FIELDS = fieldsOf<ResizeDiskRequest>()(() => ({
  diskId: text.required(),
  newSize: int().required(),
  type: oneOf(['offline', 'online'] as const).default('offline'),
  clientToken,
}));

/** @internal */
export type ResizeDiskInput = InputOf<typeof FIELDS>;

function checkInstance(state: EcsState, disk: Disk): Result<Disk, EcsError> {
  const instance = disk.instanceId ? findInstance(state, disk.instanceId) : undefined;
  if (!instance) return ok(disk);
  // ResizeDisk accepts the same instance statuses as attaching a data disk: Running or Stopped.
  const allowed = requireInstanceStatus(instance, 'ResizeDisk');
  return allowed.ok ? ok(disk) : allowed;
}

function checkSize(disk: Disk, newSize: number): Result<number, EcsError> {
  const category = disk.category as DiskCategory;
  const level = disk.performanceLevel as PerformanceLevel | null;
  const range =
    disk.type === 'system'
      ? systemDiskSizeRange(category, level)
      : dataDiskSizeRange(category, level);
  if (newSize > disk.size && newSize <= range.max) return ok(newSize);
  const code =
    disk.type === 'system'
      ? 'InvalidSystemDiskSize.ValueNotSupported'
      : 'InvalidDataDiskSize.ValueNotSupported';
  return err(
    ecsError(
      code,
      `The specified NewSize ${newSize} GiB is not valid for disk ${disk.diskId}: it must be larger than ${disk.size} GiB and at most ${range.max} GiB for ${disk.category}.`,
    ),
  );
}

/**
 * `ResizeDisk`: grows a disk. The new size shows at once; data and partitions are unchanged.
 *
 * @internal
 */
export const resizeDiskOp: Operation<ResizeDiskInput, ResizeDiskResponseBody> = {
  action: 'ResizeDisk',
  read: fieldReader(FIELDS),
  run(state, input) {
    const disk = requireDisk(state, input.diskId);
    if (!disk.ok) return disk;
    const status = requireDiskStatus(disk.value, 'ResizeDisk');
    if (!status.ok) return status;
    if (disk.value.progressingSnapshotId) {
      return err(
        ecsError(
          'IncorrectDiskStatus.CreatingSnapshot',
          `A previous snapshot creation is in process: the disk cannot be resized until ${disk.value.progressingSnapshotId} completes.`,
        ),
      );
    }
    const instance = checkInstance(state, disk.value);
    if (!instance.ok) return instance;
    const size = checkSize(disk.value, input.newSize);
    if (!size.ok) return size;
    const resized: Disk = { ...disk.value, size: size.value };
    return ok({
      state: commit(state, { disks: putDisk(state.disks, resized) }),
      response: { orderId: '' },
    });
  },
};
