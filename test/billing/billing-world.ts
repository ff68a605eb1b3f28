import type { Ecs, EcsOptions } from '../../src/index.js';
import { must } from '../fixtures/must.js';
import { aRunningInstance, aWorld, dataDiskOf, GIB } from '../fixtures/world.js';

/** 16 MiB blocks: hundreds of GiB stay a few thousand blocks. */
export const BIG_BLOCK = 16 * 1024 * 1024;

/** A world for billing tests: instant timings, 16 MiB blocks, the clock at `now`. */
export function aBillingWorld(now: string, overrides: EcsOptions = {}): Ecs {
  return aWorld({ now, timings: 'instant', blockSize: BIG_BLOCK, ...overrides });
}

/**
 * A running instance with one data disk per entry, each with that many GiB written (synthetic
 * data from offset 0; the disk is that size, at least 20 GiB); returns the data disks' ids.
 */
export function fullDisks(
  ecs: Ecs,
  sizesGiB: readonly number[],
  regionId = 'cn-hangzhou',
): string[] {
  const zoneId = must(
    ecs.state.world.regions.find((r) => r.regionId === regionId)?.zoneIds[0],
    'zone',
  );
  const instanceId = aRunningInstance(ecs, {
    regionId,
    zoneId,
    dataDisk: sizesGiB.map((size) => ({ category: 'cloud_essd', size: Math.max(20, size) })),
  });
  return sizesGiB.map((size, i) => {
    const { diskId } = dataDiskOf(ecs, instanceId, i + 1);
    ecs.writeDisk({ diskId, offset: 0, length: size * GIB, fill: `disk-${i}` });
    return diskId;
  });
}

/** Takes a snapshot of each disk (instant timings: accomplished at once); returns their ids. */
export function snapshotAll(ecs: Ecs, diskIds: readonly string[]): string[] {
  return diskIds.map((diskId) => ecs.createSnapshot({ diskId }).snapshotId);
}
