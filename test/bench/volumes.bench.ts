// Measured against the built package (`fake-ecs` resolves to dist/ here), like reset-disk.bench.ts.
// Bar (volumes): checkConsistency on a striped volume whose three disks hold 300,000 written blocks
// each costs at most 2x the same call on 1,000 blocks each: captures hold block maps by reference
// and the verdict diffs them, skipping shared subtrees (O(changed blocks), not O(disk size)).

import { createEcs, type Ecs } from 'fake-ecs';
import { bench, describe } from 'vitest';

const BLOCK = 524288;
const STRIPE = 1 << 20;

function volumeWithUnsureSet(blocksPerDisk: number): { ecs: Ecs; snapshotIds: string[] } {
  const ecs = createEcs({ seed: 'bench', timings: 'instant' });
  const sizeGiB = Math.max(20, Math.ceil((blocksPerDisk * BLOCK) / 1024 ** 3) + 1);
  const { instanceIdSets } = ecs.runInstances({
    regionId: 'cn-hangzhou',
    imageId: 'aliyun_3_x64_20G_alibase_20240528.vhd',
    instanceType: 'ecs.g7.large',
    dataDisk: [1, 2, 3].map(() => ({ category: 'cloud_essd', size: sizeGiB })),
  });
  ecs.clock.settle();
  const instanceId = instanceIdSets.instanceIdSet[0] ?? '';
  const diskIds = ecs
    .describeDisks({ regionId: 'cn-hangzhou', instanceId, diskType: 'data' })
    .disks.disk.map((d) => d.diskId);
  const { volumeId } = ecs.createVolume({
    instanceId,
    kind: 'spanned',
    diskIds,
    stripeSize: STRIPE,
  });
  ecs.writeVolume({ volumeId, offset: 0, length: 3 * blocksPerDisk * BLOCK, fill: 'bench' });
  // One by one, with 10 stripes rewritten before each capture: unsure, 20 blocks per disk apart.
  const snapshotIds = diskIds.map((diskId, i) => {
    ecs.writeVolume({ volumeId, offset: 0, length: 10 * STRIPE, fill: `between-${i}` });
    return ecs.createSnapshot({ diskId }).snapshotId;
  });
  if (ecs.checkConsistency({ snapshotIds }).verdict !== 'unsure') throw new Error('bench setup');
  return { ecs, snapshotIds };
}

const small = volumeWithUnsureSet(1_000);
const large = volumeWithUnsureSet(300_000);

describe('checkConsistency: O(changed blocks), not O(disk size)', () => {
  bench('3 disks x 1,000 written blocks', () => {
    small.ecs.checkConsistency({ snapshotIds: small.snapshotIds });
  });
  bench('3 disks x 300,000 written blocks', () => {
    large.ecs.checkConsistency({ snapshotIds: large.snapshotIds });
  });
});
