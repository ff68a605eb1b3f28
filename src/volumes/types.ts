import type { BlockMap, BlockVersion } from '../blocks/index.js';
import type { Timestamp } from '../clock/timestamp.js';

/**
 * How a guest volume is built: `partitioned` (several partitions of one disk, concatenated) or
 * `spanned` (several whole disks, concatenated, or striped when it has a stripe size).
 *
 * @example
 * ```ts
 * const kind: VolumeKind = 'spanned';
 * ```
 * @category Volumes
 */
export type VolumeKind = 'partitioned' | 'spanned';

/**
 * Whether a volume's content is known to be one point in time: `consistent` from creation, and
 * after a rollback judged consistent; `unsure` after a rollback of a member disk judged `unsure`
 * (its disks may hold content of different instants).
 *
 * @example
 * ```ts
 * ecs.describeVolumes().volumes[0].consistency; //=> 'consistent'
 * ```
 * @category Volumes
 */
export type VolumeConsistency = 'consistent' | 'unsure';

/**
 * One contiguous piece of a disk that a volume uses: a partition, or a whole disk.
 *
 * @example
 * ```ts
 * const extent: VolumeExtent = { diskId: 'd-bp1...', offset: 0, size: 2 ** 30 };
 * ```
 * @category Volumes
 */
export interface VolumeExtent {
  /** The disk. */
  readonly diskId: string;
  /** Its first byte on the disk. */
  readonly offset: number;
  /** Its length in bytes. */
  readonly size: number;
}

/**
 * A guest volume as the world stores it (fake-ecs simulation: real ECS does not know about guest
 * volumes). Its id (`vol-` + 20 lowercase alphanumerics) is fake-ecs's own.
 *
 * @example
 * ```ts
 * ecs.state.volumes.rows; // volumes by id
 * ```
 * @category Volumes
 */
export interface Volume {
  /** Creation order. */
  readonly seq: number;
  /** The volume id (`vol-...`). */
  readonly volumeId: string;
  /** The region of its instance. */
  readonly regionId: string;
  /** The instance whose guest built it. */
  readonly instanceId: string;
  /** `partitioned` or `spanned`. */
  readonly kind: VolumeKind;
  /** Its member disks, each once, in volume order. */
  readonly diskIds: readonly string[];
  /**
   * Its extents in volume order: the partitions of a partitioned volume; the whole disks of a
   * spanned one (each cut to the smallest disk when striped).
   */
  readonly extents: readonly VolumeExtent[];
  /** Bytes per stripe of a striped spanned volume; `null` when concatenated. */
  readonly stripeSize: number | null;
  /** Its capacity in bytes. */
  readonly size: number;
  /** Whether its content is known to be one point in time. */
  readonly consistency: VolumeConsistency;
  /** When it was created. */
  readonly creationTime: Timestamp;
}

/**
 * What one member disk of a volume held when a snapshot of a member disk was taken.
 *
 * @example
 * ```ts
 * snapshot.volumeCapture?.members[0].changes; //=> 3
 * ```
 * @category Volumes
 */
export interface VolumeCaptureMember {
  /** The member disk. */
  readonly diskId: string;
  /** How many content changes the disk had seen by then ({@link Disk.contentChanges}). */
  readonly changes: number;
  /** Its blocks at that instant, by reference. */
  readonly content: BlockMap<BlockVersion>;
}

/**
 * The state of a whole volume at the instant a snapshot of one of its disks was taken: every
 * member's blocks (by reference, O(1) each) and change count, and the volume's consistency then.
 * It is what lets `checkConsistency` compare snapshots taken one by one.
 *
 * @example
 * ```ts
 * snapshot.volumeCapture?.volumeId; //=> 'vol-bp1...'
 * ```
 * @category Volumes
 */
export interface VolumeCapture {
  /** The volume. */
  readonly volumeId: string;
  /** Whether the volume was consistent at that instant. */
  readonly consistent: boolean;
  /** Every member disk that still existed, in volume order. */
  readonly members: readonly VolumeCaptureMember[];
}
