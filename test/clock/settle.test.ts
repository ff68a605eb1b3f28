import { describe, expect, it } from 'vitest';
import { anInstance, aRunningInstance, aWorld, disksOf, statusOf } from '../fixtures/world.js';

describe('clock.settle', () => {
  describe('when nothing is pending', () => {
    it('returns 0 and leaves the state as it is', () => {
      const ecs = aWorld();
      const before = ecs.state;
      expect(ecs.clock.settle()).toBe(0);
      expect(ecs.state).toBe(before);
    });
  });

  describe('when instances are being created', () => {
    it('returns the milliseconds it advanced and leaves nothing pending', () => {
      const ecs = aWorld();
      const id = anInstance(ecs, { dataDisk: [{ size: 20 }] });
      expect(ecs.clock.settle()).toBe(30_000);
      expect(ecs.clock.now()).toBe('2026-01-01T00:00:30Z');
      expect(statusOf(ecs, id)).toBe('Running');
      expect(disksOf(ecs, id).map((d) => d.status)).toEqual(['In_use', 'In_use']);
      expect(ecs.clock.settle()).toBe(0);
    });

    it('stops at the last task, not beyond', () => {
      const ecs = aWorld();
      const id = aRunningInstance(ecs);
      ecs.clock.advance('PT5S');
      ecs.rebootInstance({ instanceId: id });
      expect(ecs.clock.settle()).toBe(35_000);
      expect(ecs.clock.now()).toBe('2026-01-01T00:01:10Z');
    });
  });

  describe('when operations started at different times', () => {
    it('runs until the last one has finished', () => {
      const ecs = aWorld();
      const first = aRunningInstance(ecs);
      ecs.stopInstance({ instanceId: first });
      ecs.clock.advance('PT10S');
      const second = anInstance(ecs);
      expect(ecs.clock.settle()).toBe(30_000);
      expect([statusOf(ecs, first), statusOf(ecs, second)]).toEqual(['Stopped', 'Running']);
    });
  });
});
