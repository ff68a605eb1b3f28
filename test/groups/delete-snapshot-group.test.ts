import { describe, expect, it } from 'vitest';
import { findSnapshot } from '../../src/snapshots/store.js';
import { expectRefused } from '../fixtures/ecs-errors.js';
import { must } from '../fixtures/must.js';
import { REGION } from '../fixtures/world.js';
import { exists, usageOf, viewOf } from '../snapshots/helpers.js';
import { aGroupWorld, anEssdInstance, groupView } from './helpers.js';

function aSettledGroup() {
  const ecs = aGroupWorld();
  const { instanceId, diskIds } = anEssdInstance(ecs);
  const { snapshotGroupId } = ecs.createSnapshotGroup({ regionId: REGION, instanceId });
  ecs.clock.settle();
  const members = groupView(ecs, snapshotGroupId).snapshots.snapshot.map((m) => m.snapshotId);
  return { ecs, instanceId, diskIds, snapshotGroupId, members };
}

describe('deleteSnapshotGroup', () => {
  describe('when no member is used by an image', () => {
    it('releases every member and reports Success for each', () => {
      const { ecs, snapshotGroupId, members } = aSettledGroup();
      const body = ecs.deleteSnapshotGroup({ regionId: REGION, snapshotGroupId });
      expect(body.operationProgressSet.operationProgress).toEqual(
        members.map((value) => ({
          operationStatus: 'Success',
          errorCode: '',
          errorMsg: '',
          relatedItemSet: { relatedItem: [{ name: 'SnapshotId', value }] },
        })),
      );
      expect(members.map((id) => exists(ecs, id))).toEqual([false, false, false]);
      expect(usageOf(ecs)).toEqual({ snapshotCount: 0, snapshotSize: 0 });
      expectRefused(
        ecs,
        () => ecs.deleteSnapshotGroup({ regionId: REGION, snapshotGroupId }),
        'InvalidSnapshotGroup.NotFound',
      );
    });

    it('cancels members still progressing', () => {
      const ecs = aGroupWorld();
      const { instanceId } = anEssdInstance(ecs);
      const { snapshotGroupId } = ecs.createSnapshotGroup({ regionId: REGION, instanceId });
      ecs.deleteSnapshotGroup({ regionId: REGION, snapshotGroupId });
      // The disks are free again: a new snapshot can start at once.
      expect(ecs.createSnapshotGroup({ regionId: REGION, instanceId }).snapshotGroupId).toMatch(
        /^ssg-/,
      );
    });
  });

  describe('when a member is used by a custom image', () => {
    it('keeps that member, reports SnapshotCreatedImage, and releases the others', () => {
      const { ecs, snapshotGroupId, members } = aSettledGroup();
      const [system, ...data] = members;
      const systemId = must(system, 'system member');
      ecs.createImage({ regionId: REGION, snapshotId: systemId, imageName: 'golden' });
      const body = ecs.deleteSnapshotGroup({ regionId: REGION, snapshotGroupId });
      const [first, ...rest] = body.operationProgressSet.operationProgress;
      expect(first).toMatchObject({
        operationStatus: 'Failed',
        errorCode: 'SnapshotCreatedImage',
        relatedItemSet: { relatedItem: [{ name: 'SnapshotId', value: systemId }] },
      });
      expect(rest.map((p) => p.operationStatus)).toEqual(['Success', 'Success']);
      expect(exists(ecs, systemId)).toBe(true);
      expect(findSnapshot(ecs.state, systemId)?.snapshotGroupId).toBeNull();
      expect(viewOf(ecs, systemId).snapshotGroupId).toBeUndefined();
      expect(data.map((id) => exists(ecs, id))).toEqual([false, false]);
    });
  });

  describe('when a member was deleted on its own', () => {
    it('lists and reports only the remaining members', () => {
      const { ecs, snapshotGroupId, members } = aSettledGroup();
      ecs.deleteSnapshot({ snapshotId: must(members[2], 'member') });
      expect(groupView(ecs, snapshotGroupId).snapshots.snapshot).toHaveLength(2);
      const body = ecs.deleteSnapshotGroup({ regionId: REGION, snapshotGroupId });
      expect(body.operationProgressSet.operationProgress).toHaveLength(2);
    });
  });

  describe('when refused', () => {
    it('returns MissingParameter, InvalidRegionId.NotFound, InvalidSnapshotGroup.NotFound, DryRunOperation', () => {
      const { ecs, snapshotGroupId } = aSettledGroup();
      expectRefused(ecs, () => ecs.deleteSnapshotGroup({ regionId: REGION }), 'MissingParameter');
      expectRefused(
        ecs,
        () => ecs.deleteSnapshotGroup({ regionId: 'xx-nowhere', snapshotGroupId }),
        'InvalidRegionId.NotFound',
      );
      expectRefused(
        ecs,
        () => ecs.deleteSnapshotGroup({ regionId: 'cn-shanghai', snapshotGroupId }),
        'InvalidSnapshotGroup.NotFound',
      );
      expectRefused(
        ecs,
        () => ecs.deleteSnapshotGroup({ regionId: REGION, snapshotGroupId, dryRun: true }),
        'DryRunOperation',
      );
    });
  });
});

describe('modifySnapshotGroup', () => {
  it('renames and re-describes a group', () => {
    const { ecs, snapshotGroupId } = aSettledGroup();
    ecs.modifySnapshotGroup({ regionId: REGION, snapshotGroupId, name: 'nightly' });
    expect(groupView(ecs, snapshotGroupId)).toMatchObject({ name: 'nightly', description: '' });
    ecs.modifySnapshotGroup({ regionId: REGION, snapshotGroupId, description: 'all disks' });
    expect(groupView(ecs, snapshotGroupId)).toMatchObject({
      name: 'nightly',
      description: 'all disks',
    });
  });

  it('returns InvalidParameter.Name, InvalidParameter.Description, InvalidSnapshotGroup.NotFound', () => {
    const { ecs, snapshotGroupId } = aSettledGroup();
    expectRefused(
      ecs,
      () => ecs.modifySnapshotGroup({ regionId: REGION, snapshotGroupId, name: '9lives' }),
      'InvalidParameter.Name',
    );
    expectRefused(
      ecs,
      () =>
        ecs.modifySnapshotGroup({ regionId: REGION, snapshotGroupId, description: 'https://x' }),
      'InvalidParameter.Description',
    );
    expectRefused(
      ecs,
      () => ecs.modifySnapshotGroup({ regionId: REGION, snapshotGroupId: 'ssg-nope', name: 'ok' }),
      'InvalidSnapshotGroup.NotFound',
    );
    expectRefused(
      ecs,
      () => ecs.modifySnapshotGroup({ regionId: REGION, name: 'ok' }),
      'MissingParameter',
    );
  });
});
