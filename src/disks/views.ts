import { type TagsView, tagsView } from '../shared/tags.js';
import { viewTemplate } from '../shared/view-defaults.js';
import { DISK_VIEW_DEFAULTS } from './disk-view-defaults.js';
import { baselinePerformance } from './performance.js';
import type { Disk } from './types.js';

/**
 * A disk as `DescribeDisks` returns it: every field of the SDK's
 * `DescribeDisksResponseBodyDisksDisk`. Absent values are empty strings, as real ECS sends them
 * (`instanceId` and `device` are empty while the disk is not attached); the features fake-ecs does
 * not model show the values real ECS gives when they are unused (docs/fidelity.md lists them).
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
  /** ESSD performance level (`PL0`-`PL3`); empty for other categories. */
  performanceLevel: string;
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
  /** Whether it is encrypted (stored from its creation request or source snapshot; no data is encrypted). */
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
  /** Baseline IOPS of its category, level and size (`ecs.diskPerformance` adds the slowdowns). */
  IOPS: number;
  /** Read IOPS, reported apart only for some local disks: always 0. */
  IOPSRead: number;
  /** Write IOPS, reported apart only for some local disks: always 0. */
  IOPSWrite: number;
  /** Baseline throughput in MB/s of its category, level and size. */
  throughput: number;
  /** Read throughput, reported apart only for some local disks: always 0. */
  throughputRead: number;
  /** Write throughput, reported apart only for some local disks: always 0. */
  throughputWrite: number;
  /** Provisioned IOPS of an ESSD AutoPL disk: always 0 (no AutoPL disks in fake-ecs). */
  provisionedIops: number;
  /** Whether an ESSD AutoPL disk may burst: always `false`. */
  burstingEnabled: boolean;
  /** The serial number the guest sees: the disk id without its `d-` prefix. */
  serialNumber: string;
  /** The KMS key of an encrypted disk; empty when not encrypted. */
  KMSKeyId: string;
  /** The resource group; empty for the default group. */
  resourceGroupId: string;
  /** Expiry: pay-as-you-go disks never expire (`2999-09-08T16:00Z`, as real ECS shows them). */
  expiredTime: string;
  /** Marketplace product code of the image it came from: always empty. */
  productCode: string;
  /** `Disabled`: multi-attach (shared) disks are not modelled. */
  multiAttach: string;
  /** How many instances a multi-attach disk is mounted on: always 0. */
  mountInstanceNum: number;
  /** The instances a multi-attach disk is mounted on (always empty). */
  mountInstances: {
    /** The mounts. */
    mountInstance: {
      /** The instance. */
      instanceId: string;
      /** The device name. */
      device: string;
      /** When it was attached. */
      attachedTime: string;
    }[];
  };
  /** The disk a cloned disk was made from: always empty (cloning is not modelled). */
  sourceDiskId: string;
  /** The source of the disk's data when not a snapshot or image: always empty. */
  dataSource: {
    /** The source's id. */
    id: string;
    /** The source's kind. */
    type: string;
  };
  /** Zones of a regional (zone-redundant) disk: always empty. */
  placement: {
    /** The zones, comma-separated. */
    zoneIds: string;
  };
  /** BDF id of a disk attached through a dedicated bus: always empty. */
  bdfId: string;
  /** The dedicated block storage cluster: always empty. */
  storageClusterId: string;
  /** The storage set: always empty. */
  storageSetId: string;
  /** The partition in its storage set: always 0. */
  storageSetPartitionNumber: number;
}

/** Every field of a disk view: the modelled ones (placeholders), then the defaults. */
const TEMPLATE = viewTemplate<DiskView, typeof DISK_VIEW_DEFAULTS>(
  () => ({
    diskId: '',
    diskName: '',
    description: '',
    regionId: '',
    zoneId: '',
    type: '',
    category: '',
    performanceLevel: '',
    size: 0,
    status: '',
    instanceId: '',
    device: '',
    sourceSnapshotId: '',
    imageId: '',
    creationTime: '',
    attachedTime: '',
    detachedTime: '',
    portable: false,
    deleteWithInstance: false,
    deleteAutoSnapshot: false,
    enableAutoSnapshot: false,
    enableAutomatedSnapshotPolicy: false,
    autoSnapshotPolicyId: '',
    attachments: { attachment: [] },
    tags: { tag: [] },
    IOPS: 0,
    throughput: 0,
    serialNumber: '',
    encrypted: false,
    KMSKeyId: '',
    resourceGroupId: '',
  }),
  DISK_VIEW_DEFAULTS,
);

/**
 * Renders a disk for `DescribeDisks`.
 *
 * @param disk - The stored disk.
 * @returns The SDK-shaped item.
 * @internal
 */
export function diskView(disk: Disk): DiskView {
  const performance = baselinePerformance(disk.category, disk.performanceLevel, disk.size);
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
    ...TEMPLATE(),
    diskId: disk.diskId,
    diskName: disk.diskName,
    description: disk.description,
    regionId: disk.regionId,
    zoneId: disk.zoneId,
    type: disk.type,
    category: disk.category,
    performanceLevel: disk.performanceLevel ?? '',
    size: disk.size,
    status: disk.status,
    instanceId: disk.instanceId ?? '',
    device: disk.device ?? '',
    sourceSnapshotId: disk.sourceSnapshotId ?? '',
    imageId: disk.imageId ?? '',
    creationTime: disk.creationTime,
    attachedTime: disk.attachedTime ?? '',
    detachedTime: disk.detachedTime ?? '',
    portable: disk.portable,
    deleteWithInstance: disk.deleteWithInstance,
    deleteAutoSnapshot: disk.deleteAutoSnapshot,
    enableAutoSnapshot: disk.enableAutoSnapshot,
    enableAutomatedSnapshotPolicy: disk.autoSnapshotPolicyIds.length > 0,
    // The field holds one id: the first policy applied (the others show in the policies' DiskNums).
    autoSnapshotPolicyId: disk.autoSnapshotPolicyIds[0] ?? '',
    attachments: { attachment: attachments },
    tags: tagsView(disk.tags),
    IOPS: performance.iops,
    throughput: performance.throughputMBps,
    serialNumber: disk.diskId.slice(2),
    encrypted: disk.encrypted ?? false,
    KMSKeyId: disk.kmsKeyId ?? '',
    resourceGroupId: disk.resourceGroupId ?? '',
  };
}
