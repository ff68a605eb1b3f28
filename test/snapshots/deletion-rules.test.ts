import { describe, expect, it } from 'vitest';
import { BlockMap, type BlockVersion } from '../../src/blocks/index.js';
import type { Ecs } from '../../src/index.js';
import { findSnapshot } from '../../src/snapshots/store.js';
import { expectRefused } from '../fixtures/ecs-errors.js';
import { must } from '../fixtures/must.js';
import { diskIn, REGION } from '../fixtures/world.js';
import {
  aDiskInUse,
  anInstantWorld,
  BLOCK,
  exists,
  usageOf,
  viewOf,
  writeBlock,
  writeBlocks,
} from './helpers.js';

const ZONE = 'cn-hangzhou-h';

function readText(ecs: Ecs, diskId: string, block: number): string {
  const bytes = ecs.readDisk({ diskId, offset: block * BLOCK, length: 8 });
  return new TextDecoder().decode(bytes).replace(/\0+$/, '');
}

/** A disk with "alpha" at block 0, a snapshot of it, and a disk made from it, attached. */
function aRestoredDisk(ecs: Ecs) {
  const { instanceId, diskId } = aDiskInUse(ecs);
  writeBlock(ecs, diskId, 0, 'alpha');
  const { snapshotId } = ecs.createSnapshot({ diskId });
  const restored = ecs.createDisk({ regionId: REGION, zoneId: ZONE, snapshotId }).diskId;
  ecs.attachDisk({ instanceId, diskId: restored });
  return { instanceId, diskId, snapshotId, restored };
}

/**
 * Checks every chain of the region against a naive union of the (block, version) pairs its live
 * snapshots reference, and the region's usage against the sum of the chains.
 */
function expectExactAccounting(ecs: Ecs): void {
  const ids = ecs
    .describeSnapshots({ regionId: REGION, pageSize: 100 })
    .snapshots.snapshot.filter((s) => s.status !== 'failed')
    .map((s) => s.snapshotId);
  const pairs = new Map<string, Map<number, Set<BlockVersion>>>();
  for (const id of ids) {
    const snapshot = must(findSnapshot(ecs.state, id));
    const chain = pairs.get(snapshot.snapshotLinkId) ?? new Map<number, Set<BlockVersion>>();
    pairs.set(snapshot.snapshotLinkId, chain);
    for (const change of BlockMap.empty<BlockVersion>().diff(snapshot.content)) {
      const versions = chain.get(change.index) ?? new Set<BlockVersion>();
      if (change.after !== undefined) versions.add(change.after);
      chain.set(change.index, versions);
    }
  }
  const links = ecs.describeSnapshotLinks({ regionId: REGION, pageSize: 100 }).snapshotLinks
    .snapshotLink;
  let total = 0;
  for (const link of links) {
    const chain = pairs.get(link.snapshotLinkId) ?? new Map<number, Set<BlockVersion>>();
    const union = [...chain.values()].reduce((n, versions) => n + versions.size, 0);
    expect({ link: link.snapshotLinkId, size: link.totalSize }).toEqual({
      link: link.snapshotLinkId,
      size: union * BLOCK,
    });
    total += link.totalSize;
  }
  expect(usageOf(ecs)).toEqual({ snapshotCount: ids.length, snapshotSize: total });
}

