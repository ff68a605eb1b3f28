import { describe, expect, it } from 'vitest';
import { expectRefused } from '../fixtures/ecs-errors.js';
import { anInstanceIn, aStoppedInstance, aWorld, instanceIn, statusOf } from '../fixtures/world.js';

describe('startInstance', () => {
  describe('when the instance is Stopped', () => {
    it('returns only a request id', () => {
      const ecs = aWorld();
      const id = aStoppedInstance(ecs);
      const body = ecs.startInstance({ instanceId: id });
      expect(Object.keys(body)).toEqual(['requestId']);
    });

    it('walks it Starting (20 s) -> Running and records the start time', () => {
      const ecs = aWorld();
      const id = aStoppedInstance(ecs);
      const startedAt = ecs.clock.now();
      ecs.startInstance({ instanceId: id });
      expect(statusOf(ecs, id)).toBe('Starting');
      ecs.clock.advance(19_999);
      expect(statusOf(ecs, id)).toBe('Starting');
      ecs.clock.advance(1);
      expect(instanceIn(ecs, id).status).toBe('Running');
      expect(instanceIn(ecs, id).startTime).not.toBe(startedAt);
      expect(instanceIn(ecs, id).startTime).toBe(ecs.clock.now());
    });

    it('accepts initLocalDisk', () => {
      const ecs = aWorld();
      const id = aStoppedInstance(ecs);
      ecs.startInstance({ instanceId: id, initLocalDisk: true });
      expect(statusOf(ecs, id)).toBe('Starting');
    });
  });

  describe('when the instance is not Stopped', () => {
    it.each(['Pending', 'Starting', 'Running', 'Stopping'] as const)(
      'returns IncorrectInstanceStatus for %s',
      (status) => {
        const ecs = aWorld();
        const id = anInstanceIn(ecs, status);
        const error = expectRefused(
          ecs,
          () => ecs.startInstance({ instanceId: id }),
          'IncorrectInstanceStatus',
          403,
        );
        expect(error.data.Message).toContain(status);
      },
    );
  });

  describe('when the instance does not exist', () => {
    it('returns InvalidInstanceId.NotFound', () => {
      const ecs = aWorld();
      expectRefused(
        ecs,
        () => ecs.startInstance({ instanceId: 'i-bp1nothere0000000000' }),
        'InvalidInstanceId.NotFound',
        404,
      );
    });
  });

  describe('when instanceId is missing', () => {
    it('returns MissingParameter', () => {
      const ecs = aWorld();
      expectRefused(ecs, () => ecs.startInstance({}), 'MissingParameter');
    });
  });

  describe('when dryRun is true', () => {
    it('returns DryRunOperation and leaves the instance Stopped', () => {
      const ecs = aWorld();
      const id = aStoppedInstance(ecs);
      expectRefused(
        ecs,
        () => ecs.startInstance({ instanceId: id, dryRun: true }),
        'DryRunOperation',
        400,
      );
      expect(statusOf(ecs, id)).toBe('Stopped');
    });

    it('returns the status error when the start would be refused', () => {
      const ecs = aWorld();
      const id = anInstanceIn(ecs, 'Running');
      expectRefused(
        ecs,
        () => ecs.startInstance({ instanceId: id, dryRun: true }),
        'IncorrectInstanceStatus',
      );
    });
  });
});
