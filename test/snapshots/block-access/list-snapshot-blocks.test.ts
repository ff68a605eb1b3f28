import { describe, expect, it } from 'vitest';
import type { Ecs, SnapshotBlock } from '../../../src/index.js';
import {
  aBlockWorld,
  aSnapshot,
  aWritableDisk,
  BLOCK,
  writeBlocks,
} from '../../fixtures/block-disk.js';
import { expectRefused } from '../../fixtures/ecs-errors.js';
import { must } from '../../fixtures/must.js';
import { aWorld } from '../../fixtures/world.js';

/** Every block of a snapshot, following `nextToken` page by page. */
function allPages(ecs: Ecs, snapshotId: string, maxResults: number): SnapshotBlock[][] {
  const pages: SnapshotBlock[][] = [];
  let nextToken: string | undefined;
  do {
    const page = ecs.listSnapshotBlocks({ snapshotId, maxResults, nextToken });
    pages.push(page.blocks);
    nextToken = page.nextToken;
  } while (nextToken !== undefined);
  return pages;
}

const indices = (blocks: readonly SnapshotBlock[]) => blocks.map((b) => b.blockIndex);

describe('listSnapshotBlocks', () => {
  describe('when the snapshot is the first of its disk', () => {
    it('lists every written block in ascending order, and no never-written block', () => {
      const ecs = aBlockWorld();
      const diskId = aWritableDisk(ecs);
      writeBlocks(ecs, diskId, [7, 0, 3], 'A');
      const snapshotId = aSnapshot(ecs, diskId);
      const body = ecs.listSnapshotBlocks({ snapshotId });
      expect(body).toEqual({
        snapshotId,
        blockSize: BLOCK,
        volumeSize: 20,
        blocks: [0, 3, 7].map((blockIndex) => ({ blockIndex, blockToken: expect.any(String) })),
      });
      expect(body).not.toHaveProperty('nextToken');
    });

    it('lists each block of a synthetic fill', () => {
      const ecs = aBlockWorld();
      const diskId = aWritableDisk(ecs);
      ecs.writeDisk({ diskId, offset: 10 * BLOCK, length: 1000 * BLOCK, fill: 'dataset' });
      const { blocks } = ecs.listSnapshotBlocks({ snapshotId: aSnapshot(ecs, diskId) });
      expect(indices(blocks)).toEqual(Array.from({ length: 1000 }, (_, i) => 10 + i));
    });

    it('counts a partly written block as written', () => {
      const ecs = aBlockWorld();
      const diskId = aWritableDisk(ecs);
      ecs.writeDisk({ diskId, offset: 5 * BLOCK + 100, data: 'tail' });
      const { blocks } = ecs.listSnapshotBlocks({ snapshotId: aSnapshot(ecs, diskId) });
      expect(indices(blocks)).toEqual([5]);
    });

    it('lists nothing for a snapshot of a never-written disk', () => {
      const ecs = aBlockWorld();
      const diskId = aWritableDisk(ecs);
      expect(ecs.listSnapshotBlocks({ snapshotId: aSnapshot(ecs, diskId) }).blocks).toEqual([]);
    });
  });

  describe('when the snapshot is incremental', () => {
    it('lists the blocks it inherits as well as the ones it copied', () => {
      const ecs = aBlockWorld();
      const diskId = aWritableDisk(ecs);
      writeBlocks(ecs, diskId, [0, 1, 2, 3], 'A');
      const first = aSnapshot(ecs, diskId);
      writeBlocks(ecs, diskId, [1, 2], 'B');
      writeBlocks(ecs, diskId, [9], 'C');
      const second = aSnapshot(ecs, diskId);
      expect(indices(ecs.listSnapshotBlocks({ snapshotId: second }).blocks)).toEqual([
        0, 1, 2, 3, 9,
      ]);
      expect(indices(ecs.listSnapshotBlocks({ snapshotId: first }).blocks)).toEqual([0, 1, 2, 3]);
    });

    it('gives an inherited block the same token in both snapshots, and a rewritten one a new token', () => {
      const ecs = aBlockWorld();
      const diskId = aWritableDisk(ecs);
      writeBlocks(ecs, diskId, [0, 1], 'A');
      const first = ecs.listSnapshotBlocks({ snapshotId: aSnapshot(ecs, diskId) }).blocks;
      writeBlocks(ecs, diskId, [1], 'A'); // same bytes, new version
      const second = ecs.listSnapshotBlocks({ snapshotId: aSnapshot(ecs, diskId) }).blocks;
      expect(second[0]?.blockToken).toBe(first[0]?.blockToken);
      expect(second[1]?.blockToken).not.toBe(first[1]?.blockToken);
    });

    it('keeps listing inherited blocks after the snapshot they came from is deleted', () => {
      const ecs = aBlockWorld();
      const diskId = aWritableDisk(ecs);
      writeBlocks(ecs, diskId, [0, 1, 2], 'A');
      const first = aSnapshot(ecs, diskId);
      writeBlocks(ecs, diskId, [1], 'B');
      const second = aSnapshot(ecs, diskId);
      ecs.deleteSnapshot({ snapshotId: first });
      expect(indices(ecs.listSnapshotBlocks({ snapshotId: second }).blocks)).toEqual([0, 1, 2]);
    });
  });

  describe('when paging', () => {
    function world250(): { ecs: Ecs; snapshotId: string } {
      const ecs = aBlockWorld();
      const diskId = aWritableDisk(ecs);
      ecs.writeDisk({ diskId, offset: 0, length: 250 * BLOCK, fill: 'pages' });
      return { ecs, snapshotId: aSnapshot(ecs, diskId) };
    }

    it('returns pages of maxResults and a nextToken until the last page', () => {
      const { ecs, snapshotId } = world250();
      const pages = allPages(ecs, snapshotId, 100);
      expect(pages.map((p) => p.length)).toEqual([100, 100, 50]);
      expect(pages.flat()).toEqual(ecs.listSnapshotBlocks({ snapshotId }).blocks);
    });

    it('defaults maxResults to 10000', () => {
      const ecs = aBlockWorld();
      const diskId = aWritableDisk(ecs);
      ecs.writeDisk({ diskId, offset: 0, length: 10_001 * BLOCK, fill: 'many' });
      const snapshotId = aSnapshot(ecs, diskId);
      const page = ecs.listSnapshotBlocks({ snapshotId });
      expect(page.blocks).toHaveLength(10_000);
      const rest = ecs.listSnapshotBlocks({ snapshotId, nextToken: must(page.nextToken) });
      expect(indices(rest.blocks)).toEqual([10_000]);
      expect(rest).not.toHaveProperty('nextToken');
    });

    it('starts at startingBlockIndex', () => {
      const { ecs, snapshotId } = world250();
      const page = ecs.listSnapshotBlocks({ snapshotId, startingBlockIndex: 180, maxResults: 100 });
      expect(indices(page.blocks)).toEqual(Array.from({ length: 70 }, (_, i) => 180 + i));
      expect(page).not.toHaveProperty('nextToken');
    });

    it('lets nextToken win over startingBlockIndex', () => {
      const { ecs, snapshotId } = world250();
      const first = ecs.listSnapshotBlocks({ snapshotId, maxResults: 100 });
      const next = ecs.listSnapshotBlocks({
        snapshotId,
        maxResults: 100,
        startingBlockIndex: 240,
        nextToken: must(first.nextToken),
      });
      expect(next.blocks[0]?.blockIndex).toBe(100);
    });

    it('pages the same way when started from a block index mid-page', () => {
      const { ecs, snapshotId } = world250();
      const page = ecs.listSnapshotBlocks({ snapshotId, startingBlockIndex: 30, maxResults: 100 });
      const next = ecs.listSnapshotBlocks({ snapshotId, nextToken: must(page.nextToken) });
      expect(indices([...page.blocks, ...next.blocks])).toEqual(
        Array.from({ length: 220 }, (_, i) => 30 + i),
      );
    });

    it('accepts wire-style numeric strings', () => {
      const { ecs, snapshotId } = world250();
      const request = { snapshotId, maxResults: '100', startingBlockIndex: '5' };
      const page = ecs.listSnapshotBlocks(request as never);
      expect(page.blocks[0]?.blockIndex).toBe(5);
      expect(page.blocks).toHaveLength(100);
    });

    it('refuses a nextToken issued for another snapshot', () => {
      const { ecs, snapshotId } = world250();
      const token = must(ecs.listSnapshotBlocks({ snapshotId, maxResults: 100 }).nextToken);
      const diskId = aWritableDisk(ecs);
      writeBlocks(ecs, diskId, [0], 'x');
      const other = aSnapshot(ecs, diskId);
      const error = expectRefused(
        ecs,
        () => ecs.listSnapshotBlocks({ snapshotId: other, nextToken: token }),
        'InvalidParameter',
      );
      expect(error.description).toContain('NextToken');
    });

    it('refuses a nextToken it never issued', () => {
      const { ecs, snapshotId } = world250();
      for (const nextToken of ['garbage', btoa('[1,2,3]'), btoa('["fake-ecs-blocks-v1","x",-1]')])
        expectRefused(
          ecs,
          () => ecs.listSnapshotBlocks({ snapshotId, nextToken }),
          'InvalidParameter',
        );
    });
  });

  describe('when called twice with the same seed and calls', () => {
    it('hands out the same tokens', () => {
      const listing = () => {
        const ecs = aBlockWorld();
        const diskId = aWritableDisk(ecs);
        writeBlocks(ecs, diskId, [0, 4], 'A');
        aSnapshot(ecs, diskId);
        writeBlocks(ecs, diskId, [4], 'B');
        return ecs.listSnapshotBlocks({ snapshotId: aSnapshot(ecs, diskId) });
      };
      expect(listing()).toEqual(listing());
    });
  });

  describe('when an ESSD snapshot is still progressing', () => {
    it('lists its blocks already: it is available', () => {
      const ecs = aWorld({ blockSize: BLOCK });
      const diskId = aWritableDisk(ecs);
      writeBlocks(ecs, diskId, [2], 'A');
      const { snapshotId } = ecs.createSnapshot({ diskId });
      writeBlocks(ecs, diskId, [3], 'after');
      expect(indices(ecs.listSnapshotBlocks({ snapshotId }).blocks)).toEqual([2]);
    });
  });

  it('leaves the state untouched', () => {
    const ecs = aBlockWorld();
    const diskId = aWritableDisk(ecs);
    writeBlocks(ecs, diskId, [1], 'A');
    const snapshotId = aSnapshot(ecs, diskId);
    const before = ecs.state;
    ecs.listSnapshotBlocks({ snapshotId });
    expect(ecs.state).toBe(before);
  });
});
