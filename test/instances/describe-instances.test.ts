import { describe, expect, it } from 'vitest';
import type { DescribeInstancesRequest, Ecs } from '../../src/index.js';
import { expectRefused } from '../fixtures/ecs-errors.js';
import { must } from '../fixtures/must.js';
import { anInstance, aWorld, LINUX_IMAGE, REGION } from '../fixtures/world.js';

/** Five instances in cn-hangzhou (zones h, h, i, h, i), the second one Stopped, and one in cn-shanghai. */
function aFleet() {
  const ecs = aWorld({ timings: 'instant' });
  const ids = [
    anInstance(ecs, {
      instanceName: 'web-1',
      tag: [
        { key: 'app', value: 'web' },
        { key: 'env', value: 'prod' },
      ],
    }),
    anInstance(ecs, {
      instanceName: 'web-2',
      tag: [
        { key: 'app', value: 'web' },
        { key: 'env', value: 'test' },
      ],
    }),
    anInstance(ecs, {
      instanceName: 'db-1',
      zoneId: 'cn-hangzhou-i',
      tag: [{ key: 'app', value: 'db' }],
    }),
    anInstance(ecs, { instanceName: 'web-3', tag: [{ key: 'app', value: 'web' }] }),
    anInstance(ecs, { instanceName: 'batch', zoneId: 'cn-hangzhou-i' }),
  ];
  ecs.stopInstance({ instanceId: must(ids[1]) });
  const shanghai = anInstance(ecs, { regionId: 'cn-shanghai', instanceName: 'web-1' });
  return { ecs, ids, shanghai };
}

function idsOf(ecs: Ecs, request: DescribeInstancesRequest): string[] {
  return ecs
    .describeInstances({ regionId: REGION, ...request })
    .instances.instance.map((i) => i.instanceId);
}

/** Follows nextToken from the first page to the last and returns every id served, in order. */
function walk(
  ecs: Ecs,
  request: DescribeInstancesRequest,
  between?: (page: number) => void,
): { ids: string[]; pages: number } {
  const ids: string[] = [];
  let nextToken: string | undefined;
  let pages = 0;
  do {
    const body = ecs.describeInstances({
      regionId: REGION,
      ...request,
      ...(nextToken ? { nextToken } : {}),
    });
    ids.push(...body.instances.instance.map((i) => i.instanceId));
    nextToken = body.nextToken;
    pages++;
    between?.(pages);
    if (pages > 100) throw new Error('nextToken never ran out');
  } while (nextToken);
  return { ids, pages };
}

