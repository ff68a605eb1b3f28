import {
  entityGet,
  entityIdsByKey,
  entityPut,
  entityRemove,
  entityReplaceUnindexed,
} from '../shared/entity-table.js';
import type { AllFields } from '../shared/writable-copy.js';
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
 * The fields of a disk that record its snapshots (its chain, lineage head and snapshot in
 * progress): none of them is an index key.
 *
 * @internal
 */
export type DiskSnapshotFields = Partial<
  Pick<Disk, 'snapshotLinkId' | 'lineageSnapshotId' | 'progressingSnapshotId'>
>;

/**
 * Updates the fields of a disk that record its snapshots: one table write, no index work (a
 * snapshot's create, completion and deletion each do this).
 *
 * @param table - The disks table.
 * @param disk - The stored disk.
 * @param fields - The changed fields.
 * @returns The new table.
 * @internal
 */
export function putDiskSnapshotFields(
  table: EcsState['disks'],
  disk: Disk,
  fields: DiskSnapshotFields,
): EcsState['disks'] {
  const next = diskCopy(disk);
  if (fields.snapshotLinkId !== undefined) next.snapshotLinkId = fields.snapshotLinkId;
  if (fields.lineageSnapshotId !== undefined) next.lineageSnapshotId = fields.lineageSnapshotId;
  if (fields.progressingSnapshotId !== undefined)
    next.progressingSnapshotId = fields.progressingSnapshotId;
  // Ids or null only: a shallow freeze of the stored disk is a deep one.
  return entityReplaceUnindexed(table, disk.diskId, Object.freeze(next));
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

/**
 * A writable copy of a stored disk, to change in place and freeze: far cheaper than spreading
 * the frozen original (see src/shared/writable-copy.ts).
 *
 * @param disk - The stored disk.
 * @returns A copy listing every field.
 * @internal
 */
export function diskCopy(disk: Disk): AllFields<Disk> {
  return {
    seq: disk.seq,
    diskId: disk.diskId,
    regionId: disk.regionId,
    zoneId: disk.zoneId,
    diskName: disk.diskName,
    description: disk.description,
    type: disk.type,
    category: disk.category,
    performanceLevel: disk.performanceLevel,
    size: disk.size,
    status: disk.status,
    plan: disk.plan,
    pendingTask: disk.pendingTask,
    instanceId: disk.instanceId,
    device: disk.device,
    imageId: disk.imageId,
    sourceSnapshotId: disk.sourceSnapshotId,
    lazyLoadedUntilMs: disk.lazyLoadedUntilMs,
    creationTime: disk.creationTime,
    attachedTime: disk.attachedTime,
    detachedTime: disk.detachedTime,
    everAttached: disk.everAttached,
    deleteWithInstance: disk.deleteWithInstance,
    deleteAutoSnapshot: disk.deleteAutoSnapshot,
    enableAutoSnapshot: disk.enableAutoSnapshot,
    autoSnapshotPolicyIds: disk.autoSnapshotPolicyIds,
    portable: disk.portable,
    tags: disk.tags,
    resourceGroupId: disk.resourceGroupId,
    snapshotLinkId: disk.snapshotLinkId,
    lineageSnapshotId: disk.lineageSnapshotId,
    progressingSnapshotId: disk.progressingSnapshotId,
    contentChanges: disk.contentChanges,
    content: disk.content,
    encrypted: disk.encrypted,
    kmsKeyId: disk.kmsKeyId,
  };
}
