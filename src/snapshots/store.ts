import {
  entityCountByKey,
  entityGet,
  entityPut,
  entityReindexed,
  entityRemove,
} from '../shared/entity-table.js';
import { hashTableEntries } from '../shared/persistent/index.js';
import type { AllFields } from '../shared/writable-copy.js';
import type { EcsState } from '../state/ecs-state.js';
import type { Snapshot, SnapshotLink } from './types.js';

/**
 * The index keys of a snapshot: the selective filters of `describeSnapshots`, plus the per-disk
 * counts the quotas need (lineage edges live in `state.lineageChildren`). Values most snapshots share (type, source
 * disk type, `usage:none`, `status:accomplished`) are not indexed: every key is one index write
 * per create, settle and delete, and such a key narrows nothing; `describeSnapshots` checks them
 * on the rows of a more selective key instead. Nor is the chain: a chain is one disk's, so its
 * snapshots are the rows of `disk:` showing its id. Only a failed snapshot is indexed under its
 * chain (`failed-link:`): the chain counts its live snapshots itself, and is kept while a failed
 * one still shows its id (see `namedBySnapshots` in ./lineage.ts).
 *
 * @param s - The snapshot.
 * @returns Its keys.
 * @internal
 */
export function snapshotIndexKeys(s: Snapshot): readonly string[] {
  const keys = [`region:${s.regionId}`, `disk:${s.sourceDiskId}`];
  if (s.status !== 'accomplished') keys.push(`status:${s.status}`);
  if (s.status === 'failed') keys.push(failedInChainKey(s.snapshotLinkId));
  if (s.usage !== 'none') keys.push(`usage:${s.usage}`);
  if (s.sourceInstanceId) keys.push(`instance:${s.sourceInstanceId}`);
  // A disk's live automatic snapshots (copies live in another region and do not count): the
  // policy quota counts them and releases the oldest. Manual ones are counted from the disk's
  // chain instead (see `manualSnapshotCount`): one key fewer to write per snapshot.
  if (s.status !== 'failed' && s.sourceSnapshotId === null && s.snapshotType === 'auto')
    keys.push(`quota:${s.sourceDiskId}:auto`);
  return keys;
}

/**
 * The index key of a chain's failed snapshots.
 *
 * @param snapshotLinkId - The chain.
 * @returns The key.
 * @internal
 */
export function failedInChainKey(snapshotLinkId: string): string {
  return `failed-link:${snapshotLinkId}`;
}

/** Whether an index key is one {@link snapshotIndexKeys} no longer makes (an older save's). */
function isRetiredSnapshotKey(key: string): boolean {
  return (
    key.startsWith('link:') ||
    (key.startsWith('quota:') && key.endsWith(':user')) ||
    key.startsWith('type:') ||
    key.startsWith('source-type:') ||
    key === 'usage:none' ||
    key === 'status:accomplished'
  );
}

/**
 * Brings a restored table's index keys up to date: a save made by an earlier fake-ecs still has
 * keys this one no longer makes (`link:`, `type:`, `source-type:`, `usage:none`,
 * `status:accomplished`, `quota:<disk>:user`), which would go stale on the first change and fail
 * the check of a later restore, and lacks the ones it added since (`failed-link:`). Such a table is
 * indexed anew from its rows; a table without retired keys is returned as is.
 *
 * @param table - A restored snapshots table.
 * @returns The table with the current index keys.
 * @internal
 */
export function withCurrentSnapshotKeys(table: EcsState['snapshots']): EcsState['snapshots'] {
  for (const { key } of hashTableEntries(table.indexes))
    if (isRetiredSnapshotKey(key)) return entityReindexed(table, snapshotIndexKeys);
  return table;
}

/**
 * Looks a snapshot up by id.
 *
 * @param state - The state.
 * @param snapshotId - The id.
 * @returns The snapshot, or `undefined`.
 * @internal
 */
export function findSnapshot(state: EcsState, snapshotId: string): Snapshot | undefined {
  return entityGet(state.snapshots, snapshotId);
}

/**
 * Stores a snapshot (insert or update) with its indexes.
 *
 * @param table - The snapshots table.
 * @param s - The snapshot.
 * @returns The new table.
 * @internal
 */
