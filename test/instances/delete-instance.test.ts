import { describe, expect, it } from 'vitest';
import { expectRefused } from '../fixtures/ecs-errors.js';
import { must } from '../fixtures/must.js';
import {
  anInstance,
  anInstanceIn,
  aRunningInstance,
  aStoppedInstance,
  aWorld,
  dataDiskOf,
  diskIn,
  disksOf,
  REGION,
  statusOf,
} from '../fixtures/world.js';

const twoDataDisks = { dataDisk: [{ size: 20 }, { size: 30, deleteWithInstance: false }] };

describe('deleteInstance', () => {
  describe('when the instance is Stopped', () => {
    it('removes it from the world', () => {
      const ecs = aWorld();
      const id = aStoppedInstance(ecs);
      const body = ecs.deleteInstance({ instanceId: id });
      expect(Object.keys(body)).toEqual(['requestId']);
      expect(ecs.describeInstances({ regionId: REGION }).totalCount).toBe(0);
      expectRefused(ecs, () => ecs.startInstance({ instanceId: id }), 'InvalidInstanceId.NotFound');
    });

    it('removes the disks with deleteWithInstance and leaves the others Available and detached', () => {
      const ecs = aWorld();
      const id = aStoppedInstance(ecs, twoDataDisks);
      const [system, kept, released] = [
        must(disksOf(ecs, id)[0]),
        dataDiskOf(ecs, id, 2),
        dataDiskOf(ecs, id, 1),
      ];
      ecs.clock.advance('PT1H');
      ecs.deleteInstance({ instanceId: id });
      expect(diskIn(ecs, system.diskId)).toBeUndefined();
      expect(diskIn(ecs, released.diskId)).toBeUndefined();
      expect(diskIn(ecs, kept.diskId)).toMatchObject({
        status: 'Available',
        instanceId: null,
        device: null,
        everAttached: true,
        detachedTime: ecs.clock.now(),
        pendingTask: null,
      });
      expect(disksOf(ecs, id)).toEqual([]);
    });
  });

  describe('when the instance is Running', () => {
    it('returns IncorrectInstanceStatus without force', () => {
      const ecs = aWorld();
      const id = aRunningInstance(ecs);
      expectRefused(
        ecs,
        () => ecs.deleteInstance({ instanceId: id }),
        'IncorrectInstanceStatus',
        403,
      );
    });

    it('releases it with force, disks included', () => {
      const ecs = aWorld();
      const id = aRunningInstance(ecs, twoDataDisks);
      const kept = dataDiskOf(ecs, id, 2);
      ecs.deleteInstance({ instanceId: id, force: true, forceStop: true });
      expect(ecs.describeInstances({ regionId: REGION }).totalCount).toBe(0);
      expect(diskIn(ecs, kept.diskId)?.status).toBe('Available');
    });
  });

  describe('when the instance is in a transient status', () => {
    it.each(['Pending', 'Starting', 'Stopping'] as const)(
      'returns IncorrectInstanceStatus for %s, even with force',
      (status) => {
        const ecs = aWorld();
        const id = anInstanceIn(ecs, status);
        expectRefused(
          ecs,
          () => ecs.deleteInstance({ instanceId: id, force: true }),
          'IncorrectInstanceStatus',
        );
        expectRefused(ecs, () => ecs.deleteInstance({ instanceId: id }), 'IncorrectInstanceStatus');
      },
    );
  });

  describe('when a kept disk is still Creating', () => {
    it('leaves it Available for good: its pending task no longer applies', () => {
      const ecs = aWorld({ timings: { diskCreate: 3600 } });
      const id = anInstance(ecs, { dataDisk: [{ size: 20, deleteWithInstance: false }] });
      ecs.clock.advanceTo('2026-01-01T00:01:00Z');
      const disk = dataDiskOf(ecs, id);
      expect([statusOf(ecs, id), disk.status]).toEqual(['Running', 'Creating']);
      ecs.deleteInstance({ instanceId: id, force: true });
      ecs.clock.settle();
      expect(diskIn(ecs, disk.diskId)).toMatchObject({ status: 'Available', instanceId: null });
    });
  });

  describe('when the instance does not exist', () => {
    it('returns InvalidInstanceId.NotFound', () => {
      const ecs = aWorld();
      expectRefused(
        ecs,
        () => ecs.deleteInstance({ instanceId: 'i-missing', force: true }),
        'InvalidInstanceId.NotFound',
        404,
      );
    });
  });

  describe('when dryRun is true', () => {
    it('returns DryRunOperation and keeps the instance and its disks', () => {
      const ecs = aWorld();
      const id = aStoppedInstance(ecs, twoDataDisks);
      expectRefused(
        ecs,
        () => ecs.deleteInstance({ instanceId: id, dryRun: true }),
        'DryRunOperation',
      );
      expect(disksOf(ecs, id)).toHaveLength(3);
    });
  });
});
