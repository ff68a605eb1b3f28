import type { BlockMap, BlockVersion } from '../blocks/index.js';
import type { Disk } from '../disks/types.js';
import { entityIdsByKey } from '../shared/entity-table.js';
import { hashTableValues } from '../shared/persistent/index.js';
import type { EcsState } from '../state/ecs-state.js';
import { countOwn } from './lineage.js';
import { type LineageNode, lineageNode } from './lineage-ghosts.js';

/**
 * The lineage node a disk's next snapshot descends from after its content was put back to content
 * its chain may already hold (`reInitDisk` back to the snapshot or image the disk was made from).
 *
 * Every block version of that content that a live snapshot of the chain still holds is held by the
 * root of one lineage tree (versions are never re-created, so a holder's whole path up to its root
 * holds it too). Making that root the parent keeps the next snapshot from counting those blocks a
 * second time. Roots are few; each is compared by a diff that skips shared subtrees.
 *
 * @param state - The state.
 * @param disk - The disk (its chain is `disk.snapshotLinkId`).
 * @param content - The disk's new content.
 * @returns The root that shares block versions with `content`, or `null` (a full snapshot next).
 * @internal
 */
export function rootSharing(
  state: EcsState,
  disk: Disk,
  content: BlockMap<BlockVersion>,
): string | null {
  if (!disk.snapshotLinkId || content.size === 0) return null;
  const linkId = disk.snapshotLinkId;
  // The chain is the disk's: its snapshots are the disk's rows that show its id.
  const candidates: LineageNode[] = [
    ...entityIdsByKey(state.snapshots, `disk:${disk.diskId}`).flatMap((id) => {
      const node = lineageNode(state, id);
      return node?.snapshotLinkId === linkId ? node : [];
    }),
    ...[...hashTableValues(state.lineageNodes.rows)].filter((g) => g.snapshotLinkId === linkId),
  ];
  for (const node of candidates) {
    if (node.lineageParentId !== null) continue;
    if (countOwn(node.content, content) < content.size) return node.snapshotId;
  }
  return null;
}
