import { describe, expect, it } from 'vitest';
import { expectRefused } from '../fixtures/ecs-errors.js';
import { REGION } from '../fixtures/world.js';
import {
  aDiskInUse,
  anInstantWorld,
  aSnapshotWorld,
  BLOCK,
  chainOf,
  exists,
  snapshotText,
  usageOf,
  viewOf,
  writeBlock,
} from './helpers.js';

/** The reference's worked example: snapshot 1 = A,B,C,D; 2 adds B1,C1; 3 adds B2. */
function theWorkedExample() {
  const ecs = anInstantWorld();
  const { instanceId, diskId } = aDiskInUse(ecs);
  for (const [i, text] of ['A', 'B', 'C', 'D'].entries()) writeBlock(ecs, diskId, i, text);
  const s1 = ecs.createSnapshot({ diskId }).snapshotId;
  writeBlock(ecs, diskId, 1, 'B1');
  writeBlock(ecs, diskId, 2, 'C1');
  const s2 = ecs.createSnapshot({ diskId }).snapshotId;
  writeBlock(ecs, diskId, 1, 'B2');
  const s3 = ecs.createSnapshot({ diskId }).snapshotId;
  return { ecs, instanceId, diskId, s1, s2, s3 };
}

function contentOf(ecs: ReturnType<typeof anInstantWorld>, snapshotId: string): string[] {
  return [0, 1, 2, 3].map((i) => snapshotText(ecs, snapshotId, i));
}

describe('deleteSnapshot', () => {
  describe('when deleting the middle snapshot of the worked example', () => {
    it('holds 4 + 2 + 1 blocks before the deletion', () => {
      const { ecs, diskId } = theWorkedExample();
      expect(chainOf(ecs, diskId)).toMatchObject({ totalCount: 3, totalSize: 7 * BLOCK });
      expect(usageOf(ecs)).toEqual({ snapshotCount: 3, snapshotSize: 7 * BLOCK });
    });

    it('frees B1 but keeps C1, which snapshot 3 still references', () => {
      const { ecs, diskId, s2 } = theWorkedExample();
      ecs.deleteSnapshot({ snapshotId: s2 });
      expect(exists(ecs, s2)).toBe(false);
      expect(chainOf(ecs, diskId)).toMatchObject({ totalCount: 2, totalSize: 6 * BLOCK });
      expect(usageOf(ecs)).toEqual({ snapshotCount: 2, snapshotSize: 6 * BLOCK });
    });

    it('leaves snapshot 3 reading A, B2, C1, D and snapshot 1 reading A, B, C, D', () => {
      const { ecs, s1, s2, s3 } = theWorkedExample();
      ecs.deleteSnapshot({ snapshotId: s2 });
      expect(contentOf(ecs, s3)).toEqual(['A', 'B2', 'C1', 'D']);
      expect(contentOf(ecs, s1)).toEqual(['A', 'B', 'C', 'D']);
    });

    it('hands the full snapshot blocks to the next one when snapshot 1 goes too', () => {
      const { ecs, diskId, s1, s2, s3 } = theWorkedExample();
      ecs.deleteSnapshot({ snapshotId: s2 });
      ecs.deleteSnapshot({ snapshotId: s1 });
      expect(chainOf(ecs, diskId)).toMatchObject({ totalCount: 1, totalSize: 4 * BLOCK });
      expect(contentOf(ecs, s3)).toEqual(['A', 'B2', 'C1', 'D']);
      ecs.deleteSnapshot({ snapshotId: s3 });
      expect(usageOf(ecs)).toEqual({ snapshotCount: 0, snapshotSize: 0 });
    });
  });

  describe('when the snapshot is progressing', () => {
    it('cancels it, and the disk can take a snapshot again', () => {
      const ecs = aSnapshotWorld({ timings: { snapshotStartup: 60 } });
      const { diskId } = aDiskInUse(ecs);
      writeBlock(ecs, diskId, 0, 'A');
      const { snapshotId } = ecs.createSnapshot({ diskId });
      ecs.deleteSnapshot({ snapshotId });
      expect(exists(ecs, snapshotId)).toBe(false);
      expect(usageOf(ecs)).toEqual({ snapshotCount: 0, snapshotSize: 0 });
      const next = ecs.createSnapshot({ diskId }).snapshotId;
      ecs.clock.settle();
      expect(viewOf(ecs, next).status).toBe('accomplished');
      expect(exists(ecs, snapshotId)).toBe(false);
    });
  });

  describe('when the source disk was released', () => {
    it('keeps the snapshot with its sourceDiskId, and deleting it then works', () => {
      const { ecs, instanceId, diskId, s3 } = theWorkedExample();
      ecs.detachDisk({ instanceId, diskId });
      ecs.clock.settle();
      ecs.deleteDisk({ diskId });
      expect(viewOf(ecs, s3).sourceDiskId).toBe(diskId);
      expect(chainOf(ecs, diskId)).toMatchObject({ totalCount: 3, totalSize: 7 * BLOCK });
      expect(contentOf(ecs, s3)).toEqual(['A', 'B2', 'C1', 'D']);
      ecs.deleteSnapshot({ snapshotId: s3 });
      expect(usageOf(ecs).snapshotCount).toBe(2);
    });
  });

  describe('when a parameter is wrong', () => {
    it('returns MissingParameter without snapshotId', () => {
      const ecs = anInstantWorld();
      expectRefused(ecs, () => ecs.deleteSnapshot({}), 'MissingParameter');
    });

    it('ignores an unknown snapshot, as the current reference says: success, nothing changes', () => {
      const ecs = anInstantWorld();
      const before = ecs.state;
      const body = ecs.deleteSnapshot({ snapshotId: 's-nope' });
      expect(Object.keys(body)).toEqual(['requestId']);
      expect(ecs.state).toBe(before);
    });

    it('ignores a snapshot already deleted (a retried delete succeeds)', () => {
      const { ecs, s1 } = theWorkedExample();
      ecs.deleteSnapshot({ snapshotId: s1 });
      const before = ecs.state;
      ecs.deleteSnapshot({ snapshotId: s1 });
      expect(ecs.state).toBe(before);
      expect(ecs.describeSnapshots({ regionId: REGION }).totalCount).toBe(2);
    });
  });
});
