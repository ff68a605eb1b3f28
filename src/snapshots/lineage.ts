import type { BlockMap, BlockVersion } from '../blocks/index.js';
import { findDisk, putDisk } from '../disks/store.js';
import type { Disk } from '../disks/types.js';
import { entityGet, entityIdsByKey, entityPut, entityRemove } from '../shared/entity-table.js';
import type { EcsState, SnapshotUsage } from '../state/ecs-state.js';
import { linkIndexKeys, putSnapshot } from './store.js';
import type { Snapshot, SnapshotLink } from './types.js';

// The incremental snapshot mechanism, kept exact without scanning.
//
// Every write makes new block-version objects, so a (block index, version) pair lives on one
// stretch of a disk's history. The live snapshots of a disk form a tree by lineage (a snapshot's
// parent is the newest live snapshot its content descends from; a rollback makes the rolled-back
// snapshot the parent of what follows), and the snapshots holding any one pair form a connected
// subtree of it. So the chain's capacity -- each distinct pair once -- is the sum over live
// snapshots of the pairs they hold and their parent does not: `ownBlocks`. Creating a snapshot
// costs a diff against its parent (O(blocks written since)); removing one hands the pairs its
// children still hold over to them (O(its own blocks x children)).

/**
 * How many blocks `child` holds that `parent` does not (all of them without a parent).
 *
 * @param parent - The lineage parent's blocks, if any.
 * @param child - The new snapshot's blocks.
 * @returns The block count: O(1) without a parent, O(blocks written since) with one.
 * @internal
 */
export function countOwn(
  parent: BlockMap<BlockVersion> | undefined,
  child: BlockMap<BlockVersion>,
): number {
  if (!parent) return child.size;
  let count = 0;
  for (const change of parent.diff(child)) if (change.after !== undefined) count++;
  return count;
}

function adjustUsage(
  usage: EcsState['snapshotUsage'],
  regionId: string,
  count: number,
  blocks: number,
): EcsState['snapshotUsage'] {
  const current: SnapshotUsage = usage[regionId] ?? { snapshotCount: 0, snapshotBlocks: 0 };
  return {
    ...usage,
    [regionId]: {
      snapshotCount: current.snapshotCount + count,
      snapshotBlocks: current.snapshotBlocks + blocks,
    },
  };
}

/**
 * The live snapshot a disk's next snapshot descends from.
 *
 * @param state - The state.
 * @param disk - The disk.
 * @returns The parent, or `undefined` for a first (full) snapshot.
 * @internal
 */
export function lineageParentOf(state: EcsState, disk: Disk): Snapshot | undefined {
  return disk.lineageSnapshotId ? entityGet(state.snapshots, disk.lineageSnapshotId) : undefined;
}

/**
 * Adds a new snapshot to its disk's lineage: stores it and grows the chain and the region's usage
 * by the blocks it holds on its own.
 *
 * @param state - The state, the chain already stored under `snapshot.snapshotLinkId`.
 * @param snapshot - The new snapshot, its `lineageParentId` and `ownBlocks` set.
 * @returns The parts of the state that change, and the stored snapshot.
 * @internal
 */
export function joinLineage(state: EcsState, snapshot: Snapshot) {
  const { ownBlocks } = snapshot;
  const stored = snapshot;
  const link = entityGet(state.snapshotLinks, snapshot.snapshotLinkId);
  if (!link) throw new Error('fake-ecs internal invariant broken: chain stored before joining it');
  const grown: SnapshotLink = {
    ...link,
    totalCount: link.totalCount + 1,
    totalBlocks: link.totalBlocks + ownBlocks,
  };
  return {
    snapshot: stored,
    snapshots: putSnapshot(state.snapshots, stored),
    snapshotLinks: entityPut(state.snapshotLinks, link.snapshotLinkId, grown, linkIndexKeys),
    snapshotUsage: adjustUsage(state.snapshotUsage, snapshot.regionId, 1, ownBlocks),
  };
}

