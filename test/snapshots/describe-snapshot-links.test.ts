import { describe, expect, it } from 'vitest';
import type { DescribeSnapshotLinksRequest, EcsOptions } from '../../src/index.js';
import { expectRefused } from '../fixtures/ecs-errors.js';
import { REGION } from '../fixtures/world.js';
import { aDiskInUse, anInstantWorld, BLOCK, chainOf, writeBlocks } from './helpers.js';

function twoChains(options: EcsOptions = {}) {
  const ecs = anInstantWorld(options);
  const a = aDiskInUse(ecs);
  const b = aDiskInUse(ecs, 'cloud_ssd');
  writeBlocks(ecs, a.diskId, 0, 8);
  const a1 = ecs.createSnapshot({ diskId: a.diskId }).snapshotId;
  writeBlocks(ecs, a.diskId, 0, 2);
  const a2 = ecs.createSnapshot({ diskId: a.diskId }).snapshotId;
  writeBlocks(ecs, b.diskId, 100, 3);
  const b1 = ecs.createSnapshot({ diskId: b.diskId }).snapshotId;
  return { ecs, a, b, a1, a2, b1 };
}

function linkIds(ecs: ReturnType<typeof anInstantWorld>, request: DescribeSnapshotLinksRequest) {
  return ecs
    .describeSnapshotLinks({ regionId: REGION, ...request })
    .snapshotLinks.snapshotLink.map((l) => l.sourceDiskId);
}

describe('describeSnapshotLinks', () => {
  describe('when chains exist', () => {
    it('shows one chain per disk with its count and exact size in bytes', () => {
      const { ecs, a } = twoChains();
      const ssd = ecs.describeSnapshotLinks({ regionId: REGION }).snapshotLinks.snapshotLink[0];
      expect(chainOf(ecs, a.diskId)).toEqual({
        snapshotLinkId: expect.stringMatching(/^sl-/),
        regionId: REGION,
        instanceId: a.instanceId,
        instanceName: expect.any(String),
        sourceDiskId: a.diskId,
        sourceDiskName: expect.any(String),
        sourceDiskSize: 20,
        sourceDiskType: 'data',
        totalCount: 2,
        totalSize: 10 * BLOCK,
        category: 'cloud_essd',
        instantAccess: false,
      });
      expect(ssd).toMatchObject({ category: 'cloud_ssd', totalCount: 1, totalSize: 3 * BLOCK });
    });

    it('lists newest chain first and filters by disk, chain id and instance', () => {
      const { ecs, a, b } = twoChains();
      expect(linkIds(ecs, {})).toEqual([b.diskId, a.diskId]);
      expect(linkIds(ecs, { diskIds: JSON.stringify([a.diskId]) })).toEqual([a.diskId]);
      const linkId = chainOf(ecs, b.diskId).snapshotLinkId;
      expect(linkIds(ecs, { snapshotLinkIds: JSON.stringify([linkId]) })).toEqual([b.diskId]);
      expect(linkIds(ecs, { instanceId: a.instanceId })).toEqual([a.diskId]);
      expect(linkIds(ecs, { instanceId: a.instanceId, diskIds: `["${b.diskId}"]` })).toEqual([]);
      expect(linkIds(ecs, { diskIds: '[]' })).toEqual([]);
    });

    it('pages with page numbers and with tokens', () => {
      const { ecs, a, b } = twoChains();
      const one = ecs.describeSnapshotLinks({ regionId: REGION, pageSize: 1, pageNumber: 2 });
      expect(one.snapshotLinks.snapshotLink.map((l) => l.sourceDiskId)).toEqual([a.diskId]);
      expect(one.totalCount).toBe(2);
      const first = ecs.describeSnapshotLinks({ regionId: REGION, maxResults: 1 });
      const second = ecs.describeSnapshotLinks({
        regionId: REGION,
        maxResults: 1,
        nextToken: first.nextToken,
      });
      expect(first.snapshotLinks.snapshotLink[0]?.sourceDiskId).toBe(b.diskId);
      expect(second.snapshotLinks.snapshotLink[0]?.sourceDiskId).toBe(a.diskId);
      expect(second.nextToken).toBe('');
    });
  });

  describe('when snapshots are created and deleted', () => {
    it('stays exact after every change', () => {
      const { ecs, a, a1, a2 } = twoChains();
      ecs.deleteSnapshot({ snapshotId: a1 });
      expect(chainOf(ecs, a.diskId)).toMatchObject({ totalCount: 1, totalSize: 8 * BLOCK });
      ecs.deleteSnapshot({ snapshotId: a2 });
      expect(chainOf(ecs, a.diskId)).toMatchObject({ totalCount: 0, totalSize: 0 });
      writeBlocks(ecs, a.diskId, 50, 1);
      ecs.createSnapshot({ diskId: a.diskId });
      expect(chainOf(ecs, a.diskId)).toMatchObject({ totalCount: 1, totalSize: 9 * BLOCK });
    });
  });

  describe('when a failed snapshot outlives its disk', () => {
    it('keeps the chain its snapshotLinkId names until the failed snapshot is deleted', () => {
      const ecs = anInstantWorld();
      const { instanceId, diskId } = aDiskInUse(ecs);
      ecs.faults.failNextSnapshot({ diskId });
      const { snapshotId } = ecs.createSnapshot({ diskId });
      ecs.clock.settle();
      ecs.detachDisk({ instanceId, diskId });
      ecs.clock.settle();
      ecs.deleteDisk({ diskId });
      const [failed] = ecs.describeSnapshots({ regionId: REGION }).snapshots.snapshot;
      expect(failed).toMatchObject({ snapshotId, status: 'failed' });
      const links = () =>
        ecs
          .describeSnapshotLinks({ regionId: REGION })
          .snapshotLinks.snapshotLink.map((l) => [l.snapshotLinkId, l.totalCount]);
      expect(links()).toEqual([[failed?.snapshotLinkId, 0]]);
      ecs.deleteSnapshot({ snapshotId });
      expect(links()).toEqual([]);
    });
  });

  describe('when a parameter is wrong', () => {
    it.each<[string, DescribeSnapshotLinksRequest, Parameters<typeof expectRefused>[2]]>([
      ['no region', { regionId: undefined }, 'MissingParameter'],
      ['an unknown region', { regionId: 'cn-nowhere' }, 'InvalidRegionId.NotFound'],
      ['malformed disk ids', { diskIds: 'd-1' }, 'InvalidDiskIds'],
      ['101 disk ids', { diskIds: JSON.stringify(Array(101).fill('d-1')) }, 'InvalidDiskIds'],
      ['malformed chain ids', { snapshotLinkIds: '{"a":1}' }, 'InvalidSnapshotLinkIds'],
      ['a page size over 100', { pageSize: 101 }, 'InvalidParameter'],
      [
        'an unmodelled parameter (strictParameters)',
        { dryRun: true } as DescribeSnapshotLinksRequest,
        'UnsupportedParameter',
      ],
    ])('refuses %s', (_why, request, code) => {
      // Only strictParameters refuses a parameter the operation does not have; the rest hold anyway.
      const { ecs } = twoChains({ strictParameters: true });
      expectRefused(ecs, () => ecs.describeSnapshotLinks({ regionId: REGION, ...request }), code);
    });
  });
});
