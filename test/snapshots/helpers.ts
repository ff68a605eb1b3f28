import { readFromBlocks } from '../../src/blocks/index.js';
import { createEcs, type Ecs, type EcsOptions, type SnapshotView } from '../../src/index.js';
import { findSnapshot } from '../../src/snapshots/store.js';
import { must } from '../fixtures/must.js';
import { dataDiskOf, REGION } from '../fixtures/world.js';

/** A small block size, so block counts are easy to reason about. */
export const BLOCK = 4096;

/** A world with 4 KiB blocks and the given options (realistic timings unless told). */
export function aSnapshotWorld(options: EcsOptions = {}): Ecs {
  return createEcs({ seed: 'snapshots', blockSize: BLOCK, ...options });
}

/** A world where every task completes at once. */
export function anInstantWorld(options: EcsOptions = {}): Ecs {
  return aSnapshotWorld({ timings: 'instant', ...options });
}

/** Runs a Running instance with one data disk of `category`; returns both ids. */
export function aDiskInUse(
  ecs: Ecs,
  category = 'cloud_essd',
): { instanceId: string; diskId: string } {
  const { instanceIdSets } = ecs.runInstances({
    regionId: REGION,
    imageId: 'aliyun_3_x64_20G_alibase_20240528.vhd',
    instanceType: 'ecs.g7.large',
    dataDisk: [{ category, size: 20 }],
  });
  ecs.clock.settle();
  const instanceId = must(instanceIdSets.instanceIdSet[0], 'instance id');
  return { instanceId, diskId: dataDiskOf(ecs, instanceId).diskId };
}

/** Writes one block of text (padded with zeros) at block `index`. */
export function writeBlock(ecs: Ecs, diskId: string, index: number, text: string): void {
  ecs.writeDisk({ diskId, offset: index * BLOCK, data: text });
}

/** Writes `count` synthetic blocks starting at block `from`. */
export function writeBlocks(ecs: Ecs, diskId: string, from: number, count: number): void {
  ecs.writeDisk({ diskId, offset: from * BLOCK, length: count * BLOCK, fill: `f${from}` });
}

/** The text at the start of block `index` of a snapshot's content (zeros trimmed). */
export function snapshotText(ecs: Ecs, snapshotId: string, index: number, length = 8): string {
  const snapshot = must(findSnapshot(ecs.state, snapshotId), `snapshot ${snapshotId}`);
  const bytes = readFromBlocks(snapshot.content, BLOCK, index * BLOCK, length);
  return new TextDecoder().decode(bytes).replace(/\0+$/, '');
}

/** One snapshot as `describeSnapshots` shows it. */
export function viewOf(ecs: Ecs, snapshotId: string): SnapshotView {
  const body = ecs.describeSnapshots({
    regionId: REGION,
    snapshotIds: JSON.stringify([snapshotId]),
  });
  return must(body.snapshots.snapshot[0], `snapshot ${snapshotId} listed`);
}

/** Whether a snapshot is still listed. */
export function exists(ecs: Ecs, snapshotId: string): boolean {
  return findSnapshot(ecs.state, snapshotId) !== undefined;
}

/** The chain of a disk as `describeSnapshotLinks` shows it. */
export function chainOf(ecs: Ecs, diskId: string) {
  const body = ecs.describeSnapshotLinks({ regionId: REGION, diskIds: JSON.stringify([diskId]) });
  return must(body.snapshotLinks.snapshotLink[0], `chain of ${diskId}`);
}

/** The region's snapshot usage. */
export function usageOf(ecs: Ecs) {
  const { snapshotCount, snapshotSize } = ecs.describeSnapshotsUsage({ regionId: REGION });
  return { snapshotCount, snapshotSize };
}
