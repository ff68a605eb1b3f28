import { findDisk } from '../disks/store.js';
import { type EcsError, ecsError } from '../shared/ecs-error.js';
import { err, ok, type Result } from '../shared/result.js';
import { findSnapshot } from '../snapshots/store.js';
import type { Snapshot } from '../snapshots/types.js';
import type { TransitionNote } from '../state/context.js';
import type { EcsState } from '../state/ecs-state.js';
import { currentMembers } from './capture.js';
import { pieceOfSnapshot } from './check-consistency.js';
import type { VolumeVerdict } from './consistency-types.js';
import { type Instant, judgeVolume, type Piece } from './judge-volume.js';
import { putVolume, volumeOfDisk } from './store.js';
import type { Volume } from './types.js';

/**
 * One disk of a rollback and the snapshot it rolls back to.
 *
 * @internal
 */
export interface RolledDisk {
  readonly diskId: string;
  readonly snapshot: Snapshot;
}

/** What a member not rolled back keeps: its head snapshot's content if unchanged since, else now's. */
function keptPiece(state: EcsState, volume: Volume, diskId: string, now: Instant): Piece | null {
  const disk = findDisk(state, diskId);
  if (!disk) return null;
  const head = disk.lineageSnapshotId ? findSnapshot(state, disk.lineageSnapshotId) : undefined;
  if (head && head.content === disk.content) return pieceOfSnapshot(head, volume);
  return {
    diskId,
    content: disk.content,
    snapshotId: null,
    snapshotGroupId: null,
    instant: now,
  };
}

function judgeOne(state: EcsState, volume: Volume, rolled: readonly RolledDisk[]): VolumeVerdict {
  const now: Instant = {
    label: 'now',
    order: Number.POSITIVE_INFINITY,
    capture: {
      volumeId: volume.volumeId,
      consistent: volume.consistency === 'consistent',
      members: currentMembers(state, volume),
    },
  };
  const pieces = volume.diskIds.flatMap((diskId) => {
    const item = rolled.find((r) => r.diskId === diskId);
    const piece = item
      ? pieceOfSnapshot(item.snapshot, volume)
      : keptPiece(state, volume, diskId, now);
    return piece ? [piece] : [];
  });
  return judgeVolume(volume, pieces, [now], state.world.blockSize);
}

/**
 * Judges a rollback (`ResetDisk`, `ResetDisks`) for every spanned volume one of its disks belongs
 * to, as real ECS would not: the volume will hold, per member, the snapshot it is rolled back to,
 * or what it holds now. The verdict is recorded on the volume (`consistency`) and handed to the
 * audit trail as a `volume-rollback` note; with the world option `strictConsistency`, a verdict
 * other than `consistent` refuses the rollback instead.
 *
 * @param state - The state before the rollback.
 * @param rolled - The disks rolled back and their snapshots.
 * @returns The volumes table with the verdicts recorded and the notes, or
 *   `OperationDenied.UnsureConsistency` (strict worlds).
 * @internal
 */
export function judgeRollback(
  state: EcsState,
  rolled: readonly RolledDisk[],
): Result<{ volumes: EcsState['volumes']; notes: TransitionNote[] }, EcsError> {
  const volumes = new Map<string, Volume>();
  for (const item of rolled) {
    const volume = volumeOfDisk(state, item.diskId);
    if (volume && volume.kind === 'spanned') volumes.set(volume.volumeId, volume);
  }
  let table = state.volumes;
  const notes: TransitionNote[] = [];
  for (const volume of volumes.values()) {
    const verdict = judgeOne(state, volume, rolled);
    if (verdict.verdict !== 'consistent' && state.world.strictConsistency) {
      return err(
        ecsError(
          'OperationDenied.UnsureConsistency',
          `The rollback was refused (strictConsistency): ${verdict.reason} Roll every disk of the volume back in one ResetDisks call to snapshots taken at one instant.`,
        ),
      );
    }
    const consistency = verdict.verdict === 'consistent' ? 'consistent' : 'unsure';
    if (consistency !== volume.consistency) table = putVolume(table, { ...volume, consistency });
    notes.push({
      type: 'volume-rollback',
      detail: {
        volumeId: volume.volumeId,
        verdict: verdict.verdict,
        reason: verdict.reason,
        writesBetween: verdict.writesBetween,
        ranges: verdict.ranges.map(({ diskId, blockIndex, blockCount }) => ({
          diskId,
          blockIndex,
          blockCount,
        })),
        snapshotIds: rolled
          .filter((r) => volume.diskIds.includes(r.diskId))
          .map((r) => r.snapshot.snapshotId),
      },
    });
  }
  return ok({ volumes: table, notes });
}
