import type { BlockMap, BlockVersion } from '../blocks/index.js';
import type { ConsistencyRange, VolumeVerdict } from './consistency-types.js';
import { diskRangeInVolume } from './layout.js';
import type { Volume, VolumeCapture } from './types.js';

/**
 * A capture instant: a snapshot's record of its volume (or the volume just before a rollback).
 *
 * @internal
 */
export interface Instant {
  /** The snapshot that recorded it, or `'now'`. */
  readonly label: string;
  /** Capture order: the snapshot's creation sequence, `Infinity` for now. */
  readonly order: number;
  /** What the volume held then. */
  readonly capture: VolumeCapture;
}

/**
 * What one member disk will hold after the rollback, and where that content comes from.
 *
 * @internal
 */
export interface Piece {
  /** The member disk. */
  readonly diskId: string;
  /** The blocks it will hold. */
  readonly content: BlockMap<BlockVersion>;
  /** The snapshot they come from (`null`: the disk's current content). */
  readonly snapshotId: string | null;
  /** That snapshot's group, if any. */
  readonly snapshotGroupId: string | null;
  /** The instant the content is of, when known for this volume. */
  readonly instant: Instant | null;
}

function sameBlocks(a: BlockMap<BlockVersion>, b: BlockMap<BlockVersion>): boolean {
  if (a === b) return true;
  // Shared subtrees are skipped: O(changed blocks). Versions are compared by identity, so a
  // rewrite of equal bytes counts as a change (the verdict errs towards `unsure`).
  return a.diff(b).next().done === true;
}

function matches(instant: Instant, pieces: readonly Piece[]): boolean {
  if (!instant.capture.consistent) return false;
  return pieces.every((piece) => {
    const member = instant.capture.members.find((m) => m.diskId === piece.diskId);
    return member !== undefined && sameBlocks(member.content, piece.content);
  });
}

function verdict(
  volume: Volume,
  v: Omit<VolumeVerdict, 'volumeId' | 'writesBetween' | 'ranges' | 'instantOf'> &
    Partial<VolumeVerdict>,
): VolumeVerdict {
  return { writesBetween: 0, ranges: [], instantOf: null, ...v, volumeId: volume.volumeId };
}

/**
 * The blocks where the pieces differ from the volume at `reference`, as runs per disk.
 *
 * @param volume - The volume.
 * @param pieces - What each member will hold.
 * @param reference - The instant to compare with.
 * @param blockSize - Bytes per block.
 * @returns The runs, per disk in volume order, in block order.
 * @internal
 */
export function rangesAgainst(
  volume: Volume,
  pieces: readonly Piece[],
  reference: Instant,
  blockSize: number,
): ConsistencyRange[] {
  const ranges: ConsistencyRange[] = [];
  for (const piece of pieces) {
    const member = reference.capture.members.find((m) => m.diskId === piece.diskId);
    if (!member) continue;
    let run: { start: number; count: number } | null = null;
    const flush = () => {
      if (!run) return;
      const diskOffset = run.start * blockSize;
      const length = run.count * blockSize;
      ranges.push({
        volumeId: volume.volumeId,
        diskId: piece.diskId,
        blockIndex: run.start,
        blockCount: run.count,
        diskOffset,
        length,
        volumeRanges: diskRangeInVolume(volume, piece.diskId, diskOffset, length),
      });
    };
    for (const change of member.content.diff(piece.content)) {
      if (run && change.index === run.start + run.count) run.count++;
      else {
        flush();
        run = { start: change.index, count: 1 };
      }
    }
    flush();
  }
  return ranges;
}

function writesBetween(volume: Volume, first: Instant, last: Instant): number {
  let total = 0;
  for (const diskId of volume.diskIds) {
    const before = first.capture.members.find((m) => m.diskId === diskId);
    const after = last.capture.members.find((m) => m.diskId === diskId);
    if (before && after) total += Math.max(0, after.changes - before.changes);
  }
  return total;
}

