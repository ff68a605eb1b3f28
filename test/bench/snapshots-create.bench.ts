// Measured against the built package (`fake-ecs` resolves to dist/ here: vitest does not set the
// fake-ecs-source condition), which is what users run; `npm run bench` builds first.
// Run: `npm run build && npx vitest bench --run test/bench/snapshots-create.bench.ts`.
//
// Issue bars:
// - createSnapshot on a disk with 1,000,000 written blocks costs at most 2x the same on a disk
//   with 1,000 written blocks;
// - 100,000 snapshots in the world make one createSnapshot at most 3x slower than 1,000 do.
//
// Each timed iteration is what a backup loop does: one guest write of one block, then one
// createSnapshot (timings 'instant', so it is accomplished at once and the next one may start).
// Iteration counts are fixed so both sides of a comparison end with the same number of snapshots.
import { createEcs, type Ecs } from 'fake-ecs';
import { bench, describe } from 'vitest';

const BLOCK = 524288;
const REGION = 'cn-hangzhou';
const IMAGE = 'aliyun_3_x64_20G_alibase_20240528.vhd';
const TIMED = { iterations: 2000, time: 0, warmupIterations: 200 };

function world(): Ecs {
  return createEcs({
    seed: 'bench',
    timings: 'instant',
    quotas: { manualSnapshotsPerDisk: 1_000_000 },
  });
}

/** Runs `count` instances with `dataDisks` data disks each; returns the data disk ids. */
function dataDisks(ecs: Ecs, count: number, dataDisks: number, sizeGiB: number): string[] {
  const before = new Set(
    Object.values(
      ecs.describeDisks({ regionId: REGION, diskType: 'data', maxResults: 100 }).disks.disk,
    ).map((d) => d.diskId),
  );
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const instanceId = ecs.runInstances({
      regionId: REGION,
      imageId: IMAGE,
      instanceType: 'ecs.g7.large',
      dataDisk: Array.from({ length: dataDisks }, () => ({
        category: 'cloud_essd',
        size: sizeGiB,
      })),
    }).instanceIdSets.instanceIdSet[0];
    const disks = ecs.describeDisks({
      regionId: REGION,
      instanceId,
      diskType: 'data',
      maxResults: 100,
    });
    for (const d of Object.values(disks.disks.disk)) if (!before.has(d.diskId)) ids.push(d.diskId);
  }
  return ids;
}

/** Writes `blocks` blocks from block 0, in stripes of 1,000 with distinct fills (distinct versions). */
function fillBlocks(ecs: Ecs, diskId: string, blocks: number): void {
  const stripe = 1000;
  const writes = Array.from({ length: Math.ceil(blocks / stripe) }, (_, i) => ({
    offset: i * stripe * BLOCK,
    length: Math.min(stripe, blocks - i * stripe) * BLOCK,
    fill: `stripe-${i}`,
  }));
  ecs.writeDisk({ diskId, writes });
}

/** One write of one pseudo-random block within the first `space` blocks, then a snapshot. */
function backupStep(space: number): (ecs: Ecs, diskId: string) => void {
  let x = 12345;
  return (ecs, diskId) => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    ecs.writeDisk({ diskId, offset: (x % space) * BLOCK, length: BLOCK, fill: 'change' });
    ecs.createSnapshot({ diskId });
  };
}

describe('createSnapshot (after a one-block write) by written blocks on the disk', () => {
  const small = world();
  const [smallDisk] = dataDisks(small, 1, 1, 1024);
  const big = world();
  const [bigDisk] = dataDisks(big, 1, 1, 1024);
  if (!smallDisk || !bigDisk) throw new Error('bench setup: no data disk');
  fillBlocks(small, smallDisk, 1000);
  fillBlocks(big, bigDisk, 1_000_000);
  // A first, full snapshot each: the timed ones are incremental, as in a backup loop.
  small.createSnapshot({ diskId: smallDisk });
  big.createSnapshot({ diskId: bigDisk });
  const smallStep = backupStep(1000);
  const bigStep = backupStep(1_000_000);

  bench('disk with 1,000 written blocks', () => smallStep(small, smallDisk), TIMED);
  bench('disk with 1,000,000 written blocks', () => bigStep(big, bigDisk), TIMED);
});

describe('createSnapshot (after a one-block write) by snapshots in the world', () => {
  /** A world with `snapshots` settled snapshots over 250-snapshot disks, and a fresh target disk. */
  function worldWith(snapshots: number): { ecs: Ecs; diskId: string } {
    const ecs = world();
    const perDisk = 250;
    const disks = dataDisks(ecs, Math.ceil(snapshots / perDisk / 16), 16, 20);
    let left = snapshots;
    for (const diskId of disks) {
      ecs.writeDisk({ diskId, offset: 0, length: 64 * BLOCK, fill: 'base' });
      for (let i = 0; i < perDisk && left > 0; i++, left--) ecs.createSnapshot({ diskId });
    }
    if (left > 0) throw new Error('bench setup: not enough disks');
    const [diskId] = dataDisks(ecs, 1, 1, 1024);
    if (!diskId) throw new Error('bench setup: no data disk');
    fillBlocks(ecs, diskId, 1000);
    ecs.createSnapshot({ diskId });
    return { ecs, diskId };
  }
  const few = worldWith(1000);
  const many = worldWith(100_000);
  const fewStep = backupStep(1000);
  const manyStep = backupStep(1000);

  bench('1,000 snapshots in the world', () => fewStep(few.ecs, few.diskId), TIMED);
  bench('100,000 snapshots in the world', () => manyStep(many.ecs, many.diskId), TIMED);
});
