import { describe, expect, it } from 'vitest';
import type { Ecs } from '../../src/index.js';
import { findSnapshot } from '../../src/snapshots/store.js';
import { expectRefused } from '../fixtures/ecs-errors.js';
import { must } from '../fixtures/must.js';
import { diskIn } from '../fixtures/world.js';
import {
  aDiskInUse,
  anInstantWorld,
  aSnapshotWorld,
  BLOCK,
  viewOf as snapshotView,
  writeBlock,
} from '../snapshots/helpers.js';
import { systemDiskOf, viewOf } from './helpers.js';

const REGION = 'cn-hangzhou';
const ZONE = 'cn-hangzhou-h';

/** A data disk with "alpha" in block 0 and "beta" in block 5, and an accomplished snapshot of it. */
function aSnapshotOfData(ecs: Ecs) {
  const { instanceId, diskId } = aDiskInUse(ecs);
  writeBlock(ecs, diskId, 0, 'alpha');
  writeBlock(ecs, diskId, 5, 'beta');
  const { snapshotId } = ecs.createSnapshot({ diskId });
  ecs.clock.settle();
  return { instanceId, diskId, snapshotId };
}

/** Attaches a disk to an instance and waits; returns the text at the start of a block. */
function attachAndRead(ecs: Ecs, instanceId: string, diskId: string, block: number): string {
  ecs.attachDisk({ instanceId, diskId });
  ecs.clock.settle();
  return readText(ecs, diskId, block);
}

function readText(ecs: Ecs, diskId: string, block: number): string {
  const bytes = ecs.readDisk({ diskId, offset: block * BLOCK, length: 8 });
  return new TextDecoder().decode(bytes).replace(/\0+$/, '');
}

