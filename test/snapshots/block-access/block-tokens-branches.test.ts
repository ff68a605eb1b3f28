import { describe, expect, it } from 'vitest';
import { findDisk } from '../../../src/disks/store.js';
import { aBlockWorld, aWritableDisk, writeBlocks } from '../../fixtures/block-disk.js';
import { must } from '../../fixtures/must.js';
import { instanceIn } from '../../fixtures/world.js';

function snap(ecs: ReturnType<typeof aBlockWorld>, diskId: string): string {
  const { snapshotId } = ecs.createSnapshot({ diskId });
  ecs.clock.settle();
  return snapshotId;
}

function tokenOf(ecs: ReturnType<typeof aBlockWorld>, snapshotId: string, blockIndex: number) {
  const { blocks } = ecs.listSnapshotBlocks({ snapshotId });
  return blocks.find((b) => b.blockIndex === blockIndex)?.blockToken;
}

describe('listSnapshotBlocks', () => {
  describe('when two branches of a rollback share a block and their common snapshot is deleted', () => {
    it('gives that block one token in both branches', () => {
      const ecs = aBlockWorld();
      const diskId = aWritableDisk(ecs);
      const instanceId = must(must(findDisk(ecs.state, diskId)).instanceId);
      writeBlocks(ecs, diskId, [0, 1], 'base');
      const base = snap(ecs, diskId);
      writeBlocks(ecs, diskId, [1], 'branch-a');
      const branchA = snap(ecs, diskId);
      ecs.stopInstance({ instanceId });
      ecs.clock.settle();
      ecs.resetDisk({ diskId, snapshotId: base });
      ecs.clock.settle();
      ecs.startInstance({ instanceId });
      ecs.clock.settle();
      expect(instanceIn(ecs, instanceId).status).toBe('Running');
      writeBlocks(ecs, diskId, [1], 'branch-b');
      const branchB = snap(ecs, diskId);
      ecs.deleteSnapshot({ snapshotId: base });
      const a = tokenOf(ecs, branchA, 0);
      expect(a).toBeDefined();
      expect(tokenOf(ecs, branchB, 0)).toBe(a);
      expect(tokenOf(ecs, branchB, 1)).not.toBe(tokenOf(ecs, branchA, 1));
    });
  });
});
