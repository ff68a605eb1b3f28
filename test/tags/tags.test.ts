import { describe, expect, it } from 'vitest';
import { findDisk } from '../../src/disks/store.js';
import { DEFAULT_RESOURCE_GROUP_ID, type Ecs } from '../../src/index.js';
import { expectRefused } from '../fixtures/ecs-errors.js';
import { aRunningInstance, aWorld, dataDiskOf, REGION } from '../fixtures/world.js';

function aTaggedWorld() {
  const ecs = aWorld({ timings: 'instant' });
  const instanceId = aRunningInstance(ecs, { dataDisk: [{ size: 20 }] });
  const diskId = dataDiskOf(ecs, instanceId).diskId;
  const { snapshotId } = ecs.createSnapshot({ diskId });
  return { ecs, instanceId, diskId, snapshotId };
}

function pairs(ecs: Ecs, resourceType: string, resourceId: string[]) {
  return ecs
    .listTagResources({ regionId: REGION, resourceType, resourceId })
    .tagResources.tagResource.map((t) => `${t.resourceId} ${t.tagKey}=${t.tagValue}`);
}

describe('tags and resource groups', () => {
  it('tagResources, listTagResources and untagResources on several kinds of resource', () => {
    const { ecs, instanceId, diskId, snapshotId } = aTaggedWorld();
    ecs.tagResources({
      regionId: REGION,
      resourceType: 'snapshot',
      resourceId: [snapshotId],
      tag: [
        { key: 'env', value: 'prod' },
        { key: 'team', value: 'db' },
      ],
    });
    ecs.tagResources({
      regionId: REGION,
      resourceType: 'snapshot',
      resourceId: [snapshotId],
      tag: [{ key: 'env', value: 'dev' }],
    });
    expect(pairs(ecs, 'snapshot', [snapshotId])).toEqual([
      `${snapshotId} env=dev`,
      `${snapshotId} team=db`,
    ]);
    ecs.tagResources({
      regionId: REGION,
      resourceType: 'Disk',
      resourceId: [diskId],
      tag: [{ key: 'env', value: 'prod' }],
    });
    ecs.addTags({
      regionId: REGION,
      resourceType: 'instance',
      resourceId: instanceId,
      tag: [{ key: 'env', value: 'prod' }],
    });
    expect(
      ecs.describeDisks({ regionId: REGION, tag: [{ key: 'env', value: 'prod' }] }).totalCount,
    ).toBe(1);
    expect(
      ecs
        .listTagResources({
          regionId: REGION,
          resourceType: 'disk',
          tag: [{ key: 'env', value: 'prod' }],
        })
        .tagResources.tagResource.map((t) => t.resourceId),
    ).toEqual([diskId]);
    ecs.untagResources({
      regionId: REGION,
      resourceType: 'snapshot',
      resourceId: [snapshotId],
      tagKey: ['team'],
    });
    expect(pairs(ecs, 'snapshot', [snapshotId])).toEqual([`${snapshotId} env=dev`]);
    ecs.untagResources({
      regionId: REGION,
      resourceType: 'snapshot',
      resourceId: [snapshotId],
      all: true,
    });
    expect(pairs(ecs, 'snapshot', [snapshotId])).toEqual([]);
    ecs.removeTags({ regionId: REGION, resourceType: 'instance', resourceId: instanceId });
    expect(pairs(ecs, 'instance', [instanceId])).toEqual([]);
  });

  it('describeTags counts the resources of each type that carry each tag', () => {
    const { ecs, instanceId, diskId } = aTaggedWorld();
    const env = [{ key: 'env', value: 'prod' }];
    ecs.tagResources({ regionId: REGION, resourceType: 'disk', resourceId: [diskId], tag: env });
    ecs.tagResources({
      regionId: REGION,
      resourceType: 'instance',
      resourceId: [instanceId],
      tag: env,
    });
    const body = ecs.describeTags({ regionId: REGION });
    expect(body.totalCount).toBe(1);
    expect(body.tags.tag[0]).toMatchObject({
      tagKey: 'env',
      tagValue: 'prod',
      resourceTypeCount: { disk: 1, instance: 1, snapshot: 0 },
    });
    expect(ecs.describeTags({ regionId: REGION, resourceType: 'snapshot' }).totalCount).toBe(0);
  });

  it('joinResourceGroup moves a resource out of the default group', () => {
    const { ecs, diskId } = aTaggedWorld();
    expect(findDisk(ecs.state, diskId)?.resourceGroupId ?? DEFAULT_RESOURCE_GROUP_ID).toBe(
      DEFAULT_RESOURCE_GROUP_ID,
    );
    ecs.joinResourceGroup({
      regionId: REGION,
      resourceGroupId: 'rg-acfmteam0001',
      resourceType: 'disk',
      resourceId: diskId,
    });
    expect(findDisk(ecs.state, diskId)?.resourceGroupId).toBe('rg-acfmteam0001');
    ecs.createKeyPair({ regionId: REGION, keyPairName: 'deploy' });
    ecs.joinResourceGroup({
      regionId: REGION,
      resourceGroupId: 'rg-acfmteam0001',
      resourceType: 'keypair',
      resourceId: 'deploy',
    });
    expect(
      ecs.describeKeyPairs({ regionId: REGION, resourceGroupId: 'rg-acfmteam0001' }).totalCount,
    ).toBe(1);
  });

  it('refuses 21 tags on one resource with InvalidTagCount', () => {
    const { ecs, diskId } = aTaggedWorld();
    const tag = (n: number) => Array.from({ length: n }, (_, i) => ({ key: `k${i}`, value: 'v' }));
    ecs.tagResources({
      regionId: REGION,
      resourceType: 'disk',
      resourceId: [diskId],
      tag: tag(20),
    });
    expectRefused(
      ecs,
      () =>
        ecs.tagResources({
          regionId: REGION,
          resourceType: 'disk',
          resourceId: [diskId],
          tag: [{ key: 'one-more', value: 'v' }],
        }),
      'InvalidTagCount',
      400,
    );
  });

  it.each<[string, object, string, number]>([
    ['no region', { regionId: undefined }, 'MissingParameter', 400],
    ['no resource type', { resourceType: undefined }, 'MissingParameter', 400],
    ['no resources', { resourceId: undefined }, 'MissingParameter', 400],
    ['no tags', { tag: undefined }, 'MissingParameter', 400],
    ['an unknown region', { regionId: 'xx-1' }, 'InvalidRegionId.NotFound', 404],
    ['an unknown type', { resourceType: 'spaceship' }, 'InvalidResourceType.NotFound', 400],
    ['an unknown resource', { resourceId: ['d-nope'] }, 'InvalidResourceId.NotFound', 404],
    ['a bad key', { tag: [{ key: 'acs:x', value: 'v' }] }, 'InvalidTagKey.Malformed', 400],
    ['a duplicate key', { tag: [{ key: 'a' }, { key: 'a' }] }, 'Duplicate.TagKey', 400],
  ])('tagResources refuses %s, changing nothing', (_what, overrides, code, status) => {
    const { ecs, diskId } = aTaggedWorld();
    const request = {
      regionId: REGION,
      resourceType: 'disk',
      resourceId: [diskId],
      tag: [{ key: 'env', value: 'prod' }],
      ...overrides,
    };
    expectRefused(ecs, () => ecs.tagResources(request), code as 'MissingParameter', status);
  });

  it.each<[string, (ecs: Ecs, diskId: string) => unknown, string, number]>([
    [
      'untag an unknown resource',
      (e) =>
        e.untagResources({
          regionId: REGION,
          resourceType: 'disk',
          resourceId: ['d-nope'],
          tagKey: ['a'],
        }),
      'InvalidResourceId.NotFound',
      404,
    ],
    [
      'untag an unknown type',
      (e, d) => e.untagResources({ regionId: REGION, resourceType: 'x', resourceId: [d] }),
      'InvalidResourceType.NotFound',
      400,
    ],
    [
      'list without ids or tags',
      (e) => e.listTagResources({ regionId: REGION, resourceType: 'disk' }),
      'MissingParameter',
      400,
    ],
    [
      'list with a bad token',
      (e, d) =>
        e.listTagResources({
          regionId: REGION,
          resourceType: 'disk',
          resourceId: [d],
          nextToken: '!!',
        }),
      'InvalidParameter',
      400,
    ],
    [
      'addTags without a resource',
      (e) => e.addTags({ regionId: REGION, resourceType: 'disk', tag: [{ key: 'a' }] }),
      'MissingParameter',
      400,
    ],
    [
      'removeTags of an unknown resource',
      (e) => e.removeTags({ regionId: REGION, resourceType: 'disk', resourceId: 'd-nope' }),
      'InvalidResourceId.NotFound',
      404,
    ],
    [
      'describeTags of an unknown type',
      (e) => e.describeTags({ regionId: REGION, resourceType: 'x' }),
      'InvalidResourceType.NotFound',
      400,
    ],
    [
      'join a malformed group',
      (e, d) =>
        e.joinResourceGroup({
          regionId: REGION,
          resourceGroupId: 'team',
          resourceType: 'disk',
          resourceId: d,
        }),
      'InvalidResourceGroup.NotFound',
      404,
    ],
    [
      'join with an unknown resource',
      (e) =>
        e.joinResourceGroup({
          regionId: REGION,
          resourceGroupId: 'rg-acfmteam0001',
          resourceType: 'disk',
          resourceId: 'd-nope',
        }),
      'InvalidResourceId.NotFound',
      404,
    ],
  ])('refuses to %s, changing nothing', (_what, call, code, status) => {
    const { ecs, diskId } = aTaggedWorld();
    expectRefused(ecs, () => call(ecs, diskId), code as 'MissingParameter', status);
  });
});
