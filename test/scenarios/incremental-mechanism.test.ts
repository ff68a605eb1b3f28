// The reference's worked examples of the incremental snapshot mechanism (ecs-api.md section 4.1),
// block by block: what each snapshot copies, what it restores, what the chain occupies, and what a
// deletion frees.
import { describe, expect, it } from 'vitest';
import { readFromBlocks } from '../../src/blocks/index.js';
import type { Ecs, Snapshot } from '../../src/index.js';
import { entityGet } from '../../src/shared/entity-table.js';
import { findSnapshot } from '../../src/snapshots/store.js';
import { must } from '../fixtures/must.js';
import { aRunningInstance, aWorld, dataDiskOf, diskIn, REGION } from '../fixtures/world.js';

const BLOCK = 4096;
const NAMES = ['A', 'B', 'C', 'D', 'E', 'A1', 'B1', 'C1', 'B2'] as const;
type BlockName = (typeof NAMES)[number];

/** A block's content: every byte is the name's number (1-based), so a block tells its name. */
function blockOf(name: BlockName): Uint8Array {
  return new Uint8Array(BLOCK).fill(NAMES.indexOf(name) + 1);
}

function nameOf(bytes: Uint8Array): BlockName | '-' {
  const first = bytes[0] ?? 0;
  if (!bytes.every((b) => b === first)) throw new Error('a block holds mixed content');
  return first === 0 ? '-' : must(NAMES[first - 1]);
}

interface Lab {
  readonly ecs: Ecs;
  readonly diskId: string;
  write(layout: Partial<Record<number, BlockName>>): void;
  snapshot(): string;
  stored(snapshotId: string): Snapshot;
  restores(snapshotId: string, blocks: number): (BlockName | '-')[];
  chain(): { totalCount: number; totalBlocks: number };
}

function aLab(now = '2026-01-01T00:00:00Z'): Lab {
  const ecs = aWorld({ blockSize: BLOCK, timings: 'instant', now });
  const diskId = dataDiskOf(
    ecs,
    aRunningInstance(ecs, { dataDisk: [{ category: 'cloud_essd', size: 20 }] }),
  ).diskId;
  const stored = (snapshotId: string) => must(findSnapshot(ecs.state, snapshotId), snapshotId);
  return {
    ecs,
    diskId,
    write(layout) {
      const writes = Object.entries(layout).map(([block, name]) => ({
        offset: Number(block) * BLOCK,
        data: blockOf(must(name)),
      }));
      ecs.writeDisk({ diskId, writes });
    },
    snapshot: () => ecs.createSnapshot({ diskId }).snapshotId,
    stored,
    restores(snapshotId, blocks) {
      const bytes = readFromBlocks(stored(snapshotId).content, BLOCK, 0, blocks * BLOCK);
      return Array.from({ length: blocks }, (_, i) =>
        nameOf(bytes.subarray(i * BLOCK, (i + 1) * BLOCK)),
      );
    },
    chain() {
      const linkId = must(diskIn(ecs, diskId)?.snapshotLinkId, 'chain id');
      const { totalCount, totalBlocks } = must(entityGet(ecs.state.snapshotLinks, linkId), 'chain');
      return { totalCount, totalBlocks };
    },
  };
}

