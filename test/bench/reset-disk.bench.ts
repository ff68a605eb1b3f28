// Measured against the built package (`fake-ecs` resolves to dist/ here), like write-disk.bench.ts.
// Issue bar: resetDisk on a disk with 1,000,000 written blocks costs at most 2x the same call on a
// disk with 1,000 written blocks: the disk takes the snapshot's block map by reference.

import { createEcs, type Ecs } from 'fake-ecs';
import { bench, describe } from 'vitest';

const BLOCK = 524288;

function stoppedDiskWithSnapshot(blocks: number): { ecs: Ecs; diskId: string; snapshotId: string } {
  const ecs = createEcs({ seed: 'bench', timings: 'instant' });
  const sizeGiB = Math.max(20, Math.ceil((blocks * BLOCK) / 1024 ** 3) + 1);
  const { instanceIdSets } = ecs.runInstances({
    regionId: 'cn-hangzhou',
    imageId: 'aliyun_3_x64_20G_alibase_20240528.vhd',
    instanceType: 'ecs.g7.large',
    dataDisk: [{ category: 'cloud_essd', size: sizeGiB }],
  });
  ecs.clock.settle();
  const instanceId = instanceIdSets.instanceIdSet[0] ?? '';
  const disk = ecs.describeDisks({ regionId: 'cn-hangzhou', diskType: 'data' }).disks.disk[0];
  if (!disk) throw new Error('bench setup: no data disk');
  const diskId = disk.diskId;
  ecs.writeDisk({ diskId, offset: 0, length: blocks * BLOCK, fill: 'bench' });
  const { snapshotId } = ecs.createSnapshot({ diskId });
  ecs.writeDisk({ diskId, offset: 0, length: BLOCK, fill: 'after' });
  ecs.clock.settle();
  ecs.stopInstance({ instanceId });
  ecs.clock.settle();
  return { ecs, diskId, snapshotId };
}

const small = stoppedDiskWithSnapshot(1_000);
const large = stoppedDiskWithSnapshot(1_000_000);

describe('resetDisk: O(1) in the disk block count', () => {
  bench('1,000-block disk', () => {
    small.ecs.resetDisk({ diskId: small.diskId, snapshotId: small.snapshotId });
    small.ecs.clock.settle();
  });
  bench('1,000,000-block disk', () => {
    large.ecs.resetDisk({ diskId: large.diskId, snapshotId: large.snapshotId });
    large.ecs.clock.settle();
  });
});
