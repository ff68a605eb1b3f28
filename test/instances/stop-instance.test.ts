import { describe, expect, it } from 'vitest';
import type { StopInstanceRequest } from '../../src/index.js';
import { expectRefused } from '../fixtures/ecs-errors.js';
import {
  anInstanceIn,
  aRunningInstance,
  aWorld,
  disksOf,
  instanceIn,
  statusOf,
} from '../fixtures/world.js';

describe('stopInstance', () => {
  describe('when the instance is Running', () => {
    it('walks it Stopping (15 s) -> Stopped', () => {
      const ecs = aWorld();
      const id = aRunningInstance(ecs);
      const body = ecs.stopInstance({ instanceId: id });
      expect(Object.keys(body)).toEqual(['requestId']);
      expect(statusOf(ecs, id)).toBe('Stopping');
      ecs.clock.advance(14_999);
      expect(statusOf(ecs, id)).toBe('Stopping');
      ecs.clock.advance(1);
      expect(statusOf(ecs, id)).toBe('Stopped');
    });

    it('keeps the disks In_use and the last start time', () => {
      const ecs = aWorld();
      const id = aRunningInstance(ecs, { dataDisk: [{ size: 20 }] });
      const startTime = instanceIn(ecs, id).startTime;
      ecs.stopInstance({ instanceId: id });
      ecs.clock.settle();
      expect(disksOf(ecs, id).map((d) => d.status)).toEqual(['In_use', 'In_use']);
      expect(instanceIn(ecs, id).startTime).toBe(startTime);
    });

    it.each<[string, StopInstanceRequest]>([
      ['forceStop', { forceStop: true }],
      ['stoppedMode StopCharging', { stoppedMode: 'StopCharging' }],
      ['confirmStop', { confirmStop: true }],
    ])('accepts %s and takes the same time', (_what, extra) => {
      const ecs = aWorld();
      const id = aRunningInstance(ecs);
      ecs.stopInstance({ instanceId: id, ...extra });
      expect(ecs.clock.settle()).toBe(15_000);
      expect(statusOf(ecs, id)).toBe('Stopped');
    });
  });

  describe('when stoppedMode is not a known mode', () => {
    it('returns InvalidParameter', () => {
      const ecs = aWorld();
      const id = aRunningInstance(ecs);
      expectRefused(
        ecs,
        () => ecs.stopInstance({ instanceId: id, stoppedMode: 'Hibernate' }),
        'InvalidParameter',
      );
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
          () => ecs.stopInstance({ instanceId: id }),
          'IncorrectInstanceStatus',
          403,
        );
      },
    );
  });

  describe('when the instance does not exist', () => {
    it('returns InvalidInstanceId.NotFound', () => {
      const ecs = aWorld();
      const error = expectRefused(
        ecs,
        () => ecs.stopInstance({ instanceId: 'i-missing' }),
        'InvalidInstanceId.NotFound',
        404,
      );
      expect(error.data.Message).toContain('i-missing');
    });
  });

  describe('when dryRun is true', () => {
    it('returns DryRunOperation and leaves the instance Running', () => {
      const ecs = aWorld();
      const id = aRunningInstance(ecs);
      expectRefused(
        ecs,
        () => ecs.stopInstance({ instanceId: id, dryRun: true }),
        'DryRunOperation',
      );
      expect(statusOf(ecs, id)).toBe('Running');
    });
  });
});
