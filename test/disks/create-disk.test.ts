import { describe, expect, it } from 'vitest';
import { aWorld, expectRefusal, REGION, viewOf, ZONE } from './helpers.js';

describe('createDisk', () => {
  describe('when the request is valid', () => {
    it('returns a disk id with the region code of the real ids', () => {
      const ecs = aWorld();
      const body = ecs.createDisk({ regionId: REGION, zoneId: ZONE, size: 40 });
      expect(body.diskId).toMatch(/^d-bp[0-9a-z]{18}$/);
      expect(body.requestId).toMatch(
        /^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/,
      );
      expect(Object.keys(body).sort()).toEqual(['diskId', 'orderId', 'requestId']);
      expect(body.orderId).toBe('');
    });

    it('stays Creating for timings.diskCreate, then becomes Available', () => {
      const ecs = aWorld();
      const { diskId } = ecs.createDisk({ regionId: REGION, zoneId: ZONE, size: 40 });
      expect(viewOf(ecs, diskId).status).toBe('Creating');
      ecs.clock.advance('PT9S');
      expect(viewOf(ecs, diskId).status).toBe('Creating');
      ecs.clock.advance('PT1S');
      expect(viewOf(ecs, diskId).status).toBe('Available');
    });

    it('is Available at once with instant timings', () => {
      const ecs = aWorld({ timings: 'instant' });
      const { diskId } = ecs.createDisk({ regionId: REGION, zoneId: ZONE, size: 40 });
      expect(viewOf(ecs, diskId).status).toBe('Available');
    });

    it('applies the documented defaults: cloud, portable, kept with instances, never attached', () => {
      const ecs = aWorld({ now: '2026-02-03T04:05:06Z' });
      const { diskId } = ecs.createDisk({ regionId: REGION, zoneId: ZONE, size: 40 });
      const view = viewOf(ecs, diskId);
      expect(view).toMatchObject({
        type: 'data',
        category: 'cloud',
        size: 40,
        zoneId: ZONE,
        regionId: REGION,
        portable: true,
        deleteWithInstance: false,
        deleteAutoSnapshot: true,
        diskChargeType: 'PostPaid',
        instanceId: '',
        device: '',
        creationTime: '2026-02-03T04:05:06Z',
        diskName: '',
        description: '',
      });
      expect(view.performanceLevel).toBe('');
      const row = ecs
        .describeDisks({ regionId: REGION })
        .disks.disk.find((d) => d.diskId === diskId);
      expect(row?.attachedTime).toBe('');
    });

    it('records category, performance level, name, description and tags', () => {
      const ecs = aWorld();
      const { diskId } = ecs.createDisk({
        regionId: REGION,
        zoneId: ZONE,
        size: 500,
        diskCategory: 'cloud_essd',
        performanceLevel: 'PL2',
        diskName: 'data-01',
        description: 'database files',
        tag: [{ key: 'env', value: 'test' }],
      });
      expect(viewOf(ecs, diskId)).toMatchObject({
        category: 'cloud_essd',
        performanceLevel: 'PL2',
        size: 500,
        diskName: 'data-01',
        description: 'database files',
        tags: { tag: [{ tagKey: 'env', tagValue: 'test' }] },
      });
    });

    it('gives ESSD disks PL1 by default', () => {
      const ecs = aWorld();
      const { diskId } = ecs.createDisk({
        regionId: REGION,
        zoneId: ZONE,
        size: 20,
        diskCategory: 'cloud_essd',
      });
      expect(viewOf(ecs, diskId).performanceLevel).toBe('PL1');
    });

    it('accepts the size limits of each category', () => {
      const ecs = aWorld({ timings: 'instant' });
      expect(() => ecs.createDisk({ regionId: REGION, zoneId: ZONE, size: 5 })).not.toThrow();
      expect(() => ecs.createDisk({ regionId: REGION, zoneId: ZONE, size: 2000 })).not.toThrow();
      expect(() =>
        ecs.createDisk({
          regionId: REGION,
          zoneId: ZONE,
          size: 1,
          diskCategory: 'cloud_essd',
          performanceLevel: 'PL0',
        }),
      ).not.toThrow();
      expect(() =>
        ecs.createDisk({ regionId: REGION, zoneId: ZONE, size: 32768, diskCategory: 'cloud_ssd' }),
      ).not.toThrow();
    });

    it('accepts numbers sent as strings, as on the wire', () => {
      const ecs = aWorld();
      const request = { regionId: REGION, zoneId: ZONE, size: '40' } as unknown as Parameters<
        typeof ecs.createDisk
      >[0];
      const { diskId } = ecs.createDisk(request);
      expect(viewOf(ecs, diskId).size).toBe(40);
    });
  });

  describe('when the same clientToken is sent again', () => {
    it('returns the same disk and creates nothing more', () => {
      const ecs = aWorld({ timings: 'instant' });
      const request = { regionId: REGION, zoneId: ZONE, size: 40, clientToken: 'token-1' };
      const first = ecs.createDisk(request);
      const second = ecs.createDisk(request);
      expect(second.diskId).toBe(first.diskId);
      expect(second.requestId).not.toBe(first.requestId);
      expect(ecs.describeDisks({ regionId: REGION }).totalCount).toBe(1);
    });

    it('refuses different parameters with IdempotentParameterMismatch', () => {
      const ecs = aWorld();
      ecs.createDisk({ regionId: REGION, zoneId: ZONE, size: 40, clientToken: 'token-1' });
      expectRefusal(
        ecs,
        () => ecs.createDisk({ regionId: REGION, zoneId: ZONE, size: 50, clientToken: 'token-1' }),
        'IdempotentParameterMismatch',
        403,
      );
    });

    it('creates a new disk for another token', () => {
      const ecs = aWorld();
      const first = ecs.createDisk({ regionId: REGION, zoneId: ZONE, size: 40, clientToken: 'a' });
      const second = ecs.createDisk({ regionId: REGION, zoneId: ZONE, size: 40, clientToken: 'b' });
      expect(second.diskId).not.toBe(first.diskId);
    });
  });

  describe('when dryRun is set', () => {
    it('fails with DryRunOperation and creates nothing', () => {
      const ecs = aWorld();
      expectRefusal(
        ecs,
        () => ecs.createDisk({ regionId: REGION, zoneId: ZONE, size: 40, dryRun: true }),
        'DryRunOperation',
        400,
      );
      expect(ecs.describeDisks({ regionId: REGION }).totalCount).toBe(0);
    });

    it('still reports a validation error first', () => {
      const ecs = aWorld();
      expectRefusal(
        ecs,
        () => ecs.createDisk({ regionId: REGION, zoneId: ZONE, size: 1, dryRun: true }),
        'InvalidSize.ValueNotSupported',
        400,
      );
    });
  });

  describe('when a parameter is missing', () => {
    it.each([
      ['RegionId', { zoneId: ZONE, size: 40 }],
      ['ZoneId', { regionId: REGION, size: 40 }],
      ['Size', { regionId: REGION, zoneId: ZONE }],
    ])('returns MissingParameter for %s', (name, request) => {
      const ecs = aWorld();
      const error = expectRefusal(ecs, () => ecs.createDisk(request), 'MissingParameter', 400);
      expect(error.message).toContain(name);
    });

    it('names both SnapshotId and Size when neither is given, as ECS does', () => {
      const ecs = aWorld();
      const error = expectRefusal(
        ecs,
        () => ecs.createDisk({ regionId: REGION, zoneId: ZONE }),
        'MissingParameter',
        400,
      );
      expect(error.message).toContain(
        'The input parameter either "SnapshotId" or "Size" should be specified.',
      );
    });
  });

  describe('when the location is unknown', () => {
    it('returns InvalidRegionId.NotFound for an unknown region', () => {
      const ecs = aWorld();
      expectRefusal(
        ecs,
        () => ecs.createDisk({ regionId: 'mars-1', zoneId: ZONE, size: 40 }),
        'InvalidRegionId.NotFound',
        404,
      );
    });

    it('returns InvalidZoneId.NotFound for a zone of another region', () => {
      const ecs = aWorld();
      expectRefusal(
        ecs,
        () => ecs.createDisk({ regionId: REGION, zoneId: 'cn-shanghai-e', size: 40 }),
        'InvalidZoneId.NotFound',
        404,
      );
    });
  });

  describe('when the disk specification is invalid', () => {
    it('returns InvalidDiskCategory.ValueNotSupported for an unknown category', () => {
      const ecs = aWorld();
      expectRefusal(
        ecs,
        () => ecs.createDisk({ regionId: REGION, zoneId: ZONE, size: 40, diskCategory: 'floppy' }),
        'InvalidDiskCategory.ValueNotSupported',
        400,
      );
    });

    it.each([
      ['cloud', undefined, 4],
      ['cloud', undefined, 2001],
      ['cloud_efficiency', undefined, 19],
      ['cloud_essd', 'PL1', 19],
      ['cloud_essd', 'PL2', 460],
      ['cloud_essd', 'PL3', 1260],
      ['cloud_essd_entry', undefined, 32769],
    ])(
      'returns InvalidSize.ValueNotSupported for %s %s with %i GiB',
      (diskCategory, performanceLevel, size) => {
        const ecs = aWorld();
        const request = {
          regionId: REGION,
          zoneId: ZONE,
          size,
          diskCategory,
          ...(performanceLevel ? { performanceLevel } : {}),
        };
        expectRefusal(ecs, () => ecs.createDisk(request), 'InvalidSize.ValueNotSupported', 400);
      },
    );

    it('returns InvalidParameter for a performance level on a non-ESSD disk', () => {
      const ecs = aWorld();
      expectRefusal(
        ecs,
        () => ecs.createDisk({ regionId: REGION, zoneId: ZONE, size: 40, performanceLevel: 'PL1' }),
        'InvalidParameter',
        400,
      );
    });

    it('returns InvalidParameter for an unknown performance level', () => {
      const ecs = aWorld();
      expectRefusal(
        ecs,
        () =>
          ecs.createDisk({
            regionId: REGION,
            zoneId: ZONE,
            size: 40,
            diskCategory: 'cloud_essd',
            performanceLevel: 'PL9',
          }),
        'InvalidParameter',
        400,
      );
    });

    it('returns InvalidParameter for a size that is not a whole number', () => {
      const ecs = aWorld();
      expectRefusal(
        ecs,
        () => ecs.createDisk({ regionId: REGION, zoneId: ZONE, size: 40.5 }),
        'InvalidParameter',
        400,
      );
    });
  });

  describe('when a name, description or tag is malformed', () => {
    it.each(['a', '1disk', 'http://disk', 'x'.repeat(129)])(
      'returns InvalidDiskName.Malformed for %j',
      (diskName) => {
        const ecs = aWorld();
        expectRefusal(
          ecs,
          () => ecs.createDisk({ regionId: REGION, zoneId: ZONE, size: 40, diskName }),
          'InvalidDiskName.Malformed',
          400,
        );
      },
    );

    it.each(['a', 'https://example.com', 'x'.repeat(257)])(
      'returns InvalidDescription.Malformed for %j',
      (description) => {
        const ecs = aWorld();
        expectRefusal(
          ecs,
          () => ecs.createDisk({ regionId: REGION, zoneId: ZONE, size: 40, description }),
          'InvalidDescription.Malformed',
          400,
        );
      },
    );

    it('returns InvalidTagKey.Malformed for a reserved key', () => {
      const ecs = aWorld();
      expectRefusal(
        ecs,
        () =>
          ecs.createDisk({
            regionId: REGION,
            zoneId: ZONE,
            size: 40,
            tag: [{ key: 'aliyun-x', value: 'v' }],
          }),
        'InvalidTagKey.Malformed',
        400,
      );
    });

    it('returns InvalidTagValue.Malformed for a value with a URL', () => {
      const ecs = aWorld();
      expectRefusal(
        ecs,
        () =>
          ecs.createDisk({
            regionId: REGION,
            zoneId: ZONE,
            size: 40,
            tag: [{ key: 'k', value: 'http://x' }],
          }),
        'InvalidTagValue.Malformed',
        400,
      );
    });

    it('returns Duplicate.TagKey for a repeated key', () => {
      const ecs = aWorld();
      const tag = [
        { key: 'k', value: '1' },
        { key: 'k', value: '2' },
      ];
      expectRefusal(
        ecs,
        () => ecs.createDisk({ regionId: REGION, zoneId: ZONE, size: 40, tag }),
        'Duplicate.TagKey',
        400,
      );
    });

    it('returns InvalidTagCount for more than 20 tags', () => {
      const ecs = aWorld();
      const tag = Array.from({ length: 21 }, (_, i) => ({ key: `k${i}`, value: 'v' }));
      expectRefusal(
        ecs,
        () => ecs.createDisk({ regionId: REGION, zoneId: ZONE, size: 40, tag }),
        'InvalidTagCount',
        400,
      );
    });
  });

  describe('when a parameter fake-ecs does not model is set', () => {
    it.each([
      ['instanceId', 'i-bp67acfmxazb4p0001'],
      ['multiAttach', 'Enabled'],
    ])('returns UnsupportedParameter for %s with strictParameters', (field, value) => {
      const ecs = aWorld({ strictParameters: true });
      const request = { regionId: REGION, zoneId: ZONE, size: 40, [field]: value };
      expectRefusal(ecs, () => ecs.createDisk(request), 'UnsupportedParameter', 400);
    });
  });
});
