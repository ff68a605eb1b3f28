import { describe, expect, it } from 'vitest';
import { DEFAULT_RESOURCE_GROUP_ID, type Ecs } from '../../src/index.js';
import { expectRefused } from '../fixtures/ecs-errors.js';
import { aRunningInstance, aWorld, dataDiskOf, REGION } from '../fixtures/world.js';

const GROUP = 'rg-acfmteam0001';
const TEAM = [{ key: 'team', value: 'storage' }];

/** A snapshot of an instance's system disk, completed. */
function systemSnapshot(ecs: Ecs, instanceId: string): string {
  const system = ecs.describeDisks({ regionId: REGION, instanceId, diskType: 'system' }).disks
    .disk[0];
  const { snapshotId } = ecs.createSnapshot({ diskId: system?.diskId ?? '' });
  ecs.clock.settle();
  return snapshotId;
}

/** One resource of each kind the describes list, each also joined to GROUP and tagged team=storage. */
function aWorldOfTwos() {
  const ecs = aWorld({ timings: 'instant' });
  const make = () => {
    const instanceId = aRunningInstance(ecs, { dataDisk: [{ size: 20 }] });
    const diskId = dataDiskOf(ecs, instanceId).diskId;
    const { snapshotId } = ecs.createSnapshot({ diskId });
    const imageId = ecs.createImage({
      regionId: REGION,
      snapshotId: systemSnapshot(ecs, instanceId),
    }).imageId;
    const policyId = ecs.createAutoSnapshotPolicy({
      regionId: REGION,
      timePoints: '["1"]',
      repeatWeekdays: '["1"]',
      retentionDays: 1,
    }).autoSnapshotPolicyId;
    const groupId = ecs.createSnapshotGroup({ regionId: REGION, instanceId }).snapshotGroupId;
    const keyPairName = `kp-${instanceId.slice(-6)}`;
    ecs.createKeyPair({ regionId: REGION, keyPairName });
    ecs.clock.settle();
    return { instanceId, diskId, snapshotId, imageId, policyId, groupId, keyPairName };
  };
  const joined = make();
  const other = make();
  const kinds: [string, string][] = [
    ['instance', joined.instanceId],
    ['disk', joined.diskId],
    ['snapshot', joined.snapshotId],
    ['image', joined.imageId],
    ['snapshotpolicy', joined.policyId],
    ['snapshotgroup', joined.groupId],
    ['keypair', joined.keyPairName],
  ];
  for (const [resourceType, resourceId] of kinds) {
    ecs.joinResourceGroup({ regionId: REGION, resourceGroupId: GROUP, resourceType, resourceId });
    ecs.tagResources({ regionId: REGION, resourceType, resourceId: [resourceId], tag: TEAM });
  }
  return { ecs, joined, other };
}

/** Each describe, as the ids it lists for a filter. */
const DESCRIBES: Record<string, (ecs: Ecs, filter: object) => string[]> = {
  describeInstances: (ecs, f) =>
    ecs.describeInstances({ regionId: REGION, ...f }).instances.instance.map((i) => i.instanceId),
  describeDisks: (ecs, f) =>
    ecs.describeDisks({ regionId: REGION, diskType: 'data', ...f }).disks.disk.map((d) => d.diskId),
  describeSnapshots: (ecs, f) =>
    ecs.describeSnapshots({ regionId: REGION, ...f }).snapshots.snapshot.map((s) => s.snapshotId),
  describeAutoSnapshotPolicyEx: (ecs, f) =>
    ecs
      .describeAutoSnapshotPolicyEx({ regionId: REGION, ...f })
      .autoSnapshotPolicies.autoSnapshotPolicy.map((p) => p.autoSnapshotPolicyId),
  describeSnapshotGroups: (ecs, f) =>
    ecs
      .describeSnapshotGroups({ regionId: REGION, ...f })
      .snapshotGroups.snapshotGroup.map((g) => g.snapshotGroupId),
  describeKeyPairs: (ecs, f) =>
    ecs.describeKeyPairs({ regionId: REGION, ...f }).keyPairs.keyPair.map((k) => k.keyPairName),
  describeImages: (ecs, f) =>
    ecs
      .describeImages({ regionId: REGION, imageOwnerAlias: 'self', ...f })
      .images.image.map((i) => i.imageId),
};

const idOf = (method: string, r: { [k: string]: string }) =>
  ({
    describeInstances: r['instanceId'],
    describeDisks: r['diskId'],
    describeSnapshots: r['snapshotId'],
    describeAutoSnapshotPolicyEx: r['policyId'],
    describeSnapshotGroups: r['groupId'],
    describeKeyPairs: r['keyPairName'],
    describeImages: r['imageId'],
  })[method];

