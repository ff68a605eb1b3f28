import { describe, expect, it } from 'vitest';
import type { CopySnapshotRequest, Ecs, EcsErrorCode } from '../../src/index.js';
import { findSnapshot } from '../../src/snapshots/store.js';
import { expectRefused } from '../fixtures/ecs-errors.js';
import { must } from '../fixtures/must.js';
import { dataDiskOf } from '../fixtures/world.js';
import {
  aDiskInUse,
  anInstantWorld,
  aSnapshotWorld,
  BLOCK,
  exists,
  writeBlock,
  writeBlocks,
} from './helpers.js';

const SOURCE = 'cn-hangzhou';
const DESTINATION = 'cn-shanghai';

/** A disk with 10 written blocks and an accomplished snapshot of it. */
function anOriginal(ecs: Ecs) {
  const { diskId } = aDiskInUse(ecs);
  writeBlocks(ecs, diskId, 0, 10);
  const { snapshotId } = ecs.createSnapshot({ diskId });
  ecs.clock.settle();
  return { diskId, snapshotId };
}

function aCopyRequest(
  snapshotId: string,
  overrides: CopySnapshotRequest = {},
): CopySnapshotRequest {
  return {
    regionId: SOURCE,
    snapshotId,
    destinationRegionId: DESTINATION,
    destinationSnapshotName: 'dr-copy',
    destinationSnapshotDescription: 'disaster recovery copy',
    ...overrides,
  };
}

function listed(ecs: Ecs, regionId: string, snapshotId: string) {
  const body = ecs.describeSnapshots({ regionId, snapshotIds: JSON.stringify([snapshotId]) });
  return body.snapshots.snapshot[0];
}

function usageIn(ecs: Ecs, regionId: string) {
  const { snapshotCount, snapshotSize } = ecs.describeSnapshotsUsage({ regionId });
  return { snapshotCount, snapshotSize };
}