describe('describeInstances', () => {
  describe('when only the region is given', () => {
    it('lists the region instances in creation order with page fields', () => {
      const { ecs, ids } = aFleet();
      const body = ecs.describeInstances({ regionId: REGION });
      expect(body.instances.instance.map((i) => i.instanceId)).toEqual(ids);
      expect(body).toMatchObject({ totalCount: 5, pageNumber: 1, pageSize: 10, nextToken: '' });
    });

    it('renders each instance with the SDK field names', () => {
      const { ecs, ids } = aFleet();
      const [first, stopped] = ecs.describeInstances({ regionId: REGION }).instances.instance;
      expect(first).toMatchObject({
        instanceId: ids[0],
        instanceName: 'web-1',
        description: '',
        regionId: REGION,
        zoneId: 'cn-hangzhou-h',
        status: 'Running',
        instanceType: 'ecs.g7.large',
        cpu: 2,
        memory: 8192,
        imageId: LINUX_IMAGE,
        OSName: 'Alibaba Cloud Linux 3.2104 LTS 64 bit',
        OSType: 'linux',
        hostName: ids[0],
        creationTime: '2026-01-01T00:00:00Z',
        startTime: '2026-01-01T00:00:00Z',
        expiredTime: '2099-12-31T15:59Z',
        instanceChargeType: 'PostPaid',
        stoppedMode: 'Not-applicable',
        tags: {
          tag: [
            { tagKey: 'app', tagValue: 'web' },
            { tagKey: 'env', tagValue: 'prod' },
          ],
        },
        operationLocks: { lockReason: [] },
        OSNameEn: 'Alibaba Cloud Linux 3.2104 LTS 64 bit',
        instanceTypeFamily: 'ecs.g7',
        cpuOptions: expect.objectContaining({ coreCount: 1, threadsPerCore: 2 }),
        deletionProtection: false,
        resourceGroupId: '',
        internetChargeType: 'PayByTraffic',
        internetMaxBandwidthOut: 0,
        spotStrategy: 'NoSpot',
        instanceNetworkType: 'vpc',
        vpcAttributes: {
          vpcId: expect.stringMatching(/^vpc-/),
          vSwitchId: expect.stringMatching(/^vsw-/),
          privateIpAddress: { ipAddress: ['172.16.0.1'] },
          natIpAddress: '',
        },
        networkInterfaces: {
          networkInterface: [
            {
              ipv4PrefixSets: { ipv4PrefixSet: [] },
              ipv6PrefixSets: { ipv6PrefixSet: [] },
              ipv6Sets: { ipv6Set: [] },
              networkInterfaceId: expect.stringMatching(/^eni-/),
              type: 'Primary',
              macAddress: expect.stringMatching(/^00:16:3e:/),
              primaryIpAddress: '172.16.0.1',
              privateIpSets: {
                privateIpSet: [
                  { privateIpAddress: '172.16.0.1', primary: true, privateDnsName: '' },
                ],
              },
            },
          ],
        },
        securityGroupIds: { securityGroupId: [expect.stringMatching(/^sg-/)] },
      });
      expect(stopped).toMatchObject({ status: 'Stopped', stoppedMode: 'KeepCharging' });
    });

    it('shows an empty start time before the first start', () => {
      const ecs = aWorld();
      anInstance(ecs);
      expect(ecs.describeInstances({ regionId: REGION }).instances.instance[0]?.startTime).toBe('');
    });

    it('lists only the instances of that region', () => {
      const { ecs, shanghai } = aFleet();
      expect(
        ecs
          .describeInstances({ regionId: 'cn-shanghai' })
          .instances.instance.map((i) => i.instanceId),
      ).toEqual([shanghai]);
    });
  });

  describe('when filters are given', () => {
    it('filters by instanceIds given as JSON text, ignoring unknown ids', () => {
      const { ecs, ids, shanghai } = aFleet();
      const instanceIds = JSON.stringify([ids[3], 'i-unknown', ids[0], shanghai]);
      expect(idsOf(ecs, { instanceIds })).toEqual([ids[0], ids[3]]);
    });

    it('filters by status', () => {
      const { ecs, ids } = aFleet();
      expect(idsOf(ecs, { status: 'Stopped' })).toEqual([ids[1]]);
      expect(idsOf(ecs, { status: 'Pending' })).toEqual([]);
    });

    it('filters by zone', () => {
      const { ecs, ids } = aFleet();
      expect(idsOf(ecs, { zoneId: 'cn-hangzhou-i' })).toEqual([ids[2], ids[4]]);
    });

    it('filters by exact instance name', () => {
      const { ecs, ids } = aFleet();
      expect(idsOf(ecs, { instanceName: 'web-1' })).toEqual([ids[0]]);
      expect(idsOf(ecs, { instanceName: 'web' })).toEqual([]);
    });

    it('filters by tag key and value, a key alone matching any value', () => {
      const { ecs, ids } = aFleet();
      expect(idsOf(ecs, { tag: [{ key: 'app', value: 'web' }] })).toEqual([ids[0], ids[1], ids[3]]);
      expect(idsOf(ecs, { tag: [{ key: 'env' }] })).toEqual([ids[0], ids[1]]);
      expect(
        idsOf(ecs, {
          tag: [
            { key: 'app', value: 'web' },
            { key: 'env', value: 'test' },
          ],
        }),
      ).toEqual([ids[1]]);
    });

    it('combines every filter', () => {
      const { ecs, ids } = aFleet();
      const request = {
        status: 'Running',
        zoneId: 'cn-hangzhou-h',
        tag: [{ key: 'app', value: 'web' }],
      };
      const body = ecs.describeInstances({ regionId: REGION, ...request });
      expect(body.instances.instance.map((i) => i.instanceId)).toEqual([ids[0], ids[3]]);
      expect(body.totalCount).toBe(2);
    });
  });

  describe('when paging by page number', () => {
    it('serves each page and the total count', () => {
      const { ecs, ids } = aFleet();
      const page = (pageNumber: number) =>
        ecs.describeInstances({ regionId: REGION, pageSize: 2, pageNumber });
      expect(page(1).instances.instance.map((i) => i.instanceId)).toEqual(ids.slice(0, 2));
      expect(page(2).instances.instance.map((i) => i.instanceId)).toEqual(ids.slice(2, 4));
      expect(page(3)).toMatchObject({ totalCount: 5, pageNumber: 3, pageSize: 2 });
      expect(page(3).instances.instance.map((i) => i.instanceId)).toEqual(ids.slice(4));
      expect(page(4).instances.instance).toEqual([]);
    });

    it('pages filtered results too', () => {
      const { ecs, ids } = aFleet();
      const body = ecs.describeInstances({
        regionId: REGION,
        tag: [{ key: 'app' }],
        pageSize: 3,
        pageNumber: 2,
      });
      expect(body.instances.instance.map((i) => i.instanceId)).toEqual([ids[3]]);
      expect(body.totalCount).toBe(4);
    });
  });

  describe('when walking nextToken', () => {
    it('serves every instance exactly once and ends with an empty token', () => {
      const { ecs, ids } = aFleet();
      const result = walk(ecs, { maxResults: 2 });
      expect(result).toEqual({ ids, pages: 3 });
    });

    it('serves every match of a filter exactly once', () => {
      const { ecs, ids } = aFleet();
      expect(walk(ecs, { maxResults: 1, tag: [{ key: 'app' }] }).ids).toEqual(ids.slice(0, 4));
      expect(walk(ecs, { maxResults: 1, status: 'Running' }).ids).toEqual([
        ids[0],
        ids[2],
        ids[3],
        ids[4],
      ]);
      expect(
        walk(ecs, { maxResults: 1, instanceIds: JSON.stringify([ids[4], ids[1]]) }).ids,
      ).toEqual([ids[1], ids[4]]);
    });

    it('returns an empty token when the page is exactly the last one', () => {
      const { ecs } = aFleet();
      expect(ecs.describeInstances({ regionId: REGION, maxResults: 5 }).nextToken).toBe('');
      expect(ecs.describeInstances({ regionId: REGION, maxResults: 4 }).nextToken).not.toBe('');
    });

    it('keeps its place when the last instance served is deleted and another is created', () => {
      const { ecs, ids } = aFleet();
      let created = '';
      const result = walk(ecs, { maxResults: 2 }, (page) => {
        if (page !== 1) return;
        ecs.deleteInstance({ instanceId: must(ids[1]) });
        created = anInstance(ecs);
      });
      expect(result.ids).toEqual([...ids, created]);
    });
  });

  describe('when a parameter is invalid', () => {
    it.each<[string, DescribeInstancesRequest]>([
      ['a malformed nextToken', { nextToken: 'not-a-token' }],
      ['a nextToken of another format', { nextToken: 'fe!!' }],
      ['maxResults 0', { maxResults: 0 }],
      ['maxResults 101', { maxResults: 101 }],
      ['pageSize 101', { pageSize: 101 }],
      ['pageNumber 0', { pageNumber: 0 }],
    ])('returns InvalidParameter for %s', (_what, request) => {
      const { ecs } = aFleet();
      expectRefused(
        ecs,
        () => ecs.describeInstances({ regionId: REGION, ...request }),
        'InvalidParameter',
        400,
      );
    });

    it.each<[string, DescribeInstancesRequest]>([
      ['instanceIds that are not JSON', { instanceIds: 'i-1,i-2' }],
      ['instanceIds that are not a list of strings', { instanceIds: '[1, 2]' }],
      [
        '101 instanceIds',
        { instanceIds: JSON.stringify(Array.from({ length: 101 }, (_, i) => `i-${i}`)) },
      ],
    ])('returns InvalidInstanceIds.Malformed for %s', (_what, request) => {
      const { ecs } = aFleet();
      expectRefused(
        ecs,
        () => ecs.describeInstances({ regionId: REGION, ...request }),
        'InvalidInstanceIds.Malformed',
        400,
      );
    });

    it('returns InvalidStatus.NotFound for an unknown status', () => {
      const { ecs } = aFleet();
      expectRefused(
        ecs,
        () => ecs.describeInstances({ regionId: REGION, status: 'Broken' }),
        'InvalidStatus.NotFound',
        404,
      );
    });

    it('returns InvalidTagKey.Malformed for a malformed tag filter', () => {
      const { ecs } = aFleet();
      expectRefused(
        ecs,
        () => ecs.describeInstances({ regionId: REGION, tag: [{ key: 'aliyun:x' }] }),
        'InvalidTagKey.Malformed',
      );
    });

    it('returns MissingParameter without a region', () => {
      const { ecs } = aFleet();
      expectRefused(ecs, () => ecs.describeInstances({}), 'MissingParameter');
    });

    it('returns InvalidRegionId.NotFound for an unknown region', () => {
      const { ecs } = aFleet();
      expectRefused(
        ecs,
        () => ecs.describeInstances({ regionId: 'eu-nowhere-1' }),
        'InvalidRegionId.NotFound',
        404,
      );
    });
  });

  describe('when dryRun is true', () => {
    it('returns DryRunOperation', () => {
      const { ecs } = aFleet();
      expectRefused(
        ecs,
        () => ecs.describeInstances({ regionId: REGION, dryRun: true }),
        'DryRunOperation',
      );
    });
  });

  describe('when nothing changes between two calls', () => {
    it('leaves the state the same object', () => {
      const { ecs } = aFleet();
      const before = ecs.state;
      ecs.describeInstances({ regionId: REGION });
      expect(ecs.state).toBe(before);
    });
  });
});
