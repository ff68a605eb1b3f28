import { describe, expect, it } from 'vitest';
import { expectRefused } from '../fixtures/ecs-errors.js';
import { must } from '../fixtures/must.js';
import { disksOf, REGION } from '../fixtures/world.js';
import { aDiskInUse, anInstantWorld, chainOf, writeBlock } from '../snapshots/helpers.js';
import { diskText, naiveChainBytes, snap, start, stop } from './reset-helpers.js';

/** A data disk made from a snapshot and attached to a Stopped instance, written after creation. */
function aDiskFromSnapshot() {
  const ecs = anInstantWorld();
  const { instanceId, diskId } = aDiskInUse(ecs);
  writeBlock(ecs, diskId, 0, 'golden');
  const snapshotId = snap(ecs, diskId);
  const copy = ecs.createDisk({ regionId: REGION, zoneId: 'cn-hangzhou-h', snapshotId }).diskId;
  ecs.attachDisk({ instanceId, diskId: copy });
  ecs.clock.settle();
  writeBlock(ecs, copy, 0, 'changed');
  stop(ecs, instanceId);
  return { ecs, instanceId, snapshotId, copy };
}

describe('reInitDisk', () => {
  describe('when a data disk was created from a snapshot', () => {
    it('goes back to the snapshot content', () => {
      const { ecs, copy } = aDiskFromSnapshot();
      expect(diskText(ecs, copy, 0)).toBe('changed');
      ecs.reInitDisk({ diskId: copy });
      ecs.clock.settle();
      expect(diskText(ecs, copy, 0)).toBe('golden');
    });

    it('keeps the chain capacity exact: blocks its earlier snapshots hold are not counted twice', () => {
      const ecs = anInstantWorld();
      const { instanceId, diskId } = aDiskInUse(ecs);
      writeBlock(ecs, diskId, 0, 'zero');
      writeBlock(ecs, diskId, 3, 'three');
      const source = snap(ecs, diskId);
      const copy = ecs.createDisk({
        regionId: REGION,
        zoneId: 'cn-hangzhou-h',
        snapshotId: source,
      }).diskId;
      ecs.attachDisk({ instanceId, diskId: copy });
      ecs.clock.settle();
      writeBlock(ecs, copy, 0, 'changed');
      const first = snap(ecs, copy); // holds the source's block 3, and its own block 0
      stop(ecs, instanceId);
      ecs.reInitDisk({ diskId: copy });
      ecs.clock.settle();
      start(ecs, instanceId);
      writeBlock(ecs, copy, 2, 'after');
      snap(ecs, copy); // holds the source's blocks 0 and 3, and its own block 2
      expect(chainOf(ecs, copy).totalSize).toBe(naiveChainBytes(ecs, copy));
      ecs.deleteSnapshot({ snapshotId: first });
      expect(chainOf(ecs, copy).totalSize).toBe(naiveChainBytes(ecs, copy));
    });

    it('returns InvalidSourceSnapshot once that snapshot was force-deleted', () => {
      const { ecs, snapshotId, copy } = aDiskFromSnapshot();
      ecs.deleteSnapshot({ snapshotId, force: true });
      expectRefused(ecs, () => ecs.reInitDisk({ diskId: copy }), 'InvalidSourceSnapshot');
      expect(diskText(ecs, copy, 0)).toBe('changed');
    });
  });

  describe('when a system disk comes from a custom image', () => {
    it('goes back to the image system snapshot content', () => {
      const ecs = anInstantWorld();
      const { instanceId } = aDiskInUse(ecs);
      const system = must(disksOf(ecs, instanceId)[0]).diskId;
      writeBlock(ecs, system, 0, 'tuned-os');
      const systemSnapshot = snap(ecs, system);
      const { imageId } = ecs.createImage({
        regionId: REGION,
        snapshotId: systemSnapshot,
        imageName: 'tuned',
      });
      ecs.clock.settle();
      const [deployed = ''] = ecs.runInstances({
        regionId: REGION,
        imageId,
        instanceType: 'ecs.g7.large',
      }).instanceIdSets.instanceIdSet;
      ecs.clock.settle();
      const deployedSystem = must(disksOf(ecs, deployed)[0]).diskId;
      writeBlock(ecs, deployedSystem, 0, 'broken');
      stop(ecs, deployed);
      ecs.reInitDisk({ diskId: deployedSystem });
      ecs.clock.settle();
      start(ecs, deployed);
      expect(diskText(ecs, deployedSystem, 0)).toBe('tuned-os');
    });
  });
});
