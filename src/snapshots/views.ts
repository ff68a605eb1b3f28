import { findDisk } from '../disks/store.js';
import { findInstance } from '../instances/store.js';
import { type TagsView, tagsView } from '../shared/tags.js';
import { viewTemplate } from '../shared/view-defaults.js';
import type { EcsState } from '../state/ecs-state.js';
import { snapshotProgress } from './progress.js';
import { SNAPSHOT_VIEW_DEFAULTS } from './snapshot-view-defaults.js';
import type { Snapshot, SnapshotLink } from './types.js';

/**
 * A snapshot as `DescribeSnapshots` returns it: every field of the SDK's
 * `DescribeSnapshotsResponseBodySnapshotsSnapshot`, with the SDK's types (`sourceDiskSize` a
 * string, `progress` a string such as `"37%"`, `remainTime` a number). Over HTTP,
 * `SourceDiskSize` is a JSON number, as real ECS sends it. Features fake-ecs does not model show
 * the values real ECS gives when they are unused (docs/fidelity.md lists them).
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
  /** Name; empty when none was set. */
  snapshotName: string;
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
  /** Days until automatic release, counted from creation; 0 when kept until deleted. */
  retentionDays: number;
  /** Whether it is encrypted: a snapshot of an encrypted disk is, with the disk's key. */
  encrypted: boolean;
  /** Bytes of the whole disk image it restores (every written block, at the block size). */
  fullSnapshotSizeInBytes: number;
  /** The snapshot chain of its disk. */
  snapshotLinkId: string;
  /** Region. */
  regionId: string;
  /** Always `false`: instant access is deprecated (ESSD snapshots are `available` at once). */
  instantAccess: boolean;
  /** Always 0: instant access is deprecated. */
  instantAccessRetentionDays: number;
  /** Marketplace product code of the image it came from: always empty. */
  productCode: string;
  /** The KMS key of an encrypted snapshot (its disk's); empty when not encrypted. */
  KMSKeyId: string;
  /** The resource group; empty for the default group. */
  resourceGroupId: string;
  /** The snapshot's serial number: its id without the `s-` prefix. */
  snapshotSN: string;
  /** For a copy made by `CopySnapshot`: the region of the original; empty otherwise. */
  sourceRegionId: string;
  /** For a copy made by `CopySnapshot`: the original snapshot; empty otherwise. */
  sourceSnapshotId: string;
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

/** Every field of a snapshot view: the modelled ones (placeholders), then the defaults. */
const TEMPLATE = viewTemplate<SnapshotView, typeof SNAPSHOT_VIEW_DEFAULTS>(
  () => ({
    snapshotId: '',
    snapshotName: '',
    description: '',
    status: '',
    progress: '',
    remainTime: 0,
    creationTime: '',
    lastModifiedTime: '',
    sourceDiskId: '',
    sourceDiskSize: '',
    sourceDiskType: '',
    snapshotType: '',
    usage: '',
    available: false,
    retentionDays: 0,
    fullSnapshotSizeInBytes: 0,
    snapshotLinkId: '',
    snapshotSN: '',
    regionId: '',
    sourceRegionId: '',
    sourceSnapshotId: '',
    tags: { tag: [] },
    encrypted: false,
    KMSKeyId: '',
    resourceGroupId: '',
  }),
  SNAPSHOT_VIEW_DEFAULTS,
);

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
  // One literal over a template holding every field: V8 clones it and stores each field in place.
  const view: SnapshotView = {
    ...TEMPLATE(),
    snapshotId: snapshot.snapshotId,
    snapshotName: snapshot.snapshotName,
    description: snapshot.description,
    status: snapshot.status,
    progress: PERCENT_TEXT[percent] ?? `${percent}%`,
    remainTime,
    creationTime: snapshot.creationTime,
    lastModifiedTime: snapshot.lastModifiedTime,
    sourceDiskId: snapshot.sourceDiskId,
    sourceDiskSize: String(snapshot.sourceDiskSize),
    sourceDiskType: snapshot.sourceDiskType,
    snapshotType: snapshot.snapshotType,
    usage: snapshot.usage,
    available: snapshot.available,
    retentionDays: snapshot.retentionDays ?? 0,
    fullSnapshotSizeInBytes: snapshot.content.size * state.world.blockSize,
    snapshotLinkId: snapshot.snapshotLinkId,
    snapshotSN: snapshot.snapshotId.slice(2),
    regionId: snapshot.regionId,
    sourceRegionId: snapshot.sourceRegionId ?? '',
    sourceSnapshotId: snapshot.sourceSnapshotId ?? '',
    tags: tagsView(snapshot.tags),
    encrypted: snapshot.encrypted ?? false,
    KMSKeyId: snapshot.kmsKeyId ?? '',
    resourceGroupId: snapshot.resourceGroupId ?? '',
  };
  if (snapshot.snapshotGroupId !== null) view.snapshotGroupId = snapshot.snapshotGroupId;
  return view;
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
