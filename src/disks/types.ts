import type { BlockMap, BlockVersion } from '../blocks/index.js';
import type { Timestamp } from '../clock/timestamp.js';
import type { Tag } from '../shared/tags.js';
import type { DiskSettings } from './disk-settings.js';

/**
 * A disk id (`d-` + 20 lowercase alphanumerics).
 *
 * @example
 * ```ts
 * const id = 'd-bp1s5fnvk4gn2tws0001' as DiskId;
 * ```
 * @category Disks
 */
export type DiskId = string & {
  /** Nominal marker for the type checker; absent at run time. */ readonly __brand: 'DiskId';
};

/**
 * Disk statuses, spelled as ECS spells them.
 *
 * @example
 * ```ts
 * const status: DiskStatus = 'In_use';
 * ```
 * @category Disks
 */
export type DiskStatus =
  | 'Creating'
  | 'Available'
  | 'Attaching'
  | 'In_use'
  | 'Detaching'
  | 'ReIniting';

/**
 * A cloud disk as the world stores it, content included.
 *
 * @example
 * ```ts
 * ecs.state.disks.rows; // disks by id
 * ```
 * @category Disks
 */
export interface Disk extends DiskSettings {
  /** Creation order. */
  readonly seq: number;
  /** The disk id. */
  readonly diskId: DiskId;
  /** The region. */
  readonly regionId: string;
  /** The zone. */
  readonly zoneId: string;
  /** The name. */
  readonly diskName: string;
  /** The description. */
  readonly description: string;
  /** `system` or `data`. */
  readonly type: 'system' | 'data';
  /** The category, e.g. `cloud_essd`. */
  readonly category: string;
  /** The ESSD performance level (`PL0`-`PL3`), or `null` for other categories. */
  readonly performanceLevel: string | null;
  /** Capacity in GiB. */
  readonly size: number;
  /** The current status. */
  readonly status: DiskStatus;
  /** Statuses still to pass through, each after its timing. */
  readonly plan: readonly DiskStatus[];
  /** The scheduled task that ends the current transient status, if any. */
  readonly pendingTask: number | null;
  /** The instance it is attached (or attaching, or detaching) to. */
  readonly instanceId: string | null;
  /** Its device name on that instance, e.g. `/dev/xvdb`. */
  readonly device: string | null;
  /** The image a system disk was created from. */
  readonly imageId: string | null;
  /** The snapshot it was created from (kept for life, even after that snapshot is force-deleted). */
  readonly sourceSnapshotId: string | null;
  /**
   * Until when (epoch ms) a disk created from a snapshot is still loading its data lazily, which
   * slows it down (`ecs.diskPerformance`); `null` when it loads nothing.
   */
  readonly lazyLoadedUntilMs: number | null;
  /** When it was created. */
  readonly creationTime: Timestamp;
  /** When it was last attached. */
  readonly attachedTime: Timestamp | null;
  /** When it was last detached. */
  readonly detachedTime: Timestamp | null;
  /** Whether it has ever been attached (snapshots need it). */
  readonly everAttached: boolean;
  /** Released together with its instance. */
  readonly deleteWithInstance: boolean;
  /** Automatic snapshots released together with the disk. */
  readonly deleteAutoSnapshot: boolean;
  /** Whether automatic snapshot policies apply. */
  readonly enableAutoSnapshot: boolean;
  /**
   * The automatic snapshot policies applied to it (`sp-...`), oldest first: up to 10, as the
   * current reference allows (a second `ApplyAutoSnapshotPolicy` adds, it does not replace).
   */
  readonly autoSnapshotPolicyIds: readonly string[];
  /** Whether it can be detached and attached elsewhere. */
  readonly portable: boolean;
  /** Tags. */
  readonly tags: readonly Tag[];
  /** The resource group it joined (`JoinResourceGroup`); absent: the default group. */
  readonly resourceGroupId?: string | undefined;
  /** The disk's snapshot chain, once it has had a snapshot. */
  readonly snapshotLinkId: string | null;
  /** The newest live snapshot its content descends from: the parent of its next snapshot. */
  readonly lineageSnapshotId: string | null;
  /** The snapshot being created from it, if any (one at a time). */
  readonly progressingSnapshotId: string | null;
  /**
   * How many times its content changed (guest writes, rollbacks, re-initialisations): the clock
   * of `checkConsistency`'s `writesBetween`.
   */
  readonly contentChanges: number;
  /** The disk's blocks: a persistent map, opaque to immer. */
  readonly content: BlockMap<BlockVersion>;
}

/**
 * A region's disk-encryption-by-default setting.
 *
 * @example
 * ```ts
 * const setting: DiskEncryptionDefault = { enabled: true, kmsKeyId: '' };
 * ```
 * @category Disks
 */
export interface DiskEncryptionDefault {
  /** Whether new disks of the region are to be encrypted by default. */
  readonly enabled: boolean;
  /** The KMS key chosen with `ModifyDiskDefaultKMSKeyId`; empty: the region's service key. */
  readonly kmsKeyId: string;
}
