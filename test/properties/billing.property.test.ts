// The hourly bill against a naive oracle: every capacity the region ever had, with the interval it
// was held for, and for each hour the largest value held for a positive time within it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Ecs } from '../../src/index.js';
import { aBlockWorld, aWritableDisk, BLOCK } from '../fixtures/block-disk.js';
import { GIB, REGION } from '../fixtures/world.js';

type Op =
  | { readonly kind: 'snapshot'; readonly disk: number; readonly block: number }
  | { readonly kind: 'delete'; readonly pick: number }
  | { readonly kind: 'advance'; readonly minutes: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('snapshot' as const),
    disk: fc.nat(1),
    block: fc.nat(7),
  }),
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({
    kind: fc.constant('advance' as const),
    minutes: fc.constantFrom(0, 1, 30, 59, 60, 61, 120, 600),
  }),
);

const HOUR = 3_600_000;

/** Largest value held for a positive time in each hour, from (time, value) changes. */
function oracle(changes: readonly [number, number][], fromHour: number, toHour: number): number[] {
  const peaks: number[] = [];
  for (let h = fromHour; h < toHour; h++) {
    let peak = 0;
    changes.forEach(([t, v], i) => {
      const lo = Math.max(t, h * HOUR);
      const hi = Math.min(changes[i + 1]?.[0] ?? Number.POSITIVE_INFINITY, (h + 1) * HOUR);
      if (hi > lo) peak = Math.max(peak, v);
    });
    peaks.push(peak);
  }
  return peaks;
}

/** Runs one step: a clock move, a one-block write then a snapshot, or a deletion. */
function apply(ecs: Ecs, disks: readonly string[], live: string[], op: Op, i: number): void {
  if (op.kind === 'advance') {
    ecs.clock.advance(op.minutes * 60_000);
  } else if (op.kind === 'snapshot') {
    const diskId = disks[op.disk] as string;
    ecs.writeDisk({ diskId, offset: op.block * BLOCK, length: BLOCK, fill: `write-${i}` });
    live.push(ecs.createSnapshot({ diskId }).snapshotId);
  } else if (live.length > 0) {
    const [snapshotId] = live.splice(op.pick % live.length, 1);
    ecs.deleteSnapshot({ snapshotId: snapshotId as string });
  }
}

describe('billing.statement', () => {
  it('bills each hour at the largest capacity held during it, whatever the sequence', () => {
    fc.assert(
      fc.property(fc.array(opArb, { minLength: 1, maxLength: 40 }), (ops) => {
        const ecs = aBlockWorld({ now: '2026-01-01T00:00:00Z' });
        const disks = [aWritableDisk(ecs), aWritableDisk(ecs)];
        const startMs = Date.parse(ecs.clock.now());
        const live: string[] = [];
        const blocksNow = () =>
          ecs.describeSnapshotsUsage({ regionId: REGION }).snapshotSize / BLOCK;
        const changes: [number, number][] = [[Number.NEGATIVE_INFINITY, 0]];
        for (const [i, op] of ops.entries()) {
          apply(ecs, disks, live, op, i);
          const value = blocksNow();
          if (value !== changes.at(-1)?.[1]) changes.push([Date.parse(ecs.state.clock.now), value]);
        }
        ecs.clock.advance('PT1M');
        const statement = ecs.billing.statement({
          regionId: REGION,
          from: '2026-01-01T00:00:00Z',
          to: ecs.clock.now(),
        });
        const fromHour = Math.floor(startMs / HOUR);
        const billed = statement.lines.map((l) => Math.round((l.sizeGiB * GIB) / BLOCK));
        expect(billed).toEqual(oracle(changes, fromHour, fromHour + statement.lines.length));
      }),
      { seed: 20260106, numRuns: 150 },
    );
  });
});
