// Measured against the built package (`fake-ecs` resolves to dist/ here: vitest does not set the
// fake-ecs-source condition), which is what users run; `npm run bench` builds first.
// Issue bars: writeDisk of 100,000 random single blocks in one call reaches at least 1/10 of the
// throughput of Map.set on a plain Map (same run); one writeDisk call per block sustains at least
// 100,000 calls per second on a disk with 1,000,000 written blocks.

import { createEcs, type DiskWrite, type Ecs } from 'fake-ecs';
import { bench, describe } from 'vitest';

const BLOCK = 524288;
const WRITES = 100_000;

function worldWithDataDisk(sizeGiB: number): { ecs: Ecs; diskId: string } {
  const ecs = createEcs({ seed: 'bench', timings: 'instant' });
  ecs.runInstances({
    regionId: 'cn-hangzhou',
    imageId: 'aliyun_3_x64_20G_alibase_20240528.vhd',
    instanceType: 'ecs.g7.large',
    dataDisk: [{ category: 'cloud_essd', size: sizeGiB }],
  });
  const disk = [
    ...Object.values(ecs.describeDisks({ regionId: 'cn-hangzhou', diskType: 'data' }).disks.disk),
  ][0];
  if (!disk) throw new Error('bench setup: no data disk');
  return { ecs, diskId: disk.diskId };
}

function randomBlocks(count: number, space: number, seed: number): number[] {
  let x = seed;
  return Array.from({ length: count }, () => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return x % space;
  });
}

describe('100,000 random single-block writes in one call', () => {
  const blocks = randomBlocks(WRITES, 1_000_000, 7);
  const { ecs, diskId } = worldWithDataDisk(1024);
  const payload = new Uint8Array(BLOCK);
  const writes: DiskWrite[] = blocks.map((b) => ({
    offset: b * BLOCK,
    length: BLOCK,
    fill: 'bench',
  }));

  bench('baseline: Map.set on a plain Map', () => {
    const map = new Map<number, Uint8Array>();
    for (const b of blocks) map.set(b, payload);
  });

  bench('ecs.writeDisk({ writes }) (100,000 blocks)', () => {
    ecs.writeDisk({ diskId, writes });
  });
});

describe('one writeDisk call per block on a disk with 1,000,000 written blocks', () => {
  const { ecs, diskId } = worldWithDataDisk(600);
  ecs.writeDisk({ diskId, offset: 0, length: 1_000_000 * BLOCK, fill: 'base' });
  const blocks = randomBlocks(10_000, 1_000_000, 11);

  bench('10,000 ecs.writeDisk calls (one block each)', () => {
    for (const b of blocks) ecs.writeDisk({ diskId, offset: b * BLOCK, length: BLOCK, fill: 'x' });
  });
});
