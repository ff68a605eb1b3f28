import { recordCapacity } from '../billing/capacity-history.js';
import { type BlockMap, type BlockVersion, countNewerBlocks } from '../blocks/index.js';
import { millisOf } from '../clock/timestamp.js';
import { findDisk, putDiskSnapshotFields } from '../disks/store.js';
import type { Disk } from '../disks/types.js';
import {
  entityCountByKey,
  entityGet,
  entityRemove,
  entityReplaceUnindexed,
} from '../shared/entity-table.js';
import type { StateParts } from '../state/commit.js';
import type { EcsState, SnapshotUsage } from '../state/ecs-state.js';
import { movedLineageEdge } from './lineage-children.js';
import { detachNode, type LineageNode, type LineageWork, lineageNode } from './lineage-ghosts.js';
import { failedInChainKey, linkCopy, linkIndexKeys, putSnapshot, removeSnapshot } from './store.js';
import type { Snapshot, SnapshotLink } from './types.js';

// The incremental snapshot mechanism, kept exact without scanning.
//
// Every write makes new block-version objects, so a (block index, version) pair lives on one
// stretch of a disk's history. The live snapshots of a disk form a tree by lineage (a snapshot's
// parent is the newest live snapshot its content descends from; a rollback makes the rolled-back
// snapshot the parent of what follows), and the snapshots holding any one pair form a connected
// subtree of it. So the chain's capacity -- each distinct pair once -- is the sum over live
// snapshots of the pairs they hold and their parent does not: `ownBlocks`. Creating a snapshot
// costs a diff against its parent; removing one hands the pairs its child still holds over to it.
// Both work on runs of blocks (a range write is one run: see src/blocks/trie-runs.ts), so they
// cost O(runs written between them x log n), whatever number of blocks the runs cover. After a rollback a snapshot can
// have several children: removing it then leaves a hidden node behind (./lineage-ghosts.ts).

/**
 * How many blocks `child` holds that `parent` does not (all of them without a parent).
 *
 * @param parent - The lineage parent's blocks, if any.
 * @param child - The new snapshot's blocks.
 * @returns The block count: O(1) without a parent, O(runs written since x log n) with one.
 * @internal
 */
export function countOwn(
  parent: BlockMap<BlockVersion> | undefined,
  child: BlockMap<BlockVersion>,
): number {
  return parent ? countNewerBlocks(parent, child) : child.size;
}

/** A stored chain with its totals moved (numbers: a shallow freeze is a deep one). */
function withTotals(link: SnapshotLink, count: number, blocks: number): SnapshotLink {
  const copy = linkCopy(link);
  copy.totalCount += count;
  copy.totalBlocks += blocks;
  return Object.freeze(copy);
}

function adjustUsage(state: EcsState, regionId: string, count: number, blocks: number) {
  const current: SnapshotUsage = state.snapshotUsage[regionId] ?? {
    snapshotCount: 0,
    snapshotBlocks: 0,
  };
  const after = current.snapshotBlocks + blocks;
  // Frozen as made (the other regions' entries are stored, frozen): committing it walks nothing.
  const snapshotUsage: EcsState['snapshotUsage'] = Object.freeze({
    ...state.snapshotUsage,
    [regionId]: Object.freeze({
      snapshotCount: current.snapshotCount + count,
      snapshotBlocks: after,
    }),
  });
  // The one place the capacity changes, so the billing history is kept here too.
  const capacityHistory =
    blocks === 0
      ? state.capacityHistory
      : recordCapacity(
          state.capacityHistory,
          regionId,
          millisOf(state.clock.now),
          current.snapshotBlocks,
          after,
        );
  return { snapshotUsage, capacityHistory };
}

/**
 * The lineage node a disk's next snapshot descends from: a live snapshot, or a hidden one that
 * branches still descend from.
 *
 * @param state - The state.
 * @param disk - The disk.
 * @returns The parent, or `undefined` for a first (full) snapshot.
 * @internal
 */
export function lineageParentOf(state: EcsState, disk: Disk): LineageNode | undefined {
  return lineageNode(state, disk.lineageSnapshotId);
}

/**
 * Adds a new snapshot to its disk's lineage: stores it and grows the chain and the region's usage
 * by the blocks it holds on its own. Under a hidden parent, that parent is recounted (the new
 * branch may hold blocks of its own no other branch held).
 *
 * @param state - The state, the chain already stored under `snapshot.snapshotLinkId`.
 * @param snapshot - The new snapshot, its `lineageParentId` and `ownBlocks` set.
 * @returns The parts of the state that change, and the stored snapshot.
 * @internal
 */