describe('createDisk from a snapshot', () => {
  describe('when the snapshot is usable', () => {
    it('reads back the snapshot content once attached', () => {
      const ecs = anInstantWorld();
      const { instanceId, snapshotId } = aSnapshotOfData(ecs);
      const { diskId } = ecs.createDisk({ regionId: REGION, zoneId: ZONE, snapshotId });
      expect(attachAndRead(ecs, instanceId, diskId, 0)).toBe('alpha');
      expect(readText(ecs, diskId, 5)).toBe('beta');
      expect(readText(ecs, diskId, 1)).toBe('');
    });

    it('shares the snapshot block map by reference', () => {
      const ecs = anInstantWorld();
      const { snapshotId } = aSnapshotOfData(ecs);
      const { diskId } = ecs.createDisk({ regionId: REGION, zoneId: ZONE, snapshotId });
      const snapshot = must(findSnapshot(ecs.state, snapshotId));
      expect(must(diskIn(ecs, diskId)).content).toBe(snapshot.content);
    });

    it("takes the snapshot's source disk size when no size is given", () => {
      const ecs = anInstantWorld();
      const { snapshotId } = aSnapshotOfData(ecs);
      const { diskId } = ecs.createDisk({ regionId: REGION, zoneId: ZONE, snapshotId });
      expect(viewOf(ecs, diskId).size).toBe(20);
    });

    it('takes a larger size when asked', () => {
      const ecs = anInstantWorld();
      const { snapshotId } = aSnapshotOfData(ecs);
      const { diskId } = ecs.createDisk({ regionId: REGION, zoneId: ZONE, snapshotId, size: 64 });
      expect(viewOf(ecs, diskId).size).toBe(64);
    });

    it('keeps sourceSnapshotId, is a data disk, and goes Creating -> Available', () => {
      const ecs = aSnapshotWorld();
      const { snapshotId } = aSnapshotOfData(ecs);
      const { diskId } = ecs.createDisk({
        regionId: REGION,
        zoneId: ZONE,
        snapshotId,
        diskCategory: 'cloud_essd',
      });
      expect(viewOf(ecs, diskId)).toMatchObject({
        status: 'Creating',
        sourceSnapshotId: snapshotId,
        type: 'data',
        category: 'cloud_essd',
      });
      ecs.clock.settle();
      expect(viewOf(ecs, diskId).status).toBe('Available');
    });

    it("makes the snapshot's usage disk, and none again once the disk is deleted", () => {
      const ecs = anInstantWorld();
      const { snapshotId } = aSnapshotOfData(ecs);
      expect(snapshotView(ecs, snapshotId).usage).toBe('none');
      const { diskId } = ecs.createDisk({ regionId: REGION, zoneId: ZONE, snapshotId });
      expect(snapshotView(ecs, snapshotId).usage).toBe('disk');
      const other = ecs.createDisk({ regionId: REGION, zoneId: ZONE, snapshotId }).diskId;
      ecs.deleteDisk({ diskId });
      expect(snapshotView(ecs, snapshotId).usage).toBe('disk');
      ecs.deleteDisk({ diskId: other });
      expect(snapshotView(ecs, snapshotId).usage).toBe('none');
    });

    it('starts a chain of its own: its first snapshot is full', () => {
      const ecs = anInstantWorld();
      const { instanceId, snapshotId } = aSnapshotOfData(ecs);
      const { diskId } = ecs.createDisk({ regionId: REGION, zoneId: ZONE, snapshotId });
      expect(must(diskIn(ecs, diskId))).toMatchObject({
        lineageSnapshotId: null,
        snapshotLinkId: null,
      });
      ecs.attachDisk({ instanceId, diskId });
      ecs.clock.settle();
      const first = ecs.createSnapshot({ diskId }).snapshotId;
      const stored = must(findSnapshot(ecs.state, first));
      expect(stored).toMatchObject({ lineageParentId: null, ownBlocks: 2 });
      expect(stored.snapshotLinkId).not.toBe(snapshotView(ecs, snapshotId).snapshotLinkId);
    });

    it('keeps its writes to itself: the snapshot is unchanged', () => {
      const ecs = anInstantWorld();
      const { instanceId, snapshotId } = aSnapshotOfData(ecs);
      const { diskId } = ecs.createDisk({ regionId: REGION, zoneId: ZONE, snapshotId });
      attachAndRead(ecs, instanceId, diskId, 0);
      writeBlock(ecs, diskId, 0, 'gamma');
      expect(readText(ecs, diskId, 0)).toBe('gamma');
      const other = ecs.createDisk({ regionId: REGION, zoneId: ZONE, snapshotId }).diskId;
      expect(attachAndRead(ecs, instanceId, other, 0)).toBe('alpha');
    });

    it('accepts a system-disk snapshot (current docs) and makes a data disk', () => {
      const ecs = anInstantWorld();
      const { instanceId } = aDiskInUse(ecs);
      const { snapshotId } = ecs.createSnapshot({ diskId: systemDiskOf(ecs, instanceId) });
      const { diskId } = ecs.createDisk({
        regionId: REGION,
        zoneId: ZONE,
        snapshotId,
        diskCategory: 'cloud_essd',
      });
      const size = Number(snapshotView(ecs, snapshotId).sourceDiskSize);
      expect(snapshotView(ecs, snapshotId).sourceDiskType).toBe('system');
      expect(viewOf(ecs, diskId)).toMatchObject({ type: 'data', size });
    });

    it('accepts an ESSD snapshot still in progress: it is available at once', () => {
      const ecs = aSnapshotWorld();
      const { diskId: source } = aDiskInUse(ecs);
      writeBlock(ecs, source, 0, 'alpha');
      const { snapshotId } = ecs.createSnapshot({ diskId: source });
      expect(snapshotView(ecs, snapshotId).status).toBe('progressing');
      const { diskId } = ecs.createDisk({ regionId: REGION, zoneId: ZONE, snapshotId });
      expect(viewOf(ecs, diskId).sourceSnapshotId).toBe(snapshotId);
    });
  });

  describe('when the snapshot cannot be used', () => {
    it('returns InvalidSnapshotId.NotFound for an unknown id', () => {
      const ecs = anInstantWorld();
      expectRefused(
        ecs,
        () => ecs.createDisk({ regionId: REGION, zoneId: ZONE, snapshotId: 's-bpnope' }),
        'InvalidSnapshotId.NotFound',
        404,
      );
    });

    it('returns InvalidSnapshotId.NotFound for a snapshot of another region', () => {
      const ecs = anInstantWorld();
      const { snapshotId } = aSnapshotOfData(ecs);
      expectRefused(
        ecs,
        () => ecs.createDisk({ regionId: 'cn-shanghai', zoneId: 'cn-shanghai-e', snapshotId }),
        'InvalidSnapshotId.NotFound',
        404,
      );
    });

    it('returns InvalidSnapshotId.NotReady for a progressing snapshot not yet available', () => {
      const ecs = aSnapshotWorld();
      const { diskId: source } = aDiskInUse(ecs, 'cloud_efficiency');
      const { snapshotId } = ecs.createSnapshot({ diskId: source });
      const error = expectRefused(
        ecs,
        () => ecs.createDisk({ regionId: REGION, zoneId: ZONE, snapshotId }),
        'InvalidSnapshotId.NotReady',
        403,
      );
      expect(error.message).toContain('has not completed yet');
    });

    it('returns InvalidDiskSize.TooSmall for a size below the snapshot', () => {
      const ecs = anInstantWorld();
      const { snapshotId } = aSnapshotOfData(ecs);
      const error = expectRefused(
        ecs,
        () => ecs.createDisk({ regionId: REGION, zoneId: ZONE, snapshotId, size: 19 }),
        'InvalidDiskSize.TooSmall',
        403,
      );
      expect(error.message).toContain('is less than the size of snapshot');
    });

    it("returns InvalidSize.ValueNotSupported when the snapshot's size is outside the category", () => {
      const ecs = anInstantWorld();
      const { snapshotId } = aSnapshotOfData(ecs);
      expectRefused(
        ecs,
        () =>
          ecs.createDisk({
            regionId: REGION,
            zoneId: ZONE,
            snapshotId,
            diskCategory: 'cloud_essd',
            performanceLevel: 'PL2',
          }),
        'InvalidSize.ValueNotSupported',
        400,
      );
    });

    it('returns DryRunOperation for a valid dry run and creates nothing', () => {
      const ecs = anInstantWorld();
      const { snapshotId } = aSnapshotOfData(ecs);
      expectRefused(
        ecs,
        () => ecs.createDisk({ regionId: REGION, zoneId: ZONE, snapshotId, dryRun: true }),
        'DryRunOperation',
        400,
      );
      expect(snapshotView(ecs, snapshotId).usage).toBe('none');
    });
  });

  describe('when the same clientToken is sent again', () => {
    it('returns the same disk', () => {
      const ecs = anInstantWorld();
      const { snapshotId } = aSnapshotOfData(ecs);
      const request = { regionId: REGION, zoneId: ZONE, snapshotId, clientToken: 'restore-1' };
      expect(ecs.createDisk(request).diskId).toBe(ecs.createDisk(request).diskId);
    });
  });
});
