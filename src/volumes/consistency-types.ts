/**
 * The verdict on rolling a set of snapshots back together: `consistent` (the volumes they make up
 * will hold the content of one single instant), `unsure` (they may mix instants), `incomplete`
 * (they leave out a disk of a spanned volume).
 *
 * @example
 * ```ts
 * const verdict: ConsistencyVerdict = 'unsure';
 * ```
 * @category Volumes
 */
export type ConsistencyVerdict = 'consistent' | 'unsure' | 'incomplete';

/**
 * A byte range of a volume.
 *
 * @example
 * ```ts
 * const range: VolumeByteRange = { offset: 0, length: 524288 };
 * ```
 * @category Volumes
 */
export interface VolumeByteRange {
  /** First volume byte. */
  readonly offset: number;
  /** Number of bytes. */
  readonly length: number;
}

/**
 * A run of blocks of one member disk whose rolled-back content differs from the volume as it was
 * at the reference instant (the latest capture): there the rolled-back volume holds the content
 * the disk had at its own snapshot's instant.
 *
 * @example
 * ```ts
 * const range: ConsistencyRange = {
 *   volumeId: 'vol-bp1...', diskId: 'd-bp1...', blockIndex: 4, blockCount: 2,
 *   diskOffset: 4 * 524288, length: 2 * 524288, volumeRanges: [{ offset: 12 * 524288, length: 2 * 524288 }],
 * };
 * ```
 * @category Volumes
 */
export interface ConsistencyRange {
  /** The volume. */
  readonly volumeId: string;
  /** The member disk. */
  readonly diskId: string;
  /** The first block (disk block index). */
  readonly blockIndex: number;
  /** How many consecutive blocks. */
  readonly blockCount: number;
  /** The first byte on the disk (`blockIndex` times the block size). */
  readonly diskOffset: number;
  /** The length in bytes. */
  readonly length: number;
  /** Where those disk bytes lie in the volume, in volume order (empty outside every extent). */
  readonly volumeRanges: readonly VolumeByteRange[];
}

/**
 * The verdict for one volume that a snapshot set (or a rollback) touches.
 *
 * @example
 * ```ts
 * check.volumes[0]; //=> { volumeId: 'vol-bp1...', verdict: 'consistent', reason: '...', writesBetween: 0, ranges: [] }
 * ```
 * @category Volumes
 */
export interface VolumeVerdict {
  /** The volume. */
  readonly volumeId: string;
  /** Its verdict. */
  readonly verdict: ConsistencyVerdict;
  /** Why, in one sentence. */
  readonly reason: string;
  /**
   * Content changes (write requests, rollbacks) that reached its member disks between the
   * earliest and the latest capture; 0 when not known.
   */
  readonly writesBetween: number;
  /** For `unsure`: the blocks whose rolled-back content is not of the reference instant. */
  readonly ranges: readonly ConsistencyRange[];
  /**
   * For `consistent`: the snapshot whose instant the rolled-back volume reproduces, `'now'` for
   * the volume as it was just before a rollback, or `null` (one disk, one group).
   */
  readonly instantOf: string | null;
}

/**
 * `ecs.checkConsistency` result: the overall verdict (the worst of its volumes'), why, the writes
 * counted and the affected block ranges of every volume, and each volume's own verdict.
 *
 * @example
 * ```ts
 * ecs.checkConsistency({ snapshotIds }); //=> { verdict: 'consistent', reason: '...', writesBetween: 0, ranges: [], volumes: [...] }
 * ```
 * @category Volumes
 */
export interface CheckConsistencyResult {
  /** `consistent`, `unsure` or `incomplete`. */
  readonly verdict: ConsistencyVerdict;
  /** Why, one sentence per volume (or for the lone disks). */
  readonly reason: string;
  /** The writes counted over every volume. */
  readonly writesBetween: number;
  /** The affected block ranges over every volume. */
  readonly ranges: readonly ConsistencyRange[];
  /** Each volume's verdict. */
  readonly volumes: readonly VolumeVerdict[];
}