describe('the incremental snapshot mechanism', () => {
  describe('when snapshot 1 holds A, B, C, D, snapshot 2 follows B1 and C1, snapshot 3 follows B2 (doc 25392)', () => {
    function worked() {
      const lab = aLab();
      lab.write({ 0: 'A', 1: 'B', 2: 'C', 3: 'D' });
      const s1 = lab.snapshot();
      lab.write({ 1: 'B1', 2: 'C1' });
      const s2 = lab.snapshot();
      lab.write({ 1: 'B2' });
      const s3 = lab.snapshot();
      return { lab, s1, s2, s3 };
    }

    it('copies all four blocks into snapshot 1, only B1 and C1 into 2, only B2 into 3', () => {
      const { lab, s1, s2, s3 } = worked();
      expect([s1, s2, s3].map((id) => lab.stored(id).copiedBytes / BLOCK)).toEqual([4, 2, 1]);
      expect(lab.chain()).toEqual({ totalCount: 3, totalBlocks: 7 });
    });

    it('restores the whole disk from any one snapshot: 3 writes back A, B2, C1, D', () => {
      const { lab, s1, s2, s3 } = worked();
      expect(lab.restores(s1, 4)).toEqual(['A', 'B', 'C', 'D']);
      expect(lab.restores(s2, 4)).toEqual(['A', 'B1', 'C1', 'D']);
      expect(lab.restores(s3, 4)).toEqual(['A', 'B2', 'C1', 'D']);
    });

    it('frees B1 but keeps C1 when snapshot 2 is deleted, and snapshot 3 still restores C1', () => {
      const { lab, s1, s2, s3 } = worked();
      lab.ecs.deleteSnapshot({ snapshotId: s2 });
      expect(lab.chain()).toEqual({ totalCount: 2, totalBlocks: 6 });
      expect(lab.ecs.state.snapshotUsage[REGION]).toEqual({ snapshotCount: 2, snapshotBlocks: 6 });
      // C1 is handed over to snapshot 3, which now holds B2 and C1 on its own.
      expect(lab.stored(s3)).toMatchObject({ lineageParentId: s1, ownBlocks: 2 });
      expect(lab.restores(s3, 4)).toEqual(['A', 'B2', 'C1', 'D']);
      expect(lab.restores(s1, 4)).toEqual(['A', 'B', 'C', 'D']);
    });

    it('makes the next snapshot carry A and D when the first, full snapshot is deleted', () => {
      const { lab, s1, s2, s3 } = worked();
      lab.ecs.deleteSnapshot({ snapshotId: s1 });
      // A, B1, C1, D in snapshot 2 (B and C are freed); B2 in snapshot 3.
      expect(lab.chain()).toEqual({ totalCount: 2, totalBlocks: 5 });
      expect(lab.stored(s2)).toMatchObject({ lineageParentId: null, ownBlocks: 4 });
      expect(lab.restores(s2, 4)).toEqual(['A', 'B1', 'C1', 'D']);
      expect(lab.restores(s3, 4)).toEqual(['A', 'B2', 'C1', 'D']);
    });
  });

  describe('when A, B, C are snapshotted at 9:00, A1, B1, D at 10:00, C1, E at 11:00 (How snapshots work)', () => {
    function hourly() {
      const lab = aLab('2026-01-01T09:00:00Z');
      lab.write({ 0: 'A', 1: 'B', 2: 'C' });
      const s1 = lab.snapshot();
      lab.ecs.clock.advanceTo('2026-01-01T10:00:00Z');
      lab.write({ 0: 'A1', 1: 'B1', 3: 'D' });
      const s2 = lab.snapshot();
      lab.ecs.clock.advanceTo('2026-01-01T11:00:00Z');
      lab.write({ 2: 'C1', 4: 'E' });
      const s3 = lab.snapshot();
      return { lab, s1, s2, s3 };
    }

    it('stores {A,B,C}, then {A1,B1,D}, then {C1,E}', () => {
      const { lab, s1, s2, s3 } = hourly();
      expect([s1, s2, s3].map((id) => lab.stored(id).copiedBytes / BLOCK)).toEqual([3, 3, 2]);
      expect([s1, s2, s3].map((id) => lab.stored(id).creationTime)).toEqual([
        '2026-01-01T09:00:00Z',
        '2026-01-01T10:00:00Z',
        '2026-01-01T11:00:00Z',
      ]);
      expect(lab.chain()).toEqual({ totalCount: 3, totalBlocks: 8 });
    });

    it('references C from snapshot 1 in snapshot 2, and A1, B1, D from snapshot 2 in snapshot 3', () => {
      const { lab, s1, s2, s3 } = hourly();
      expect(lab.restores(s1, 5)).toEqual(['A', 'B', 'C', '-', '-']);
      expect(lab.restores(s2, 5)).toEqual(['A1', 'B1', 'C', 'D', '-']);
      expect(lab.restores(s3, 5)).toEqual(['A1', 'B1', 'C1', 'D', 'E']);
      const [v1, v2, v3] = [s1, s2, s3].map((id) => lab.stored(id).content);
      // Referenced, not copied: the very same block versions.
      expect(must(v2).get(2)).toBe(must(v1).get(2));
      for (const b of [0, 1, 3]) expect(must(v3).get(b)).toBe(must(v2).get(b));
    });
  });
});