export function joinLineage(state: EcsState, snapshot: Snapshot) {
  const link = entityGet(state.snapshotLinks, snapshot.snapshotLinkId);
  if (!link) throw new Error('fake-ecs internal invariant broken: chain stored before joining it');
  const w: LineageWork = {
    snapshots: putSnapshot(state.snapshots, snapshot),
    lineageNodes: state.lineageNodes,
    disks: state.disks,
    lineageChildren: movedLineageEdge(
      state.lineageChildren,
      snapshot.snapshotId,
      null,
      snapshot.lineageParentId,
    ),
    blocks: snapshot.ownBlocks,
  };
  const parent = entityGet(state.lineageNodes, snapshot.lineageParentId ?? '');
  if (parent) detachNode(w, parent);
  const grown = withTotals(link, 1, w.blocks);
  return {
    snapshot,
    snapshots: w.snapshots,
    lineageNodes: w.lineageNodes,
    lineageChildren: w.lineageChildren,
    // Totals are no index keys.
    snapshotLinks: entityReplaceUnindexed(state.snapshotLinks, link.snapshotLinkId, grown),
    ...adjustUsage(state, snapshot.regionId, 1, w.blocks),
  };
}

/**
 * Takes a snapshot out of the live lineage (deleted, expired, cancelled or failed) and removes its
 * record (a failed one is stored again by the caller). With two or more branches descending from
 * it, it stays as a hidden node owning the blocks of its own they still hold; otherwise its child
 * takes over what it still shares with it and the disk whose lineage head it was moves back to its
 * parent (see `detachNode`). The chain and the region lose what nobody holds any more.
 *
 * @param state - The state.
 * @param snapshot - A live snapshot.
 * @returns The parts of the state that change: the lineage, chain, usage and disks.
 * @internal
 */
export function leaveLineage(state: EcsState, snapshot: Snapshot) {
  const w: LineageWork = {
    snapshots: removeSnapshot(state.snapshots, snapshot.snapshotId),
    lineageNodes: state.lineageNodes,
    disks: clearProgressing(state, snapshot),
    lineageChildren: state.lineageChildren,
    blocks: 0,
  };
  detachNode(w, snapshot);
  const link = entityGet(state.snapshotLinks, snapshot.snapshotLinkId);
  let snapshotLinks = state.snapshotLinks;
  if (link) {
    const shrunk = withTotals(link, -1, w.blocks);
    snapshotLinks = isOrphanChain(state, shrunk, w.snapshots)
      ? entityRemove(snapshotLinks, link.snapshotLinkId, linkIndexKeys)
      : entityReplaceUnindexed(snapshotLinks, link.snapshotLinkId, shrunk);
  }
  const { snapshotUsage, capacityHistory } = adjustUsage(state, snapshot.regionId, -1, w.blocks);
  const { snapshots, lineageNodes, lineageChildren, disks } = w;
  return {
    snapshots,
    lineageNodes,
    lineageChildren,
    snapshotLinks,
    snapshotUsage,
    capacityHistory,
    disks,
  } satisfies StateParts;
}

function clearProgressing(state: EcsState, snapshot: Snapshot): EcsState['disks'] {
  const disk = findDisk(state, snapshot.sourceDiskId);
  if (disk?.progressingSnapshotId !== snapshot.snapshotId) return state.disks;
  return putDiskSnapshotFields(state.disks, disk, { progressingSnapshotId: null });
}

/**
 * When a disk is released: its chain goes too if no snapshot is left in it (a chain with
 * snapshots stays, and the snapshots keep their `sourceDiskId`).
 *
 * @param links - The chains.
 * @param disk - The released disk.
 * @returns The chains.
 * @internal
 */
export function dropEmptyChain(
  links: EcsState['snapshotLinks'],
  disk: Disk,
  snapshots: EcsState['snapshots'],
): EcsState['snapshotLinks'] {
  const link = disk.snapshotLinkId ? entityGet(links, disk.snapshotLinkId) : undefined;
  return link && link.totalCount === 0 && !namedBySnapshots(snapshots, link)
    ? entityRemove(links, link.snapshotLinkId, linkIndexKeys)
    : links;
}

/**
 * Whether a failed snapshot still shows the chain's id (asked when the chain has no live snapshot
 * left, so a failed one is the only kind that can).
 */
function namedBySnapshots(snapshots: EcsState['snapshots'], link: SnapshotLink): boolean {
  return entityCountByKey(snapshots, failedInChainKey(link.snapshotLinkId)) > 0;
}

/**
 * Whether a chain has nothing left: no live snapshot, no failed snapshot showing its id, and its
 * disk gone (or in another region, as the source disk of a copy is).
 */
function isOrphanChain(
  state: EcsState,
  link: SnapshotLink,
  snapshots: EcsState['snapshots'],
): boolean {
  if (link.totalCount > 0 || namedBySnapshots(snapshots, link)) return false;
  const disk = findDisk(state, link.sourceDiskId);
  return !disk || disk.regionId !== link.regionId;
}

/**
 * Drops a chain left with nothing (see `isOrphanChain`) once a failed snapshot that showed its id
 * is deleted.
 *
 * @param state - The state, the failed snapshot already removed.
 * @param linkId - The chain the failed snapshot showed.
 * @returns The chains.
 * @internal
 */
export function dropOrphanChain(state: EcsState, linkId: string): EcsState['snapshotLinks'] {
  const link = entityGet(state.snapshotLinks, linkId);
  return link && isOrphanChain(state, link, state.snapshots)
    ? entityRemove(state.snapshotLinks, linkId, linkIndexKeys)
    : state.snapshotLinks;
}
