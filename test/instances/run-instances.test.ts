import { describe, expect, it } from 'vitest';
import type { EcsErrorCode, RunInstancesRequest } from '../../src/index.js';
import { expectRefused } from '../fixtures/ecs-errors.js';
import { must } from '../fixtures/must.js';
import {
  aRunRequest,
  aWorld,
  dataDiskOf,
  disksOf,
  INSTANCE_TYPE,
  instanceIn,
  LINUX_IMAGE,
  REGION,
  statusOf,
  T0,
  WINDOWS_IMAGE,
} from '../fixtures/world.js';

function run(request: RunInstancesRequest, ecs = aWorld()) {
  return { ecs, ids: ecs.runInstances(request).instanceIdSets.instanceIdSet };
}

describe('runInstances', () => {
  describe('when only the required parameters are given', () => {
    it('returns one instance id and a request id', () => {
      const ecs = aWorld();
      const body = ecs.runInstances(aRunRequest());
      expect(body.instanceIdSets.instanceIdSet).toHaveLength(1);
      expect(body.instanceIdSets.instanceIdSet[0]).toMatch(/^i-[0-9a-z]{20}$/);
      expect(body.requestId).toMatch(
        /^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/,
      );
    });

    it('creates a Pending instance in the region first zone, named after its id', () => {
      const { ecs, ids } = run(aRunRequest());
      const id = must(ids[0]);
      expect(instanceIn(ecs, id)).toMatchObject({
        instanceId: id,
        regionId: REGION,
        zoneId: 'cn-hangzhou-h',
        instanceName: id,
        description: '',
        instanceType: INSTANCE_TYPE,
        cpu: 2,
        memory: 8192,
        imageId: LINUX_IMAGE,
        osType: 'linux',
        status: 'Pending',
        creationTime: T0,
        startTime: null,
        tags: [],
      });
    });

    it('creates a 40 GiB cloud_essd PL1 system disk on /dev/xvda for a 20 GiB image', () => {
      const { ecs, ids } = run(aRunRequest());
      const id = must(ids[0]);
      const disks = disksOf(ecs, id);
      expect(disks).toHaveLength(1);
      expect(disks[0]).toMatchObject({
        type: 'system',
        category: 'cloud_essd',
        performanceLevel: 'PL1',
        size: 40,
        device: '/dev/xvda',
        instanceId: id,
        imageId: LINUX_IMAGE,
        deleteWithInstance: true,
        zoneId: 'cn-hangzhou-h',
      });
      expect(instanceIn(ecs, id).systemDiskId).toBe(disks[0]?.diskId);
    });

    it('creates a 40 GiB system disk for the 40 GiB Windows image', () => {
      const { ecs, ids } = run(aRunRequest({ imageId: WINDOWS_IMAGE }));
      expect(disksOf(ecs, must(ids[0]))[0]?.size).toBe(40);
      expect(instanceIn(ecs, must(ids[0])).osType).toBe('windows');
    });

    it('gives cn-shanghai instances ids of that region', () => {
      const { ids } = run(aRunRequest({ regionId: 'cn-shanghai' }));
      expect(ids[0]).toMatch(/^i-uf[0-9a-z]{18}$/);
    });
  });

  describe('when the clock advances with realistic timings', () => {
    it('walks the instance Pending (10 s) -> Starting (20 s) -> Running', () => {
      const { ecs, ids } = run(aRunRequest());
      const id = must(ids[0]);
      ecs.clock.advance(9_999);
      expect(statusOf(ecs, id)).toBe('Pending');
      ecs.clock.advance(1);
      expect(statusOf(ecs, id)).toBe('Starting');
      ecs.clock.advance(19_999);
      expect(statusOf(ecs, id)).toBe('Starting');
      ecs.clock.advance(1);
      expect(instanceIn(ecs, id)).toMatchObject({
        status: 'Running',
        startTime: '2026-01-01T00:00:30Z',
      });
    });

    it('moves every disk Creating -> In_use after 10 s', () => {
      const { ecs, ids } = run(aRunRequest({ dataDisk: [{ size: 100 }] }));
      const id = must(ids[0]);
      expect(disksOf(ecs, id).map((d) => d.status)).toEqual(['Creating', 'Creating']);
      ecs.clock.advance('PT10S');
      expect(disksOf(ecs, id).map((d) => d.status)).toEqual(['In_use', 'In_use']);
      expect(
        disksOf(ecs, id).every((d) => d.everAttached && d.attachedTime === '2026-01-01T00:00:10Z'),
      ).toBe(true);
    });
  });

  describe('when amount is 3', () => {
    it('creates three distinct instances, each with its own system disk', () => {
      const { ecs, ids } = run(aRunRequest({ amount: 3 }));
      expect(new Set(ids).size).toBe(3);
      const systemDisks = ids.map((id) => disksOf(ecs, id).map((d) => d.diskId));
      expect(systemDisks.every((d) => d.length === 1)).toBe(true);
      expect(new Set(systemDisks.flat()).size).toBe(3);
    });
  });

  describe('when the amount is given as a numeric string', () => {
    it('accepts it as the SDK wire format does', () => {
      const request = { ...aRunRequest(), amount: '2' };
      const ecs = aWorld();
      expect(
        ecs.runInstances(request as unknown as RunInstancesRequest).instanceIdSets.instanceIdSet,
      ).toHaveLength(2);
    });
  });

  describe('when data disks are given', () => {
    it('creates them attached on /dev/xvdb, /dev/xvdc, ... and In_use once created', () => {
      const { ecs, ids } = run(
        aRunRequest({
          dataDisk: [
            { size: 100 },
            { size: 20, category: 'cloud_efficiency' },
            { size: 50, performanceLevel: 'PL0' },
          ],
        }),
      );
      const id = must(ids[0]);
      ecs.clock.settle();
      const data = disksOf(ecs, id).filter((d) => d.type === 'data');
      expect(
        data.map((d) => [d.device, d.category, d.performanceLevel, d.size, d.status, d.instanceId]),
      ).toEqual([
        ['/dev/xvdb', 'cloud_essd', 'PL1', 100, 'In_use', id],
        ['/dev/xvdc', 'cloud_efficiency', null, 20, 'In_use', id],
        ['/dev/xvdd', 'cloud_essd', 'PL0', 50, 'In_use', id],
      ]);
    });

    it('deletes them with the instance unless deleteWithInstance is false', () => {
      const { ecs, ids } = run(
        aRunRequest({ dataDisk: [{ size: 100 }, { size: 100, deleteWithInstance: false }] }),
      );
      const id = must(ids[0]);
      expect(dataDiskOf(ecs, id, 1).deleteWithInstance).toBe(true);
      expect(dataDiskOf(ecs, id, 2).deleteWithInstance).toBe(false);
    });

    it('keeps their names and descriptions', () => {
      const { ecs, ids } = run(
        aRunRequest({ dataDisk: [{ size: 100, diskName: 'data01', description: 'logs volume' }] }),
      );
      expect(dataDiskOf(ecs, must(ids[0]))).toMatchObject({
        diskName: 'data01',
        description: 'logs volume',
      });
    });

    it('starts them empty while the system disk holds the image', () => {
      const { ecs, ids } = run(aRunRequest({ dataDisk: [{ size: 100 }] }));
      const [system, data] = disksOf(ecs, must(ids[0]));
      expect(must(system).content.size).toBeGreaterThan(0);
      expect(must(data).content.size).toBe(0);
    });
  });

  describe('when the system disk is specified', () => {
    it('uses the given category and size (numeric strings accepted)', () => {
      const { ecs, ids } = run(
        aRunRequest({ systemDisk: { category: 'cloud_ssd', size: '60', diskName: 'root' } }),
      );
      expect(disksOf(ecs, must(ids[0]))[0]).toMatchObject({
        category: 'cloud_ssd',
        size: 60,
        performanceLevel: null,
        diskName: 'root',
      });
    });

    it('accepts a size equal to the image size', () => {
      const { ecs, ids } = run(aRunRequest({ systemDisk: { size: 20 } }));
      expect(disksOf(ecs, must(ids[0]))[0]?.size).toBe(20);
    });
  });

  describe('when a name, description and tags are given', () => {
    it('stores them on the instance', () => {
      const { ecs, ids } = run(
        aRunRequest({
          instanceName: 'web-01',
          description: 'front end',
          tag: [{ key: 'env', value: 'test' }, { key: 'team' }],
        }),
      );
      expect(instanceIn(ecs, must(ids[0]))).toMatchObject({
        instanceName: 'web-01',
        description: 'front end',
        tags: [
          { key: 'env', value: 'test' },
          { key: 'team', value: '' },
        ],
      });
    });
  });

  describe('when a required parameter is missing', () => {
    it.each(['regionId', 'imageId', 'instanceType'] as const)(
      'returns MissingParameter naming %s',
      (field) => {
        const ecs = aWorld();
        const request = aRunRequest({ [field]: undefined });
        const error = expectRefused(ecs, () => ecs.runInstances(request), 'MissingParameter');
        expect(error.data.Message).toContain(`${field.charAt(0).toUpperCase()}${field.slice(1)}`);
      },
    );
  });

  describe('when a parameter names nothing that exists', () => {
    it.each<[string, RunInstancesRequest, EcsErrorCode]>([
      ['an unknown region', { regionId: 'cn-nowhere' }, 'InvalidRegionId.NotFound'],
      ['a zone of another region', { zoneId: 'cn-shanghai-e' }, 'InvalidZoneId.NotFound'],
      ['an unknown image', { imageId: 'centos_5_x64.vhd' }, 'InvalidImageId.NotFound'],
      [
        'an unknown instance type',
        { instanceType: 'ecs.x99.huge' },
        'InvalidInstanceType.ValueNotSupported',
      ],
    ])('refuses %s', (_what, overrides, code) => {
      const ecs = aWorld();
      expectRefused(ecs, () => ecs.runInstances(aRunRequest(overrides)), code);
    });
  });

  describe('when a value is malformed or out of range', () => {
    it.each<[string, RunInstancesRequest, EcsErrorCode]>([
      ['a one-letter name', { instanceName: 'a' }, 'InvalidInstanceName.Malformed'],
      ['a name starting with a digit', { instanceName: '1web' }, 'InvalidInstanceName.Malformed'],
      [
        'a 129-character name',
        { instanceName: `a${'b'.repeat(128)}` },
        'InvalidInstanceName.Malformed',
      ],
      ['a one-character description', { description: 'x' }, 'InvalidDescription.Malformed'],
      [
        'a description that is a URL',
        { description: 'https://example.com' },
        'InvalidDescription.Malformed',
      ],
      [
        'an unknown system disk category',
        { systemDisk: { category: 'cloud_ultra' } },
        'InvalidSystemDiskCategory.ValueNotSupported',
      ],
      [
        'a system disk smaller than the image',
        { systemDisk: { size: 19 } },
        'InvalidSystemDiskSize.LessThanImageSize',
      ],
      [
        'a 30 GiB system disk for the 40 GiB Windows image',
        { imageId: WINDOWS_IMAGE, systemDisk: { size: 30 } },
        'InvalidSystemDiskSize.LessThanImageSize',
      ],
      [
        'a system disk above 2048 GiB',
        { systemDisk: { size: 2049 } },
        'InvalidSystemDiskSize.ValueNotSupported',
      ],
      [
        'a basic system disk above 500 GiB',
        { systemDisk: { category: 'cloud', size: 501 } },
        'InvalidSystemDiskSize.ValueNotSupported',
      ],
      [
        'an unknown data disk category',
        { dataDisk: [{ size: 100, category: 'floppy' }] },
        'InvalidDataDiskCategory.ValueNotSupported',
      ],
      [
        'a PL1 data disk under 20 GiB',
        { dataDisk: [{ size: 19 }] },
        'InvalidDataDiskSize.ValueNotSupported',
      ],
      [
        'a data disk above 65536 GiB',
        { dataDisk: [{ size: 65537 }] },
        'InvalidDataDiskSize.ValueNotSupported',
      ],
      [
        'a PL2 data disk under 461 GiB',
        { dataDisk: [{ size: 460, performanceLevel: 'PL2' }] },
        'InvalidDataDiskSize.ValueNotSupported',
      ],
      ['a data disk without size', { dataDisk: [{ category: 'cloud_essd' }] }, 'MissingParameter'],
      ['an amount of 0', { amount: 0 }, 'InvalidParameter'],
      ['an amount of 101', { amount: 101 }, 'InvalidParameter'],
      ['a fractional amount', { amount: 1.5 }, 'InvalidParameter'],
      [
        '17 data disks',
        { dataDisk: Array.from({ length: 17 }, () => ({ size: 20 })) },
        'InvalidParameter',
      ],
      [
        'an unknown performance level',
        { dataDisk: [{ size: 100, performanceLevel: 'PL9' }] },
        'InvalidParameter',
      ],
      [
        'a performance level on a non-ESSD disk',
        { dataDisk: [{ size: 100, category: 'cloud_ssd', performanceLevel: 'PL1' }] },
        'InvalidParameter',
      ],
    ])('refuses %s', (_what, overrides, code) => {
      const ecs = aWorld();
      expectRefused(ecs, () => ecs.runInstances(aRunRequest(overrides)), code);
    });

    it('names the data disk whose size is missing', () => {
      const ecs = aWorld();
      const error = expectRefused(
        ecs,
        () => ecs.runInstances(aRunRequest({ dataDisk: [{ size: 20 }, {}] })),
        'MissingParameter',
      );
      expect(error.data.Message).toContain('DataDisk.2.Size');
    });
  });

  describe('when more data disks are asked for than the quota allows', () => {
    it('returns InstanceDiskLimitExceeded', () => {
      const ecs = aWorld({ quotas: { dataDisksPerInstance: 2 } });
      const dataDisk = [{ size: 20 }, { size: 20 }, { size: 20 }];
      expectRefused(
        ecs,
        () => ecs.runInstances(aRunRequest({ dataDisk })),
        'InstanceDiskLimitExceeded',
        403,
      );
    });

    it('accepts exactly the quota', () => {
      const ecs = aWorld({ quotas: { dataDisksPerInstance: 2 } });
      const id = must(
        ecs.runInstances(aRunRequest({ dataDisk: [{ size: 20 }, { size: 20 }] })).instanceIdSets
          .instanceIdSet[0],
      );
      expect(disksOf(ecs, id)).toHaveLength(3);
    });
  });

  describe('when tags are invalid', () => {
    it.each<[string, RunInstancesRequest['tag'], EcsErrorCode]>([
      ['an empty key', [{ key: '' }], 'InvalidTagKey.Malformed'],
      [
        'a key starting with aliyun',
        [{ key: 'aliyun-owner', value: 'x' }],
        'InvalidTagKey.Malformed',
      ],
      ['a key starting with acs:', [{ key: 'acs:owner', value: 'x' }], 'InvalidTagKey.Malformed'],
      ['a 129-character key', [{ key: 'k'.repeat(129) }], 'InvalidTagKey.Malformed'],
      [
        'a value containing a URL',
        [{ key: 'site', value: 'see http://example.com' }],
        'InvalidTagValue.Malformed',
      ],
      [
        'a 129-character value',
        [{ key: 'k', value: 'v'.repeat(129) }],
        'InvalidTagValue.Malformed',
      ],
      [
        'a duplicate key',
        [
          { key: 'env', value: 'a' },
          { key: 'env', value: 'b' },
        ],
        'Duplicate.TagKey',
      ],
      [
        '21 tags',
        Array.from({ length: 21 }, (_, i) => ({ key: `k${i}`, value: 'v' })),
        'InvalidTagCount',
      ],
    ])('refuses %s', (_what, tag, code) => {
      const ecs = aWorld();
      expectRefused(ecs, () => ecs.runInstances(aRunRequest({ tag })), code, 400);
    });
  });

  describe('when a parameter fake-ecs does not model is set', () => {
    it('returns UnsupportedParameter naming a top-level field with strictParameters', () => {
      const ecs = aWorld({ strictParameters: true });
      const request = { ...aRunRequest(), password: 'Secret-123' } as RunInstancesRequest;
      const error = expectRefused(
        ecs,
        () => ecs.runInstances(request),
        'UnsupportedParameter',
        400,
      );
      expect(error.data.Message).toContain('Password');
    });

    it('returns UnsupportedParameter naming a data disk field with strictParameters', () => {
      const ecs = aWorld({ strictParameters: true });
      const dataDisk = [{ size: 20 }, { size: 40, burstingEnabled: true }];
      const error = expectRefused(
        ecs,
        () => ecs.runInstances(aRunRequest({ dataDisk } as RunInstancesRequest)),
        'UnsupportedParameter',
      );
      expect(error.data.Message).toContain('DataDisk.2.BurstingEnabled');
    });

    it('ignores fields set to undefined or null', () => {
      const ecs = aWorld();
      const request = { ...aRunRequest(), hostName: undefined, password: null };
      expect(ecs.runInstances(request).instanceIdSets.instanceIdSet).toHaveLength(1);
    });
  });

  describe('when dryRun is true', () => {
    it('returns DryRunOperation and leaves the state untouched', () => {
      const ecs = aWorld();
      expectRefused(
        ecs,
        () => ecs.runInstances(aRunRequest({ dryRun: true, dataDisk: [{ size: 20 }] })),
        'DryRunOperation',
        400,
      );
      expect(ecs.state.instances.nextSeq).toBe(1);
      expect(ecs.state.ids.counter).toBe(0);
    });

    it('returns the validation error instead when the request is invalid', () => {
      const ecs = aWorld();
      expectRefused(
        ecs,
        () => ecs.runInstances(aRunRequest({ dryRun: true, imageId: 'nope' })),
        'InvalidImageId.NotFound',
      );
    });

    it('creates the instance when dryRun is the string false', () => {
      const ecs = aWorld();
      const request = { ...aRunRequest(), dryRun: 'false' };
      expect(
        ecs.runInstances(request as unknown as RunInstancesRequest).instanceIdSets.instanceIdSet,
      ).toHaveLength(1);
    });
  });

  describe('when a clientToken is reused', () => {
    it('returns the same instance ids with a new request id and creates nothing', () => {
      const ecs = aWorld();
      const first = ecs.runInstances(aRunRequest({ clientToken: 'token-1', amount: 2 }));
      ecs.clock.advance('PT1M');
      const before = ecs.state;
      const again = ecs.runInstances(aRunRequest({ clientToken: 'token-1', amount: 2 }));
      expect(again.instanceIdSets).toEqual(first.instanceIdSets);
      expect(again.requestId).not.toBe(first.requestId);
      expect(ecs.state).toBe(before);
    });

    it('answers a dry run with DryRunOperation instead of replaying the first response', () => {
      const ecs = aWorld();
      ecs.runInstances(aRunRequest({ clientToken: 'token-1' }));
      expectRefused(
        ecs,
        () => ecs.runInstances(aRunRequest({ clientToken: 'token-1', dryRun: true })),
        'DryRunOperation',
        400,
      );
    });

    it('returns IdempotentParameterMismatch when the parameters differ', () => {
      const ecs = aWorld();
      ecs.runInstances(aRunRequest({ clientToken: 'token-1' }));
      expectRefused(
        ecs,
        () => ecs.runInstances(aRunRequest({ clientToken: 'token-1', instanceName: 'other' })),
        'IdempotentParameterMismatch',
        403,
      );
    });

    it('treats the same parameters in another key order as the same request', () => {
      const ecs = aWorld();
      const first = ecs.runInstances(
        aRunRequest({ clientToken: 't', systemDisk: { category: 'cloud_ssd', size: 50 } }),
      );
      const again = ecs.runInstances({
        systemDisk: { size: 50, category: 'cloud_ssd' },
        clientToken: 't',
        ...aRunRequest(),
      });
      expect(again.instanceIdSets).toEqual(first.instanceIdSets);
    });

    it('creates new instances for a different token', () => {
      const ecs = aWorld();
      const first = ecs.runInstances(aRunRequest({ clientToken: 'a' }));
      const second = ecs.runInstances(aRunRequest({ clientToken: 'b' }));
      expect(second.instanceIdSets.instanceIdSet).not.toEqual(first.instanceIdSets.instanceIdSet);
    });

    it('does not remember a token whose call was refused', () => {
      const ecs = aWorld();
      expectRefused(
        ecs,
        () => ecs.runInstances(aRunRequest({ clientToken: 'c', imageId: 'nope' })),
        'InvalidImageId.NotFound',
      );
      expect(
        ecs.runInstances(aRunRequest({ clientToken: 'c' })).instanceIdSets.instanceIdSet,
      ).toHaveLength(1);
    });
  });
});
