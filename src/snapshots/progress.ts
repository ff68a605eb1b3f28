import { millisOf } from '../clock/timestamp.js';
import { assertNever } from '../shared/invariant.js';
import type { Snapshot } from './types.js';

/**
 * How far a snapshot's copy has got at a moment: a whole percentage and the whole seconds left.
 *
 * @example
 * ```ts
 * const p: SnapshotProgress = { percent: 37, remainTime: 38 };
 * ```
 * @internal
 */
export interface SnapshotProgress {
  /** 0-100, rounded down; 100 once accomplished. */
  readonly percent: number;
  /** Seconds until completion, rounded up; 0 once accomplished or failed. */
  readonly remainTime: number;
}

function percentAt(snapshot: Snapshot, atMs: number): number {
  const duration = snapshot.completesMs - snapshot.startedMs;
  if (duration <= 0) return 100;
  const elapsed = Math.min(Math.max(atMs - snapshot.startedMs, 0), duration);
  return Math.floor((elapsed * 100) / duration);
}

/**
 * A snapshot's progress on the virtual clock. A progressing snapshot's percentage is the share of
 * its duration (start-up + bytes to copy / throughput) that has elapsed; an accomplished one is at
 * 100%; a failed one stays where it was when it failed (its `lastModifiedTime`).
 *
 * @param snapshot - The snapshot.
 * @param nowMs - The current time, epoch ms.
 * @returns The percentage and the seconds left.
 * @example
 * ```ts
 * snapshotProgress(snapshot, ctx.nowMs); //=> { percent: 37, remainTime: 38 }
 * ```
 * @internal
 */
export function snapshotProgress(snapshot: Snapshot, nowMs: number): SnapshotProgress {
  switch (snapshot.status) {
    case 'accomplished':
      return { percent: 100, remainTime: 0 };
    case 'failed':
      return {
        percent: Math.min(percentAt(snapshot, millisOf(snapshot.lastModifiedTime)), 99),
        remainTime: 0,
      };
    case 'progressing':
      return {
        percent: Math.min(percentAt(snapshot, nowMs), 99),
        remainTime: Math.max(Math.ceil((snapshot.completesMs - nowMs) / 1000), 0),
      };
    default:
      return assertNever(snapshot.status);
  }
}
