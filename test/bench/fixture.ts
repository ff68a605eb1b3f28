// What the benches share: the region, image and block size they run in, and a world with data
// disks. One declaration, so two benches comparing worlds build them the same way.
import { createEcs, type Ecs, type EcsOptions } from 'fake-ecs';

export const REGION = 'cn-hangzhou';
export const IMAGE = 'aliyun_3_x64_20G_alibase_20240528.vhd';
/** The fake's block size: 512 KiB. */
export const BLOCK = 524288;
export const GIB = 1024 ** 3;

/** A seeded world with instant timings, starting on 2026-01-01 (benches time work, not waits). */
export function benchWorld(options: Partial<EcsOptions> = {}): Ecs {
  return createEcs({ seed: 'bench', timings: 'instant', now: '2026-01-01T00:00:00Z', ...options });
}

/** Runs one instance with `count` ESSD data disks of `sizeGiB` each and returns their ids. */
export function dataDisks(ecs: Ecs, count: number, sizeGiB = 40): string[] {
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
