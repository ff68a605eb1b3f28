import { entityGet, entityIdsByKey, entityPut, entityRemove } from '../shared/entity-table.js';
import type { EcsState } from '../state/ecs-state.js';
import type { Disk } from './types.js';

/**
 * The index keys of a disk: region, zone, status, category, type, its instance, its source
 * snapshot and its automatic snapshot policy. `describeDisks` filters on them without scanning the region.
 *
 * @param disk - The disk.
 * @returns Its keys.
 * @internal
 */
export function diskIndexKeys(disk: Disk): readonly string[] {
  const keys = [
    `region:${disk.regionId}`,
    `zone:${disk.zoneId}`,
    `status:${disk.status}`,
    `category:${disk.category}`,
    `type:${disk.type}`,
  ];
  if (disk.instanceId) keys.push(`instance:${disk.instanceId}`);
  if (disk.sourceSnapshotId) keys.push(`snapshot:${disk.sourceSnapshotId}`);
  for (const policyId of disk.autoSnapshotPolicyIds) keys.push(`policy:${policyId}`);
  return keys;
}

/**
 * Looks a disk up by id.
 *
 * @param state - The state.
 * @param diskId - The id.
 * @returns The disk, or `undefined`.
 * @internal
 */
export function findDisk(state: EcsState, diskId: string): Disk | undefined {
  return entityGet(state.disks, diskId);
}

/**
 * The disks attached (or attaching, or detaching) to an instance, in creation order.
 *
 * @param state - The state.
 * @param instanceId - The instance.
 * @returns Its disks.
 * @internal
 */
export function disksOfInstance(state: EcsState, instanceId: string): Disk[] {
  return entityIdsByKey(state.disks, `instance:${instanceId}`).flatMap(
    (id) => entityGet(state.disks, id) ?? [],
  );
}

/**
 * Stores a disk (insert or update) with its indexes.
 *
 * @param table - The disks table.
 * @param disk - The disk.
 * @returns The new table.
 * @internal
 */
export function putDisk(table: EcsState['disks'], disk: Disk): EcsState['disks'] {
  return entityPut(table, disk.diskId, disk, diskIndexKeys);
}

/**
 * Removes a disk from the world.
 *
 * @param table - The disks table.
 * @param diskId - The disk.
 * @returns The new table.
 * @internal
 */
export function removeDisk(table: EcsState['disks'], diskId: string): EcsState['disks'] {
  return entityRemove(table, diskId, diskIndexKeys);
}
