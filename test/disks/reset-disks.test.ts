import { describe, expect, it } from 'vitest';
import { findDisk } from '../../src/disks/store.js';
import { expectRefused } from '../fixtures/ecs-errors.js';
import { must } from '../fixtures/must.js';
import { disksOf, REGION } from '../fixtures/world.js';
import { aDiskInUse, anInstantWorld, writeBlock } from '../snapshots/helpers.js';
import { diskText, snap, stop } from './reset-helpers.js';

/** A Stopped instance; its system and data disks each have a snapshot, then were written. */
function aTwoDiskStage() {
  const ecs = anInstantWorld();
  const { instanceId, diskId: data } = aDiskInUse(ecs);
  const system = must(disksOf(ecs, instanceId)[0], 'system disk').diskId;
  writeBlock(ecs, data, 0, 'data-1');
  const dataSnap = snap(ecs, data);
  const systemSnap = snap(ecs, system);
  writeBlock(ecs, data, 0, 'data-2');
  writeBlock(ecs, system, 0, 'broken');
  stop(ecs, instanceId);
  return { ecs, instanceId, data, system, dataSnap, systemSnap };
}

describe('resetDisks', () => {
  describe('when every disk can be rolled back', () => {
    it('rolls back each disk and reports Success per disk, in request order', () => {
      const { ecs, data, system, dataSnap, systemSnap } = aTwoDiskStage();
      const body = ecs.resetDisks({
        regionId: REGION,
        disk: [
          { diskId: system, snapshotId: systemSnap },
          { diskId: data, snapshotId: dataSnap },
        ],
      });
      expect(body.operationProgressSet.operationProgress).toEqual([
        {
          operationStatus: 'Success',
          errorCode: '',
          errorMsg: '',
          relatedItemSet: { relatedItem: [{ name: 'DiskId', value: system }] },
        },
        {
          operationStatus: 'Success',
          errorCode: '',
          errorMsg: '',
          relatedItemSet: { relatedItem: [{ name: 'DiskId', value: data }] },
        },
      ]);
      ecs.clock.settle();
      expect(diskText(ecs, data, 0)).toBe('data-1');
      expect(diskText(ecs, system, 0)).not.toBe('broken');
      expect(must(findDisk(ecs.state, system)).lineageSnapshotId).toBe(systemSnap);
    });
  });

  describe('when one disk would be refused', () => {
    it('refuses the whole call with that disk code and rolls back nothing', () => {
      const { ecs, data, system, dataSnap } = aTwoDiskStage();
      expectRefused(
        ecs,
        () =>
          ecs.resetDisks({
            regionId: REGION,
            disk: [
              { diskId: data, snapshotId: dataSnap },
              { diskId: system, snapshotId: dataSnap },
            ],
          }),
        'InvalidParameter.Mismatch',
      );
      expect(diskText(ecs, data, 0)).toBe('data-2');
    });

    it('returns InvalidDiskId.NotFound for a disk of another region', () => {
      const { ecs, data, dataSnap } = aTwoDiskStage();
      expectRefused(
        ecs,
        () =>
          ecs.resetDisks({
            regionId: 'cn-shanghai',
            disk: [{ diskId: data, snapshotId: dataSnap }],
          }),
        'InvalidDiskId.NotFound',
      );
    });
  });

  describe('when the request is malformed', () => {
    it('returns MissingParameter without regionId or disks', () => {
      const { ecs, data, dataSnap } = aTwoDiskStage();
      expectRefused(
        ecs,
        () => ecs.resetDisks({ disk: [{ diskId: data, snapshotId: dataSnap }] }),
        'MissingParameter',
      );
      expectRefused(ecs, () => ecs.resetDisks({ regionId: REGION }), 'MissingParameter');
    });

    it('returns InvalidParameter for no disk, more than 10, or a disk listed twice', () => {
      const { ecs, data, dataSnap } = aTwoDiskStage();
      const item = { diskId: data, snapshotId: dataSnap };
      expectRefused(ecs, () => ecs.resetDisks({ regionId: REGION, disk: [] }), 'InvalidParameter');
      expectRefused(
        ecs,
        () => ecs.resetDisks({ regionId: REGION, disk: Array.from({ length: 11 }, () => item) }),
        'InvalidParameter',
      );
      expectRefused(
        ecs,
        () => ecs.resetDisks({ regionId: REGION, disk: [item, item] }),
        'InvalidParameter',
      );
    });

    it('returns InvalidRegionId.NotFound for an unknown region', () => {
      const { ecs, data, dataSnap } = aTwoDiskStage();
      expectRefused(
        ecs,
        () =>
          ecs.resetDisks({
            regionId: 'xx-nowhere',
            disk: [{ diskId: data, snapshotId: dataSnap }],
          }),
        'InvalidRegionId.NotFound',
      );
    });

    it('returns DryRunOperation for a valid dry run', () => {
      const { ecs, data, dataSnap } = aTwoDiskStage();
      expectRefused(
        ecs,
        () =>
          ecs.resetDisks({
            regionId: REGION,
            disk: [{ diskId: data, snapshotId: dataSnap }],
            dryRun: true,
          }),
        'DryRunOperation',
      );
    });
  });
});
