import { describe, expect, it } from 'vitest';
import type { DescribeInstanceStatusRequest } from '../../src/index.js';
import { expectRefused } from '../fixtures/ecs-errors.js';
import { must } from '../fixtures/must.js';
import { anInstance, anInstanceIn, aWorld, REGION } from '../fixtures/world.js';

describe('describeInstanceStatus', () => {
  describe('when instances are in different statuses', () => {
    it('reports each instance with its current status, in creation order', () => {
      const ecs = aWorld();
      const running = anInstanceIn(ecs, 'Running');
      const stopping = anInstanceIn(ecs, 'Stopping');
      const pending = anInstance(ecs);
      const body = ecs.describeInstanceStatus({ regionId: REGION });
      expect(body.instanceStatuses.instanceStatus).toEqual([
        { instanceId: running, status: 'Running' },
        { instanceId: stopping, status: 'Stopping' },
        { instanceId: pending, status: 'Pending' },
      ]);
      expect(body).toMatchObject({ totalCount: 3, pageNumber: 1, pageSize: 10 });
      expect(body.requestId).toMatch(/^[0-9A-F-]{36}$/);
    });

    it('follows the clock', () => {
      const ecs = aWorld();
      const id = anInstance(ecs);
      ecs.clock.advance('PT15S');
      expect(
        ecs.describeInstanceStatus({ regionId: REGION }).instanceStatuses.instanceStatus,
      ).toEqual([{ instanceId: id, status: 'Starting' }]);
    });
  });

  describe('when filtered by instance ids or zone', () => {
    it('reports only those instances', () => {
      const ecs = aWorld({ timings: 'instant' });
      const ids = [anInstance(ecs), anInstance(ecs, { zoneId: 'cn-hangzhou-j' }), anInstance(ecs)];
      const byIds = ecs.describeInstanceStatus({
        regionId: REGION,
        instanceId: [must(ids[2]), must(ids[0])],
      });
      expect(byIds.instanceStatuses.instanceStatus.map((s) => s.instanceId)).toEqual([
        ids[0],
        ids[2],
      ]);
      const byZone = ecs.describeInstanceStatus({ regionId: REGION, zoneId: 'cn-hangzhou-j' });
      expect(byZone.instanceStatuses.instanceStatus.map((s) => s.instanceId)).toEqual([ids[1]]);
    });
  });

  describe('when paging', () => {
    it('serves pages of pageSize with the total count', () => {
      const ecs = aWorld({ timings: 'instant' });
      const ids = ecs.runInstances({
        regionId: REGION,
        imageId: 'aliyun_3_x64_20G_alibase_20240528.vhd',
        instanceType: 'ecs.c7.large',
        amount: 5,
      }).instanceIdSets.instanceIdSet;
      const page2 = ecs.describeInstanceStatus({ regionId: REGION, pageSize: 2, pageNumber: 2 });
      expect(page2.instanceStatuses.instanceStatus.map((s) => s.instanceId)).toEqual(
        ids.slice(2, 4),
      );
      expect(page2).toMatchObject({ totalCount: 5, pageNumber: 2, pageSize: 2 });
    });
  });

  describe('when a parameter is invalid', () => {
    it.each<[string, DescribeInstanceStatusRequest]>([
      ['pageSize 51', { pageSize: 51 }],
      ['pageNumber 0', { pageNumber: 0 }],
      ['101 instance ids', { instanceId: Array.from({ length: 101 }, (_, i) => `i-${i}`) }],
    ])('returns InvalidParameter for %s', (_what, request) => {
      const ecs = aWorld();
      expectRefused(
        ecs,
        () => ecs.describeInstanceStatus({ regionId: REGION, ...request }),
        'InvalidParameter',
      );
    });

    it('returns UnsupportedParameter for token paging, which the operation does not have, with strictParameters', () => {
      const ecs = aWorld({ strictParameters: true });
      const request = { regionId: REGION, maxResults: 10 };
      const error = expectRefused(
        ecs,
        () => ecs.describeInstanceStatus(request),
        'UnsupportedParameter',
      );
      expect(error.data.Message).toContain('MaxResults');
    });

    it('returns MissingParameter without a region', () => {
      const ecs = aWorld();
      expectRefused(ecs, () => ecs.describeInstanceStatus({}), 'MissingParameter');
    });

    it('returns InvalidRegionId.NotFound for an unknown region', () => {
      const ecs = aWorld();
      expectRefused(
        ecs,
        () => ecs.describeInstanceStatus({ regionId: 'cn-nowhere' }),
        'InvalidRegionId.NotFound',
      );
    });
  });
});
