import { describe, expect, it } from 'vitest';
import { expectRefused } from '../fixtures/ecs-errors.js';
import { must } from '../fixtures/must.js';
import { REGION } from '../fixtures/world.js';
import { aSnapshotWorld, writeBlocks } from '../snapshots/helpers.js';
import { aGroupWorld, anEssdInstance, groupView, SLOW } from './helpers.js';

function aProgressingGroup() {
  const ecs = aGroupWorld();
  const { instanceId, diskIds } = anEssdInstance(ecs);
  // The data disks hold 20 and 80 written blocks: their first snapshots copy 20 s and 80 s.
  writeBlocks(ecs, must(diskIds[1], 'data 1'), 0, 20);
  writeBlocks(ecs, must(diskIds[2], 'data 2'), 0, 80);
  // The system disk holds the image's 20 GiB: leave it out so the durations stay readable.
  const { snapshotGroupId } = ecs.createSnapshotGroup({
    regionId: REGION,
    instanceId,
    diskId: diskIds.slice(1),
    name: 'g1',
  });
  return { ecs, instanceId, diskIds, snapshotGroupId };
}

describe('describeSnapshotGroups', () => {
  describe('while members progress', () => {
    it('shows each member progress and the group remaining time, the largest member one', () => {
      const { ecs, snapshotGroupId } = aProgressingGroup();
      expect(groupView(ecs, snapshotGroupId)).toMatchObject({
        status: 'progressing',
        progress: '0%',
        remainTime: 90,
      });
      ecs.clock.advance('PT30S');
      const group = groupView(ecs, snapshotGroupId);
      expect(group.snapshots.snapshot.map((m) => m.progress)).toEqual(['100%', '33%']);
      expect(group.snapshots.snapshot.map((m) => m.available)).toEqual([true, true]);
      expect(group).toMatchObject({ status: 'progressing', progress: '33%', remainTime: 60 });
      ecs.clock.advance('PT60S');
      expect(groupView(ecs, snapshotGroupId)).toMatchObject({
        status: 'accomplished',
        progress: '100%',
        remainTime: 0,
      });
    });

    it('shows a group failed once a member failed and none progresses', () => {
      const ecs = aSnapshotWorld({ timings: SLOW, instanceChangeDuringSnapshot: 'fail-snapshot' });
      const one = anEssdInstance(ecs, {}, 1);
      const two = anEssdInstance(ecs, {}, 1);
      const diskId = [must(one.diskIds[1], 'a'), must(two.diskIds[1], 'b')];
      const { snapshotGroupId } = ecs.createSnapshotGroup({ regionId: REGION, diskId });
      ecs.stopInstance({ instanceId: one.instanceId });
      expect(groupView(ecs, snapshotGroupId).status).toBe('progressing');
      ecs.clock.settle();
      expect(groupView(ecs, snapshotGroupId)).toMatchObject({ status: 'failed', remainTime: 0 });
      const ids = ecs
        .describeSnapshotGroups({ regionId: REGION, status: ['failed'] })
        .snapshotGroups.snapshotGroup.map((g) => g.snapshotGroupId);
      expect(ids).toEqual([snapshotGroupId]);
    });
  });

  describe('when filtering', () => {
    it('filters by instance, ids, status, name and tag, newest first', () => {
      const { ecs, instanceId, snapshotGroupId: first } = aProgressingGroup();
      ecs.clock.settle();
      const second = ecs.createSnapshotGroup({
        regionId: REGION,
        instanceId,
        name: 'g2',
        tag: [{ key: 'env', value: 'prod' }],
      }).snapshotGroupId;
      const ids = (request: Parameters<typeof ecs.describeSnapshotGroups>[0]) =>
        ecs
          .describeSnapshotGroups({ regionId: REGION, ...request })
          .snapshotGroups.snapshotGroup.map((g) => g.snapshotGroupId);
      expect(ids({})).toEqual([second, first]);
      expect(ids({ instanceId })).toEqual([second, first]);
      expect(ids({ instanceId: 'i-bpother' })).toEqual([]);
      expect(ids({ snapshotGroupId: [first] })).toEqual([first]);
      expect(ids({ status: ['accomplished'] })).toEqual([first]);
      expect(ids({ status: ['progressing', 'failed'] })).toEqual([second]);
      expect(ids({ name: 'g1' })).toEqual([first]);
      expect(ids({ tag: [{ key: 'env' }] })).toEqual([second]);
    });

    it('pages with maxResults and nextToken', () => {
      const { ecs, instanceId, snapshotGroupId: first } = aProgressingGroup();
      ecs.clock.settle();
      const second = ecs.createSnapshotGroup({ regionId: REGION, instanceId }).snapshotGroupId;
      const page1 = ecs.describeSnapshotGroups({ regionId: REGION, maxResults: 1 });
      expect(page1.snapshotGroups.snapshotGroup.map((g) => g.snapshotGroupId)).toEqual([second]);
      const page2 = ecs.describeSnapshotGroups({
        regionId: REGION,
        maxResults: 1,
        nextToken: page1.nextToken,
      });
      expect(page2.snapshotGroups.snapshotGroup.map((g) => g.snapshotGroupId)).toEqual([first]);
      expect(page2.nextToken).toBe('');
    });
  });

  describe('when refused', () => {
    it('returns InvalidStatus.ValueNotSupported (403) for an unknown status', () => {
      const { ecs } = aProgressingGroup();
      expectRefused(
        ecs,
        () => ecs.describeSnapshotGroups({ regionId: REGION, status: ['Creating'] }),
        'InvalidStatus.ValueNotSupported',
        403,
      );
    });

    it('returns MissingParameter, InvalidRegionId.NotFound and InvalidParameter', () => {
      const { ecs } = aProgressingGroup();
      expectRefused(ecs, () => ecs.describeSnapshotGroups({}), 'MissingParameter');
      expectRefused(
        ecs,
        () => ecs.describeSnapshotGroups({ regionId: 'xx-nowhere' }),
        'InvalidRegionId.NotFound',
      );
      expectRefused(
        ecs,
        () => ecs.describeSnapshotGroups({ regionId: REGION, maxResults: 101 }),
        'InvalidParameter',
      );
      const eleven = Array.from({ length: 11 }, (_, i) => `ssg-${i}`);
      expectRefused(
        ecs,
        () => ecs.describeSnapshotGroups({ regionId: REGION, snapshotGroupId: eleven }),
        'InvalidParameter',
      );
    });
  });
});
