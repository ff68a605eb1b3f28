import { describe, expect, it } from 'vitest';
import { expectRefused } from '../fixtures/ecs-errors.js';
import { anInstanceIn, aRunningInstance, aWorld, instanceIn, statusOf } from '../fixtures/world.js';

describe('rebootInstance', () => {
  describe('when the instance is Running', () => {
    it('walks it Stopping (15 s) -> Starting (20 s) -> Running', () => {
      const ecs = aWorld();
      const id = aRunningInstance(ecs);
      const body = ecs.rebootInstance({ instanceId: id });
      expect(Object.keys(body)).toEqual(['requestId']);
      expect(statusOf(ecs, id)).toBe('Stopping');
      ecs.clock.advance(14_999);
      expect(statusOf(ecs, id)).toBe('Stopping');
      ecs.clock.advance(1);
      expect(statusOf(ecs, id)).toBe('Starting');
      ecs.clock.advance(19_999);
      expect(statusOf(ecs, id)).toBe('Starting');
      ecs.clock.advance(1);
      expect(statusOf(ecs, id)).toBe('Running');
    });

    it('sets the start time to when it is Running again', () => {
      const ecs = aWorld();
      const id = aRunningInstance(ecs);
      ecs.rebootInstance({ instanceId: id, forceStop: true });
      expect(ecs.clock.settle()).toBe(35_000);
      expect(instanceIn(ecs, id).startTime).toBe(ecs.clock.now());
    });
  });

  describe('when the instance is not Running', () => {
    it.each(['Pending', 'Starting', 'Stopping', 'Stopped'] as const)(
      'returns IncorrectInstanceStatus for %s',
      (status) => {
        const ecs = aWorld();
        const id = anInstanceIn(ecs, status);
        expectRefused(
          ecs,
          () => ecs.rebootInstance({ instanceId: id }),
          'IncorrectInstanceStatus',
          403,
        );
      },
    );
  });

  describe('when the instance does not exist', () => {
    it('returns InvalidInstanceId.NotFound', () => {
      const ecs = aWorld();
      expectRefused(
        ecs,
        () => ecs.rebootInstance({ instanceId: 'i-missing' }),
        'InvalidInstanceId.NotFound',
        404,
      );
    });
  });

  describe('when dryRun is true', () => {
    it('returns DryRunOperation and leaves the instance Running', () => {
      const ecs = aWorld();
      const id = aRunningInstance(ecs);
      expectRefused(
        ecs,
        () => ecs.rebootInstance({ instanceId: id, dryRun: true }),
        'DryRunOperation',
      );
      expect(statusOf(ecs, id)).toBe('Running');
    });
  });
});
