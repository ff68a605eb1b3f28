import { describe, expect, it } from 'vitest';
import type { ChangedBlock, Ecs } from '../../../src/index.js';
import { findSnapshot } from '../../../src/snapshots/store.js';
import {
  aBlockWorld,
  aSnapshot,
  aWritableDisk,
  BLOCK,
  writeBlocks,
} from '../../fixtures/block-disk.js';
import { expectRefused } from '../../fixtures/ecs-errors.js';
import { must } from '../../fixtures/must.js';

/**
 * Four snapshots of one disk: s1 = blocks 0-9 'A'; s2 rewrites 1, 2; s3 rewrites 2 and adds 20;
 * s4 rewrites 5.
 */
function aChain(): { ecs: Ecs; diskId: string; s: [string, string, string, string] } {
  const ecs = aBlockWorld();
  const diskId = aWritableDisk(ecs);
  writeBlocks(ecs, diskId, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 'A');
  const s1 = aSnapshot(ecs, diskId);
  writeBlocks(ecs, diskId, [1, 2], 'B');
  const s2 = aSnapshot(ecs, diskId);
  writeBlocks(ecs, diskId, [2, 20], 'C');
  const s3 = aSnapshot(ecs, diskId);
  writeBlocks(ecs, diskId, [5], 'D');
  const s4 = aSnapshot(ecs, diskId);
  return { ecs, diskId, s: [s1, s2, s3, s4] };
}

/** The token `listSnapshotBlocks` gives block `index` of a snapshot. */
function tokenIn(ecs: Ecs, snapshotId: string, index: number): string {
  const blocks = ecs.listSnapshotBlocks({ snapshotId }).blocks;
  return must(
    blocks.find((b) => b.blockIndex === index),
    `block ${index}`,
  ).blockToken;
}

/** The naive oracle: both full block maps materialised and compared index by index. */
function naiveChanges(ecs: Ecs, first: string, second: string): number[] {
  const a = new Map(must(findSnapshot(ecs.state, first)).content.entries());
  const b = new Map(must(findSnapshot(ecs.state, second)).content.entries());
  const all = new Set([...a.keys(), ...b.keys()]);
  return [...all].filter((i) => a.get(i) !== b.get(i)).sort((x, y) => x - y);
}

const indices = (blocks: readonly ChangedBlock[]) => blocks.map((b) => b.blockIndex);