export function putSnapshot(table: EcsState['snapshots'], s: Snapshot): EcsState['snapshots'] {
  return entityPut(table, s.snapshotId, s, snapshotIndexKeys);
}

/**
 * Removes a snapshot record.
 *
 * @param table - The snapshots table.
 * @param snapshotId - The id.
 * @returns The new table.
 * @internal
 */
export function removeSnapshot(
  table: EcsState['snapshots'],
  snapshotId: string,
): EcsState['snapshots'] {
  return entityRemove(table, snapshotId, snapshotIndexKeys);
}

/**
 * The index keys of a chain: region and disk.
 *
 * @param link - The chain.
 * @returns Its keys.
 * @internal
 */
export function linkIndexKeys(link: SnapshotLink): readonly string[] {
  return [`region:${link.regionId}`, `disk:${link.sourceDiskId}`];
}

/**
 * A writable copy of a stored snapshot, to change in place and freeze: far cheaper than spreading
 * the frozen original (see src/shared/writable-copy.ts).
 *
 * @param s - The stored snapshot.
 * @returns A copy listing every field.
 * @internal
 */
export function snapshotCopy(s: Snapshot): AllFields<Snapshot> {
  return {
    seq: s.seq,
    snapshotId: s.snapshotId,
    regionId: s.regionId,
    snapshotName: s.snapshotName,
    description: s.description,
    snapshotType: s.snapshotType,
    status: s.status,
    sourceDiskId: s.sourceDiskId,
    sourceDiskSize: s.sourceDiskSize,
    sourceDiskType: s.sourceDiskType,
    sourceDiskCategory: s.sourceDiskCategory,
    sourceInstanceId: s.sourceInstanceId,
    snapshotLinkId: s.snapshotLinkId,
    creationTime: s.creationTime,
    lastModifiedTime: s.lastModifiedTime,
    startedMs: s.startedMs,
    completesMs: s.completesMs,
    completionTask: s.completionTask,
    copiedBytes: s.copiedBytes,
    retentionDays: s.retentionDays,
    expiryTask: s.expiryTask,
    tags: s.tags,
    resourceGroupId: s.resourceGroupId,
    usage: s.usage,
    available: s.available,
    lineageParentId: s.lineageParentId,
    ownBlocks: s.ownBlocks,
    content: s.content,
    sourceRegionId: s.sourceRegionId,
    sourceSnapshotId: s.sourceSnapshotId,
    snapshotGroupId: s.snapshotGroupId,
    volumeCapture: s.volumeCapture,
    encrypted: s.encrypted,
    kmsKeyId: s.kmsKeyId,
  };
}

/**
 * A writable copy of a stored chain, to change in place and freeze: far cheaper than spreading
 * the frozen original (see src/shared/writable-copy.ts).
 *
 * @param link - The stored chain.
 * @returns A copy listing every field.
 * @internal
 */
export function linkCopy(link: SnapshotLink): AllFields<SnapshotLink> {
  return {
    seq: link.seq,
    snapshotLinkId: link.snapshotLinkId,
    regionId: link.regionId,
    sourceDiskId: link.sourceDiskId,
    sourceDiskName: link.sourceDiskName,
    sourceDiskSize: link.sourceDiskSize,
    sourceDiskType: link.sourceDiskType,
    category: link.category,
    instanceId: link.instanceId,
    totalCount: link.totalCount,
    totalBlocks: link.totalBlocks,
  };
}

/**
 * How many live manual snapshots a disk has (its manual snapshot quota counts them): the live
 * snapshots of its own chain, less its automatic ones. Copies are in chains of their own.
 *
 * @param state - The state.
 * @param disk - The disk.
 * @returns The count, in O(log n).
 * @internal
 */
export function manualSnapshotCount(
  state: EcsState,
  disk: { readonly diskId: string; readonly snapshotLinkId: string | null },
): number {
  const link = disk.snapshotLinkId
    ? entityGet(state.snapshotLinks, disk.snapshotLinkId)
    : undefined;
  return (link?.totalCount ?? 0) - entityCountByKey(state.snapshots, `quota:${disk.diskId}:auto`);
}
