import { findDisk } from '../disks/store.js';
import { findInstance } from '../instances/store.js';
import { type TagsView, tagsView } from '../shared/tags.js';
import type { EcsState } from '../state/ecs-state.js';
import { snapshotProgress } from './progress.js';
import type { Snapshot, SnapshotLink } from './types.js';

/**
 * A snapshot as `DescribeSnapshots` returns it: the fields of the SDK's
 * `DescribeSnapshotsResponseBodySnapshotsSnapshot` that fake-ecs can fill honestly, with the SDK's
 * types (`sourceDiskSize` a string, `progress` a string such as `"37%"`, `remainTime` a number).
 *
 * @example
 * ```ts
 * const item: SnapshotView = ecs.describeSnapshots({ regionId: 'cn-hangzhou' }).snapshots.snapshot[0];
 * item.progress; //=> '37%'
 * ```
 * @category Snapshots
 */
export interface SnapshotView {
  /** Snapshot id. */
  snapshotId: string;
  /** Name; present only when one was set. */
  snapshotName?: string;
  /** Description (empty when none). */
  description: string;
  /** `progressing`, `accomplished` or `failed`. */
  status: string;
  /** Copy progress, `"0%"` to `"100%"`, from the virtual clock. */
  progress: string;
  /** Whole seconds until completion; 0 when accomplished or failed. */
  remainTime: number;
  /** Creation time, `yyyy-MM-ddTHH:mm:ssZ`. */
  creationTime: string;
  /** When its attributes last changed. */
  lastModifiedTime: string;
  /** The source disk (kept after the disk is released). */
  sourceDiskId: string;
  /** The source disk's size in GiB, as a string (the SDK's type). */
  sourceDiskSize: string;
  /** `system` or `data`. */
  sourceDiskType: string;
  /** Always `disk`. */
  sourceStorageType: string;
  /** `user` (manual) or `auto`. */
  snapshotType: string;
  /** `none`, `disk`, `image` or `image_disk`. */
  usage: string;
  /** Always `standard`. */
  category: string;
  /** Whether it can be used (ESSD-series snapshots at once, others when accomplished). */
  available: boolean;
  /** Days until automatic release, counted from creation; absent when kept until deleted. */
  retentionDays?: number;
  /** Always `false`: fake-ecs does not model encryption. */
  encrypted: boolean;
  /** Bytes of the whole disk image it restores (every written block, at the block size). */
  fullSnapshotSizeInBytes: number;
  /** The snapshot chain of its disk. */
  snapshotLinkId: string;
  /** Region. */
  regionId: string;
  /** Always `false`: instant access is deprecated (ESSD snapshots are `available` at once). */
  instantAccess: boolean;
  /** Marketplace product code of the image it came from; never set in fake-ecs. */
  productCode?: string;
  /** For a copy made by `CopySnapshot`: the region of the original; absent otherwise. */
  sourceRegionId?: string;
  /** For a copy made by `CopySnapshot`: the original snapshot; absent otherwise. */
  sourceSnapshotId?: string;
  /**
   * fake-ecs extra field (not in the SDK's model, which stays assignable): the
   * snapshot-consistent group the snapshot was taken in; absent for a snapshot of its own.
   */
  snapshotGroupId?: string;
  /** Tags. */
  tags: TagsView;
}

/**
 * A snapshot chain as `DescribeSnapshotLinks` returns it (the SDK's
 * `DescribeSnapshotLinksResponseBodySnapshotLinksSnapshotLink`).
 *
 * @example
 * ```ts
 * const link: SnapshotLinkView = ecs.describeSnapshotLinks({ regionId: 'cn-hangzhou' }).snapshotLinks.snapshotLink[0];
 * link.totalSize; //=> 1073741824
 * ```
 * @category Snapshots
 */
export interface SnapshotLinkView {
  /** Chain id (`sl-...`). */
  snapshotLinkId: string;
  /** Region. */
  regionId: string;
  /** The instance the disk is attached to (empty when none). */
  instanceId: string;
  /** That instance's name (empty when none). */
  instanceName: string;
  /** The source disk. */
  sourceDiskId: string;
  /** The source disk's name. */
  sourceDiskName: string;
  /** The source disk's size in GiB (a number here, unlike DescribeSnapshots). */
  sourceDiskSize: number;
  /** `system` or `data`. */
  sourceDiskType: string;
  /** Live snapshots in the chain. */
  totalCount: number;
  /** Bytes all live snapshots of the chain occupy together. */
  totalSize: number;
  /** The source disk's category. */
  category: string;
  /** Always `false` (instant access is deprecated). */
  instantAccess: boolean;
}

