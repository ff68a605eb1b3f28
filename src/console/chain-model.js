// What a disk's snapshot chain holds, worked out from what the API lists: each snapshot's blocks
// (index and token, from ListSnapshotBlocks) name block versions, and two snapshots of one chain
// holding the same version at an index hand out the same token. So, over the chain's snapshots:
//   held  - the blocks a snapshot restores (its full view);
//   own   - the versions it was the first to capture (its incremental part);
//   freed - the versions no other snapshot holds: what deleting it would free;
//   total - every distinct version once: the chain's capacity (DescribeSnapshotLinks TotalSize).

import { control } from './api.js';

const PAGE = 10000;

/** Every block of a snapshot, following `nextToken`. */
export async function blocksOf(snapshotId) {
  const blocks = [];
  let nextToken;
  let info;
  do {
    const query = new URLSearchParams({ snapshotId, maxResults: String(PAGE) });
    if (nextToken) query.set('nextToken', nextToken);
    info = await control('GET', `snapshot-blocks?${query}`);
    blocks.push(...info.blocks);
    nextToken = info.nextToken;
  } while (nextToken);
  return { blockSize: info.blockSize, volumeSize: info.volumeSize, blocks };
}

/**
 * The chain of snapshots (oldest first), each with `blocks` listed or `unreadable` set.
 * Returns per-snapshot counts and the chain's capacity in blocks.
 */
export function chainModel(snapshots) {
  const holders = new Map(); // "index:token" -> how many snapshots hold it
  const firstHolder = new Map(); // "index:token" -> the oldest snapshot holding it
  for (const snap of snapshots) {
    for (const b of snap.blocks ?? []) {
      const key = `${b.blockIndex}:${b.blockToken}`;
      holders.set(key, (holders.get(key) ?? 0) + 1);
      if (!firstHolder.has(key)) firstHolder.set(key, snap.SnapshotId);
    }
  }
  const rows = snapshots.map((snap) => {
    const own = new Set();
    const freed = new Set();
    for (const b of snap.blocks ?? []) {
      const key = `${b.blockIndex}:${b.blockToken}`;
      if (firstHolder.get(key) === snap.SnapshotId) own.add(b.blockIndex);
      if (holders.get(key) === 1) freed.add(b.blockIndex);
    }
    const held = new Set((snap.blocks ?? []).map((b) => b.blockIndex));
    return { snapshot: snap, held, own, freed };
  });
  return { rows, totalBlocks: holders.size };
}
