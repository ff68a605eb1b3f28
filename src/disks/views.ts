import { type TagsView, tagsView } from '../shared/tags.js';
import type { Disk } from './types.js';

/**
 * A disk as `DescribeDisks` returns it: the fields of the SDK's
 * `DescribeDisksResponseBodyDisksDisk` that fake-ecs fills. Absent values are empty strings, as
 * real ECS sends them (`instanceId` and `device` are empty while the disk is not attached).
 *
 * @example
 * ```ts
 * const item: DiskView = ecs.describeDisks({ regionId: 'cn-hangzhou' }).disks.disk[0];
 * item.status; //=> 'Available'
 * ```
 * @category Disks
 */
export interface DiskView {
  /** Disk id. */
  diskId: string;
  /** Name (empty when never named). */
  diskName: string;
  /** Description. */
  description: string;
  /** Region. */
  regionId: string;
  /** Zone. */
  zoneId: string;
  /** `system` or `data`. */
  type: string;
  /** Category, e.g. `cloud_essd`. */
  category: string;
  /** ESSD performance level (`PL0`-`PL3`); present for `cloud_essd` disks only. */
  performanceLevel?: string;
  /** Capacity in GiB. */
  size: number;
  /** `Creating`, `Available`, `Attaching`, `In_use`, `Detaching` or `ReIniting`. */
  status: string;
  /** The instance it is attached (or attaching, or detaching) to; empty otherwise. */
  instanceId: string;
  /** Its device name on that instance, e.g. `/dev/xvdb`; empty otherwise. */
  device: string;
  /** The snapshot it was created from; empty otherwise. */
  sourceSnapshotId: string;
  /** The image a system disk was created from; empty otherwise. */
  imageId: string;
  /** Creation time, `yyyy-MM-ddTHH:mm:ssZ`. */
  creationTime: string;
  /** Last attach time; empty before the first attach. */
  attachedTime: string;
  /** Last detach time; empty before the first detach. */
  detachedTime: string;
  /** Always `PostPaid` (pay-as-you-go). */
  diskChargeType: string;
  /** Whether it can be detached and attached elsewhere. */
  portable: boolean;
  /** Released with its instance. */
  deleteWithInstance: boolean;
  /** Automatic snapshots released with the disk. */
  deleteAutoSnapshot: boolean;
  /** Whether automatic snapshot policies apply. */
  enableAutoSnapshot: boolean;
  /** Whether an automatic snapshot policy is applied. */
  enableAutomatedSnapshotPolicy: boolean;
  /** The applied automatic snapshot policy; empty when none. */
  autoSnapshotPolicyId: string;
  /** Always `false`: fake-ecs does not model encryption. */
  encrypted: boolean;
  /** Where it is attached: one entry while it has an instance, none otherwise. */
  attachments: {
    /** One entry while the disk is attached. */
    attachment: {
      /** The instance. */
      instanceId: string;
      /** The device name. */
      device: string;
      /** When it was attached. */
      attachedTime: string;
    }[];
  };
  /** Tags. */
  tags: TagsView;
  /** Locks (none in fake-ecs). */
  operationLocks: {
    /** The locks (always empty). */
    operationLock: {
      /** Why it is locked. */
      lockReason: string;
    }[];
  };
}

/**
 * Renders a disk for `DescribeDisks`.
 *
 * @param disk - The stored disk.
 * @returns The SDK-shaped item.
 * @internal
 */
export function diskView(disk: Disk): DiskView {
  const attachments = disk.instanceId
    ? [
        {
          instanceId: disk.instanceId,
          device: disk.device ?? '',
          attachedTime: disk.attachedTime ?? '',
        },
      ]
    : [];
  return {
    diskId: disk.diskId,
    diskName: disk.diskName,
    description: disk.description,
    regionId: disk.regionId,
    zoneId: disk.zoneId,
    type: disk.type,
    category: disk.category,
    ...(disk.performanceLevel ? { performanceLevel: disk.performanceLevel } : {}),
    size: disk.size,
    status: disk.status,
    instanceId: disk.instanceId ?? '',
    device: disk.device ?? '',
    sourceSnapshotId: disk.sourceSnapshotId ?? '',
    imageId: disk.imageId ?? '',
    creationTime: disk.creationTime,
    attachedTime: disk.attachedTime ?? '',
    detachedTime: disk.detachedTime ?? '',
    diskChargeType: 'PostPaid',
    portable: disk.portable,
    deleteWithInstance: disk.deleteWithInstance,
    deleteAutoSnapshot: disk.deleteAutoSnapshot,
    enableAutoSnapshot: disk.enableAutoSnapshot,
    enableAutomatedSnapshotPolicy: disk.autoSnapshotPolicyId !== null,
    autoSnapshotPolicyId: disk.autoSnapshotPolicyId ?? '',
    encrypted: false,
    attachments: { attachment: attachments },
    tags: tagsView(disk.tags),
    operationLocks: { operationLock: [] },
  };
}
