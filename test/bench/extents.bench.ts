// Measured against the built package (`fake-ecs` resolves to dist/ here: vitest does not set the
// fake-ecs-source condition), which is what users run; `npm run bench` builds first.
// Run: `npm run build && npx vitest bench --run test/bench/extents.bench.ts`.
//
// Issue bars (issue 13: block maps cost what was written, not how many blocks it covered):
// - a half-year forecast of 5 disks under a daily policy with 20% of the written blocks rewritten
//   a day costs at most 2x the same forecast at 0.1% a day;
// - createSnapshot + deleteSnapshot after a 100 GiB contiguous rewrite costs at most 2x the same
//   after a 1 GiB rewrite;
// - 100,000 one-byte writes in one writeDisk call reach at least 1/10 of the throughput of
//   100,000 Map.set calls.
// The year of 1,000 disks is a script of its own (fleet-forecast.ts): one run takes seconds.
import { bench, describe } from 'vitest';
import { BLOCK, benchWorld, dataDisks, GIB, REGION } from './fixture.js';

describe('a half-year forecast of 5 disks under a daily policy, by the share rewritten a day', () => {
  const ecs = benchWorld();
  const disks = dataDisks(ecs, 5, 40);
  for (const diskId of disks) ecs.writeDisk({ diskId, offset: 0, length: 20 * GIB, fill: 'base' });
  const { autoSnapshotPolicyId } = ecs.createAutoSnapshotPolicy({
    regionId: REGION,
    timePoints: '["0"]',
    repeatWeekdays: '["1","2","3","4","5","6","7"]',
    retentionDays: 7,
  });
  ecs.applyAutoSnapshotPolicy({
    regionId: REGION,
    autoSnapshotPolicyId,
    diskIds: JSON.stringify(disks),
  });
  const until = '2026-07-01T00:00:00Z';
  const options = { iterations: 5, time: 0, warmupIterations: 1 };
  bench(
    '0.1% of the written blocks rewritten a day',
    () => {
      ecs.billing.forecast({ regionId: REGION, until, dailyChangeRate: 0.001 });
    },
    options,
  );
  bench(
    '20% of the written blocks rewritten a day',
    () => {
      ecs.billing.forecast({ regionId: REGION, until, dailyChangeRate: 0.2 });
    },
    options,
  );
});

describe('createSnapshot + deleteSnapshot after a contiguous rewrite, by its size', () => {
  /** A disk whose first snapshot holds 100 GiB, then rewritten by `rewriteGiB` from offset 0. */
  const afterRewrite = (rewriteGiB: number) => {
    const ecs = benchWorld({ quotas: { manualSnapshotsPerDisk: 1000 } });
    const [diskId = ''] = dataDisks(ecs, 1, 200);
    ecs.writeDisk({ diskId, offset: 0, length: 100 * GIB, fill: 'base' });
    ecs.createSnapshot({ diskId });
    ecs.writeDisk({ diskId, offset: 0, length: rewriteGiB * GIB, fill: 'rewrite' });
    return () => {
      const { snapshotId } = ecs.createSnapshot({ diskId });
      ecs.deleteSnapshot({ snapshotId });
    };
  };
  const small = afterRewrite(1);
  const large = afterRewrite(100);
  const options = { iterations: 2000, time: 0, warmupIterations: 200 };
  bench('after a 1 GiB rewrite', small, options);
  bench('after a 100 GiB rewrite', large, options);
});

// Each timed iteration writes to a fresh disk: writing the same offsets again over one disk would
// stack each iteration's overlays on the last ones and time a different workload each round.
// vitest's bench has no untimed per-iteration hook, so the disks are built before timing starts
// (one world each, dropped once written; twice the counted runs, since tinybench and vitest's
// warm-up call the function beyond them) and the bench refuses to run past them.
describe('100,000 one-byte writes in one writeDisk call', () => {
  let x = 7;
  const offsets = Array.from({ length: 100_000 }, () => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return (x % 200_000) * BLOCK + (x % BLOCK);
  });
  const byte = new Uint8Array([42]);
  const writes = offsets.map((offset) => ({ offset, data: byte }));
  const options = { iterations: 10, time: 0, warmupIterations: 2, warmupTime: 0 };
  const freshDisk = () => {
    const ecs = benchWorld();
    const [diskId = ''] = dataDisks(ecs, 1, 1024);
    ecs.writeDisk({ diskId, offset: 0, length: 100 * GIB, fill: 'base' });
    return () => ecs.writeDisk({ diskId, writes });
  };
  const unwritten = Array.from(
    { length: 2 * (options.iterations + options.warmupIterations) },
    freshDisk,
  );

  bench(
    'baseline: Map.set x100,000 on a plain Map',
    () => {
      const map = new Map<number, Uint8Array>();
      for (const offset of offsets) map.set(offset, byte);
    },
    { ...options, iterations: 200 },
  );

  bench(
    'ecs.writeDisk({ writes }) (100,000 one-byte writes, a fresh disk each time)',
    () => {
      const writeAll = unwritten.shift();
      if (!writeAll) throw new Error('bench: ran past the fresh disks built for it');
      writeAll();
    },
    options,
  );
});
