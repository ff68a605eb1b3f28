// One page of 100 from each describe whose items are complete SDK models: the cost of rendering
// every field (defaults spread once per item from a frozen table). Compare medians with the same
// file run on the previous commit, side by side, on the same machine.
// Run: `npx vitest bench --run test/bench/describes.bench.ts`.
//
// Measured 2026-12-02 on the 2-core machine under load (load average ~12; compare the min column,
// steadier than the mean), previous commit vs complete views: describeInstances 0.035 vs 0.068 ms
// (each item went from 22 to 85 fields), describeDisks 0.198 vs 0.042 ms (the old view's
// conditional spread of `performanceLevel` cost more than all the new fields), describeSnapshots
// 0.042 vs 0.041 ms. Spreading the defaults and then adding the modelled fields measured ~6x
// slower than spreading a template that already holds every field (src/shared/view-defaults.ts).

import { bench, describe } from 'vitest';
import { createEcs } from '../../src/index.js';

const REGION = 'cn-hangzhou';
const OPTIONS = { time: 2000, warmupTime: 300 };

/** 100 instances with a data disk each, 10 snapshots per data disk (1,000 snapshots). */
function aWorld() {
  const ecs = createEcs({ seed: 'describes', timings: 'instant' });
  const { instanceIdSets } = ecs.runInstances({
    regionId: REGION,
    imageId: 'aliyun_3_x64_20G_alibase_20240528.vhd',
    instanceType: 'ecs.g7.large',
    amount: 100,
    dataDisk: [{ category: 'cloud_essd', size: 40 }],
    tag: [{ key: 'team', value: 'storage' }],
  });
  ecs.clock.settle();
  for (const instanceId of instanceIdSets.instanceIdSet) {
    const disk = ecs
      .describeDisks({ regionId: REGION, instanceId })
      .disks.disk.find((d) => d.type === 'data');
    for (let i = 0; i < 10 && disk; i++) ecs.createSnapshot({ diskId: disk.diskId });
  }
  ecs.clock.settle();
  return ecs;
}

const ecs = aWorld();

describe('describes: one page of 100 items', () => {
  bench(
    'describeInstances',
    () => {
      ecs.describeInstances({ regionId: REGION, maxResults: 100 });
    },
    OPTIONS,
  );
  bench(
    'describeDisks',
    () => {
      ecs.describeDisks({ regionId: REGION, maxResults: 100 });
    },
    OPTIONS,
  );
  bench(
    'describeSnapshots',
    () => {
      ecs.describeSnapshots({ regionId: REGION, maxResults: 100 });
    },
    OPTIONS,
  );
});
