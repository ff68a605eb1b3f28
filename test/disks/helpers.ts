import type { DiskView } from '../../src/disks/views.js';
import { createEcs, type Ecs, type EcsOptions } from '../../src/index.js';

/** A Linux image of the catalogue (20 GiB). */
export const IMAGE = 'aliyun_3_x64_20G_alibase_20240528.vhd';
/** The default region and zone tests use. */
export const REGION = 'cn-hangzhou';
export const ZONE = 'cn-hangzhou-h';

/** A world with the given options (realistic timings unless told). */
export function aWorld(options: EcsOptions = {}): Ecs {
  return createEcs({ seed: 'disks', ...options });
}

/** Runs one instance and waits until it is `Running`. */
export function aRunningInstance(
  ecs: Ecs,
  overrides: Parameters<Ecs['runInstances']>[0] = {},
): string {
  const { instanceIdSets } = ecs.runInstances({
    regionId: REGION,
    zoneId: ZONE,
    imageId: IMAGE,
    instanceType: 'ecs.g7.large',
    ...overrides,
  });
  ecs.clock.settle();
  const id = instanceIdSets.instanceIdSet[0];
  if (id === undefined) throw new Error('runInstances returned no instance');
  return id;
}

/** Runs one instance and stops it, waiting until it is `Stopped`. */
export function aStoppedInstance(
  ecs: Ecs,
  overrides: Parameters<Ecs['runInstances']>[0] = {},
): string {
  const instanceId = aRunningInstance(ecs, overrides);
  ecs.stopInstance({ instanceId });
  ecs.clock.settle();
  return instanceId;
}

/** Creates a data disk and waits until it is `Available`. */
export function anAvailableDisk(
  ecs: Ecs,
  overrides: Parameters<Ecs['createDisk']>[0] = {},
): string {
  const { diskId } = ecs.createDisk({ regionId: REGION, zoneId: ZONE, size: 40, ...overrides });
  ecs.clock.settle();
  return diskId;
}

/** Creates a data disk, attaches it and waits until it is `In_use`. */
export function anAttachedDisk(
  ecs: Ecs,
  instanceId: string,
  overrides: Parameters<Ecs['createDisk']>[0] = {},
): string {
  const diskId = anAvailableDisk(ecs, overrides);
  ecs.attachDisk({ instanceId, diskId });
  ecs.clock.settle();
  return diskId;
}

/** One disk as `DescribeDisks` shows it. */
export function viewOf(ecs: Ecs, diskId: string, regionId = REGION): DiskView {
  const disk = ecs.describeDisks({ regionId, diskIds: JSON.stringify([diskId]) }).disks.disk[0];
  if (disk === undefined) throw new Error(`disk ${diskId} is not listed`);
  return disk;
}

/** The system disk of an instance. */
export function systemDiskOf(ecs: Ecs, instanceId: string): string {
  const disk = ecs.describeDisks({ regionId: REGION, instanceId, diskType: 'system' }).disks
    .disk[0];
  if (disk === undefined) throw new Error(`instance ${instanceId} has no system disk`);
  return disk.diskId;
}

// The refusal check every suite shares: the code, its HTTP status, and the state left as it was.
export { expectRefused as expectRefusal } from '../fixtures/ecs-errors.js';