describe('copySnapshot', () => {
  describe('when the request is valid', () => {
    it('makes a new snapshot in the destination region that names its original', () => {
      const ecs = anInstantWorld();
      const { diskId, snapshotId } = anOriginal(ecs);
      const copyId = ecs.copySnapshot(
        aCopyRequest(snapshotId, { tag: [{ key: 'k', value: 'v' }] }),
      ).snapshotId;
      expect(copyId).toMatch(/^s-uf[0-9a-z]{18}$/);
      expect(listed(ecs, SOURCE, copyId)).toBeUndefined();
      expect(listed(ecs, DESTINATION, copyId)).toMatchObject({
        regionId: DESTINATION,
        snapshotName: 'dr-copy',
        description: 'disaster recovery copy',
        sourceRegionId: SOURCE,
        sourceSnapshotId: snapshotId,
        sourceDiskId: diskId,
        sourceDiskSize: '20',
        sourceDiskType: 'data',
        snapshotType: 'user',
        usage: 'none',
        fullSnapshotSizeInBytes: 10 * BLOCK,
        tags: { tag: [{ tagKey: 'k', tagValue: 'v' }] },
      });
      expect(listed(ecs, SOURCE, snapshotId)).toMatchObject({
        sourceSnapshotId: '',
        sourceRegionId: '',
      });
    });

    it('is progressing for start-up + the full written size / snapshotCopyThroughput', () => {
      // 1 block per second; the copied snapshot is incremental (2 own blocks), the copy is full (12).
      const ecs = aSnapshotWorld({ timings: { snapshotCopyThroughput: BLOCK } });
      const { diskId } = anOriginal(ecs);
      writeBlocks(ecs, diskId, 10, 2);
      const { snapshotId } = ecs.createSnapshot({ diskId });
      ecs.clock.settle();
      expect(must(findSnapshot(ecs.state, snapshotId)).ownBlocks).toBe(2);
      const copyId = ecs.copySnapshot(aCopyRequest(snapshotId)).snapshotId;
      expect(listed(ecs, DESTINATION, copyId)).toMatchObject({
        status: 'progressing',
        progress: '0%',
        remainTime: 72,
        available: false,
      });
      ecs.clock.advance(71_999);
      expect(listed(ecs, DESTINATION, copyId)?.status).toBe('progressing');
      ecs.clock.advance(1);
      expect(listed(ecs, DESTINATION, copyId)).toMatchObject({
        status: 'accomplished',
        progress: '100%',
        available: true,
      });
    });

    it('is accomplished at once with instant timings', () => {
      const ecs = anInstantWorld();
      const { snapshotId } = anOriginal(ecs);
      const copyId = ecs.copySnapshot(aCopyRequest(snapshotId)).snapshotId;
      expect(listed(ecs, DESTINATION, copyId)?.status).toBe('accomplished');
    });

    it('forms a chain of its own in the destination region, counted in full', () => {
      const ecs = anInstantWorld();
      const { diskId, snapshotId } = anOriginal(ecs);
      const before = usageIn(ecs, SOURCE);
      const copyId = ecs.copySnapshot(aCopyRequest(snapshotId)).snapshotId;
      const stored = must(findSnapshot(ecs.state, copyId));
      expect(stored).toMatchObject({ lineageParentId: null, ownBlocks: 10 });
      const links = ecs.describeSnapshotLinks({ regionId: DESTINATION }).snapshotLinks.snapshotLink;
      expect(links).toHaveLength(1);
      expect(links[0]).toMatchObject({
        snapshotLinkId: stored.snapshotLinkId,
        regionId: DESTINATION,
        sourceDiskId: diskId,
        totalCount: 1,
        totalSize: 10 * BLOCK,
        instanceId: '',
      });
      expect(stored.snapshotLinkId).toMatch(/^sl-uf/);
      expect(usageIn(ecs, DESTINATION)).toEqual({ snapshotCount: 1, snapshotSize: 10 * BLOCK });
      expect(usageIn(ecs, SOURCE)).toEqual(before);
    });

    it('counts two copies of one snapshot as two full copies', () => {
      const ecs = anInstantWorld();
      const { snapshotId } = anOriginal(ecs);
      ecs.copySnapshot(aCopyRequest(snapshotId));
      ecs.copySnapshot(aCopyRequest(snapshotId, { destinationSnapshotName: 'dr-copy-2' }));
      expect(usageIn(ecs, DESTINATION)).toEqual({ snapshotCount: 2, snapshotSize: 20 * BLOCK });
    });

    it('frees its full size when deleted, leaving the original untouched', () => {
      const ecs = anInstantWorld();
      const { snapshotId } = anOriginal(ecs);
      const before = usageIn(ecs, SOURCE);
      const copyId = ecs.copySnapshot(aCopyRequest(snapshotId)).snapshotId;
      ecs.deleteSnapshot({ snapshotId: copyId });
      expect(usageIn(ecs, DESTINATION)).toEqual({ snapshotCount: 0, snapshotSize: 0 });
      expect(usageIn(ecs, SOURCE)).toEqual(before);
      expect(exists(ecs, snapshotId)).toBe(true);
    });

    it('outlives its original and restores a disk in the destination region', () => {
      const ecs = anInstantWorld();
      const { diskId } = aDiskInUse(ecs);
      writeBlock(ecs, diskId, 3, 'precious');
      const { snapshotId } = ecs.createSnapshot({ diskId });
      const copyId = ecs.copySnapshot(aCopyRequest(snapshotId)).snapshotId;
      ecs.deleteSnapshot({ snapshotId });
      const { instanceIdSets } = ecs.runInstances({
        regionId: DESTINATION,
        imageId: 'aliyun_3_x64_20G_alibase_20240528.vhd',
        instanceType: 'ecs.g7.large',
        dataDisk: [{ category: 'cloud_essd', size: 20 }],
      });
      const instanceId = must(instanceIdSets.instanceIdSet[0]);
      const zoneId = dataDiskOf(ecs, instanceId).zoneId;
      const restored = ecs.createDisk({ regionId: DESTINATION, zoneId, snapshotId: copyId }).diskId;
      ecs.attachDisk({ instanceId, diskId: restored });
      const bytes = ecs.readDisk({ diskId: restored, offset: 3 * BLOCK, length: 8 });
      expect(new TextDecoder().decode(bytes)).toBe('precious');
      expect(listed(ecs, DESTINATION, copyId)?.usage).toBe('disk');
    });

    it('marks the copy so that a rollback can refuse it (sourceSnapshotId is set)', () => {
      const ecs = anInstantWorld();
      const { diskId, snapshotId } = anOriginal(ecs);
      const copyId = ecs.copySnapshot(aCopyRequest(snapshotId)).snapshotId;
      expect(must(findSnapshot(ecs.state, copyId))).toMatchObject({
        sourceDiskId: diskId,
        sourceSnapshotId: snapshotId,
        sourceRegionId: SOURCE,
      });
      expect(must(findSnapshot(ecs.state, snapshotId)).sourceSnapshotId).toBeNull();
    });

    it('cannot roll back the original disk: resetDisk refuses it with InvalidParameter.Mismatch', () => {
      const ecs = anInstantWorld();
      const { instanceId, diskId } = aDiskInUse(ecs);
      writeBlocks(ecs, diskId, 0, 10);
      const { snapshotId } = ecs.createSnapshot({ diskId });
      const copyId = ecs.copySnapshot(aCopyRequest(snapshotId)).snapshotId;
      ecs.stopInstance({ instanceId });
      expectRefused(
        ecs,
        () => ecs.resetDisk({ diskId, snapshotId: copyId }),
        'InvalidParameter.Mismatch',
        403,
      );
    });

    it('is released when its retentionDays pass', () => {
      const ecs = anInstantWorld();
      const { snapshotId } = anOriginal(ecs);
      const copyId = ecs.copySnapshot(aCopyRequest(snapshotId, { retentionDays: 2 })).snapshotId;
      expect(listed(ecs, DESTINATION, copyId)?.retentionDays).toBe(2);
      ecs.clock.advance('P2D');
      expect(exists(ecs, copyId)).toBe(false);
      expect(usageIn(ecs, DESTINATION).snapshotCount).toBe(0);
    });

    it('returns the same copy for a repeated clientToken', () => {
      const ecs = anInstantWorld();
      const { snapshotId } = anOriginal(ecs);
      const request = aCopyRequest(snapshotId, { clientToken: 'copy-1' });
      expect(ecs.copySnapshot(request).snapshotId).toBe(ecs.copySnapshot(request).snapshotId);
      expect(usageIn(ecs, DESTINATION).snapshotCount).toBe(1);
    });
  });

  describe('when the request is refused', () => {
    it.each([
      'regionId',
      'snapshotId',
      'destinationRegionId',
      'destinationSnapshotName',
      'destinationSnapshotDescription',
    ] as const)('returns MissingParameter without %s', (field) => {
      const ecs = anInstantWorld();
      const { snapshotId } = anOriginal(ecs);
      const error = expectRefused(
        ecs,
        () => ecs.copySnapshot(aCopyRequest(snapshotId, { [field]: undefined })),
        'MissingParameter',
      );
      expect(error.message.toLowerCase()).toContain(field.toLowerCase());
    });

    const cases: readonly [string, CopySnapshotRequest, EcsErrorCode, number][] = [
      [
        'the same region',
        { destinationRegionId: SOURCE },
        'InvalidOperation.NotSupportCopyInSameRegion',
        403,
      ],
      [
        'an unknown destination',
        { destinationRegionId: 'mars-1' },
        'InvalidRegionId.NotFound',
        404,
      ],
      ['an unknown source region', { regionId: 'mars-1' }, 'InvalidRegionId.NotFound', 404],
      ['an unknown snapshot', { snapshotId: 's-bpnope' }, 'InvalidSnapshotId.NotFound', 404],
      [
        'a bad name',
        { destinationSnapshotName: 'auto_copy' },
        'InvalidSnapshotName.Malformed',
        400,
      ],
      [
        'a bad description',
        { destinationSnapshotDescription: 'http://x' },
        'InvalidDescription.Malformed',
        400,
      ],
      ['a bad retention', { retentionDays: 0 }, 'InvalidRetentionDays.Malformed', 400],
      [
        'a reserved tag key',
        { tag: [{ key: 'aliyun-x', value: 'v' }] },
        'InvalidTagKey.Malformed',
        400,
      ],
      [
        'encryption (strictParameters)',
        { encrypted: true } as CopySnapshotRequest,
        'UnsupportedParameter',
        400,
      ],
    ];
    it.each(cases)('refuses %s', (_what, overrides, code, status) => {
      // Only strictParameters refuses a documented parameter fake-ecs does not model.
      const ecs = anInstantWorld({ strictParameters: true });
      const { snapshotId } = anOriginal(ecs);
      expectRefused(ecs, () => ecs.copySnapshot(aCopyRequest(snapshotId, overrides)), code, status);
    });

    it('returns InvalidSnapshotId.NotFound for a snapshot of another region', () => {
      const ecs = anInstantWorld();
      const { snapshotId } = anOriginal(ecs);
      const copyId = ecs.copySnapshot(aCopyRequest(snapshotId)).snapshotId;
      expectRefused(
        ecs,
        () => ecs.copySnapshot(aCopyRequest(copyId)),
        'InvalidSnapshotId.NotFound',
        404,
      );
    });

    it('returns InvalidSnapshotId.NotReady while the original is progressing', () => {
      const ecs = aSnapshotWorld();
      const { diskId } = aDiskInUse(ecs);
      writeBlocks(ecs, diskId, 0, 10);
      const { snapshotId } = ecs.createSnapshot({ diskId });
      expectRefused(
        ecs,
        () => ecs.copySnapshot(aCopyRequest(snapshotId)),
        'InvalidSnapshotId.NotReady',
        403,
      );
    });
  });
});

