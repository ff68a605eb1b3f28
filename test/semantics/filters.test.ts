import { describe, expect, it } from 'vitest';
import { wildcardMatcher } from '../../src/shared/wildcard.js';
import { aSnapshot } from '../fixtures/block-disk.js';
import { aRunningInstance, aWorld, dataDiskOf, REGION } from '../fixtures/world.js';

/** A world with two named instances, each with a data disk that has a snapshot. */
function aFixture() {
  const ecs = aWorld({ timings: 'instant' });
  const web = aRunningInstance(ecs, {
    instanceName: 'web-01',
    dataDisk: [{ category: 'cloud_essd', size: 20 }],
  });
  const db = aRunningInstance(ecs, {
    instanceName: 'db-01',
    dataDisk: [{ category: 'cloud_essd', size: 20 }],
  });
  aSnapshot(ecs, dataDiskOf(ecs, web).diskId);
  return { ecs, web, db };
}

describe('list filters as the current API reference describes them', () => {
  describe('when a JSON id list is empty', () => {
    it('DescribeDisks DiskIds=[] selects no disk (not every disk)', () => {
      const { ecs } = aFixture();
      expect(ecs.describeDisks({ regionId: REGION }).totalCount).toBe(4);
      const body = ecs.describeDisks({ regionId: REGION, diskIds: '[]' });
      expect(body.totalCount).toBe(0);
      expect(body.disks.disk).toEqual([]);
    });

    it('DescribeInstances InstanceIds=[] selects no instance', () => {
      const { ecs } = aFixture();
      const body = ecs.describeInstances({ regionId: REGION, instanceIds: '[]' });
      expect(body.totalCount).toBe(0);
      expect(body.instances.instance).toEqual([]);
    });

    it('DescribeSnapshots SnapshotIds=[] selects no snapshot', () => {
      const { ecs } = aFixture();
      expect(ecs.describeSnapshots({ regionId: REGION }).totalCount).toBe(1);
      expect(ecs.describeSnapshots({ regionId: REGION, snapshotIds: '[]' }).totalCount).toBe(0);
    });

    it('an absent list still selects everything', () => {
      const { ecs } = aFixture();
      expect(ecs.describeInstances({ regionId: REGION }).totalCount).toBe(2);
    });
  });

  describe('when DescribeInstances InstanceName has * wildcards', () => {
    it.each([
      ['web-*', ['web-01']],
      ['*-01', ['web-01', 'db-01']],
      ['*b*', ['web-01', 'db-01']],
      ['d*1', ['db-01']],
      ['web-01', ['web-01']],
      ['web', []],
      ['*', ['web-01', 'db-01']],
    ])('%s selects %j', (instanceName, names) => {
      const { ecs } = aFixture();
      const found = ecs
        .describeInstances({ regionId: REGION, instanceName })
        .instances.instance.map((i) => i.instanceName);
      expect(found).toEqual(names);
    });
  });

  describe('the wildcard matcher', () => {
    it.each([
      ['a*a', 'a', false],
      ['a*a', 'aa', true],
      ['*ab*ab', 'abab', true],
      ['*ab*ab', 'aba', false],
      ['x.y', 'xzy', false],
      ['a**b', 'ab', true],
    ])('%s against %s is %s', (pattern, name, matches) => {
      expect(wildcardMatcher(pattern)(name)).toBe(matches);
    });
  });
});
