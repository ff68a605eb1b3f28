import { describe, expect, it } from 'vitest';
import { findDisk } from '../../src/disks/store.js';
import { DISK_TRANSITIONS, type DiskStatus, type Ecs } from '../../src/index.js';
import { expectEcsError, expectRefused } from '../fixtures/ecs-errors.js';
import { must } from '../fixtures/must.js';
import { disksOf, REGION } from '../fixtures/world.js';
import { aDiskInUse, anInstantWorld, aSnapshotWorld, writeBlock } from '../snapshots/helpers.js';
import { accounting, diskText, snap, start, stop } from './reset-helpers.js';

const diskOf = (ecs: Ecs, diskId: string) => must(findDisk(ecs.state, diskId), 'disk');

/** A Stopped instance whose data disk has one snapshot holding 'one' at block 0, then 'two' written. */
function aRollbackStage(ecs: Ecs = anInstantWorld()) {
  const { instanceId, diskId } = aDiskInUse(ecs);
  writeBlock(ecs, diskId, 0, 'one');
  const snapshotId = snap(ecs, diskId);
  writeBlock(ecs, diskId, 0, 'two');
  writeBlock(ecs, diskId, 1, 'later');
  stop(ecs, instanceId);
  return { ecs, instanceId, diskId, snapshotId };
}

