import { describe, expect, it } from 'vitest';
import { findSnapshot } from '../../src/snapshots/store.js';
import { expectRefused } from '../fixtures/ecs-errors.js';
import { must } from '../fixtures/must.js';
import { REGION } from '../fixtures/world.js';
import { snapshotText, viewOf, writeBlock } from '../snapshots/helpers.js';
import { aGroupWorld, anEssdInstance, groupView } from './helpers.js';

describe('createSnapshotGroup', () => {
  describe('when given an instance', () => {
    it('takes one snapshot per disk, each carrying the group id', () => {
      const ecs = aGroupWorld();
      const { instanceId, diskIds } = anEssdInstance(ecs);
      const { snapshotGroupId, requestId } = ecs.createSnapshotGroup({
        regionId: REGION,
        instanceId,
        name: 'before-upgrade',
        description: 'all disks',
        tag: [{ key: 'env', value: 'prod' }],
      });
      expect(snapshotGroupId).toMatch(/^ssg-bp[0-9a-z]{18}$/);
      expect(requestId).toMatch(/^[0-9A-F-]{36}$/);
      const group = groupView(ecs, snapshotGroupId);
      expect(group).toMatchObject({
        name: 'before-upgrade',
        description: 'all disks',
        instanceId,
        status: 'progressing',
        tags: { tag: [{ key: 'env', value: 'prod' }] },
      });
      const members = group.snapshots.snapshot;
      expect(members.map((m) => m.sourceDiskId)).toEqual(diskIds);
      expect(members.map((m) => m.sourceDiskType)).toEqual(['system', 'data', 'data']);
      for (const member of members) {
        expect(viewOf(ecs, member.snapshotId)).toMatchObject({
          snapshotGroupId,
          status: 'progressing',
          creationTime: group.creationTime,
        });
      }
    });

    it('leaves out the excluded disks', () => {
      const ecs = aGroupWorld();
      const { instanceId, diskIds } = anEssdInstance(ecs);
      const { snapshotGroupId } = ecs.createSnapshotGroup({
        regionId: REGION,
        instanceId,
        excludeDiskId: [must(diskIds[2], 'disk')],
      });
      const members = groupView(ecs, snapshotGroupId).snapshots.snapshot;
      expect(members.map((m) => m.sourceDiskId)).toEqual(diskIds.slice(0, 2));
    });

    it('captures every disk at the same instant: later writes reach no member', () => {
      const ecs = aGroupWorld();
      const { instanceId, diskIds } = anEssdInstance(ecs);
      const [, first, second] = diskIds;
      const a = must(first, 'disk');
      const b = must(second, 'disk');
      writeBlock(ecs, a, 0, 'a-before');
      writeBlock(ecs, b, 0, 'b-before');
      const { snapshotGroupId } = ecs.createSnapshotGroup({ regionId: REGION, instanceId });
      writeBlock(ecs, b, 0, 'b-after');
      writeBlock(ecs, a, 0, 'a-after');
      const members = groupView(ecs, snapshotGroupId).snapshots.snapshot;
      const memberOf = (diskId: string) =>
        must(members.find((m) => m.sourceDiskId === diskId)?.snapshotId, 'member');
      ecs.clock.settle();
      expect(snapshotText(ecs, memberOf(a), 0)).toBe('a-before');
      expect(snapshotText(ecs, memberOf(b), 0)).toBe('b-before');
    });
  });

  describe('when given disks', () => {
    it('takes a snapshot of each listed disk, once', () => {
      const ecs = aGroupWorld();
      const { diskIds } = anEssdInstance(ecs);
      const [sys, data] = diskIds;
      const listed = [must(data, 'data'), must(sys, 'system'), must(data, 'data')];
      const { snapshotGroupId } = ecs.createSnapshotGroup({ regionId: REGION, diskId: listed });
      const group = groupView(ecs, snapshotGroupId);
      expect(group.snapshots.snapshot.map((m) => m.sourceDiskId)).toEqual([data, sys]);
    });

    it('takes disks of several instances of one zone', () => {
      const ecs = aGroupWorld();
      const one = anEssdInstance(ecs, {}, 1);
      const two = anEssdInstance(ecs, {}, 1);
      const diskId = [must(one.diskIds[1], 'a'), must(two.diskIds[1], 'b')];
      const { snapshotGroupId } = ecs.createSnapshotGroup({ regionId: REGION, diskId });
      expect(groupView(ecs, snapshotGroupId)).toMatchObject({ instanceId: '' });
    });
  });

  describe('when a dry run passes', () => {
    it('returns DryRunOperation and changes nothing', () => {
      const ecs = aGroupWorld();
      const { instanceId } = anEssdInstance(ecs);
      expectRefused(
        ecs,
        () => ecs.createSnapshotGroup({ regionId: REGION, instanceId, dryRun: true }),
        'DryRunOperation',
      );
    });
  });

  describe('when retried with the same client token', () => {
    it('returns the same group', () => {
      const ecs = aGroupWorld();
      const { instanceId } = anEssdInstance(ecs);
      const request = { regionId: REGION, instanceId, clientToken: 'once' };
      const first = ecs.createSnapshotGroup(request);
      expect(ecs.createSnapshotGroup(request).snapshotGroupId).toBe(first.snapshotGroupId);
    });
  });

  describe('when refused', () => {
    it('returns MissingParameter without a region, or without instance and disks', () => {
      const ecs = aGroupWorld();
      expectRefused(ecs, () => ecs.createSnapshotGroup({}), 'MissingParameter');
      expectRefused(ecs, () => ecs.createSnapshotGroup({ regionId: REGION }), 'MissingParameter');
    });

    it('returns InvalidRegionId.NotFound for an unknown region', () => {
      const ecs = aGroupWorld();
      const { instanceId } = anEssdInstance(ecs);
      expectRefused(
        ecs,
        () => ecs.createSnapshotGroup({ regionId: 'xx-nowhere', instanceId }),
        'InvalidRegionId.NotFound',
      );
    });

    it('returns InvalidParameter.Name and InvalidParameter.Description', () => {
      const ecs = aGroupWorld();
      const { instanceId } = anEssdInstance(ecs);
      for (const name of ['1st', 'x', 'http://a', 'a'.repeat(129)]) {
        expectRefused(
          ecs,
          () => ecs.createSnapshotGroup({ regionId: REGION, instanceId, name }),
          'InvalidParameter.Name',
        );
      }
      expectRefused(
        ecs,
        () => ecs.createSnapshotGroup({ regionId: REGION, instanceId, description: 'x' }),
        'InvalidParameter.Description',
      );
    });

    it('returns InvalidTagKey.Malformed for a bad tag', () => {
      const ecs = aGroupWorld();
      const { instanceId } = anEssdInstance(ecs);
      expectRefused(
        ecs,
        () => ecs.createSnapshotGroup({ regionId: REGION, instanceId, tag: [{ key: 'aliyun:x' }] }),
        'InvalidTagKey.Malformed',
      );
    });

    it('returns InvalidParameter for diskId together with excludeDiskId', () => {
      const ecs = aGroupWorld();
      const { instanceId, diskIds } = anEssdInstance(ecs);
      expectRefused(
        ecs,
        () =>
          ecs.createSnapshotGroup({
            regionId: REGION,
            instanceId,
            diskId: diskIds.slice(0, 1),
            excludeDiskId: diskIds.slice(1, 2),
          }),
        'InvalidParameter',
      );
    });

    it('returns InvalidInstanceId.NotFound for an unknown instance', () => {
      const ecs = aGroupWorld();
      expectRefused(
        ecs,
        () => ecs.createSnapshotGroup({ regionId: REGION, instanceId: 'i-bpnope' }),
        'InvalidInstanceId.NotFound',
      );
    });

    it('returns InvalidDiskId.NotFound for an unknown disk or a disk of another instance', () => {
      const ecs = aGroupWorld();
      const { instanceId } = anEssdInstance(ecs);
      const other = anEssdInstance(ecs, {}, 1);
      expectRefused(
        ecs,
        () => ecs.createSnapshotGroup({ regionId: REGION, diskId: ['d-bpnope'] }),
        'InvalidDiskId.NotFound',
      );
      expectRefused(
        ecs,
        () =>
          ecs.createSnapshotGroup({
            regionId: REGION,
            instanceId,
            diskId: other.diskIds.slice(1),
          }),
        'InvalidDiskId.NotFound',
      );
    });

    it('returns InvalidInstance.NoDisk when every disk is excluded', () => {
      const ecs = aGroupWorld();
      const { instanceId, diskIds } = anEssdInstance(ecs);
      expectRefused(
        ecs,
        () => ecs.createSnapshotGroup({ regionId: REGION, instanceId, excludeDiskId: diskIds }),
        'InvalidInstance.NoDisk',
      );
    });

    it('returns NumberExceed.TooManyDisks beyond 128 disks', () => {
      const ecs = aGroupWorld();
      const diskId = Array.from(
        { length: 129 },
        () =>
          ecs.createDisk({
            regionId: REGION,
            zoneId: 'cn-hangzhou-h',
            diskCategory: 'cloud_essd',
            size: 20,
          }).diskId,
      );
      expectRefused(
        ecs,
        () => ecs.createSnapshotGroup({ regionId: REGION, diskId }),
        'NumberExceed.TooManyDisks',
      );
    });

    it('returns DiskCategory.OperationNotSupported (403) for a disk outside the ESSD series', () => {
      const ecs = aGroupWorld();
      const { instanceId } = anEssdInstance(ecs, { category: 'cloud_ssd' }, 1);
      expectRefused(
        ecs,
        () => ecs.createSnapshotGroup({ regionId: REGION, instanceId }),
        'DiskCategory.OperationNotSupported',
        403,
      );
    });

    it('returns IncorrectDiskStatus.CreatingSnapshot while a member disk has a snapshot in progress', () => {
      const ecs = aGroupWorld();
      const { instanceId, diskIds } = anEssdInstance(ecs);
      ecs.createSnapshot({ diskId: must(diskIds[1], 'data') });
      expectRefused(
        ecs,
        () => ecs.createSnapshotGroup({ regionId: REGION, instanceId }),
        'IncorrectDiskStatus.CreatingSnapshot',
      );
    });

    it('returns IncorrectDiskStatus.CreatingSnapshot for a second group before the first completes', () => {
      const ecs = aGroupWorld();
      const { instanceId } = anEssdInstance(ecs);
      ecs.createSnapshotGroup({ regionId: REGION, instanceId });
      expectRefused(
        ecs,
        () => ecs.createSnapshotGroup({ regionId: REGION, instanceId }),
        'IncorrectDiskStatus.CreatingSnapshot',
      );
      ecs.clock.settle();
      expect(ecs.createSnapshotGroup({ regionId: REGION, instanceId }).snapshotGroupId).toMatch(
        /^ssg-/,
      );
    });

    it('returns IncorrectDiskStatus.NeverAttached for a disk never attached', () => {
      const ecs = aGroupWorld();
      const { diskId } = ecs.createDisk({
        regionId: REGION,
        zoneId: 'cn-hangzhou-h',
        diskCategory: 'cloud_essd',
        size: 20,
      });
      ecs.clock.settle();
      expectRefused(
        ecs,
        () => ecs.createSnapshotGroup({ regionId: REGION, diskId: [diskId] }),
        'IncorrectDiskStatus.NeverAttached',
      );
    });

    it('returns ResourcesNotInSameZone for disks of two zones', () => {
      const ecs = aGroupWorld();
      const h = anEssdInstance(ecs, { zoneId: 'cn-hangzhou-h' }, 1);
      const i = anEssdInstance(ecs, { zoneId: 'cn-hangzhou-i' }, 1);
      expectRefused(
        ecs,
        () =>
          ecs.createSnapshotGroup({
            regionId: REGION,
            diskId: [must(h.diskIds[1], 'h'), must(i.diskIds[1], 'i')],
          }),
        'ResourcesNotInSameZone',
      );
    });
  });

  it('stores the group id on every member', () => {
    const ecs = aGroupWorld();
    const { instanceId } = anEssdInstance(ecs);
    const { snapshotGroupId } = ecs.createSnapshotGroup({ regionId: REGION, instanceId });
    for (const m of groupView(ecs, snapshotGroupId).snapshots.snapshot) {
      expect(findSnapshot(ecs.state, m.snapshotId)?.snapshotGroupId).toBe(snapshotGroupId);
    }
  });
});
