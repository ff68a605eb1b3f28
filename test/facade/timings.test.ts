import { describe, expect, it } from 'vitest';
import { INSTANT_TIMINGS, REALISTIC_TIMINGS } from '../../src/index.js';
import { anInstance, aWorld, disksOf, statusOf } from '../fixtures/world.js';

describe('timings', () => {
  describe('when not given', () => {
    it('uses the realistic model', () => {
      expect(aWorld().state.world.timings).toEqual(REALISTIC_TIMINGS);
      expect(REALISTIC_TIMINGS).toEqual({
        instanceCreate: 10,
        instanceStart: 20,
        instanceStop: 15,
        diskCreate: 10,
        diskAttach: 5,
        diskDetach: 10,
        snapshotStartup: 60,
        snapshotThroughput: 64 * 1024 * 1024,
        snapshotIoDegradation: 0.1,
        diskReInit: 30,
        imageCreate: 120,
        snapshotCopyThroughput: 32 * 1024 * 1024,
        lazyLoadThroughput: 128 * 1024 * 1024,
        lazyLoadDegradation: 0.5,
        vpcCreate: 5,
        vSwitchCreate: 5,
      });
    });
  });

  describe("when 'instant'", () => {
    it('has the instance Running and its disks In_use right after runInstances', () => {
      const ecs = aWorld({ timings: 'instant' });
      const id = anInstance(ecs, { dataDisk: [{ size: 20 }] });
      expect(statusOf(ecs, id)).toBe('Running');
      expect(disksOf(ecs, id).map((d) => d.status)).toEqual(['In_use', 'In_use']);
      expect(ecs.clock.now()).toBe('2026-01-01T00:00:00Z');
      expect(ecs.clock.settle()).toBe(0);
    });

    it('completes stop, start and reboot at once', () => {
      const ecs = aWorld({ timings: 'instant' });
      const id = anInstance(ecs);
      ecs.stopInstance({ instanceId: id });
      expect(statusOf(ecs, id)).toBe('Stopped');
      ecs.startInstance({ instanceId: id });
      expect(statusOf(ecs, id)).toBe('Running');
      ecs.rebootInstance({ instanceId: id });
      expect(statusOf(ecs, id)).toBe('Running');
      expect(ecs.state.world.timings).toEqual(INSTANT_TIMINGS);
    });
  });

  describe('when some timings are overridden', () => {
    it('uses the overrides and the realistic values for the rest', () => {
      const ecs = aWorld({ timings: { instanceStart: 5, instanceStop: 0.5 } });
      expect(ecs.state.world.timings).toEqual({
        ...REALISTIC_TIMINGS,
        instanceStart: 5,
        instanceStop: 0.5,
      });
      const id = anInstance(ecs);
      expect(ecs.clock.settle()).toBe(15_000);
      ecs.stopInstance({ instanceId: id });
      expect(statusOf(ecs, id)).toBe('Stopping');
      expect(ecs.clock.settle()).toBe(500);
      expect(statusOf(ecs, id)).toBe('Stopped');
    });

    it('completes a zero-length status within the call', () => {
      const ecs = aWorld({ timings: { instanceCreate: 0 } });
      const id = anInstance(ecs);
      expect(statusOf(ecs, id)).toBe('Starting');
    });
  });
});
