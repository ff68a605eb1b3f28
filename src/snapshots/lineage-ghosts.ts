import {
  type BlockVersion,
  blocksHolding,
  countNewerBlocks,
  visitChangedRuns,
} from '../blocks/index.js';
import { putDiskSnapshotFields } from '../disks/store.js';
import {
  entityGet,
  entityPut,
  entityRemove,
  entityReplaceUnindexed,
} from '../shared/entity-table.js';
import type { EcsState } from '../state/ecs-state.js';
import { childIdsOf, type LineageChildren, movedLineageEdge } from './lineage-children.js';
import { putSnapshot, snapshotCopy } from './store.js';
import type { LineageGhost, Snapshot } from './types.js';

// Hidden lineage nodes ("ghosts"). After a rollback a snapshot can have two or more children.
// When such a snapshot leaves, handing its blocks to each child would count a block two branches
// share twice, and would leave the holders of a block disconnected. So it stays in the lineage,
// hidden, as the parent of its children, owning only the blocks of its own some branch below it
// still holds. A ghost "holds" a block when a live snapshot below it does (through ghosts only:
// blocks pass down a lineage unchanged until overwritten, so every node in between has them too).
// Whenever a ghost's branches change it is recounted; with one branch left it dissolves like a
// normal removal. The cost is diffs from the ghost to one live snapshot below it, and a range
// lookup per changed run in each branch (runs of blocks, see src/blocks/trie-runs.ts), never a
// walk of the disk.

/**
 * A node of the lineage tree: a live snapshot or a ghost.
 *
 * @internal
 */
export type LineageNode = Snapshot | LineageGhost;

/**
 * The parts of the state a lineage change rewrites, plus the change in the chain's blocks.
 *
 * @internal
 */
export interface LineageWork {
  snapshots: EcsState['snapshots'];
  lineageNodes: EcsState['lineageNodes'];
  disks: EcsState['disks'];
  lineageChildren: LineageChildren;
  /** Blocks the chain (and the region) gained; negative when freed. */
  blocks: number;
}

function isGhost(node: LineageNode): node is LineageGhost {
  return 'ghost' in node;
}

/** Ghosts are found by id and through the lineage edges only: no index keys. */
const noIndexKeys = (): readonly string[] => [];

/**
 * A lineage node by id: a live (not failed) snapshot, or a ghost.
 *
 * @param tables - The snapshots and ghosts.
 * @param id - The id.
 * @returns The node, or `undefined`.
 * @internal
 */
export function lineageNode(
  tables: Pick<EcsState, 'snapshots' | 'lineageNodes'>,
  id: string | null,
): LineageNode | undefined {
  if (!id) return undefined;
  const snapshot = entityGet(tables.snapshots, id);
  if (snapshot && snapshot.status !== 'failed') return snapshot;
  return entityGet(tables.lineageNodes, id);
}

/** The nodes whose lineage parent is `id` (an edge its child no longer confirms is skipped). */
function childrenOf(w: LineageWork, id: string): LineageNode[] {
  const children: LineageNode[] = [];
  for (const childId of childIdsOf(w.lineageChildren, id)) {
    const child = lineageNode(w, childId);
    if (child?.lineageParentId === id) children.push(child);
  }
  return children;
}

function putNode(w: LineageWork, node: LineageNode): void {
  if (isGhost(node)) w.lineageNodes = entityPut(w.lineageNodes, node.snapshotId, node, noIndexKeys);
  else w.snapshots = putSnapshot(w.snapshots, node);
}

/**
 * The sub-ranges of `[start, end)` where `node` holds `version`: a live snapshot by content, a
 * ghost where its content has it and some branch below it holds it too.
 */
function heldRanges(
  w: LineageWork,
  node: LineageNode,
  range: readonly [start: number, end: number],
  version: BlockVersion,
): [number, number][] {
  const own = blocksHolding(node.content, range[0], range[1], version);
  if (!isGhost(node) || own.length === 0) return own;
  const below: [number, number][] = [];
  for (const child of childrenOf(w, node.snapshotId))
    for (const part of own) below.push(...heldRanges(w, child, part, version));
  return below;
}

/**
 * How many indices the (possibly overlapping) ranges cover together.
 *
 * @param ranges - `[start, end)` ranges; sorted in place.
 * @returns The count.
 * @example
 * ```ts
 * coveredCount([[0, 4], [2, 6], [10, 11]]); //=> 7
 * ```
 * @internal
 */
export function coveredCount(ranges: [number, number][]): number {
  ranges.sort((x, y) => x[0] - y[0]);
  let covered = 0;
  let reach = Number.NEGATIVE_INFINITY;
  for (const [start, end] of ranges) {
    if (end <= reach) continue;
    covered += end - Math.max(start, reach);
    reach = end;
  }
  return covered;
}

function liveBelow(w: LineageWork, node: LineageNode): Snapshot | undefined {
  if (!isGhost(node)) return node;
  for (const child of childrenOf(w, node.snapshotId)) {
    const live = liveBelow(w, child);
    if (live) return live;
  }
  return undefined;
}