describe('deletion rules', () => {
  describe('when a snapshot was used to create disks', () => {
    it('refuses deleteSnapshot with SnapshotCreatedDisk', () => {
      const ecs = anInstantWorld();
      const { snapshotId } = aRestoredDisk(ecs);
      const error = expectRefused(
        ecs,
        () => ecs.deleteSnapshot({ snapshotId }),
        'SnapshotCreatedDisk',
        403,
      );
      expect(error.message).toContain('has been used to create disk(s)');
    });

    it('deletes it with force: true; the disks keep sourceSnapshotId and their data', () => {
      const ecs = anInstantWorld();
      const { snapshotId, restored } = aRestoredDisk(ecs);
      ecs.deleteSnapshot({ snapshotId, force: true });
      expect(exists(ecs, snapshotId)).toBe(false);
      expect(must(diskIn(ecs, restored)).sourceSnapshotId).toBe(snapshotId);
      expect(readText(ecs, restored, 0)).toBe('alpha');
      expectExactAccounting(ecs);
    });

    it('deletes it without force once the disks made from it are released', () => {
      const ecs = anInstantWorld();
      const { instanceId, snapshotId, restored } = aRestoredDisk(ecs);
      ecs.detachDisk({ instanceId, diskId: restored });
      ecs.deleteDisk({ diskId: restored });
      expect(viewOf(ecs, snapshotId).usage).toBe('none');
      ecs.deleteSnapshot({ snapshotId });
      expect(exists(ecs, snapshotId)).toBe(false);
    });

    it('releases a disk made from a force-deleted snapshot without trouble', () => {
      const ecs = anInstantWorld();
      const { instanceId, snapshotId, restored } = aRestoredDisk(ecs);
      ecs.deleteSnapshot({ snapshotId, force: true });
      ecs.detachDisk({ instanceId, diskId: restored });
      ecs.deleteDisk({ diskId: restored });
      expect(diskIn(ecs, restored)).toBeUndefined();
      expectExactAccounting(ecs);
    });
  });

  describe('when a disk with manual snapshots is deleted', () => {
    it('keeps the snapshots, their chain and their content', () => {
      const ecs = anInstantWorld();
      const { instanceId, diskId } = aDiskInUse(ecs);
      writeBlock(ecs, diskId, 0, 'alpha');
      const first = ecs.createSnapshot({ diskId }).snapshotId;
      writeBlock(ecs, diskId, 1, 'beta');
      const second = ecs.createSnapshot({ diskId }).snapshotId;
      const before = usageOf(ecs);
      ecs.detachDisk({ instanceId, diskId });
      ecs.deleteDisk({ diskId });
      expect([exists(ecs, first), exists(ecs, second)]).toEqual([true, true]);
      expect(viewOf(ecs, second).sourceDiskId).toBe(diskId);
      expect(usageOf(ecs)).toEqual(before);
      expectExactAccounting(ecs);
      const restored = ecs.createDisk({
        regionId: REGION,
        zoneId: ZONE,
        snapshotId: second,
      }).diskId;
      ecs.attachDisk({ instanceId, diskId: restored });
      expect([readText(ecs, restored, 0), readText(ecs, restored, 1)]).toEqual(['alpha', 'beta']);
    });
  });

  describe('when disks from snapshots, their snapshots and deletions interleave', () => {
    it('keeps every chain and the region usage exact at each step', () => {
      const ecs = anInstantWorld();
      const { instanceId, diskId } = aDiskInUse(ecs);
      writeBlocks(ecs, diskId, 0, 8);
      const s1 = ecs.createSnapshot({ diskId }).snapshotId;
      writeBlocks(ecs, diskId, 4, 6);
      const s2 = ecs.createSnapshot({ diskId }).snapshotId;
      expectExactAccounting(ecs);
      const restored = ecs.createDisk({ regionId: REGION, zoneId: ZONE, snapshotId: s1 }).diskId;
      ecs.attachDisk({ instanceId, diskId: restored });
      const r1 = ecs.createSnapshot({ diskId: restored }).snapshotId;
      expect(must(findSnapshot(ecs.state, r1))).toMatchObject({
        lineageParentId: null,
        ownBlocks: 8,
      });
      expectExactAccounting(ecs);
      writeBlocks(ecs, restored, 2, 3);
      const r2 = ecs.createSnapshot({ diskId: restored }).snapshotId;
      expectExactAccounting(ecs);
      ecs.deleteSnapshot({ snapshotId: s1, force: true });
      expectExactAccounting(ecs);
      ecs.deleteSnapshot({ snapshotId: r1 });
      expectExactAccounting(ecs);
      ecs.detachDisk({ instanceId, diskId });
      ecs.deleteDisk({ diskId });
      expectExactAccounting(ecs);
      ecs.deleteSnapshot({ snapshotId: s2 });
      ecs.deleteSnapshot({ snapshotId: r2 });
      expectExactAccounting(ecs);
      expect(usageOf(ecs)).toEqual({ snapshotCount: 0, snapshotSize: 0 });
    });
  });
});
