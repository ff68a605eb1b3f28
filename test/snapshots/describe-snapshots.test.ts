import { describe, expect, it } from 'vitest';
import type { DescribeSnapshotsRequest, Ecs, EcsOptions } from '../../src/index.js';
import { expectRefused } from '../fixtures/ecs-errors.js';
import { must } from '../fixtures/must.js';
import { disksOf, REGION } from '../fixtures/world.js';
import { aDiskInUse, aSnapshotWorld, BLOCK, viewOf, writeBlocks } from './helpers.js';

interface Fixture {
  readonly ecs: Ecs;
  readonly instanceId: string;
  readonly systemDisk: string;
  readonly dataDisk: string;
  /** System disk snapshot, accomplished. */
  readonly s1: string;
  /** Data disk snapshot `alpha`, tagged env=prod, accomplished. */
  readonly s2: string;
  /** Data disk snapshot an hour later, still progressing. */
  readonly s3: string;
}

function aFixture(options: EcsOptions = {}): Fixture {
  const ecs = aSnapshotWorld({
    timings: { snapshotStartup: 60, snapshotThroughput: BLOCK },
    ...options,
  });
  const { instanceId, diskId: dataDisk } = aDiskInUse(ecs, 'cloud_efficiency');
  const systemDisk = must(disksOf(ecs, instanceId).find((d) => d.type === 'system')).diskId;
  const s1 = ecs.createSnapshot({ diskId: systemDisk }).snapshotId;
  ecs.clock.settle();
  writeBlocks(ecs, dataDisk, 0, 4);
  const tag = [{ key: 'env', value: 'prod' }];
  const s2 = ecs.createSnapshot({ diskId: dataDisk, snapshotName: 'alpha', tag }).snapshotId;
  ecs.clock.settle();
  ecs.clock.advance('PT1H');
  const s3 = ecs.createSnapshot({ diskId: dataDisk }).snapshotId;
  return { ecs, instanceId, systemDisk, dataDisk, s1, s2, s3 };
}

function ids(ecs: Ecs, request: DescribeSnapshotsRequest): string[] {
  return ecs
    .describeSnapshots({ regionId: REGION, ...request })
    .snapshots.snapshot.map((s) => s.snapshotId);
}