/**
 * How many blocks of `node`'s own (those `parent` does not hold) at least one of `children` still
 * holds. A block no child holds is missing from any one live snapshot below, so only the diff to
 * that snapshot is examined.
 */
function heldOwn(
  w: LineageWork,
  node: LineageNode,
  parent: LineageNode | undefined,
  children: readonly LineageNode[],
): number {
  const sample = children.map((c) => liveBelow(w, c)).find((s) => s !== undefined);
  if (!sample) return 0;
  let unheld = 0;
  // Run by run: a range written in one go is one run here, whatever its number of blocks.
  visitChangedRuns(node.content, sample.content, 0, (start, end, version) => {
    if (version === undefined) return true;
    const kept = parent ? blocksHolding(parent.content, start, end, version) : [];
    for (const child of children) kept.push(...heldRanges(w, child, [start, end], version));
    unheld += end - start - coveredCount(kept);
    return true;
  });
  return allOwn(node, parent) - unheld;
}

/** Every block of `node`'s own: a live snapshot holds them all; a ghost's are counted by a diff. */
function allOwn(node: LineageNode, parent: LineageNode | undefined): number {
  if (!isGhost(node)) return node.ownBlocks;
  return parent ? countNewerBlocks(parent.content, node.content) : node.content.size;
}

function isHead(w: LineageWork, node: LineageNode): boolean {
  const disk = entityGet(w.disks, node.sourceDiskId);
  return disk?.lineageSnapshotId === node.snapshotId;
}

/**
 * Takes a node out of the live lineage, or re-examines a ghost whose branches changed. With two or
 * more branches (children, or the disk whose next snapshot descends from it) it stays, as a ghost
 * recounted against its children; with at most one it goes: its single child takes over the blocks
 * it still holds, the rest is freed, and the disk's next snapshot descends from its parent. A ghost
 * parent is then re-examined in turn.
 *
 * @param w - The work in progress; a live node's record is already out of `w.snapshots`.
 * @param node - A live snapshot leaving, or a ghost.
 * @internal
 */
export function detachNode(w: LineageWork, node: LineageNode): void {
  const parent = lineageNode(w, node.lineageParentId);
  const children = childrenOf(w, node.snapshotId);
  const head = isHead(w, node);
  if (children.length + (head ? 1 : 0) >= 2) keepAsGhost(w, node, parent, children);
  else dissolve(w, node, parent, children[0], head);
  const ghostParent = parent && isGhost(parent) ? lineageNode(w, parent.snapshotId) : undefined;
  if (ghostParent) detachNode(w, ghostParent);
}

function keepAsGhost(
  w: LineageWork,
  node: LineageNode,
  parent: LineageNode | undefined,
  children: readonly LineageNode[],
): void {
  const ownBlocks = heldOwn(w, node, parent, children);
  w.blocks += ownBlocks - node.ownBlocks;
  putNode(w, {
    ghost: true,
    seq: isGhost(node) ? node.seq : w.lineageNodes.nextSeq,
    snapshotId: node.snapshotId,
    regionId: node.regionId,
    snapshotLinkId: node.snapshotLinkId,
    sourceDiskId: node.sourceDiskId,
    lineageParentId: node.lineageParentId,
    ownBlocks,
    content: node.content,
  });
}

/**
 * Stores a node under a new parent, owning more blocks. Neither field is an index key, so the
 * snapshot is replaced without index work; both are primitives, so a shallow freeze is deep.
 */
function adopt(
  w: LineageWork,
  node: LineageNode,
  lineageParentId: string | null,
  ownBlocks: number,
) {
  if (isGhost(node)) {
    putNode(w, Object.freeze({ ...node, lineageParentId, ownBlocks }));
    return;
  }
  const copy = snapshotCopy(node);
  copy.lineageParentId = lineageParentId;
  copy.ownBlocks = ownBlocks;
  w.snapshots = entityReplaceUnindexed(w.snapshots, node.snapshotId, Object.freeze(copy));
}

function dissolve(
  w: LineageWork,
  node: LineageNode,
  parent: LineageNode | undefined,
  child: LineageNode | undefined,
  head: boolean,
): void {
  const lineageParentId = parent?.snapshotId ?? null;
  const kept = child ? heldOwn(w, node, parent, [child]) : 0;
  w.lineageChildren = movedLineageEdge(
    w.lineageChildren,
    node.snapshotId,
    node.lineageParentId,
    null,
  );
  if (child) {
    adopt(w, child, lineageParentId, child.ownBlocks + kept);
    w.lineageChildren = movedLineageEdge(
      w.lineageChildren,
      child.snapshotId,
      node.snapshotId,
      lineageParentId,
    );
  }
  w.blocks += kept - node.ownBlocks;
  if (isGhost(node)) w.lineageNodes = entityRemove(w.lineageNodes, node.snapshotId, noIndexKeys);
  const disk = entityGet(w.disks, node.sourceDiskId);
  if (disk && head)
    w.disks = putDiskSnapshotFields(w.disks, disk, { lineageSnapshotId: lineageParentId });
}