/** `"0%"` to `"100%"`, made once: every listed snapshot shows one. */
const PERCENT_TEXT: readonly string[] = Array.from({ length: 101 }, (_, i) => `${i}%`);

/**
 * Renders a snapshot for `DescribeSnapshots`.
 *
 * @param state - The state (for the block size).
 * @param snapshot - The stored snapshot.
 * @param nowMs - The current time, for progress and remaining time.
 * @returns The SDK-shaped item.
 * @internal
 */
export function snapshotView(state: EcsState, snapshot: Snapshot, nowMs: number): SnapshotView {
  const { percent, remainTime } = snapshotProgress(snapshot, nowMs);
  // Optional fields are assigned in place, in the SDK's field order (the wire JSON follows it):
  // spreading `{}` or `{ field }` for each would allocate and copy a temporary object per field.
  const view: Partial<SnapshotView> = { snapshotId: snapshot.snapshotId };
  if (snapshot.snapshotName) view.snapshotName = snapshot.snapshotName;
  view.description = snapshot.description;
  view.status = snapshot.status;
  view.progress = PERCENT_TEXT[percent] ?? `${percent}%`;
  view.remainTime = remainTime;
  view.creationTime = snapshot.creationTime;
  view.lastModifiedTime = snapshot.lastModifiedTime;
  view.sourceDiskId = snapshot.sourceDiskId;
  view.sourceDiskSize = String(snapshot.sourceDiskSize);
  view.sourceDiskType = snapshot.sourceDiskType;
  view.sourceStorageType = 'disk';
  view.snapshotType = snapshot.snapshotType;
  view.usage = snapshot.usage;
  view.category = 'standard';
  view.available = snapshot.available;
  if (snapshot.retentionDays !== null) view.retentionDays = snapshot.retentionDays;
  view.encrypted = false;
  view.fullSnapshotSizeInBytes = snapshot.content.size * state.world.blockSize;
  view.snapshotLinkId = snapshot.snapshotLinkId;
  view.regionId = snapshot.regionId;
  view.instantAccess = false;
  if (snapshot.sourceRegionId !== null) view.sourceRegionId = snapshot.sourceRegionId;
  if (snapshot.sourceSnapshotId !== null) view.sourceSnapshotId = snapshot.sourceSnapshotId;
  if (snapshot.snapshotGroupId !== null) view.snapshotGroupId = snapshot.snapshotGroupId;
  view.tags = tagsView(snapshot.tags);
  return view as SnapshotView;
}

/**
 * Renders a chain for `DescribeSnapshotLinks`: the disk's current name, size and instance while
 * the disk exists, the values recorded when the chain began once it is released.
 *
 * @param state - The state.
 * @param link - The stored chain.
 * @returns The SDK-shaped item.
 * @internal
 */
export function snapshotLinkView(state: EcsState, link: SnapshotLink): SnapshotLinkView {
  // A copy's chain lives in another region than its disk: it shows what was recorded.
  const found = findDisk(state, link.sourceDiskId);
  const disk = found && found.regionId === link.regionId ? found : undefined;
  const instanceId = disk ? disk.instanceId : link.instanceId;
  const instance = instanceId ? findInstance(state, instanceId) : undefined;
  return {
    snapshotLinkId: link.snapshotLinkId,
    regionId: link.regionId,
    instanceId: instanceId ?? '',
    instanceName: instance?.instanceName ?? '',
    sourceDiskId: link.sourceDiskId,
    sourceDiskName: disk?.diskName ?? link.sourceDiskName,
    sourceDiskSize: disk?.size ?? link.sourceDiskSize,
    sourceDiskType: link.sourceDiskType,
    totalCount: link.totalCount,
    totalSize: link.totalBlocks * state.world.blockSize,
    category: disk?.category ?? link.category,
    instantAccess: false,
  };
}