describe('copySnapshot and the source disk', () => {
  describe('when snapshots are listed by the source disk', () => {
    it("lists in each region only that region's snapshots of the disk, page by page", () => {
      const ecs = anInstantWorld();
      const { diskId, snapshotId } = anOriginal(ecs);
      const second = ecs.createSnapshot({ diskId }).snapshotId;
      ecs.clock.settle();
      const copyId = ecs.copySnapshot(aCopyRequest(snapshotId)).snapshotId;
      ecs.clock.settle();
      const byDisk = (regionId: string, maxResults: number, nextToken?: string) =>
        ecs.describeSnapshots({ regionId, diskId, maxResults, nextToken });
      const first = byDisk(SOURCE, 1);
      expect(first.snapshots.snapshot.map((s) => s.snapshotId)).toEqual([second]);
      expect(first.totalCount).toBe(2);
      const rest = byDisk(SOURCE, 1, first.nextToken);
      expect(rest.snapshots.snapshot.map((s) => s.snapshotId)).toEqual([snapshotId]);
      expect(rest.nextToken).toBe('');
      const copies = byDisk(DESTINATION, 10);
      expect(copies.snapshots.snapshot.map((s) => s.snapshotId)).toEqual([copyId]);
      expect(copies.totalCount).toBe(1);
    });
  });

  describe('when the source disk is at its manual snapshot quota', () => {
    it('does not count copies in other regions towards that quota', () => {
      const ecs = anInstantWorld({ quotas: { manualSnapshotsPerDisk: 2 } });
      const { diskId, snapshotId } = anOriginal(ecs);
      ecs.copySnapshot(aCopyRequest(snapshotId));
      ecs.clock.settle();
      expect(() => ecs.createSnapshot({ diskId })).not.toThrow();
    });
  });

  describe('when the last copy in a region is deleted', () => {
    it('drops the empty chain there although the source disk lives on in its own region', () => {
      const ecs = anInstantWorld();
      const { snapshotId } = anOriginal(ecs);
      const copyId = ecs.copySnapshot(aCopyRequest(snapshotId)).snapshotId;
      ecs.clock.settle();
      expect(
        ecs.describeSnapshotLinks({ regionId: DESTINATION }).snapshotLinks.snapshotLink,
      ).toHaveLength(1);
      ecs.deleteSnapshot({ snapshotId: copyId });
      expect(
        ecs.describeSnapshotLinks({ regionId: DESTINATION }).snapshotLinks.snapshotLink,
      ).toEqual([]);
      expect(
        ecs.describeSnapshotLinks({ regionId: SOURCE }).snapshotLinks.snapshotLink,
      ).toHaveLength(1);
    });
  });
});
