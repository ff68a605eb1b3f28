import { describe, expect, it } from 'vitest';
import { must } from '../fixtures/must.js';
import {
  anInstance,
  aRunningInstance,
  aRunRequest,
  aWorld,
  instanceIn,
} from '../fixtures/world.js';

describe('due tasks', () => {
  describe('when the clock jumps past a task', () => {
    it('completes it at its own time, not at the end of the jump', () => {
      const ecs = aWorld();
      const id = anInstance(ecs);
      ecs.clock.advance('PT1H');
      expect(instanceIn(ecs, id)).toMatchObject({
        status: 'Running',
        startTime: '2026-01-01T00:00:30Z',
      });
    });

    it('runs the tasks a completed task schedules within the same jump', () => {
      const ecs = aWorld();
      const id = aRunningInstance(ecs);
      ecs.rebootInstance({ instanceId: id });
      ecs.clock.advance('PT1M');
      expect(instanceIn(ecs, id)).toMatchObject({
        status: 'Running',
        startTime: '2026-01-01T00:01:05Z',
        pendingTask: null,
      });
    });
  });

  describe('when tasks fall due at different times', () => {
    it('completes them in time order, even when created in the other order', () => {
      const ecs = aWorld();
      const rebooted = aRunningInstance(ecs);
      ecs.rebootInstance({ instanceId: rebooted }); // Stopping for 15 s, then schedules Starting
      const created = anInstance(ecs); // Pending for 10 s, then schedules Starting
      ecs.clock.advance('PT15S');
      // The task each completion scheduled tells the order in which they completed.
      expect(must(instanceIn(ecs, created).pendingTask)).toBeLessThan(
        must(instanceIn(ecs, rebooted).pendingTask),
      );
    });
  });

  describe('when tasks fall due at the same time', () => {
    it('completes them in creation order', () => {
      const ecs = aWorld();
      const [a, b, c] = ecs.runInstances(aRunRequest({ amount: 3 })).instanceIdSets.instanceIdSet;
      ecs.clock.advance('PT10S');
      const next = [a, b, c].map((id) => must(instanceIn(ecs, must(id)).pendingTask));
      expect(next).toEqual([...next].sort((x, y) => x - y));
      expect(new Set(next).size).toBe(3);
    });

    it('completes a task due exactly now', () => {
      const ecs = aWorld();
      const id = anInstance(ecs);
      ecs.clock.advanceTo('2026-01-01T00:00:10Z');
      expect(instanceIn(ecs, id).status).toBe('Starting');
    });
  });
});