describe('Tag.N and ResourceGroupId filters (one shared helper)', () => {
  it.each(Object.keys(DESCRIBES))('%s lists only what the group and tags select', (method) => {
    const { ecs, joined, other } = aWorldOfTwos();
    const list = DESCRIBES[method] as (ecs: Ecs, filter: object) => string[];
    const mine = idOf(method, joined);
    const theirs = idOf(method, other);
    expect(list(ecs, {})).toEqual(expect.arrayContaining([mine, theirs]));
    expect(list(ecs, { resourceGroupId: GROUP })).toEqual([mine]);
    expect(list(ecs, { resourceGroupId: DEFAULT_RESOURCE_GROUP_ID })).toContain(theirs);
    expect(list(ecs, { resourceGroupId: DEFAULT_RESOURCE_GROUP_ID })).not.toContain(mine);
    expect(list(ecs, { resourceGroupId: 'rg-acfmnobody0001' })).toEqual([]);
    expect(list(ecs, { tag: [{ key: 'team', value: '' }] })).toEqual([mine]);
    expect(list(ecs, { resourceGroupId: GROUP, tag: [{ key: 'team', value: 'x' }] })).toEqual([]);
  });

  it.each(Object.keys(DESCRIBES))('%s refuses a malformed tag, changing nothing', (method) => {
    const { ecs } = aWorldOfTwos();
    const list = DESCRIBES[method] as (ecs: Ecs, filter: object) => string[];
    expectRefused(
      ecs,
      () => list(ecs, { tag: [{ key: '', value: 'v' }] }),
      'InvalidTagKey.Malformed',
    );
    expectRefused(ecs, () => list(ecs, { tag: [TEAM[0], TEAM[0]] }), 'Duplicate.TagKey');
  });

  it('describeImages leaves the public images out of either filter (they have no tags, no group)', () => {
    const { ecs, joined } = aWorldOfTwos();
    const all = ecs.describeImages({ regionId: REGION, pageSize: 100 }).images.image;
    expect(all.some((i) => i.imageOwnerAlias === 'system')).toBe(true);
    const grouped = ecs.describeImages({ regionId: REGION, pageSize: 100, resourceGroupId: GROUP });
    expect(grouped.images.image.map((i) => i.imageId)).toEqual([joined.imageId]);
    expect(grouped.totalCount).toBe(1);
    const tagged = ecs.describeImages({ regionId: REGION, pageSize: 100, tag: TEAM });
    expect(tagged.images.image.map((i) => i.imageId)).toEqual([joined.imageId]);
  });

  it("describeNetworkInterfaces: a primary interface is in its instance's group and has no tags", () => {
    const { ecs, joined, other } = aWorldOfTwos();
    const owners = (filter: object) =>
      ecs
        .describeNetworkInterfaces({ regionId: REGION, ...filter })
        .networkInterfaceSets.networkInterfaceSet.map((n) => n.instanceId);
    expect(owners({})).toEqual(expect.arrayContaining([joined.instanceId, other.instanceId]));
    expect(owners({ resourceGroupId: GROUP })).toEqual([joined.instanceId]);
    expect(owners({ resourceGroupId: DEFAULT_RESOURCE_GROUP_ID })).not.toContain(joined.instanceId);
    expect(owners({ tag: TEAM })).toEqual([]);
    const [view] = ecs.describeNetworkInterfaces({
      regionId: REGION,
      instanceId: joined.instanceId,
    }).networkInterfaceSets.networkInterfaceSet;
    expect(view?.resourceGroupId).toBe(GROUP);
    expectRefused(ecs, () => owners({ tag: [{ key: '', value: 'v' }] }), 'InvalidTagKey.Malformed');
  });

  it('security groups keep the group they were created in, the default one when none is given', () => {
    const ecs = aWorld();
    const group = (id: string) =>
      ecs.describeSecurityGroups({ regionId: REGION, securityGroupId: id }).securityGroups
        .securityGroup[0]?.resourceGroupId;
    const mine = ecs.createSecurityGroup({
      regionId: REGION,
      resourceGroupId: GROUP,
    }).securityGroupId;
    const plain = ecs.createSecurityGroup({ regionId: REGION }).securityGroupId;
    expect(group(mine)).toBe(GROUP);
    expect(group(plain)).toBe(DEFAULT_RESOURCE_GROUP_ID);
    expectRefused(
      ecs,
      () => ecs.createSecurityGroup({ regionId: REGION, resourceGroupId: 'not-a-group' }),
      'InvalidResourceGroup.NotFound',
    );
  });

  it('describeSecurityGroups takes the default group for groups that joined none', () => {
    const ecs = aWorld();
    const all = ecs.describeSecurityGroups({ regionId: REGION }).totalCount;
    expect(all).toBeGreaterThan(0);
    expect(
      ecs.describeSecurityGroups({ regionId: REGION, resourceGroupId: DEFAULT_RESOURCE_GROUP_ID })
        .totalCount,
    ).toBe(all);
    expect(
      ecs.describeSecurityGroups({ regionId: REGION, resourceGroupId: GROUP }).totalCount,
    ).toBe(0);
  });
});
