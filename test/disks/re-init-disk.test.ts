import { describe, expect, it } from 'vitest';
import { findDisk } from '../../src/disks/store.js';
import { expectRefused } from '../fixtures/ecs-errors.js';
import { must } from '../fixtures/must.js';
import { disksOf } from '../fixtures/world.js';
import { aDiskInUse, anInstantWorld, aSnapshotWorld, writeBlock } from '../snapshots/helpers.js';
import { diskText, snap, stop } from './reset-helpers.js';

describe('reInitDisk', () => {
  describe('when the disk is an empty-created data disk', () => {
    it('goes back to empty, and its next snapshot is a full one', () => {
      const ecs = anInstantWorld();
      const { instanceId, diskId } = aDiskInUse(ecs);
      writeBlock(ecs, diskId, 0, 'data');
      snap(ecs, diskId);
      stop(ecs, instanceId);
      ecs.reInitDisk({ diskId });
      ecs.clock.settle();
      const disk = must(findDisk(ecs.state, diskId));
      expect(disk.content.size).toBe(0);
      expect(disk.lineageSnapshotId).toBeNull();
      expect(disk.status).toBe('In_use');
    });
  });

  describe('when the disk is a system disk of a public image', () => {
    it('reads back the image data again', () => {
      const ecs = anInstantWorld();
      const { instanceId } = aDiskInUse(ecs);
      const system = must(disksOf(ecs, instanceId)[0]).diskId;
      const original = diskText(ecs, system, 0, 16);
      writeBlock(ecs, system, 0, 'broken');
      stop(ecs, instanceId);
      ecs.reInitDisk({ diskId: system });
      ecs.clock.settle();
      expect(diskText(ecs, system, 0, 16)).toBe(original);
      expect(must(findDisk(ecs.state, system)).content.size).toBeGreaterThan(0);
    });
  });

  describe('timing', () => {
    it('is ReIniting for timings.diskReInit, then In_use', () => {
      const ecs = aSnapshotWorld({ timings: { diskReInit: 20 } });
      const { instanceId, diskId } = aDiskInUse(ecs);
      stop(ecs, instanceId);
      ecs.reInitDisk({ diskId });
      expect(must(findDisk(ecs.state, diskId)).status).toBe('ReIniting');
      ecs.clock.advance('PT20S');
      expect(must(findDisk(ecs.state, diskId)).status).toBe('In_use');
    });
  });

  describe('when refused', () => {
    it('returns IncorrectInstanceStatus for a Running instance', () => {
      const ecs = anInstantWorld();
      const { diskId } = aDiskInUse(ecs);
      expectRefused(ecs, () => ecs.reInitDisk({ diskId }), 'IncorrectInstanceStatus', 403);
    });

    it('returns IncorrectDiskStatus for an Available disk', () => {
      const ecs = anInstantWorld();
      const { instanceId, diskId } = aDiskInUse(ecs);
      ecs.detachDisk({ instanceId, diskId });
      ecs.clock.settle();
      expectRefused(ecs, () => ecs.reInitDisk({ diskId }), 'IncorrectDiskStatus');
    });

    it('returns InvalidDiskId.NotFound and MissingParameter', () => {
      const ecs = anInstantWorld();
      expectRefused(ecs, () => ecs.reInitDisk({ diskId: 'd-nope' }), 'InvalidDiskId.NotFound');
      expectRefused(ecs, () => ecs.reInitDisk({}), 'MissingParameter');
    });

    it('returns DiskCreatingSnapshot while a snapshot of the disk is in progress', () => {
      const ecs = aSnapshotWorld();
      const { instanceId, diskId } = aDiskInUse(ecs);
      ecs.writeDisk({ diskId, offset: 0, length: 100 * 4096, fill: 'x' });
      stop(ecs, instanceId);
      ecs.createSnapshot({ diskId });
      expectRefused(ecs, () => ecs.reInitDisk({ diskId }), 'DiskCreatingSnapshot');
    });

    it('returns UnsupportedParameter for autoStartInstance: true', () => {
      const ecs = anInstantWorld();
      const { instanceId, diskId } = aDiskInUse(ecs);
      stop(ecs, instanceId);
      expectRefused(
        ecs,
        () => ecs.reInitDisk({ diskId, autoStartInstance: true }),
        'UnsupportedParameter',
      );
      expect(() =>
        ecs.reInitDisk({ diskId, autoStartInstance: false, password: 'EcsV587!' }),
      ).not.toThrow();
    });
  });
});
