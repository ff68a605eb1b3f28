// Random single mutations of a saved world: each one is either refused by createEcs({ from }) with
// the documented TypeError (RangeError for another format version), or the world it gives answers
// every later call with an answer or an EcsError, never a raw internal error.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEcs, type Ecs, EcsError } from '../../src/index.js';
import { OPERATION_ROWS } from '../../src/operations/table.js';
import { aRunningInstance, aWorld, dataDiskOf, REGION } from '../fixtures/world.js';

const RUNS = Number(process.env['FAKE_ECS_FUZZ_RUNS'] ?? 1500) / 5;

/** A saved world with instances, disks, snapshots (some in progress), a policy and tasks. */
function aSave(): string {
  const ecs = aWorld({ seed: 'damaged' });
  const instanceId = aRunningInstance(ecs, { dataDisk: [{ size: 20 }] });
  const diskId = dataDiskOf(ecs, instanceId).diskId;
  ecs.writeDisk({ diskId, offset: 0, length: 1024 * 1024, fill: 'a' });
  ecs.createSnapshot({ diskId, retentionDays: 2 });
  ecs.clock.settle();
  ecs.writeDisk({ diskId, offset: 4096, data: 'b' });
  ecs.createSnapshot({ diskId });
  const policy = ecs.createAutoSnapshotPolicy({
    regionId: REGION,
    timePoints: '["1"]',
    repeatWeekdays: '["1","2","3","4","5","6","7"]',
    retentionDays: 1,
  }).autoSnapshotPolicyId;
  ecs.applyAutoSnapshotPolicy({
    regionId: REGION,
    autoSnapshotPolicyId: policy,
    diskIds: JSON.stringify([diskId]),
  });
  return JSON.stringify(ecs.export());
}

/** Every place of a JSON value where a mutation can go: [parent, key] pairs. */
function placesOf(root: unknown): [Record<string, unknown>, string][] {
  const places: [Record<string, unknown>, string][] = [];
  const stack: unknown[] = [root];
  for (let value = stack.pop(); value !== undefined; value = stack.pop()) {
    if (typeof value !== 'object' || value === null) continue;
    for (const [key, child] of Object.entries(value)) {
      places.push([value as Record<string, unknown>, key]);
      stack.push(child);
    }
  }
  return places;
}

const REPLACEMENTS: readonly unknown[] = [
  null,
  0,
  -1,
  1.5,
  1e308,
  '',
  'x',
  '@0',
  '@1',
  '@999999',
  '@n-0',
  '@u',
  true,
  [],
  {},
  { '@': 'BlockMap' },
  '2026-13-45T99:00:00.000Z',
];

/** The calls a restored world must survive. */
function useAll(ecs: Ecs): void {
  const attempt = (call: () => unknown, documented: (e: unknown) => boolean = () => false) => {
    try {
      call();
    } catch (error) {
      if (!(error instanceof EcsError) && !documented(error)) throw error;
    }
  };
  for (const row of OPERATION_ROWS) {
    if (!row.method.startsWith('describe')) continue;
    attempt(() => (ecs[row.method] as (r: object) => unknown)({ regionId: REGION }));
  }
  const disks = ecs.describeDisks({ regionId: REGION, maxResults: 100 }).disks.disk;
  for (const disk of disks) {
    attempt(() => ecs.createSnapshot({ diskId: disk.diskId }));
    attempt(() => ecs.readDisk({ diskId: disk.diskId, offset: 0, length: 4096 }));
  }
  const isClockRange = (e: unknown) => e instanceof RangeError && /^clock\./.test(e.message);
  attempt(() => ecs.clock.settle(), isClockRange);
  attempt(() => ecs.clock.advance('P3D'), isClockRange);
  attempt(() =>
    ecs.billing.statement({
      regionId: REGION,
      from: '2026-01-01T00:00:00Z',
      to: '2026-01-05T00:00:00Z',
    }),
  );
  JSON.stringify(ecs.export());
}

describe('createEcs({ from }) with a damaged save', () => {
  it(`refuses it with a TypeError, or gives a world that never throws raw errors (${RUNS} mutations)`, () => {
    const text = aSave();
    const count = placesOf(JSON.parse(text)).length;
    let refused = 0;
    fc.assert(
      fc.property(fc.nat(count - 1), fc.nat(REPLACEMENTS.length), (place, replacement) => {
        const saved = JSON.parse(text) as unknown;
        const [parent, key] = placesOf(saved)[place] as [Record<string, unknown>, string];
        if (replacement === REPLACEMENTS.length) delete parent[key];
        else parent[key] = REPLACEMENTS[replacement];
        let ecs: Ecs;
        try {
          ecs = createEcs({ from: saved as never });
        } catch (error) {
          refused++;
          const documented = error instanceof TypeError || error instanceof RangeError;
          expect(documented, `refused with ${String(error)}`).toBe(true);
          expect(String((error as Error).message)).toMatch(/^createEcs: option "from"/);
          return;
        }
        useAll(ecs);
      }),
      { seed: 20261202, numRuns: RUNS, endOnFailure: true },
    );
    expect(refused).toBeGreaterThan(0);
  }, 120_000);
});
