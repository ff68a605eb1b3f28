import { readFromBlocks } from '../../src/blocks/index.js';
import { findDisk } from '../../src/disks/store.js';
import type { Ecs } from '../../src/index.js';
import { entityIdsByKey } from '../../src/shared/entity-table.js';
import { findSnapshot } from '../../src/snapshots/store.js';
import { must } from '../fixtures/must.js';
import { BLOCK, chainOf, usageOf } from '../snapshots/helpers.js';

/** The text at the start of block `index` of a disk (zeros trimmed), read from its content. */
export function diskText(ecs: Ecs, diskId: string, index: number, length = 8): string {
  const disk = must(findDisk(ecs.state, diskId), `disk ${diskId}`);
  const bytes = readFromBlocks(disk.content, BLOCK, index * BLOCK, length);
  return new TextDecoder().decode(bytes).replace(/\0+$/, '');
}

/** Stops an instance and waits until it is `Stopped`. */
export function stop(ecs: Ecs, instanceId: string): void {
  ecs.stopInstance({ instanceId });
  ecs.clock.settle();
}

/** Starts an instance and waits until it is `Running`. */
export function start(ecs: Ecs, instanceId: string): void {
  ecs.startInstance({ instanceId });
  ecs.clock.settle();
}

/** Takes a snapshot of a disk and waits until it is accomplished. */
export function snap(ecs: Ecs, diskId: string): string {
  const { snapshotId } = ecs.createSnapshot({ diskId });
  ecs.clock.settle();
  return snapshotId;
}

/**
 * The naive oracle: every distinct (block index, block version) pair held by a live snapshot of
 * the disk, counted once, in bytes.
 */
export function naiveChainBytes(ecs: Ecs, diskId: string): number {
  const pairs = new Map<number, Set<unknown>>();
  for (const id of entityIdsByKey(ecs.state.snapshots, `disk:${diskId}`)) {
    const snapshot = must(findSnapshot(ecs.state, id), `snapshot ${id}`);
    if (snapshot.status === 'failed') continue;
    for (const [index, version] of snapshot.content.entries()) {
      const seen = pairs.get(index) ?? new Set<unknown>();
      seen.add(version);
      pairs.set(index, seen);
    }
  }
  let count = 0;
  for (const versions of pairs.values()) count += versions.size;
  return count * BLOCK;
}

/** Asserts nothing: returns the chain's and the region's capacity next to the oracle's. */
export function accounting(ecs: Ecs, diskId: string) {
  return {
    chain: chainOf(ecs, diskId).totalSize,
    region: usageOf(ecs).snapshotSize,
    naive: naiveChainBytes(ecs, diskId),
  };
}
