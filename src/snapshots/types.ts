import type { BlockMap, BlockVersion } from '../blocks/index.js';
import type { Timestamp } from '../clock/timestamp.js';
import type { DiskSettings } from '../disks/disk-settings.js';
import type { Tag } from '../shared/tags.js';
import type { VolumeCapture } from '../volumes/types.js';

/**
 * A snapshot id (`s-` + 20 lowercase alphanumerics).
 *
 * @example
 * ```ts
 * const id = 's-bp1c0doj0taqyzzl0001' as SnapshotId;
 * ```
 * @category Snapshots
 */
export type SnapshotId = string & {
  /** Nominal marker for the type checker; absent at run time. */ readonly __brand: 'SnapshotId';
};

/**
 * Snapshot statuses, spelled as ECS spells them.
 *
 * @example
 * ```ts
 * const status: SnapshotStatus = 'progressing';
 * ```
 * @category Snapshots
 */
export type SnapshotStatus = 'progressing' | 'accomplished' | 'failed';

/**
 * A snapshot as the world stores it: its metadata, the disk's block map captured by reference at
 * creation (the point in time), and its place in the disk's lineage.
 *
 * @example
 * ```ts
 * ecs.state.snapshots.rows; // snapshots by id
 * ```
 * @category Snapshots
 */
export interface Snapshot extends DiskSettings {
  /** Creation order. */
  readonly seq: number;
  /** The snapshot id. */
  readonly snapshotId: SnapshotId;
  /** The region. */
  readonly regionId: string;
  /** The name (empty when none was given). */
  readonly snapshotName: string;
  /** The description. */
  readonly description: string;
  /** `user` (manual) or `auto` (from an automatic snapshot policy). */
  readonly snapshotType: 'user' | 'auto';
  /** The current status. */
  readonly status: SnapshotStatus;
  /** The disk it was taken from (kept after the disk is released). */
  readonly sourceDiskId: string;
  /** That disk's size in GiB at creation. */
  readonly sourceDiskSize: number;
  /** `system` or `data`. */
  readonly sourceDiskType: 'system' | 'data';
  /** That disk's category at creation. */
  readonly sourceDiskCategory: string;
  /** The instance the disk was attached to at creation, if any. */
  readonly sourceInstanceId: string | null;
  /** The disk's snapshot chain. */
  readonly snapshotLinkId: string;
  /** When it was created. */
  readonly creationTime: Timestamp;
  /** When its attributes last changed. */
  readonly lastModifiedTime: Timestamp;
  /** Start of the copy, epoch ms. */
  readonly startedMs: number;
  /** When the copy completes, epoch ms. */
  readonly completesMs: number;
  /** The scheduled task that completes it, while progressing. */
  readonly completionTask: number | null;
  /** Bytes this snapshot copies: the blocks written since its lineage parent. */
  readonly copiedBytes: number;
  /** Days until automatic release, counted from creation; `null` keeps it until deleted. */
  readonly retentionDays: number | null;
  /** The scheduled task that releases it when its retention passes. */
  readonly expiryTask: number | null;
  /** Tags. */
  readonly tags: readonly Tag[];
  /** The resource group it joined (`JoinResourceGroup`); absent: the default group. */
  readonly resourceGroupId?: string | undefined;
  /** What uses it: `none`, `disk`, `image` or `image_disk`. */
  readonly usage: 'none' | 'disk' | 'image' | 'image_disk';
  /** Usable before 100%: ESSD-series snapshots are, from creation; others once accomplished. */
  readonly available: boolean;
  /** The nearest live snapshot its content descends from (`null` for a full snapshot). */
  readonly lineageParentId: string | null;
  /** Blocks it holds that its lineage parent does not: its share of the chain's capacity. */
  readonly ownBlocks: number;
  /** The disk's blocks at creation, by reference: writes after that never reach it. */
  readonly content: BlockMap<BlockVersion>;
  /** For a copy made by `CopySnapshot`: the region of the snapshot it was copied from; else `null`. */
  readonly sourceRegionId: string | null;
  /**
   * For a copy made by `CopySnapshot`: the snapshot it was copied from; else `null`. A copy keeps
   * its original's `sourceDiskId` but cannot roll that disk back.
   */
  readonly sourceSnapshotId: string | null;
  /** The snapshot-consistent group it was taken in (`ssg-...`), or `null`. */
  readonly snapshotGroupId: string | null;
  /**
   * When its disk was a member of a guest volume: every member's blocks at the instant it was
   * taken (fake-ecs simulation, for `checkConsistency`); else `null`.
   */
  readonly volumeCapture: VolumeCapture | null;
}

/**
 * A snapshot chain: every snapshot of one disk, and the capacity they occupy together.
 *
 * @example
 * ```ts
 * ecs.state.snapshotLinks.rows; // chains by id
 * ```
 * @category Snapshots
 */
export interface SnapshotLink {
  /** Creation order. */
  readonly seq: number;
  /** The chain id (`sl-...`). */
  readonly snapshotLinkId: string;
  /** The region. */
  readonly regionId: string;
  /** The disk. */
  readonly sourceDiskId: string;
  /** The disk's name when the chain began. */
  readonly sourceDiskName: string;
  /** The disk's size in GiB. */
  readonly sourceDiskSize: number;
  /** `system` or `data`. */
  readonly sourceDiskType: 'system' | 'data';
  /** The disk's category. */
  readonly category: string;
  /** The instance the disk was attached to when the chain began. */
  readonly instanceId: string | null;
  /** Live snapshots in the chain. */
  readonly totalCount: number;
  /** Blocks the live snapshots occupy together (each distinct block version once). */
  readonly totalBlocks: number;
}

/**
 * A hidden lineage node: a deleted (or expired) snapshot that two or more lineage branches still
 * descend from. It keeps the snapshot's id, stays its children's parent and owns only the blocks
 * of its own that a branch below it still holds, so each block version is counted once. It is
 * listed nowhere, found by no snapshot lookup and counts towards no quota.
 *
 * @example
 * ```ts
 * ecs.state.lineageNodes.rows; // hidden lineage nodes by id
 * ```
 * @category Snapshots
 */
export interface LineageGhost {
  /** Marks the node as hidden. */
  readonly ghost: true;
  /** Creation order within its table. */
  readonly seq: number;
  /** The id of the snapshot it was. */
  readonly snapshotId: string;
  /** The region. */
  readonly regionId: string;
  /** The chain it belongs to. */
  readonly snapshotLinkId: string;
  /** The disk the snapshot was taken from. */
  readonly sourceDiskId: string;
  /** Its lineage parent (a live snapshot or another hidden node), or `null`. */
  readonly lineageParentId: string | null;
  /** Blocks of its own (not held by its parent) that a branch below it still holds. */
  readonly ownBlocks: number;
  /** The snapshot's blocks, by reference. */
  readonly content: BlockMap<BlockVersion>;
}
