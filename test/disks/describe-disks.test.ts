import { describe, expect, it } from 'vitest';
import type { Ecs } from '../../src/index.js';
import {
  anAvailableDisk,
  aRunningInstance,
  aWorld,
  expectRefusal,
  REGION,
  systemDiskOf,
  ZONE,
} from './helpers.js';

interface Fixture {
  readonly ecs: Ecs;
  readonly instanceId: string;
  readonly systemDisk: string;
  readonly bootDataDisk: string;
  readonly alpha: string;
  readonly beta: string;
  readonly gamma: string;
  readonly creating: string;
  readonly shanghai: string;
}

/** A small world: one instance with a data disk, three loose disks, one Creating, one in Shanghai. */
function aFixture(): Fixture {
  const ecs = aWorld({ timings: { diskCreate: 60 } });
  const instanceId = aRunningInstance(ecs, {
    dataDisk: [{ category: 'cloud_essd', size: 20, deleteWithInstance: true }],
  });
  const alpha = anAvailableDisk(ecs, { diskName: 'alpha', tag: [{ key: 'env', value: 'prod' }] });
  const beta = anAvailableDisk(ecs, {
    zoneId: 'cn-hangzhou-i',
    diskCategory: 'cloud_ssd',
    size: 100,
    tag: [{ key: 'env', value: 'dev' }],
  });
  const gamma = anAvailableDisk(ecs, { diskCategory: 'cloud_essd', size: 50 });
  ecs.attachDisk({ instanceId, diskId: gamma });
  ecs.modifyDiskAttribute({ diskId: gamma, deleteAutoSnapshot: false, enableAutoSnapshot: false });
  const shanghai = anAvailableDisk(ecs, { regionId: 'cn-shanghai', zoneId: 'cn-shanghai-e' });
  ecs.clock.settle();
  const { diskId: creating } = ecs.createDisk({ regionId: REGION, zoneId: ZONE, size: 40 });
  const systemDisk = systemDiskOf(ecs, instanceId);
  const bootDataDisk =
    ecs.describeDisks({ regionId: REGION, instanceId, diskType: 'data' }).disks.disk[0]?.diskId ??
    '';
  return { ecs, instanceId, systemDisk, bootDataDisk, alpha, beta, gamma, creating, shanghai };
}

function ids(ecs: Ecs, request: Parameters<Ecs['describeDisks']>[0]): string[] {
  return ecs.describeDisks(request).disks.disk.map((d) => d.diskId);
}

