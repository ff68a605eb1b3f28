import { type EcsError, ecsError } from '../shared/ecs-error.js';
import { invalidParameter } from '../shared/invalid-parameter.js';
import type { ParamReader } from '../shared/params.js';
import { err, ok, type Result } from '../shared/result.js';
import { findSnapshot } from '../snapshots/store.js';
import type { Snapshot } from '../snapshots/types.js';
import type { EcsState } from '../state/ecs-state.js';
import type { CheckConsistencyResult, VolumeVerdict } from './consistency-types.js';
import { instantOfSnapshot, judgeVolume, type Piece } from './judge-volume.js';
import { volumeOfDisk } from './store.js';
import type { Volume } from './types.js';

/**
 * `ecs.checkConsistency` parameters: the snapshots to roll back together (one per disk).
 *
 * @example
 * ```ts
 * const request: CheckConsistencyRequest = { snapshotIds: ['s-bp1...', 's-bp1...'] };
 * ```
 * @category Volumes
 */
export interface CheckConsistencyRequest {
  /** 1-64 snapshot ids, each of a different disk. */
  snapshotIds: readonly string[];
}

/** @internal */
export interface CheckConsistencyInput {
  readonly snapshotIds: readonly string[];
}

const MAX_SNAPSHOTS = 64;

/**
 * Reads `checkConsistency`'s request.
 *
 * @param p - The reader.
 * @returns The input.
 * @internal
 */
export function readCheckConsistency(p: ParamReader): CheckConsistencyInput {
  const snapshotIds = p.required('snapshotIds', p.stringList('snapshotIds', MAX_SNAPSHOTS));
  if (snapshotIds.length === 0) p.reject('snapshotIds', 'at least one snapshot is required');
  const seen = new Set<string>();
  for (const id of snapshotIds) {
    if (seen.has(id)) p.reject('snapshotIds', `snapshot ${id} is listed twice`);
    seen.add(id);
  }
  return { snapshotIds };
}

const RANK = { consistent: 0, unsure: 1, incomplete: 2 } as const;

/**
 * Combines per-volume verdicts: the worst verdict, every reason, the writes and ranges summed.
 *
 * @param volumes - The per-volume verdicts.
 * @param loneDisks - Snapshots' disks in no spanned volume (each consistent on its own).
 * @returns The result.
 * @internal
 */
export function combineVerdicts(
  volumes: readonly VolumeVerdict[],
  loneDisks: readonly string[],
): CheckConsistencyResult {
  const worst = volumes.reduce<VolumeVerdict['verdict']>(
    (w, v) => (RANK[v.verdict] > RANK[w] ? v.verdict : w),
    'consistent',
  );
  const reasons = volumes.map((v) => v.reason);
  if (loneDisks.length > 0) {
    reasons.push(
      loneDisks.length === 1 && volumes.length === 0
        ? `the set covers a single disk (${loneDisks[0]}), which one snapshot restores to one instant.`
        : `${loneDisks.join(', ')} belong to no spanned volume: each is restored to an instant of its own, and no volume depends on them together.`,
    );
  }
  return {
    verdict: worst,
    reason: reasons.join(' '),
    writesBetween: volumes.reduce((sum, v) => sum + v.writesBetween, 0),
    ranges: volumes.flatMap((v) => v.ranges),
    volumes,
  };
}

function snapshotsOf(state: EcsState, ids: readonly string[]): Result<Snapshot[], EcsError> {
  const snapshots: Snapshot[] = [];
  const disks = new Map<string, string>();
  for (const id of ids) {
    const snapshot = findSnapshot(state, id);
    if (!snapshot) {
      return err(
        ecsError('InvalidSnapshotId.NotFound', `The specified SnapshotId ${id} does not exist.`),
      );
    }
    const other = disks.get(snapshot.sourceDiskId);
    if (other) {
      return err(
        invalidParameter(
          'SnapshotIds',
          `${other} and ${id} are both of disk ${snapshot.sourceDiskId}; a disk rolls back to one snapshot`,
        ),
      );
    }
    disks.set(snapshot.sourceDiskId, id);
    snapshots.push(snapshot);
  }
  return ok(snapshots);
}

/**
 * A snapshot as the content its disk would take on rollback, with the instant it recorded.
 *
 * @param snapshot - The snapshot.
 * @param volume - The volume its disk is in.
 * @returns The piece.
 * @internal
 */
export function pieceOfSnapshot(snapshot: Snapshot, volume: Volume): Piece {
  return {
    diskId: snapshot.sourceDiskId,
    content: snapshot.content,
    snapshotId: snapshot.snapshotId,
    snapshotGroupId: snapshot.snapshotGroupId,
    instant: instantOfSnapshot(snapshot, volume.volumeId),
  };
}

/**
 * Judges rolling a set of snapshots back together: each spanned volume their disks belong to is
 * judged on its own (docs/consistency.md); disks in no spanned volume (a partitioned volume lies
 * on one disk) are consistent alone.
 *
 * @param state - The state.
 * @param input - The snapshot ids.
 * @returns The verdict, or the ECS error (unknown snapshot, two snapshots of one disk).
 * @internal
 */
export function checkConsistency(
  state: EcsState,
  input: CheckConsistencyInput,
): Result<CheckConsistencyResult, EcsError> {
  const snapshots = snapshotsOf(state, input.snapshotIds);
  if (!snapshots.ok) return snapshots;
  const byVolume = new Map<string, { volume: Volume; pieces: Piece[] }>();
  const lone: string[] = [];
  for (const snapshot of snapshots.value) {
    const volume = volumeOfDisk(state, snapshot.sourceDiskId);
    if (volume?.kind !== 'spanned') {
      lone.push(snapshot.sourceDiskId);
      continue;
    }
    const entry = byVolume.get(volume.volumeId) ?? { volume, pieces: [] };
    entry.pieces.push(pieceOfSnapshot(snapshot, volume));
    byVolume.set(volume.volumeId, entry);
  }
  const verdicts = [...byVolume.values()].map(({ volume, pieces }) =>
    judgeVolume(volume, pieces, [], state.world.blockSize),
  );
  return ok(combineVerdicts(verdicts, lone));
}
