// Measured against the built package (`fake-ecs` resolves to dist/ here), as `npm run bench`
// builds first. Issue bar: createDisk from a snapshot of a 1,000,000-block disk costs at most 2x
// the same call from a snapshot of a 1,000-block disk: the new disk shares the snapshot's block
// map instead of copying it.

import { createEcs, type Ecs } from 'fake-ecs';
import { bench, describe } from 'vitest';

const BLOCK = 524288;

function worldWithSnapshot(writtenBlocks: number): {
  ecs: Ecs;
  snapshotId: string;
  zoneId: string;
} {
  const ecs = createEcs({ seed: 'bench', timings: 'instant' });
  ecs.runInstances({
    regionId: 'cn-hangzhou',
    imageId: 'aliyun_3_x64_20G_alibase_20240528.vhd',
    instanceType: 'ecs.g7.large',
    dataDisk: [{ category: 'cloud_essd', size: 600 }],
  });
  const disk = ecs.describeDisks({ regionId: 'cn-hangzhou', diskType: 'data' }).disks.disk[0];
  if (!disk) throw new Error('bench setup: no data disk');
  ecs.writeDisk({ diskId: disk.diskId, offset: 0, length: writtenBlocks * BLOCK, fill: 'base' });
  const { snapshotId } = ecs.createSnapshot({ diskId: disk.diskId });
  return { ecs, snapshotId, zoneId: disk.zoneId };
}

describe('createDisk from a snapshot, by the snapshot disk written blocks', () => {
  const small = worldWithSnapshot(1_000);
  const large = worldWithSnapshot(1_000_000);

  bench('baseline: from a snapshot of a 1,000-block disk', () => {
    small.ecs.createDisk({
      regionId: 'cn-hangzhou',
      zoneId: small.zoneId,
      snapshotId: small.snapshotId,
      diskCategory: 'cloud_essd',
    });
  });

  bench('from a snapshot of a 1,000,000-block disk', () => {
    large.ecs.createDisk({
      regionId: 'cn-hangzhou',
      zoneId: large.zoneId,
      snapshotId: large.snapshotId,
      diskCategory: 'cloud_essd',
    });
  });
});