/**
 * Judges whether a spanned volume whose members take the given contents holds the content of one
 * single instant (see docs/consistency.md):
 *
 * 1. `incomplete` when a member disk has no piece;
 * 2. `consistent` when every piece comes from one snapshot-consistent group (one instant), unless
 *    the volume was already `unsure` then;
 * 3. `unsure` when a piece's instant is unknown (its snapshot was taken before the volume existed);
 * 4. `consistent` when, at some capture instant (any piece's, or `extra`) at which the volume was
 *    consistent, every member held exactly the blocks its piece holds: the rolled-back volume is
 *    the volume as it was then;
 * 5. otherwise `unsure`, with the writes counted between the earliest and latest capture and the
 *    blocks that differ from the volume at the latest capture.
 *
 * @param volume - The volume.
 * @param pieces - What each member will hold.
 * @param extra - More candidate instants (the volume just before a rollback).
 * @param blockSize - Bytes per block.
 * @returns The verdict.
 * @internal
 */
export function judgeVolume(
  volume: Volume,
  pieces: readonly Piece[],
  extra: readonly Instant[],
  blockSize: number,
): VolumeVerdict {
  const missing = volume.diskIds.filter((id) => !pieces.some((p) => p.diskId === id));
  if (missing.length > 0) {
    return verdict(volume, {
      verdict: 'incomplete',
      reason: `volume ${volume.volumeId} also spans ${missing.join(', ')}, which the set leaves out.`,
    });
  }
  const groupId = pieces[0]?.snapshotGroupId ?? null;
  if (groupId !== null && pieces.every((p) => p.snapshotGroupId === groupId)) {
    const unsure = pieces.some((p) => p.instant && !p.instant.capture.consistent);
    return unsure
      ? verdict(volume, {
          verdict: 'unsure',
          reason: `snapshot group ${groupId} captured volume ${volume.volumeId} while it was already unsure.`,
        })
      : verdict(volume, {
          verdict: 'consistent',
          reason: `every disk of volume ${volume.volumeId} comes from snapshot group ${groupId}, taken at one instant.`,
        });
  }
  const unknown = pieces.find((p) => p.instant === null);
  if (unknown) {
    return verdict(volume, {
      verdict: 'unsure',
      reason: `snapshot ${unknown.snapshotId} of ${unknown.diskId} was taken before volume ${volume.volumeId} existed, so the writes around it are unknown.`,
    });
  }
  const instants = [...pieces.flatMap((p) => (p.instant ? [p.instant] : [])), ...extra].sort(
    (a, b) => b.order - a.order,
  );
  const same = instants.find((instant) => matches(instant, pieces));
  if (same) {
    const when = same.label === 'now' ? 'just before the rollback' : `when ${same.label} was taken`;
    return verdict(volume, {
      verdict: 'consistent',
      reason: `the rolled-back volume ${volume.volumeId} equals the volume as it was ${when}.`,
      instantOf: same.label,
    });
  }
  const captured = pieces.flatMap((p) => (p.instant ? [p.instant] : []));
  const first = captured.reduce((a, b) => (b.order < a.order ? b : a));
  const last = captured.reduce((a, b) => (b.order > a.order ? b : a));
  const writes = writesBetween(volume, first, last);
  const ranges = rangesAgainst(volume, pieces, last, blockSize);
  const blocks = ranges.reduce((sum, r) => sum + r.blockCount, 0);
  const reason =
    writes === 0 && blocks === 0
      ? `volume ${volume.volumeId} was already unsure when its disks were captured.`
      : `${writes} write(s) reached the disks of volume ${volume.volumeId} between the earliest and the latest capture; ${blocks} block(s) would not be of the latest capture's instant.`;
  return verdict(volume, { verdict: 'unsure', reason, writesBetween: writes, ranges });
}

/**
 * The instant a snapshot recorded for a volume, if it recorded one for that volume.
 *
 * @param snapshot - The snapshot.
 * @param volumeId - The volume.
 * @returns The instant, or `null`.
 * @internal
 */
export function instantOfSnapshot(
  snapshot: { snapshotId: string; seq: number; volumeCapture: VolumeCapture | null },
  volumeId: string,
): Instant | null {
  const capture = snapshot.volumeCapture;
  if (!capture || capture.volumeId !== volumeId) return null;
  return { label: snapshot.snapshotId, order: snapshot.seq, capture };
}
