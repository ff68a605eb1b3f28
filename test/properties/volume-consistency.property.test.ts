// Property: for random interleavings of volume writes and snapshots (single or group), whenever
// checkConsistency says `consistent`, the rolled-back volume equals the volume's content at one
// single instant (a naive oracle keeps the volume's bytes after every step); when it says
// `unsure`, the rolled-back volume is the latest capture's content except in the reported
// ranges, where it holds each disk's content at its own capture.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CheckConsistencyResult } from '../../src/index.js';
import { findSnapshot } from '../../src/snapshots/store.js';
import { must } from '../fixtures/must.js';
import { REGION } from '../fixtures/world.js';
import {
  aSpannedVolume,
  firstDifference,
  groupOf,
  pattern,
  rollBack,
  STRIPE,
  whileStopped,
} from '../volumes/helpers.js';

const SPAN = 12 * STRIPE;
/** Bytes per member disk (20 GiB): where a concatenated volume's next disk starts. */
const DISK = 20 * 2 ** 30;

type Step =
  | { kind: 'write'; offset: number; length: number; seed: number }
  | { kind: 'snap'; disk: number }
  | { kind: 'group' };

const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .record({
        offset: fc.nat(SPAN - 1),
        length: fc.integer({ min: 1, max: 3 * STRIPE }),
        seed: fc.nat(255),
      })
      .map((w) => ({ kind: 'write' as const, ...w, length: Math.min(w.length, SPAN - w.offset) })),
  },
  { weight: 2, arbitrary: fc.nat(2).map((disk) => ({ kind: 'snap' as const, disk })) },
  { weight: 1, arbitrary: fc.constant({ kind: 'group' as const }) },
);

/** Each disk's snapshots with the volume's bytes at their capture. */
type Taken = { snapshotId: string; bytes: Uint8Array }[][];

function runSteps(steps: readonly Step[], striped: boolean) {
  const v = aSpannedVolume({}, striped ? STRIPE : undefined);
  const read = () => v.ecs.readVolume({ volumeId: v.volumeId, offset: 0, length: SPAN });
  // A concatenated volume puts SPAN on its first disk only: spread the writes over all three.
  const at = (offset: number) => (striped ? offset : (offset % 3) * DISK + offset);
  const readSpread = () => {
    const out = new Uint8Array(3 * SPAN);
    for (let d = 0; d < 3; d++)
      out.set(v.ecs.readVolume({ volumeId: v.volumeId, offset: d * DISK, length: SPAN }), d * SPAN);
    return out;
  };
  const readAll = () => (striped ? read() : readSpread());
  const history: Uint8Array[] = [readAll()];
  const taken: Taken = [[], [], []];
  for (const s of steps) {
    if (s.kind === 'write') {
      v.ecs.writeVolume({
        volumeId: v.volumeId,
        offset: at(s.offset),
        data: pattern(s.length, s.seed),
      });
    } else if (s.kind === 'snap') {
      const diskId = must(v.members[s.disk]);
      const { snapshotId } = v.ecs.createSnapshot({ diskId });
      taken[s.disk]?.push({ snapshotId, bytes: readAll() });
    } else {
      const { snapshotGroupId } = v.ecs.createSnapshotGroup({
        regionId: REGION,
        diskId: v.members,
      });
      const group = groupOf(v.ecs, snapshotGroupId);
      const bytes = readAll();
      for (const member of group.snapshots.snapshot)
        taken[v.members.indexOf(member.sourceDiskId)]?.push({
          snapshotId: member.snapshotId,
          bytes,
        });
    }
    history.push(readAll());
  }
  return { ...v, history, taken, readAll };
}

/** The predicted rolled-back bytes for an unsure verdict (volume offsets mapped to the oracle's). */
function predicted(
  check: CheckConsistencyResult,
  latest: Uint8Array,
  captureOf: (diskId: string) => Uint8Array,
  toOracle: (offset: number) => number,
): Uint8Array {
  const out = latest.slice();
  for (const range of check.ranges) {
    const source = captureOf(range.diskId);
    for (const r of range.volumeRanges) {
      for (let i = 0; i < r.length; i++) {
        const o = toOracle(r.offset + i);
        if (o >= 0 && o < out.length) out[o] = source[o] ?? 0;
      }
    }
  }
  return out;
}

describe('property: volume rollback consistency', () => {
  for (const striped of [true, false]) {
    it(`a consistent verdict restores one instant; an unsure one restores what it predicts (${striped ? 'striped' : 'concatenated'})`, () => {
      let consistent = 0;
      let unsure = 0;
      fc.assert(
        fc.property(
          fc.array(step, { minLength: 3, maxLength: 14 }),
          fc.array(fc.nat(20), { minLength: 3, maxLength: 3 }),
          (steps, picks) => {
            const run = runSteps(steps, striped);
            if (run.taken.some((list) => list.length === 0)) return;
            const chosen = run.taken.map((list, d) => must(list[(picks[d] ?? 0) % list.length]));
            const snapshotIds = chosen.map((c) => c.snapshotId);
            const check = run.ecs.checkConsistency({ snapshotIds });
            expect(check.verdict).not.toBe('incomplete');
            whileStopped(run.ecs, run.instanceId, () =>
              rollBack(
                run.ecs,
                run.members.map((d, i) => [d, must(snapshotIds[i])] as const),
              ),
            );
            const after = run.readAll();
            expect(run.ecs.describeVolumes().volumes[0]?.consistency).toBe(check.verdict);
            if (check.verdict === 'consistent') {
              consistent++;
              expect(run.history.some((bytes) => firstDifference(bytes, after) === -1)).toBe(true);
              return;
            }
            unsure++;
            // The latest capture: the chosen snapshot created last.
            const order = (id: string) => must(findSnapshot(run.ecs.state, id)).seq;
            const latest = chosen.reduce((a, b) =>
              order(b.snapshotId) > order(a.snapshotId) ? b : a,
            );
            const byDisk = new Map(run.members.map((d, i) => [d, must(chosen[i]).bytes]));
            const toOracle = striped
              ? (o: number) => o
              : (o: number) => {
                  const disk = Math.floor(o / DISK);
                  const inDisk = o - disk * DISK;
                  return inDisk < SPAN ? disk * SPAN + inDisk : -1;
                };
            const expected = predicted(check, latest.bytes, (d) => must(byDisk.get(d)), toOracle);
            expect(firstDifference(after, expected)).toBe(-1);
          },
        ),
        { seed: striped ? 20261125 : 42, numRuns: 80 },
      );
      // The generator must exercise both verdicts, or the property proves little.
      expect(consistent).toBeGreaterThan(5);
      expect(unsure).toBeGreaterThan(5);
    }, 60_000);
  }
});
