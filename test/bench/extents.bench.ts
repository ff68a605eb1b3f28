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
import { createEcs, type Ecs } from 'fake-ecs';
import { bench, describe } from 'vitest';

const REGION = 'cn-hangzhou';
const IMAGE = 'aliyun_3_x64_20G_alibase_20240528.vhd';
const BLOCK = 524288;
const GIB = 1024 ** 3;

function dataDisks(ecs: Ecs, count: number, sizeGiB: number): string[] {
  const instanceId = ecs.runInstances({
    regionId: REGION,
    imageId: IMAGE,
    instanceType: 'ecs.g7.large',
    dataDisk: Array.from({ length: count }, () => ({ category: 'cloud_essd', size: sizeGiB })),
  }).instanceIdSets.instanceIdSet[0];
  ecs.clock.settle();
  return ecs
    .describeDisks({ regionId: REGION, instanceId, diskType: 'data', maxResults: 100 })
    .disks.disk.map((d) => d.diskId);
}

describe('a half-year forecast of 5 disks under a daily policy, by the share rewritten a day', () => {
  const ecs = createEcs({ seed: 'bench', timings: 'instant', now: '2026-01-01T00:00:00Z' });
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
    const ecs = createEcs({
      seed: 'bench',
      timings: 'instant',
      quotas: { manualSnapshotsPerDisk: 1000 },
    });
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

describe('100,000 one-byte writes in one writeDisk call', () => {
  const ecs = createEcs({ seed: 'bench', timings: 'instant' });
  const [diskId = ''] = dataDisks(ecs, 1, 1024);
  ecs.writeDisk({ diskId, offset: 0, length: 100 * GIB, fill: 'base' });
  let x = 7;
  const offsets = Array.from({ length: 100_000 }, () => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return (x % 200_000) * BLOCK + (x % BLOCK);
  });
  const byte = new Uint8Array([42]);
  const writes = offsets.map((offset) => ({ offset, data: byte }));

  bench('baseline: Map.set x100,000 on a plain Map', () => {
    const map = new Map<number, Uint8Array>();
    for (const offset of offsets) map.set(offset, byte);
  });

  bench('ecs.writeDisk({ writes }) (100,000 one-byte writes)', () => {
    ecs.writeDisk({ diskId, writes });
  });
});