describe('resetDisk', () => {
  describe('when the instance is Stopped and the snapshot is of the disk', () => {
    it('reads back exactly the snapshot content: writes after the snapshot are gone', () => {
      const { ecs, diskId, snapshotId } = aRollbackStage();
      ecs.resetDisk({ diskId, snapshotId });
      ecs.clock.settle();
      expect(diskText(ecs, diskId, 0)).toBe('one');
      expect(diskText(ecs, diskId, 1)).toBe('');
    });

    it('shares the snapshot block map by reference and makes it the lineage head', () => {
      const { ecs, diskId, snapshotId } = aRollbackStage();
      ecs.resetDisk({ diskId, snapshotId });
      const disk = diskOf(ecs, diskId);
      expect(disk.lineageSnapshotId).toBe(snapshotId);
      expect(disk.content.size).toBe(1);
    });

    it('is ReIniting for timings.diskReInit, then In_use again', () => {
      const ecs = aSnapshotWorld({ timings: { diskReInit: 30 } });
      const { diskId, snapshotId } = aRollbackStage(ecs);
      const attachedTime = diskOf(ecs, diskId).attachedTime;
      ecs.resetDisk({ diskId, snapshotId });
      expect(diskOf(ecs, diskId).status).toBe('ReIniting');
      ecs.clock.advance('PT29S');
      expect(diskOf(ecs, diskId).status).toBe('ReIniting');
      ecs.clock.advance('PT1S');
      expect(diskOf(ecs, diskId).status).toBe('In_use');
      expect(diskOf(ecs, diskId).attachedTime).toBe(attachedTime);
      expect(DISK_TRANSITIONS.In_use).toContain('ReIniting');
      expect(DISK_TRANSITIONS.ReIniting).toContain('In_use');
    });

    it('describeDisks shows ReIniting while it lasts', () => {
      const ecs = aSnapshotWorld({ timings: { diskReInit: 30 } });
      const { diskId, snapshotId } = aRollbackStage(ecs);
      ecs.resetDisk({ diskId, snapshotId });
      const body = ecs.describeDisks({ regionId: REGION, diskIds: JSON.stringify([diskId]) });
      expect(body.disks.disk[0]?.status).toBe('ReIniting');
    });

    it('refuses startInstance with DiskError (403) while the disk is ReIniting, then starts it', () => {
      const ecs = aSnapshotWorld({ timings: { diskReInit: 30 } });
      const { instanceId, diskId, snapshotId } = aRollbackStage(ecs);
      ecs.resetDisk({ diskId, snapshotId });
      const error = expectRefused(ecs, () => ecs.startInstance({ instanceId }), 'DiskError', 403);
      expect(error.message).toContain(diskId);
      ecs.clock.advance('PT30S');
      ecs.startInstance({ instanceId });
      ecs.clock.settle();
      const bytes = ecs.readDisk({ diskId, offset: 0, length: 3 });
      expect(new TextDecoder().decode(bytes)).toBe('one');
    });

    it('returns only a request id, and the instance starts on the rolled-back disk', () => {
      const { ecs, instanceId, diskId, snapshotId } = aRollbackStage();
      const body = ecs.resetDisk({ diskId, snapshotId });
      expect(Object.keys(body)).toEqual(['requestId']);
      ecs.clock.settle();
      start(ecs, instanceId);
      const bytes = ecs.readDisk({ diskId, offset: 0, length: 3 });
      expect(new TextDecoder().decode(bytes)).toBe('one');
    });
  });

  describe('when the disk is Available (detached)', () => {
    it('rolls back and returns to Available', () => {
      const ecs = aSnapshotWorld({ timings: { diskReInit: 30 } });
      const { instanceId, diskId, snapshotId } = aRollbackStage(ecs);
      ecs.detachDisk({ instanceId, diskId });
      ecs.clock.settle();
      ecs.resetDisk({ diskId, snapshotId });
      expect(diskOf(ecs, diskId).status).toBe('ReIniting');
      ecs.clock.settle();
      expect(diskOf(ecs, diskId).status).toBe<DiskStatus>('Available');
      expect(diskText(ecs, diskId, 0)).toBe('one');
    });
  });

  describe('when rolled back, snapshotted, and rolled back to the later snapshot', () => {
    it('rolls back the rollback; later snapshots survive', () => {
      const { ecs, instanceId, diskId, snapshotId: first } = aRollbackStage();
      start(ecs, instanceId);
      const second = snap(ecs, diskId); // holds 'two' and 'later'
      stop(ecs, instanceId);
      ecs.resetDisk({ diskId, snapshotId: first });
      ecs.clock.settle();
      expect(diskText(ecs, diskId, 0)).toBe('one');
      start(ecs, instanceId);
      writeBlock(ecs, diskId, 2, 'branch');
      const third = snap(ecs, diskId);
      stop(ecs, instanceId);
      ecs.resetDisk({ diskId, snapshotId: second });
      ecs.clock.settle();
      expect([
        diskText(ecs, diskId, 0),
        diskText(ecs, diskId, 1),
        diskText(ecs, diskId, 2),
      ]).toEqual(['two', 'later', '']);
      ecs.resetDisk({ diskId, snapshotId: third });
      ecs.clock.settle();
      expect([diskText(ecs, diskId, 0), diskText(ecs, diskId, 2)]).toEqual(['one', 'branch']);
    });
  });

  describe('chain accounting', () => {
    it('stays the union of live snapshots blocks through rollbacks and later snapshots', () => {
      const { ecs, instanceId, diskId, snapshotId: s1 } = aRollbackStage();
      const check = () => {
        const a = accounting(ecs, diskId);
        expect(a.chain).toBe(a.naive);
        expect(a.region).toBe(a.naive);
      };
      start(ecs, instanceId);
      const s2 = snap(ecs, diskId);
      check();
      stop(ecs, instanceId);
      ecs.resetDisk({ diskId, snapshotId: s1 });
      ecs.clock.settle();
      start(ecs, instanceId);
      // Unchanged since s1: the next snapshot copies nothing new.
      const s3 = snap(ecs, diskId);
      check();
      writeBlock(ecs, diskId, 5, 'five');
      const s4 = snap(ecs, diskId);
      check();
      ecs.deleteSnapshot({ snapshotId: s2 });
      check();
      ecs.deleteSnapshot({ snapshotId: s3 });
      check();
      stop(ecs, instanceId);
      ecs.resetDisk({ diskId, snapshotId: s4 });
      ecs.clock.settle();
      start(ecs, instanceId);
      writeBlock(ecs, diskId, 6, 'six');
      snap(ecs, diskId);
      check();
      ecs.deleteSnapshot({ snapshotId: s4 });
      check();
    });

    // Known gap (docs/fidelity.md): src/snapshots/lineage.ts hands a deleted snapshot's blocks to
    // each child separately, so a block both branches still hold is counted twice. Exact
    // accounting needs the deleted branch point kept as a hidden lineage node.
    it('stays exact when the rolled-back snapshot, with later snapshots on two branches, is deleted', () => {
      const ecs = anInstantWorld();
      const { instanceId, diskId } = aDiskInUse(ecs);
      writeBlock(ecs, diskId, 0, 'one');
      writeBlock(ecs, diskId, 4, 'kept'); // held by s1 and both branches below
      const s1 = snap(ecs, diskId);
      writeBlock(ecs, diskId, 0, 'two');
      snap(ecs, diskId); // s2: 'two', 'kept' (a child of s1)
      stop(ecs, instanceId);
      ecs.resetDisk({ diskId, snapshotId: s1 });
      ecs.clock.settle();
      start(ecs, instanceId);
      writeBlock(ecs, diskId, 3, 'three');
      snap(ecs, diskId); // s3: 'one', 'three' (another child of s1)
      ecs.deleteSnapshot({ snapshotId: s1 });
      const a = accounting(ecs, diskId);
      expect(a.chain).toBe(a.naive);
      expect(a.region).toBe(a.naive);
    });

    it('stays exact when the rolled-back snapshot is deleted before the next snapshot', () => {
      const { ecs, instanceId, diskId, snapshotId: s1 } = aRollbackStage();
      start(ecs, instanceId);
      snap(ecs, diskId);
      stop(ecs, instanceId);
      ecs.resetDisk({ diskId, snapshotId: s1 });
      ecs.clock.settle();
      ecs.deleteSnapshot({ snapshotId: s1 });
      start(ecs, instanceId);
      snap(ecs, diskId);
      const a = accounting(ecs, diskId);
      expect(a.chain).toBe(a.naive);
    });
  });

  describe('when the instance is not Stopped', () => {
    it.each(['Running', 'Stopping', 'Starting'] as const)(
      'returns IncorrectInstanceStatus (403) for a %s instance',
      (status) => {
        const ecs = aSnapshotWorld();
        const { instanceId, diskId } = aDiskInUse(ecs);
        const snapshotId = snap(ecs, diskId);
        if (status === 'Stopping') ecs.stopInstance({ instanceId });
        if (status === 'Starting') {
          stop(ecs, instanceId);
          ecs.startInstance({ instanceId });
        }
        const e = expectRefused(
          ecs,
          () => ecs.resetDisk({ diskId, snapshotId }),
          'IncorrectInstanceStatus',
          403,
        );
        expect(e.data.Message).toContain(status);
      },
    );
  });

  describe('when a request is refused', () => {
    it('returns MissingParameter without diskId or snapshotId', () => {
      const { ecs, diskId } = aRollbackStage();
      expectRefused(ecs, () => ecs.resetDisk({ diskId }), 'MissingParameter');
      expectRefused(ecs, () => ecs.resetDisk({ snapshotId: 's-1' }), 'MissingParameter');
    });

    it('returns InvalidDiskId.NotFound for an unknown disk', () => {
      const { ecs, snapshotId } = aRollbackStage();
      expectRefused(
        ecs,
        () => ecs.resetDisk({ diskId: 'd-nope', snapshotId }),
        'InvalidDiskId.NotFound',
      );
    });

    it('returns InvalidSnapshotId.NotFound for an unknown or deleted snapshot', () => {
      const { ecs, diskId, snapshotId } = aRollbackStage();
      expectRefused(
        ecs,
        () => ecs.resetDisk({ diskId, snapshotId: 's-nope' }),
        'InvalidSnapshotId.NotFound',
      );
      ecs.deleteSnapshot({ snapshotId });
      expectRefused(ecs, () => ecs.resetDisk({ diskId, snapshotId }), 'InvalidSnapshotId.NotFound');
    });

    it('returns InvalidParameter.Mismatch (403) for a snapshot of another disk', () => {
      const { ecs, instanceId, diskId } = aRollbackStage();
      const system = must(disksOf(ecs, instanceId)[0], 'system disk');
      start(ecs, instanceId);
      const other = snap(ecs, system.diskId);
      stop(ecs, instanceId);
      const e = expectRefused(
        ecs,
        () => ecs.resetDisk({ diskId, snapshotId: other }),
        'InvalidParameter.Mismatch',
        403,
      );
      expect(e.description).toContain('is not created from the specified disk');
    });

    it('returns InvalidSnapshotId.NotReady (403) for a progressing snapshot', () => {
      const ecs = aSnapshotWorld();
      const { instanceId, diskId } = aDiskInUse(ecs);
      writeBlock(ecs, diskId, 0, 'x');
      stop(ecs, instanceId);
      const { snapshotId } = ecs.createSnapshot({ diskId });
      expectRefused(
        ecs,
        () => ecs.resetDisk({ diskId, snapshotId }),
        'InvalidSnapshotId.NotReady',
        403,
      );
    });

    it('returns InvalidSnapshotId.NotReady for a failed snapshot', () => {
      const ecs = aSnapshotWorld({ instanceChangeDuringSnapshot: 'fail-snapshot' });
      const { instanceId, diskId } = aDiskInUse(ecs);
      writeBlocks100(ecs, diskId);
      const { snapshotId } = ecs.createSnapshot({ diskId });
      stop(ecs, instanceId);
      expect(
        ecs.describeSnapshots({ regionId: REGION, snapshotIds: JSON.stringify([snapshotId]) })
          .snapshots.snapshot[0]?.status,
      ).toBe('failed');
      expectRefused(ecs, () => ecs.resetDisk({ diskId, snapshotId }), 'InvalidSnapshotId.NotReady');
    });

    it('returns IncorrectDiskStatus.CreatingSnapshot while another snapshot of the disk is in progress', () => {
      const ecs = aSnapshotWorld();
      const { instanceId, diskId } = aDiskInUse(ecs);
      const snapshotId = snap(ecs, diskId);
      stop(ecs, instanceId);
      writeBlocks100(ecs, diskId, false);
      ecs.createSnapshot({ diskId });
      expectRefused(
        ecs,
        () => ecs.resetDisk({ diskId, snapshotId }),
        'IncorrectDiskStatus.CreatingSnapshot',
      );
    });

    it('returns IncorrectDiskStatus while the disk is ReIniting', () => {
      const ecs = aSnapshotWorld({ timings: { diskReInit: 30 } });
      const { diskId, snapshotId } = aRollbackStage(ecs);
      ecs.resetDisk({ diskId, snapshotId });
      expectRefused(ecs, () => ecs.resetDisk({ diskId, snapshotId }), 'IncorrectDiskStatus');
    });

    it('returns DryRunOperation for a valid dry run and changes nothing', () => {
      const { ecs, diskId, snapshotId } = aRollbackStage();
      expectRefused(
        ecs,
        () => ecs.resetDisk({ diskId, snapshotId, dryRun: true }),
        'DryRunOperation',
      );
      expect(diskText(ecs, diskId, 0)).toBe('two');
    });

    it('does not accept snapshots of a disk while its instance runs (error has SDK shape)', () => {
      const { ecs, instanceId, diskId, snapshotId } = aRollbackStage();
      start(ecs, instanceId);
      const e = expectEcsError(
        () => ecs.resetDisk({ diskId, snapshotId }),
        'IncorrectInstanceStatus',
      );
      expect(e.message).toMatch(/^IncorrectInstanceStatus: code: 403, /);
    });
  });
});

/** Writes 100 synthetic blocks, so a snapshot of them takes a while (the instance must run). */
function writeBlocks100(ecs: Ecs, diskId: string, running = true): void {
  const disk = diskOf(ecs, diskId);
  if (!running && disk.instanceId) {
    start(ecs, disk.instanceId);
    ecs.writeDisk({ diskId, offset: 0, length: 100 * 4096, fill: 'slow' });
    stop(ecs, disk.instanceId);
    return;
  }
  ecs.writeDisk({ diskId, offset: 0, length: 100 * 4096, fill: 'slow' });
}