describe('describeDisks', () => {
  describe('when only the region is given', () => {
    it('lists the region disks in creation order with the total count', () => {
      const f = aFixture();
      const body = f.ecs.describeDisks({ regionId: REGION });
      expect(body.disks.disk.map((d) => d.diskId)).toEqual([
        f.systemDisk,
        f.bootDataDisk,
        f.alpha,
        f.beta,
        f.gamma,
        f.creating,
      ]);
      expect(body).toMatchObject({ totalCount: 6, pageNumber: 1, pageSize: 10, nextToken: '' });
      expect(typeof body.requestId).toBe('string');
    });

    it('lists the other region separately', () => {
      const f = aFixture();
      expect(ids(f.ecs, { regionId: 'cn-shanghai' })).toEqual([f.shanghai]);
    });
  });

  describe('when filters are given', () => {
    it('filters by zone', () => {
      const f = aFixture();
      expect(ids(f.ecs, { regionId: REGION, zoneId: 'cn-hangzhou-i' })).toEqual([f.beta]);
      expect(ids(f.ecs, { regionId: REGION, zoneId: 'cn-shanghai-e' })).toEqual([]);
    });

    it('filters by diskIds, ignoring unknown ids and other regions', () => {
      const f = aFixture();
      const diskIds = JSON.stringify([f.gamma, f.alpha, 'd-bpnotthere000000000', f.shanghai]);
      expect(ids(f.ecs, { regionId: REGION, diskIds })).toEqual([f.alpha, f.gamma]);
    });

    it('filters by instance', () => {
      const f = aFixture();
      expect(ids(f.ecs, { regionId: REGION, instanceId: f.instanceId })).toEqual([
        f.systemDisk,
        f.bootDataDisk,
        f.gamma,
      ]);
    });

    it.each([
      ['system', (f: Fixture) => [f.systemDisk]],
      ['data', (f: Fixture) => [f.bootDataDisk, f.alpha, f.beta, f.gamma, f.creating]],
      ['all', (f: Fixture) => [f.systemDisk, f.bootDataDisk, f.alpha, f.beta, f.gamma, f.creating]],
    ])('filters by diskType %s', (diskType, expected) => {
      const f = aFixture();
      expect(ids(f.ecs, { regionId: REGION, diskType })).toEqual(expected(f));
    });

    it('filters by category', () => {
      const f = aFixture();
      expect(ids(f.ecs, { regionId: REGION, category: 'cloud_essd' })).toEqual([
        f.systemDisk,
        f.bootDataDisk,
        f.gamma,
      ]);
      expect(ids(f.ecs, { regionId: REGION, category: 'cloud_ssd' })).toEqual([f.beta]);
      expect(ids(f.ecs, { regionId: REGION, category: 'ephemeral_ssd' })).toEqual([]);
    });

    it('filters by status', () => {
      const f = aFixture();
      expect(ids(f.ecs, { regionId: REGION, status: 'In_use' })).toEqual([
        f.systemDisk,
        f.bootDataDisk,
        f.gamma,
      ]);
      expect(ids(f.ecs, { regionId: REGION, status: 'Available' })).toEqual([f.alpha, f.beta]);
      expect(ids(f.ecs, { regionId: REGION, status: 'Creating' })).toEqual([f.creating]);
      expect(ids(f.ecs, { regionId: REGION, status: 'All' })).toHaveLength(6);
    });

    it('filters by the boolean attributes', () => {
      const f = aFixture();
      expect(ids(f.ecs, { regionId: REGION, portable: false })).toEqual([]);
      expect(ids(f.ecs, { regionId: REGION, deleteWithInstance: true })).toEqual([
        f.systemDisk,
        f.bootDataDisk,
      ]);
      expect(ids(f.ecs, { regionId: REGION, deleteAutoSnapshot: false })).toEqual([f.gamma]);
      expect(ids(f.ecs, { regionId: REGION, enableAutoSnapshot: false })).toEqual([f.gamma]);
    });

    it('filters by name and by tags', () => {
      const f = aFixture();
      expect(ids(f.ecs, { regionId: REGION, diskName: 'alpha' })).toEqual([f.alpha]);
      expect(ids(f.ecs, { regionId: REGION, tag: [{ key: 'env', value: 'dev' }] })).toEqual([
        f.beta,
      ]);
      expect(ids(f.ecs, { regionId: REGION, tag: [{ key: 'env' }] })).toEqual([f.alpha, f.beta]);
    });

    it('ANDs every filter', () => {
      const f = aFixture();
      expect(
        ids(f.ecs, {
          regionId: REGION,
          zoneId: ZONE,
          status: 'In_use',
          diskType: 'data',
          category: 'cloud_essd',
          deleteWithInstance: false,
        }),
      ).toEqual([f.gamma]);
    });
  });

  describe('when a disk is attached', () => {
    it('shows its instance, device and attachment', () => {
      const f = aFixture();
      const [gamma] = f.ecs.describeDisks({ regionId: REGION, diskIds: JSON.stringify([f.gamma]) })
        .disks.disk;
      expect(gamma).toMatchObject({
        instanceId: f.instanceId,
        device: '/dev/xvdc',
        status: 'In_use',
        performanceLevel: 'PL1',
        encrypted: false,
      });
      expect(gamma?.attachments.attachment).toHaveLength(1);
      expect(gamma?.operationLocks).toEqual({ operationLock: [] });
    });
  });

  describe('when paging by page number', () => {
    it('serves each page and the total', () => {
      const ecs = aWorld({ timings: 'instant' });
      const all = Array.from({ length: 25 }, () => anAvailableDisk(ecs));
      expect(ids(ecs, { regionId: REGION })).toEqual(all.slice(0, 10));
      const third = ecs.describeDisks({ regionId: REGION, pageNumber: 3, pageSize: 10 });
      expect(third.disks.disk.map((d) => d.diskId)).toEqual(all.slice(20));
      expect(third).toMatchObject({ totalCount: 25, pageNumber: 3, pageSize: 10 });
      expect(ids(ecs, { regionId: REGION, pageNumber: 2, pageSize: 7 })).toEqual(all.slice(7, 14));
      expect(ids(ecs, { regionId: REGION, pageNumber: 4, pageSize: 10 })).toEqual([]);
    });

    it('pages through filtered results', () => {
      const ecs = aWorld({ timings: 'instant' });
      const named = Array.from({ length: 12 }, (_, i) =>
        anAvailableDisk(ecs, { diskName: i % 2 === 0 ? 'even' : 'odd' }),
      );
      const evens = named.filter((_, i) => i % 2 === 0);
      const second = ecs.describeDisks({
        regionId: REGION,
        diskName: 'even',
        pageNumber: 2,
        pageSize: 4,
      });
      expect(second.disks.disk.map((d) => d.diskId)).toEqual(evens.slice(4));
      expect(second.totalCount).toBe(6);
    });

    it('returns InvalidParameter for a page size above 100', () => {
      const ecs = aWorld();
      expectRefusal(
        ecs,
        () => ecs.describeDisks({ regionId: REGION, pageSize: 101 }),
        'InvalidParameter',
        400,
      );
    });
  });

  describe('when paging by token', () => {
    it('walks every disk once with nextToken', () => {
      const ecs = aWorld({ timings: 'instant' });
      const all = Array.from({ length: 25 }, () => anAvailableDisk(ecs));
      const seen: string[] = [];
      let nextToken: string | undefined;
      let pages = 0;
      do {
        const body = ecs.describeDisks({
          regionId: REGION,
          maxResults: 10,
          ...(nextToken ? { nextToken } : {}),
        });
        seen.push(...body.disks.disk.map((d) => d.diskId));
        expect(body.totalCount).toBe(25);
        nextToken = body.nextToken;
        pages++;
      } while (nextToken);
      expect(pages).toBe(3);
      expect(seen).toEqual(all);
    });

    it('walks a filtered listing with nextToken', () => {
      const ecs = aWorld({ timings: 'instant' });
      const tagged = Array.from({ length: 15 }, (_, i) =>
        anAvailableDisk(ecs, i % 3 === 0 ? { tag: [{ key: 'k', value: 'v' }] } : {}),
      ).filter((_, i) => i % 3 === 0);
      const first = ecs.describeDisks({
        regionId: REGION,
        tag: [{ key: 'k', value: 'v' }],
        maxResults: 10,
      });
      expect(first.disks.disk).toHaveLength(5);
      expect(first.nextToken).toBe('');
      expect(first.disks.disk.map((d) => d.diskId)).toEqual(tagged);
    });

    it.each([9, 501])('returns InvalidParameter for maxResults %i', (maxResults) => {
      const ecs = aWorld();
      expectRefusal(
        ecs,
        () => ecs.describeDisks({ regionId: REGION, maxResults }),
        'InvalidParameter',
        400,
      );
    });

    it('returns InvalidParameter for a token it never issued', () => {
      const ecs = aWorld();
      expectRefusal(
        ecs,
        () => ecs.describeDisks({ regionId: REGION, nextToken: 'AAAAAdDWBF2' }),
        'InvalidParameter',
        400,
      );
    });
  });

  describe('when a filter value is invalid', () => {
    it.each([
      'd-1',
      '["d-1",',
      '{"a":1}',
      '[1,2]',
      JSON.stringify(Array.from({ length: 101 }, (_, i) => `d-${i}`)),
    ])('returns InvalidDiskIds.Malformed with HTTP 403 for %s', (diskIds) => {
      const ecs = aWorld();
      expectRefusal(
        ecs,
        () => ecs.describeDisks({ regionId: REGION, diskIds: diskIds.slice(0, 5000) }),
        'InvalidDiskIds.Malformed',
        403,
      );
    });

    it('returns InvalidDiskType.ValueNotSupported', () => {
      const ecs = aWorld();
      expectRefusal(
        ecs,
        () => ecs.describeDisks({ regionId: REGION, diskType: 'boot' }),
        'InvalidDiskType.ValueNotSupported',
        400,
      );
    });

    it('returns InvalidCategory.ValueNotSupported', () => {
      const ecs = aWorld();
      expectRefusal(
        ecs,
        () => ecs.describeDisks({ regionId: REGION, category: 'floppy' }),
        'InvalidCategory.ValueNotSupported',
        400,
      );
    });

    it('returns InvalidStatus.ValueNotSupported', () => {
      const ecs = aWorld();
      expectRefusal(
        ecs,
        () => ecs.describeDisks({ regionId: REGION, status: 'Deleted' }),
        'InvalidStatus.ValueNotSupported',
        400,
      );
    });

    it('returns InvalidTagKey.Malformed for a malformed tag filter', () => {
      const ecs = aWorld();
      expectRefusal(
        ecs,
        () => ecs.describeDisks({ regionId: REGION, tag: [{ key: '' }] }),
        'InvalidTagKey.Malformed',
        400,
      );
    });
  });

  describe('when the region is missing or unknown', () => {
    it('returns MissingParameter', () => {
      const ecs = aWorld();
      expectRefusal(ecs, () => ecs.describeDisks({}), 'MissingParameter', 400);
    });

    it('returns InvalidRegionId.NotFound', () => {
      const ecs = aWorld();
      expectRefusal(
        ecs,
        () => ecs.describeDisks({ regionId: 'mars-1' }),
        'InvalidRegionId.NotFound',
        404,
      );
    });
  });

  describe('when dryRun is set', () => {
    it('fails with DryRunOperation', () => {
      const ecs = aWorld();
      expectRefusal(
        ecs,
        () => ecs.describeDisks({ regionId: REGION, dryRun: true }),
        'DryRunOperation',
        400,
      );
    });
  });

  describe('when a parameter fake-ecs does not model is set', () => {
    it('returns UnsupportedParameter for snapshotId with strictParameters', () => {
      const ecs = aWorld({ strictParameters: true });
      const request = { regionId: REGION, snapshotId: 's-bp1c0doj0taqyzzl0001' };
      expectRefusal(ecs, () => ecs.describeDisks(request), 'UnsupportedParameter', 400);
    });
  });
});
