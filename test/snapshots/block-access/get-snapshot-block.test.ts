import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Ecs } from '../../../src/index.js';
import {
  aBlockWorld,
  aSnapshot,
  aWritableDisk,
  BLOCK,
  blockOf,
  writeBlocks,
} from '../../fixtures/block-disk.js';
import { expectRefused } from '../../fixtures/ecs-errors.js';
import { must } from '../../fixtures/must.js';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('base64');

/** The token `listSnapshotBlocks` gives block `index` of a snapshot. */
function tokenIn(ecs: Ecs, snapshotId: string, index: number): string {
  const blocks = ecs.listSnapshotBlocks({ snapshotId }).blocks;
  return must(
    blocks.find((b) => b.blockIndex === index),
    `block ${index}`,
  ).blockToken;
}

describe('getSnapshotBlock', () => {
  describe('when the block holds real bytes', () => {
    it('returns the bytes with their length and SHA-256 checksum', () => {
      const ecs = aBlockWorld();
      const diskId = aWritableDisk(ecs);
      writeBlocks(ecs, diskId, [3], 'hello ');
      const snapshotId = aSnapshot(ecs, diskId);
      const body = ecs.getSnapshotBlock({ snapshotId, blockIndex: 3 });
      expect(body.blockData).toEqual(blockOf('hello '));
      expect(body.dataLength).toBe(BLOCK);
      expect(body.checksum).toBe(sha256(body.blockData));
      expect(body.checksumAlgorithm).toBe('SHA256');
    });

    it('returns the bytes of the snapshot time, not what was written after', () => {
      const ecs = aBlockWorld();
      const diskId = aWritableDisk(ecs);
      writeBlocks(ecs, diskId, [0], 'old');
      const snapshotId = aSnapshot(ecs, diskId);
      writeBlocks(ecs, diskId, [0], 'new');
      expect(ecs.readDisk({ diskId, offset: 0, length: BLOCK })).toEqual(blockOf('new'));
      expect(ecs.getSnapshotBlock({ snapshotId, blockIndex: 0 }).blockData).toEqual(blockOf('old'));
    });

    it('keeps the point in time for writes made while the snapshot is progressing', () => {
      const ecs = aBlockWorld({ timings: 'realistic' });
      const diskId = aWritableDisk(ecs);
      writeBlocks(ecs, diskId, [0], 'before');
      const { snapshotId } = ecs.createSnapshot({ diskId });
      writeBlocks(ecs, diskId, [0], 'during');
      ecs.clock.settle();
      expect(ecs.getSnapshotBlock({ snapshotId, blockIndex: 0 }).blockData).toEqual(
        blockOf('before'),
      );
    });

    it('overlays a partial write on zeros', () => {
      const ecs = aBlockWorld();
      const diskId = aWritableDisk(ecs);
      ecs.writeDisk({ diskId, offset: 2 * BLOCK + 10, data: new Uint8Array([1, 2, 3]) });
      const { blockData } = ecs.getSnapshotBlock({
        snapshotId: aSnapshot(ecs, diskId),
        blockIndex: 2,
      });
      const expected = new Uint8Array(BLOCK);
      expected.set([1, 2, 3], 10);
      expect(blockData).toEqual(expected);
    });

    it('returns a copy the caller may change', () => {
      const ecs = aBlockWorld();
      const diskId = aWritableDisk(ecs);
      writeBlocks(ecs, diskId, [1], 'keep');
      const snapshotId = aSnapshot(ecs, diskId);
      ecs.getSnapshotBlock({ snapshotId, blockIndex: 1 }).blockData.fill(0);
      expect(ecs.getSnapshotBlock({ snapshotId, blockIndex: 1 }).blockData).toEqual(
        blockOf('keep'),
      );
    });
  });

  describe('when the block holds synthetic fill content', () => {
    it('returns the bytes the disk read at snapshot time, with their checksum', () => {
      const ecs = aBlockWorld();
      const diskId = aWritableDisk(ecs);
      ecs.writeDisk({ diskId, offset: 0, length: 64 * BLOCK, fill: 'db-pages' });
      const expected = ecs.readDisk({ diskId, offset: 17 * BLOCK, length: BLOCK });
      const snapshotId = aSnapshot(ecs, diskId);
      ecs.writeDisk({ diskId, offset: 0, length: 64 * BLOCK, fill: 'other' });
      const body = ecs.getSnapshotBlock({ snapshotId, blockIndex: 17 });
      expect(body.blockData).toEqual(expected);
      expect(body.blockData.some((b) => b !== 0)).toBe(true);
      expect(body.checksum).toBe(sha256(expected));
    });
  });

  describe('when a block token is given', () => {
    it('accepts the token the listing gave', () => {
      const ecs = aBlockWorld();
      const diskId = aWritableDisk(ecs);
      writeBlocks(ecs, diskId, [5], 'A');
      const snapshotId = aSnapshot(ecs, diskId);
      const blockToken = tokenIn(ecs, snapshotId, 5);
      expect(ecs.getSnapshotBlock({ snapshotId, blockIndex: 5, blockToken }).blockData).toEqual(
        blockOf('A'),
      );
    });

    it('accepts a token from another snapshot holding the same version of the block', () => {
      const ecs = aBlockWorld();
      const diskId = aWritableDisk(ecs);
      writeBlocks(ecs, diskId, [5, 6], 'A');
      const first = aSnapshot(ecs, diskId);
      writeBlocks(ecs, diskId, [6], 'B');
      const second = aSnapshot(ecs, diskId);
      const blockToken = tokenIn(ecs, first, 5);
      expect(
        ecs.getSnapshotBlock({ snapshotId: second, blockIndex: 5, blockToken }).dataLength,
      ).toBe(BLOCK);
    });

    it('refuses the token of a block that changed since', () => {
      const ecs = aBlockWorld();
      const diskId = aWritableDisk(ecs);
      writeBlocks(ecs, diskId, [6], 'A');
      const first = aSnapshot(ecs, diskId);
      writeBlocks(ecs, diskId, [6], 'B');
      const second = aSnapshot(ecs, diskId);
      const stale = tokenIn(ecs, first, 6);
      const error = expectRefused(
        ecs,
        () => ecs.getSnapshotBlock({ snapshotId: second, blockIndex: 6, blockToken: stale }),
        'InvalidParameter',
      );
      expect(error.description).toContain('BlockToken');
    });

    it('refuses the token of another block index, and a made-up token', () => {
      const ecs = aBlockWorld();
      const diskId = aWritableDisk(ecs);
      writeBlocks(ecs, diskId, [1, 2], 'A');
      const snapshotId = aSnapshot(ecs, diskId);
      for (const blockToken of [tokenIn(ecs, snapshotId, 2), 'made-up'])
        expectRefused(
          ecs,
          () => ecs.getSnapshotBlock({ snapshotId, blockIndex: 1, blockToken }),
          'InvalidParameter',
        );
    });

    it('re-issues the token of a block whose oldest snapshot was deleted', () => {
      const ecs = aBlockWorld();
      const diskId = aWritableDisk(ecs);
      writeBlocks(ecs, diskId, [1], 'A');
      const first = aSnapshot(ecs, diskId);
      const second = aSnapshot(ecs, diskId);
      const old = tokenIn(ecs, second, 1);
      ecs.deleteSnapshot({ snapshotId: first });
      const fresh = tokenIn(ecs, second, 1);
      expect(fresh).not.toBe(old);
      expectRefused(
        ecs,
        () => ecs.getSnapshotBlock({ snapshotId: second, blockIndex: 1, blockToken: old }),
        'InvalidParameter',
      );
      expect(
        ecs.getSnapshotBlock({ snapshotId: second, blockIndex: 1, blockToken: fresh }).blockData,
      ).toEqual(blockOf('A'));
    });

    it('accepts every token listChangedBlocks gives', () => {
      const ecs = aBlockWorld();
      const diskId = aWritableDisk(ecs);
      writeBlocks(ecs, diskId, [0, 1], 'A');
      const first = aSnapshot(ecs, diskId);
      writeBlocks(ecs, diskId, [1, 2], 'B');
      const second = aSnapshot(ecs, diskId);
      const { changedBlocks } = ecs.listChangedBlocks({
        firstSnapshotId: first,
        secondSnapshotId: second,
      });
      for (const { blockIndex, firstBlockToken, secondBlockToken } of changedBlocks) {
        if (firstBlockToken)
          ecs.getSnapshotBlock({ snapshotId: first, blockIndex, blockToken: firstBlockToken });
        if (secondBlockToken)
          ecs.getSnapshotBlock({ snapshotId: second, blockIndex, blockToken: secondBlockToken });
      }
      expect(changedBlocks.map((b) => b.blockIndex)).toEqual([1, 2]);
    });
  });

  describe('when the snapshot does not hold the block', () => {
    it('returns InvalidParameter for a never-written block', () => {
      const ecs = aBlockWorld();
      const diskId = aWritableDisk(ecs);
      writeBlocks(ecs, diskId, [0], 'A');
      const snapshotId = aSnapshot(ecs, diskId);
      const error = expectRefused(
        ecs,
        () => ecs.getSnapshotBlock({ snapshotId, blockIndex: 1 }),
        'InvalidParameter',
      );
      expect(error.description).toContain('holds no block 1');
    });

    it('returns InvalidParameter for a block past the end of the disk', () => {
      const ecs = aBlockWorld();
      const diskId = aWritableDisk(ecs);
      writeBlocks(ecs, diskId, [0], 'A');
      const snapshotId = aSnapshot(ecs, diskId);
      const blocks = (20 * 2 ** 30) / BLOCK;
      const error = expectRefused(
        ecs,
        () => ecs.getSnapshotBlock({ snapshotId, blockIndex: blocks }),
        'InvalidParameter',
      );
      expect(error.description).toContain('past the end');
    });
  });
});