/**
 * Takes a snapshot out of the live lineage (deleted, cancelled or failed): its children now
 * descend from its parent and take over the blocks they still share with it; the chain and the
 * region lose what nobody else holds; a disk whose lineage head it was moves back to its parent.
 * The snapshot record itself is left to the caller (removed, or kept as `failed`).
 *
 * @param state - The state.
 * @param snapshot - A live snapshot.
 * @returns The state with the lineage, chain, usage and disk updated.
 * @internal
 */
export function leaveLineage(state: EcsState, snapshot: Snapshot): EcsState {
  const parent = snapshot.lineageParentId
    ? entityGet(state.snapshots, snapshot.lineageParentId)
    : undefined;
  const children = entityIdsByKey(state.snapshots, `child-of:${snapshot.snapshotId}`).flatMap(
    (id) => entityGet(state.snapshots, id) ?? [],
  );
  const handedOver = handOver(snapshot, parent, children);
  let snapshots = state.snapshots;
  let kept = 0;
  for (const [i, child] of children.entries()) {
    const gained = handedOver[i] ?? 0;
    kept += gained;
    snapshots = putSnapshot(snapshots, {
      ...child,
      lineageParentId: parent?.snapshotId ?? null,
      ownBlocks: child.ownBlocks + gained,
    });
  }
  const freed = snapshot.ownBlocks - kept;
  const disks = relinkDisk(state, snapshot, parent);
  const link = entityGet(state.snapshotLinks, snapshot.snapshotLinkId);
  let snapshotLinks = state.snapshotLinks;
  if (link) {
    const shrunk: SnapshotLink = {
      ...link,
      totalCount: link.totalCount - 1,
      totalBlocks: link.totalBlocks - freed,
    };
    // A chain with no snapshot left goes when its disk is gone (or lives in another region, as
    // the source disk of a copy does).
    const disk = findDisk(state, link.sourceDiskId);
    const orphan = shrunk.totalCount === 0 && (!disk || disk.regionId !== link.regionId);
    snapshotLinks = orphan
      ? entityRemove(snapshotLinks, link.snapshotLinkId, linkIndexKeys)
      : entityPut(snapshotLinks, link.snapshotLinkId, shrunk, linkIndexKeys);
  }
  const snapshotUsage = adjustUsage(state.snapshotUsage, snapshot.regionId, -1, -freed);
  return { ...state, snapshots, snapshotLinks, snapshotUsage, disks };
}

/**
 * For each child: how many of the leaving snapshot's own blocks it still holds. A child holds all
 * of them except those it changed since, so the cost is a diff from the snapshot to each child
 * (O(blocks written between them), shared subtrees skipped), not a walk of the snapshot's blocks.
 */
function handOver(
  snapshot: Snapshot,
  parent: Snapshot | undefined,
  children: readonly Snapshot[],
): number[] {
  return children.map((child) => {
    let lost = 0;
    for (const change of snapshot.content.diff(child.content)) {
      // Held by the snapshot, and its own (its parent holds another version or none there).
      if (change.before !== undefined && parent?.content.get(change.index) !== change.before)
        lost++;
    }
    return snapshot.ownBlocks - lost;
  });
}

function relinkDisk(
  state: EcsState,
  snapshot: Snapshot,
  parent: Snapshot | undefined,
): EcsState['disks'] {
  const disk = findDisk(state, snapshot.sourceDiskId);
  if (!disk) return state.disks;
  const isHead = disk.lineageSnapshotId === snapshot.snapshotId;
  const isProgressing = disk.progressingSnapshotId === snapshot.snapshotId;
  if (!isHead && !isProgressing) return state.disks;
  const next: Disk = {
    ...disk,
    lineageSnapshotId: isHead ? (parent?.snapshotId ?? null) : disk.lineageSnapshotId,
    progressingSnapshotId: isProgressing ? null : disk.progressingSnapshotId,
  };
  return putDisk(state.disks, next);
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
): EcsState['snapshotLinks'] {
  const link = disk.snapshotLinkId ? entityGet(links, disk.snapshotLinkId) : undefined;
  return link && link.totalCount === 0
    ? entityRemove(links, link.snapshotLinkId, linkIndexKeys)
    : links;
}