describe('describeSnapshots', () => {
  describe('when only the region is given', () => {
    it('lists the region snapshots newest first with the total count', () => {
      const f = aFixture();
      const body = f.ecs.describeSnapshots({ regionId: REGION });
      expect(body.snapshots.snapshot.map((s) => s.snapshotId)).toEqual([f.s3, f.s2, f.s1]);
      expect(body).toMatchObject({ totalCount: 3, pageNumber: 1, pageSize: 10, nextToken: '' });
    });

    it('renders every field with the SDK types', () => {
      const f = aFixture();
      const link = f.ecs.describeSnapshotLinks({ regionId: REGION, diskIds: `["${f.dataDisk}"]` })
        .snapshotLinks.snapshotLink[0];
      const s2 = viewOf(f.ecs, f.s2);
      expect(s2).toEqual({
        snapshotId: f.s2,
        snapshotName: 'alpha',
        description: '',
        status: 'accomplished',
        progress: '100%',
        remainTime: 0,
        creationTime: expect.stringMatching(/^2026-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
        lastModifiedTime: expect.stringMatching(/Z$/),
        sourceDiskId: f.dataDisk,
        sourceDiskSize: '20',
        sourceDiskType: 'data',
        sourceStorageType: 'disk',
        snapshotType: 'user',
        usage: 'none',
        category: 'standard',
        available: true,
        encrypted: false,
        fullSnapshotSizeInBytes: 4 * BLOCK,
        snapshotLinkId: link?.snapshotLinkId,
        regionId: REGION,
        instantAccess: false,
        instantAccessRetentionDays: 0,
        KMSKeyId: '',
        productCode: '',
        resourceGroupId: '',
        retentionDays: 0,
        snapshotSN: f.s2.slice(2),
        sourceRegionId: '',
        sourceSnapshotId: '',
        tags: { tag: [{ tagKey: 'env', tagValue: 'prod' }] },
      });
    });

    it('shows an empty snapshotName and a retentionDays of 0 when none was set', () => {
      const f = aFixture();
      const s1 = viewOf(f.ecs, f.s1);
      expect(s1).toMatchObject({ snapshotName: '', retentionDays: 0 });
    });

    it('computes progress and remainTime of a progressing snapshot from the clock', () => {
      const f = aFixture();
      expect(viewOf(f.ecs, f.s3)).toMatchObject({ progress: '0%', remainTime: 60 });
      f.ecs.clock.advance('PT30S');
      expect(viewOf(f.ecs, f.s3)).toMatchObject({ progress: '50%', remainTime: 30 });
    });

    it('lists nothing for another region', () => {
      const f = aFixture();
      expect(ids(f.ecs, { regionId: 'cn-shanghai' })).toEqual([]);
    });
  });

  describe('when filters are given', () => {
    it('filters by disk, instance, ids, name and chain', () => {
      const f = aFixture();
      expect(ids(f.ecs, { diskId: f.dataDisk })).toEqual([f.s3, f.s2]);
      expect(ids(f.ecs, { instanceId: f.instanceId })).toEqual([f.s3, f.s2, f.s1]);
      expect(ids(f.ecs, { instanceId: 'i-other' })).toEqual([]);
      expect(ids(f.ecs, { snapshotIds: JSON.stringify([f.s1, f.s3, 's-nope']) })).toEqual([
        f.s3,
        f.s1,
      ]);
      expect(ids(f.ecs, { snapshotName: 'alpha' })).toEqual([f.s2]);
      const linkId = viewOf(f.ecs, f.s1).snapshotLinkId;
      expect(ids(f.ecs, { snapshotLinkId: linkId })).toEqual([f.s1]);
    });

    it('filters by chain on its own disk only, and lists nothing for an unknown chain', () => {
      const f = aFixture();
      const dataChain = viewOf(f.ecs, f.s2).snapshotLinkId;
      expect(ids(f.ecs, { snapshotLinkId: dataChain })).toEqual([f.s3, f.s2]);
      expect(ids(f.ecs, { snapshotLinkId: dataChain, diskId: f.dataDisk })).toEqual([f.s3, f.s2]);
      expect(ids(f.ecs, { snapshotLinkId: dataChain, diskId: f.systemDisk })).toEqual([]);
      expect(ids(f.ecs, { snapshotLinkId: dataChain, status: 'progressing' })).toEqual([f.s3]);
      expect(ids(f.ecs, { snapshotLinkId: 'sl-nope' })).toEqual([]);
      expect(ids(f.ecs, { snapshotLinkId: dataChain, regionId: 'cn-shanghai' })).toEqual([]);
    });

    it('filters by status, type, usage and source disk type (any case)', () => {
      const f = aFixture();
      expect(ids(f.ecs, { status: 'progressing' })).toEqual([f.s3]);
      expect(ids(f.ecs, { status: 'accomplished' })).toEqual([f.s2, f.s1]);
      expect(ids(f.ecs, { status: 'failed' })).toEqual([]);
      expect(ids(f.ecs, { status: 'all', snapshotType: 'user' })).toHaveLength(3);
      expect(ids(f.ecs, { snapshotType: 'auto' })).toEqual([]);
      expect(ids(f.ecs, { usage: 'none' })).toHaveLength(3);
      expect(ids(f.ecs, { usage: 'image_disk' })).toEqual([]);
      expect(ids(f.ecs, { sourceDiskType: 'System' })).toEqual([f.s1]);
      expect(ids(f.ecs, { sourceDiskType: 'data' })).toEqual([f.s3, f.s2]);
    });

    it('filters by category, encryption and tags', () => {
      const f = aFixture();
      expect(ids(f.ecs, { category: 'Standard' })).toHaveLength(3);
      expect(ids(f.ecs, { category: 'Flash' })).toEqual([]);
      expect(ids(f.ecs, { encrypted: true })).toEqual([]);
      expect(ids(f.ecs, { encrypted: false })).toHaveLength(3);
      expect(ids(f.ecs, { tag: [{ key: 'env', value: 'prod' }] })).toEqual([f.s2]);
      expect(ids(f.ecs, { tag: [{ key: 'env' }] })).toEqual([f.s2]);
    });

    it('filters by creation time (start inclusive, end exclusive, minute precision)', () => {
      const f = aFixture();
      const minute = `${viewOf(f.ecs, f.s3).creationTime.slice(0, 16)}Z`;
      const start = [{ key: 'CreationStartTime', value: minute }];
      const end = [{ key: 'CreationEndTime', value: minute }];
      expect(ids(f.ecs, { filter: start })).toEqual([f.s3]);
      expect(ids(f.ecs, { filter: end })).toEqual([f.s2, f.s1]);
      expect(ids(f.ecs, { filter: [...start, ...end] })).toEqual([]);
    });
  });

  describe('when paging', () => {
    function many(count: number) {
      const ecs = aSnapshotWorld({ timings: 'instant' });
      const { diskId } = aDiskInUse(ecs);
      const made = Array.from({ length: count }, () => ecs.createSnapshot({ diskId }).snapshotId);
      return { ecs, diskId, newestFirst: made.reverse() };
    }

    it('serves page numbers with the default page size of 10', () => {
      const { ecs, newestFirst } = many(25);
      const page3 = ecs.describeSnapshots({ regionId: REGION, pageNumber: 3 });
      expect(page3.snapshots.snapshot.map((s) => s.snapshotId)).toEqual(newestFirst.slice(20));
      expect(page3).toMatchObject({ totalCount: 25, pageNumber: 3, pageSize: 10 });
      const sized = ecs.describeSnapshots({ regionId: REGION, pageNumber: 2, pageSize: 7 });
      expect(sized.snapshots.snapshot.map((s) => s.snapshotId)).toEqual(newestFirst.slice(7, 14));
    });

    it('walks every snapshot once with maxResults and nextToken', () => {
      const { ecs, diskId, newestFirst } = many(23);
      const seen: string[] = [];
      let nextToken: string | undefined;
      do {
        const body = ecs.describeSnapshots({ regionId: REGION, diskId, maxResults: 5, nextToken });
        seen.push(...body.snapshots.snapshot.map((s) => s.snapshotId));
        expect(body.totalCount).toBe(23);
        nextToken = body.nextToken || undefined;
      } while (nextToken);
      expect(seen).toEqual(newestFirst);
    });

    it('walks a filtered listing with tokens too', () => {
      const { ecs, newestFirst } = many(12);
      const first = ecs.describeSnapshots({
        regionId: REGION,
        status: 'accomplished',
        maxResults: 10,
      });
      const rest = ecs.describeSnapshots({
        regionId: REGION,
        status: 'accomplished',
        maxResults: 10,
        nextToken: first.nextToken,
      });
      const all = [...first.snapshots.snapshot, ...rest.snapshots.snapshot];
      expect(all.map((s) => s.snapshotId)).toEqual(newestFirst);
      expect(rest.nextToken).toBe('');
    });
  });

  describe('when a parameter is wrong', () => {
    it.each<[string, DescribeSnapshotsRequest, Parameters<typeof expectRefused>[2], number?]>([
      ['no region', { regionId: undefined }, 'MissingParameter'],
      ['an unknown region', { regionId: 'cn-nowhere' }, 'InvalidRegionId.NotFound'],
      [
        '101 snapshot ids',
        { snapshotIds: JSON.stringify(Array(101).fill('s-1')) },
        'InvalidSnapshotIds.Malformed',
        403,
      ],
      [
        'snapshot ids that are not JSON',
        { snapshotIds: 's-1,s-2' },
        'InvalidSnapshotIds.Malformed',
      ],
      ['an unknown status', { status: 'done' }, 'InvalidStatus.NotFound', 404],
      ['an unknown snapshot type', { snapshotType: 'manual' }, 'InvalidSnapshotType.NotFound', 404],
      ['an unknown source disk type', { sourceDiskType: 'boot' }, 'InvalidSourceDiskType', 404],
      ['an unknown usage', { usage: 'both' }, 'InvalidUsage', 404],
      ['an unknown category', { category: 'premium' }, 'InvalidSnapshotCategory.Malformed'],
      [
        'an unknown filter key',
        { filter: [{ key: 'CreationTime', value: '2026-01-01T00:00Z' }] },
        'InvalidFilterKey.NotFound',
        404,
      ],
      [
        'a filter time with seconds',
        { filter: [{ key: 'CreationStartTime', value: '2026-01-01T00:00:00Z' }] },
        'InvalidParameter',
      ],
      ['a page size over 100', { pageSize: 101 }, 'InvalidParameter'],
      ['max results over 100', { maxResults: 101 }, 'InvalidParameter'],
      [
        'a foreign next token',
        { nextToken: 'caeba0bbb2be03f84eb48b699f0a4883' },
        'InvalidParameter',
      ],
      ['a bad tag key', { tag: [{ key: 'acs:x' }] }, 'InvalidTagKey.Malformed'],
      [
        'an unmodelled parameter (strictParameters)',
        { KMSKeyId: 'key-1' } as DescribeSnapshotsRequest,
        'UnsupportedParameter',
      ],
      ['a valid dry run', { dryRun: true }, 'DryRunOperation'],
    ])('refuses %s', (_why, request, code, status) => {
      // Only strictParameters refuses a parameter the operation does not model; the rest hold anyway.
      const f = aFixture({ strictParameters: true });
      expectRefused(
        f.ecs,
        () => f.ecs.describeSnapshots({ regionId: REGION, ...request }),
        code,
        status,
      );
    });
  });
});