describe('listChangedBlocks', () => {
  describe('when the snapshots are next to each other', () => {
    it('lists the rewritten blocks with the tokens each snapshot lists', () => {
      const { ecs, s } = aChain();
      const body = ecs.listChangedBlocks({ firstSnapshotId: s[0], secondSnapshotId: s[1] });
      expect(body).toEqual({
        blockSize: BLOCK,
        volumeSize: 20,
        changedBlocks: [1, 2].map((i) => ({
          blockIndex: i,
          firstBlockToken: tokenIn(ecs, s[0], i),
          secondBlockToken: tokenIn(ecs, s[1], i),
        })),
      });
    });
  });

  describe('when the snapshots are further apart', () => {
    it('lists every block changed in between, blocks only in the second included', () => {
      const { ecs, s } = aChain();
      const body = ecs.listChangedBlocks({ firstSnapshotId: s[0], secondSnapshotId: s[2] });
      expect(body.changedBlocks).toEqual([
        {
          blockIndex: 1,
          firstBlockToken: tokenIn(ecs, s[0], 1),
          secondBlockToken: tokenIn(ecs, s[2], 1),
        },
        {
          blockIndex: 2,
          firstBlockToken: tokenIn(ecs, s[0], 2),
          secondBlockToken: tokenIn(ecs, s[2], 2),
        },
        { blockIndex: 20, secondBlockToken: tokenIn(ecs, s[2], 20) },
      ]);
    });

    it('spans three snapshots', () => {
      const { ecs, s } = aChain();
      const body = ecs.listChangedBlocks({ firstSnapshotId: s[0], secondSnapshotId: s[3] });
      expect(indices(body.changedBlocks)).toEqual([1, 2, 5, 20]);
      expect(indices(body.changedBlocks)).toEqual(naiveChanges(ecs, s[0], s[3]));
    });

    it('gives the same answer after the snapshots in between are deleted', () => {
      const { ecs, s } = aChain();
      const before = indices(
        ecs.listChangedBlocks({ firstSnapshotId: s[0], secondSnapshotId: s[3] }).changedBlocks,
      );
      ecs.deleteSnapshot({ snapshotId: s[1] });
      const afterOne = ecs.listChangedBlocks({ firstSnapshotId: s[0], secondSnapshotId: s[2] });
      expect(indices(afterOne.changedBlocks)).toEqual([1, 2, 20]);
      expect(afterOne.changedBlocks.find((b) => b.blockIndex === 1)?.secondBlockToken).toBe(
        tokenIn(ecs, s[2], 1),
      );
      ecs.deleteSnapshot({ snapshotId: s[2] });
      const afterTwo = ecs.listChangedBlocks({ firstSnapshotId: s[0], secondSnapshotId: s[3] });
      expect(indices(afterTwo.changedBlocks)).toEqual(before);
      expect(indices(afterTwo.changedBlocks)).toEqual(naiveChanges(ecs, s[0], s[3]));
    });
  });

  describe('when the first snapshot is the newer one', () => {
    it('reports a block only the first holds with its first token only', () => {
      const { ecs, s } = aChain();
      const body = ecs.listChangedBlocks({ firstSnapshotId: s[2], secondSnapshotId: s[0] });
      expect(body.changedBlocks.at(-1)).toEqual({
        blockIndex: 20,
        firstBlockToken: tokenIn(ecs, s[2], 20),
      });
    });
  });

  describe('when both are the same snapshot', () => {
    it('lists nothing', () => {
      const { ecs, s } = aChain();
      const body = ecs.listChangedBlocks({ firstSnapshotId: s[1], secondSnapshotId: s[1] });
      expect(body.changedBlocks).toEqual([]);
    });
  });

  describe('when a block was rewritten with the same bytes', () => {
    it('lists it: a new version was written', () => {
      const ecs = aBlockWorld();
      const diskId = aWritableDisk(ecs);
      writeBlocks(ecs, diskId, [4], 'same');
      const first = aSnapshot(ecs, diskId);
      writeBlocks(ecs, diskId, [4], 'same');
      const second = aSnapshot(ecs, diskId);
      const body = ecs.listChangedBlocks({ firstSnapshotId: first, secondSnapshotId: second });
      expect(indices(body.changedBlocks)).toEqual([4]);
    });
  });

  describe('without firstSnapshotId', () => {
    it('lists every written block of the second snapshot with its token', () => {
      const { ecs, s } = aChain();
      const body = ecs.listChangedBlocks({ secondSnapshotId: s[2] });
      expect(body.changedBlocks).toEqual(
        ecs
          .listSnapshotBlocks({ snapshotId: s[2] })
          .blocks.map((b) => ({ blockIndex: b.blockIndex, secondBlockToken: b.blockToken })),
      );
    });

    it('treats an empty firstSnapshotId as absent', () => {
      const { ecs, s } = aChain();
      const body = ecs.listChangedBlocks({ firstSnapshotId: '', secondSnapshotId: s[0] });
      expect(body.changedBlocks).toHaveLength(10);
    });
  });

  describe('when paging', () => {
    function world250(): { ecs: Ecs; first: string; second: string } {
      const ecs = aBlockWorld();
      const diskId = aWritableDisk(ecs);
      ecs.writeDisk({ diskId, offset: 0, length: 1000 * BLOCK, fill: 'base' });
      const first = aSnapshot(ecs, diskId);
      ecs.writeDisk({ diskId, offset: 500 * BLOCK, length: 250 * BLOCK, fill: 'update' });
      return { ecs, first, second: aSnapshot(ecs, diskId) };
    }

    it('returns pages of maxResults and a nextToken until the last page', () => {
      const { ecs, first, second } = world250();
      const pages: ChangedBlock[][] = [];
      let nextToken: string | undefined;
      do {
        const page = ecs.listChangedBlocks({
          firstSnapshotId: first,
          secondSnapshotId: second,
          maxResults: 100,
          nextToken,
        });
        pages.push(page.changedBlocks);
        nextToken = page.nextToken;
      } while (nextToken !== undefined);
      expect(pages.map((p) => p.length)).toEqual([100, 100, 50]);
      expect(indices(pages.flat())).toEqual(Array.from({ length: 250 }, (_, i) => 500 + i));
    });

    it('starts at startingBlockIndex, and nextToken wins over it', () => {
      const { ecs, first, second } = world250();
      const request = { firstSnapshotId: first, secondSnapshotId: second, maxResults: 100 };
      const page = ecs.listChangedBlocks({ ...request, startingBlockIndex: 700 });
      expect(indices(page.changedBlocks)).toEqual(Array.from({ length: 50 }, (_, i) => 700 + i));
      const firstPage = ecs.listChangedBlocks(request);
      const next = ecs.listChangedBlocks({
        ...request,
        startingBlockIndex: 700,
        nextToken: must(firstPage.nextToken),
      });
      expect(next.changedBlocks[0]?.blockIndex).toBe(600);
    });

    it('pages a listing without firstSnapshotId', () => {
      const { ecs, second } = world250();
      const page = ecs.listChangedBlocks({ secondSnapshotId: second, maxResults: 100 });
      const next = ecs.listChangedBlocks({
        secondSnapshotId: second,
        nextToken: must(page.nextToken),
      });
      expect(indices([...page.changedBlocks, ...next.changedBlocks])).toEqual(
        Array.from({ length: 1000 }, (_, i) => i),
      );
    });

    it('refuses a nextToken of another comparison', () => {
      const { ecs, first, second } = world250();
      const token = must(
        ecs.listChangedBlocks({ secondSnapshotId: second, maxResults: 100 }).nextToken,
      );
      expectRefused(
        ecs,
        () =>
          ecs.listChangedBlocks({
            firstSnapshotId: first,
            secondSnapshotId: second,
            nextToken: token,
          }),
        'InvalidParameter',
      );
      const blocksToken = must(
        ecs.listSnapshotBlocks({ snapshotId: second, maxResults: 100 }).nextToken,
      );
      expectRefused(
        ecs,
        () => ecs.listChangedBlocks({ secondSnapshotId: second, nextToken: blocksToken }),
        'InvalidParameter',
      );
    });
  });

  describe('when the snapshots are of different disks', () => {
    it('returns UnrelatedSnapshots and changes nothing', () => {
      const { ecs, s } = aChain();
      const other = aWritableDisk(ecs);
      writeBlocks(ecs, other, [1], 'A');
      const foreign = aSnapshot(ecs, other);
      const error = expectRefused(
        ecs,
        () => ecs.listChangedBlocks({ firstSnapshotId: s[0], secondSnapshotId: foreign }),
        'UnrelatedSnapshots',
        400,
      );
      expect(error.description).toContain(s[0]);
      expect(error.description).toContain(foreign);
    });
  });

  describe('when compared with the naive oracle', () => {
    it('agrees on every pair of a chain of scattered writes', () => {
      const ecs = aBlockWorld();
      const diskId = aWritableDisk(ecs);
      const snapshots: string[] = [];
      let x = 7;
      for (let round = 0; round < 6; round++) {
        const blocks = Array.from({ length: 40 }, () => {
          x = (Math.imul(x, 1103515245) + 12345) >>> 0;
          return x % 5000;
        });
        writeBlocks(ecs, diskId, blocks, `round ${round}`);
        snapshots.push(aSnapshot(ecs, diskId));
      }
      ecs.deleteSnapshot({ snapshotId: must(snapshots[2]) });
      const live = snapshots.filter((_, i) => i !== 2);
      for (const first of live)
        for (const second of live) {
          const body = ecs.listChangedBlocks({ firstSnapshotId: first, secondSnapshotId: second });
          expect(indices(body.changedBlocks)).toEqual(naiveChanges(ecs, first, second));
        }
    });
  });
});
