import { describe, expect, it } from 'vitest';
import type { Ecs } from '../../src/index.js';
import { must } from '../fixtures/must.js';
import {
  aGroup,
  aRunningInstance,
  aVpc,
  aVSwitch,
  aWorld,
  defaultGroup,
  defaultVpc,
  expectRefused,
  instanceView,
  REGION,
} from './helpers.js';

function rules(ecs: Ecs, securityGroupId: string) {
  return ecs.describeSecurityGroupAttribute({ regionId: REGION, securityGroupId }).permissions
    .permission;
}

describe('createSecurityGroup', () => {
  it('creates an empty group in the VPC given, with its tags', () => {
    const ecs = aWorld({ timings: 'instant' });
    const vpcId = aVpc(ecs);
    const { securityGroupId } = ecs.createSecurityGroup({
      regionId: REGION,
      vpcId,
      securityGroupName: 'web',
      description: 'web tier',
      tag: [{ key: 'env', value: 'test' }],
    });
    expect(securityGroupId).toMatch(/^sg-bp[0-9a-z]{18}$/);
    const view = must(
      ecs.describeSecurityGroups({ regionId: REGION, securityGroupId }).securityGroups
        .securityGroup[0],
    );
    expect(view).toMatchObject({
      vpcId,
      securityGroupName: 'web',
      description: 'web tier',
      securityGroupType: 'normal',
      ruleCount: 0,
      ecsCount: 0,
      tags: { tag: [{ tagKey: 'env', tagValue: 'test' }] },
    });
    expect(rules(ecs, securityGroupId)).toEqual([]);
  });

  it('goes into the default VPC without vpcId; an enterprise group drops inner traffic', () => {
    const ecs = aWorld();
    const { securityGroupId } = ecs.createSecurityGroup({
      regionId: REGION,
      securityGroupType: 'enterprise',
    });
    const body = ecs.describeSecurityGroupAttribute({ regionId: REGION, securityGroupId });
    expect(body).toMatchObject({ vpcId: defaultVpc(ecs), innerAccessPolicy: 'Drop' });
  });

  it('refuses a Pending VPC with IncorrectVpcStatus', () => {
    const ecs = aWorld();
    const { vpcId } = ecs.createVpc({ regionId: REGION });
    expectRefused(
      ecs,
      () => ecs.createSecurityGroup({ regionId: REGION, vpcId }),
      'IncorrectVpcStatus',
    );
  });

  it.each([
    [{ vpcId: 'vpc-nope' }, 'InvalidVpcId.NotFound'],
    [{ securityGroupName: '-x' }, 'InvalidSecurityGroupName.Malformed'],
    [{ description: 'http://x' }, 'InvalidDescription.Malformed'],
    [{ securityGroupType: 'huge' }, 'InvalidParameter'],
    [{ tag: [{ key: 'aliyun:x', value: '' }] }, 'InvalidTagKey.Malformed'],
    [{ regionId: 'cn-nowhere' }, 'InvalidRegionId.NotFound'],
    [{ regionId: undefined }, 'MissingParameter'],
  ] as const)('refuses %j with %s', (change, code) => {
    const ecs = aWorld();
    expectRefused(
      ecs,
      () => ecs.createSecurityGroup({ regionId: REGION, ...(change as object) }),
      code,
    );
  });

  it('needs a VpcId in a region whose default VPC is gone', () => {
    const ecs = aWorld();
    const vpcId = defaultVpc(ecs);
    for (const v of ecs.describeVSwitches({ regionId: REGION, vpcId }).vSwitches.vSwitch)
      ecs.deleteVSwitch({ vSwitchId: v.vSwitchId });
    ecs.deleteSecurityGroup({ regionId: REGION, securityGroupId: defaultGroup(ecs) });
    ecs.deleteVpc({ regionId: REGION, vpcId });
    expectRefused(ecs, () => ecs.createSecurityGroup({ regionId: REGION }), 'MissingParameter');
  });
});

describe('describeSecurityGroups', () => {
  it('filters by VPC, ids, name (exact or fuzzy), type, tags and network type', () => {
    const ecs = aWorld({ timings: 'instant' });
    const vpcId = aVpc(ecs);
    const web = aGroup(ecs, vpcId, 'web-tier');
    const db = ecs.createSecurityGroup({
      regionId: REGION,
      vpcId,
      securityGroupName: 'db-tier',
      tag: [{ key: 'role', value: 'db' }],
    }).securityGroupId;
    const ids = (request: Omit<Parameters<Ecs['describeSecurityGroups']>[0], 'regionId'>) =>
      ecs
        .describeSecurityGroups({ regionId: REGION, ...request })
        .securityGroups.securityGroup.map((g) => g.securityGroupId);
    expect(ids({ vpcId })).toEqual([web, db]);
    expect(ids({ securityGroupIds: JSON.stringify([db]) })).toEqual([db]);
    expect(ids({ securityGroupId: web, securityGroupIds: JSON.stringify([db]) })).toEqual([]);
    expect(ids({ securityGroupName: 'tier', fuzzyQuery: true })).toEqual([web, db]);
    expect(ids({ securityGroupName: 'tier' })).toEqual([]);
    expect(ids({ tag: [{ key: 'role' }] })).toEqual([db]);
    expect(ids({ securityGroupType: 'enterprise' })).toEqual([]);
    expect(ids({ networkType: 'classic' })).toEqual([]);
  });

  it('pages by page number and by token', () => {
    const ecs = aWorld({ timings: 'instant' });
    const vpcId = aVpc(ecs);
    const made = [1, 2, 3].map((n) => aGroup(ecs, vpcId, `g${n}`));
    const first = ecs.describeSecurityGroups({ regionId: REGION, vpcId, maxResults: 2 });
    expect(first.securityGroups.securityGroup.map((g) => g.securityGroupId)).toEqual(
      made.slice(0, 2),
    );
    const second = ecs.describeSecurityGroups({
      regionId: REGION,
      vpcId,
      maxResults: 2,
      nextToken: first.nextToken,
    });
    expect(second.securityGroups.securityGroup.map((g) => g.securityGroupId)).toEqual([made[2]]);
    expect(second.nextToken).toBe('');
  });

  it('counts the instances in each group', () => {
    const ecs = aWorld({ timings: 'instant' });
    aRunningInstance(ecs);
    const group = ecs.describeSecurityGroups({ regionId: REGION }).securityGroups.securityGroup[0];
    expect(group).toMatchObject({ ecsCount: 1, availableInstanceAmount: 1999, ruleCount: 3 });
  });

  it.each([
    [{ regionId: 'cn-nowhere' }, 'InvalidRegionId.NotFound'],
    [{}, 'MissingParameter'],
    [{ regionId: REGION, securityGroupIds: 'sg-1' }, 'InvalidParameter'],
    [{ regionId: REGION, tag: [{ key: '' }] }, 'InvalidTagKey.Malformed'],
  ] as const)('refuses %j with %s', (request, code) => {
    const ecs = aWorld();
    expectRefused(ecs, () => ecs.describeSecurityGroups(request as never), code);
  });

  it('validates a dry run with DryRunOperation', () => {
    const ecs = aWorld();
    expectRefused(
      ecs,
      () => ecs.describeSecurityGroups({ regionId: REGION, dryRun: true }),
      'DryRunOperation',
    );
  });
});

describe('authorizeSecurityGroup and revokeSecurityGroup', () => {
  it('adds rules, lists them, ignores a duplicate, and removes them by fields or id', () => {
    const ecs = aWorld({ now: '2026-02-01T00:00:00Z' });
    const securityGroupId = aGroup(ecs, defaultVpc(ecs));
    const ssh = {
      regionId: REGION,
      securityGroupId,
      ipProtocol: 'tcp',
      portRange: '22/22',
      sourceCidrIp: '10.0.0.0/8',
    };
    ecs.authorizeSecurityGroup(ssh);
    ecs.authorizeSecurityGroup({
      regionId: REGION,
      securityGroupId,
      permissions: [
        { ipProtocol: 'icmp', sourceCidrIp: '0.0.0.0/0', policy: 'drop', priority: '5' },
        { ipProtocol: 'all', sourceGroupId: defaultGroup(ecs) },
      ],
    });
    const before = ecs.state;
    ecs.authorizeSecurityGroup(ssh);
    expect(ecs.state).toBe(before);
    const listed = rules(ecs, securityGroupId);
    expect(listed.map((r) => [r.ipProtocol, r.portRange, r.policy, r.priority])).toEqual([
      ['TCP', '22/22', 'Accept', '1'],
      ['ICMP', '-1/-1', 'Drop', '5'],
      ['ALL', '-1/-1', 'Accept', '1'],
    ]);
    expect(listed[0]).toMatchObject({
      direction: 'ingress',
      sourceCidrIp: '10.0.0.0/8',
      nicType: 'intranet',
      createTime: '2026-02-01T00:00:00Z',
    });
    expect(listed[0]?.securityGroupRuleId).toMatch(/^sgr-/);
    expect(listed[2]?.sourceGroupName).toBe('default');
    ecs.revokeSecurityGroup(ssh);
    ecs.revokeSecurityGroup({
      regionId: REGION,
      securityGroupId,
      securityGroupRuleId: [must(listed[1]).securityGroupRuleId],
    });
    expect(rules(ecs, securityGroupId).map((r) => r.ipProtocol)).toEqual(['ALL']);
    const unchanged = ecs.state;
    ecs.revokeSecurityGroup(ssh);
    expect(ecs.state).toBe(unchanged);
  });

  it('refuses the 201st rule with AuthorizationLimitExceed', () => {
    const ecs = aWorld();
    const securityGroupId = aGroup(ecs, defaultVpc(ecs));
    const permissions = Array.from({ length: 100 }, (_, i) => ({
      ipProtocol: 'tcp',
      portRange: `${i + 1}/${i + 1}`,
      sourceCidrIp: '10.0.0.0/8',
    }));
    ecs.authorizeSecurityGroup({ regionId: REGION, securityGroupId, permissions });
    ecs.authorizeSecurityGroup({
      regionId: REGION,
      securityGroupId,
      permissions: permissions.map((p) => ({ ...p, sourceCidrIp: '192.168.0.0/16' })),
    });
    expectRefused(
      ecs,
      () =>
        ecs.authorizeSecurityGroup({
          regionId: REGION,
          securityGroupId,
          ipProtocol: 'udp',
          portRange: '53/53',
          sourceCidrIp: '10.0.0.0/8',
        }),
      'AuthorizationLimitExceed',
    );
  });

  it.each([
    [{ ipProtocol: 'sctp' }, 'InvalidIpProtocol.ValueNotSupported', 400],
    [{ ipProtocol: undefined }, 'InvalidIpProtocol.ValueNotSupported', 400],
    [{ portRange: '22' }, 'InvalidIpPortRange.Malformed', 400],
    [{ portRange: '30/20' }, 'OperationDenied', 400],
    [{ ipProtocol: 'icmp', portRange: '22/22' }, 'OperationDenied', 400],
    [{ sourceCidrIp: undefined }, 'MissingParameter.Source', 400],
    [{ sourceCidrIp: '10.0.0.0/33' }, 'InvalidSourceCidrIp.Malformed', 400],
    [{ destCidrIp: 'nowhere' }, 'InvalidDestCidrIp.Malformed', 400],
    [{ sourceGroupId: 'sg-nope', sourceCidrIp: undefined }, 'InvalidSourceGroup.NotFound', 400],
    [{ policy: 'maybe' }, 'InvalidPolicy.Malformed', 400],
    [{ priority: '101' }, 'InvalidPriority.ValueNotSupported', 400],
    [{ nicType: 'wifi' }, 'InvalidNicType.ValueNotSupported', 400],
    [{ description: 'x'.repeat(513) }, 'InvalidDescription.Malformed', 400],
    [{ securityGroupId: 'sg-nope' }, 'InvalidSecurityGroupId.NotFound', 404],
    [{ regionId: 'cn-nowhere' }, 'InvalidRegionId.NotFound', 404],
  ] as const)('authorize refuses %j with %s (%i)', (change, code, status) => {
    const ecs = aWorld();
    const securityGroupId = aGroup(ecs, defaultVpc(ecs));
    const request = {
      regionId: REGION,
      securityGroupId,
      ipProtocol: 'tcp',
      portRange: '22/22',
      sourceCidrIp: '10.0.0.0/8',
      ...change,
    };
    expectRefused(ecs, () => ecs.authorizeSecurityGroup(request), code, status);
    expectRefused(ecs, () => ecs.revokeSecurityGroup(request), code, status);
  });

  it('refuses a source group of another VPC with InvalidSourceGroupId.Mismatch', () => {
    const ecs = aWorld({ timings: 'instant' });
    const securityGroupId = aGroup(ecs, defaultVpc(ecs));
    const other = aGroup(ecs, aVpc(ecs));
    expectRefused(
      ecs,
      () =>
        ecs.authorizeSecurityGroup({
          regionId: REGION,
          securityGroupId,
          ipProtocol: 'all',
          sourceGroupId: other,
        }),
      'InvalidSourceGroupId.Mismatch',
    );
  });

  it('refuses a request with no rule with MissingParameter', () => {
    const ecs = aWorld();
    const securityGroupId = defaultGroup(ecs);
    expectRefused(
      ecs,
      () => ecs.authorizeSecurityGroup({ regionId: REGION, securityGroupId }),
      'MissingParameter',
    );
  });
});

describe('deleteSecurityGroup', () => {
  it('refuses while instances are in it (DependencyViolation, 403)', () => {
    const ecs = aWorld({ timings: 'instant' });
    const instanceId = aRunningInstance(ecs);
    const securityGroupId = defaultGroup(ecs);
    const error = expectRefused(
      ecs,
      () => ecs.deleteSecurityGroup({ regionId: REGION, securityGroupId }),
      'DependencyViolation',
      403,
    );
    expect(error.message).toContain('There is still instance(s)');
    ecs.deleteInstance({ instanceId, force: true });
    ecs.deleteSecurityGroup({ regionId: REGION, securityGroupId });
    expect(ecs.describeSecurityGroups({ regionId: REGION }).totalCount).toBe(0);
  });

  it('refuses while another group authorises it', () => {
    const ecs = aWorld();
    const vpcId = defaultVpc(ecs);
    const a = aGroup(ecs, vpcId, 'ga');
    const b = aGroup(ecs, vpcId, 'gb');
    ecs.authorizeSecurityGroup({
      regionId: REGION,
      securityGroupId: b,
      ipProtocol: 'all',
      sourceGroupId: a,
    });
    expectRefused(
      ecs,
      () => ecs.deleteSecurityGroup({ regionId: REGION, securityGroupId: a }),
      'DependencyViolation',
    );
  });

  it.each([
    [{ regionId: REGION, securityGroupId: 'sg-nope' }, 'InvalidSecurityGroupId.NotFound'],
    [{ regionId: 'cn-shanghai', securityGroupId: 'sg-nope' }, 'InvalidSecurityGroupId.NotFound'],
    [{ regionId: 'cn-nowhere', securityGroupId: 'sg-nope' }, 'InvalidRegionId.NotFound'],
    [{ regionId: REGION }, 'MissingParameter'],
  ] as const)('refuses %j with %s', (request, code) => {
    const ecs = aWorld();
    expectRefused(ecs, () => ecs.deleteSecurityGroup(request), code);
  });
});

describe('modifySecurityGroupPolicy', () => {
  it('sets the inner access policy', () => {
    const ecs = aWorld();
    const securityGroupId = defaultGroup(ecs);
    ecs.modifySecurityGroupPolicy({ regionId: REGION, securityGroupId, innerAccessPolicy: 'Drop' });
    expect(
      ecs.describeSecurityGroupAttribute({ regionId: REGION, securityGroupId }).innerAccessPolicy,
    ).toBe('Drop');
  });

  it.each([
    [{ innerAccessPolicy: 'Maybe' }, 'InvalidInnerAccessPolicy.Malformed'],
    [{ innerAccessPolicy: undefined }, 'MissingParameter'],
    [{ securityGroupId: 'sg-nope' }, 'InvalidSecurityGroupId.NotFound'],
    [{ regionId: 'cn-nowhere' }, 'InvalidRegionId.NotFound'],
  ] as const)('refuses %j with %s', (change, code) => {
    const ecs = aWorld();
    const request = {
      regionId: REGION,
      securityGroupId: defaultGroup(ecs),
      innerAccessPolicy: 'Drop',
      ...change,
    };
    expectRefused(ecs, () => ecs.modifySecurityGroupPolicy(request), code);
  });
});

describe('describeSecurityGroupAttribute', () => {
  it('filters the rules by direction and NIC type', () => {
    const ecs = aWorld();
    const securityGroupId = defaultGroup(ecs);
    const body = (direction: string, nicType?: string) =>
      ecs.describeSecurityGroupAttribute({ regionId: REGION, securityGroupId, direction, nicType })
        .permissions.permission.length;
    expect(body('ingress')).toBe(3);
    expect(body('egress')).toBe(0);
    expect(body('all', 'internet')).toBe(0);
  });

  it.each([
    [{ securityGroupId: 'sg-nope' }, 'InvalidSecurityGroupId.NotFound'],
    [{ direction: 'sideways' }, 'InvalidParameter'],
    [{ regionId: 'cn-nowhere' }, 'InvalidRegionId.NotFound'],
    [{ securityGroupId: undefined }, 'MissingParameter'],
  ] as const)('refuses %j with %s', (change, code) => {
    const ecs = aWorld();
    const request = { regionId: REGION, securityGroupId: defaultGroup(ecs), ...change };
    expectRefused(ecs, () => ecs.describeSecurityGroupAttribute(request), code);
  });
});

describe('joinSecurityGroup and leaveSecurityGroup', () => {
  it('adds an instance to a group of its VPC and removes it again', () => {
    const ecs = aWorld({ timings: 'instant' });
    const instanceId = aRunningInstance(ecs);
    const web = aGroup(ecs, defaultVpc(ecs));
    ecs.joinSecurityGroup({ instanceId, securityGroupId: web });
    expect(instanceView(ecs, instanceId).securityGroupIds.securityGroupId).toEqual([
      defaultGroup(ecs),
      web,
    ]);
    expect(
      ecs.describeInstances({ regionId: REGION, securityGroupId: web }).instances.instance,
    ).toHaveLength(1);
    ecs.leaveSecurityGroup({ instanceId, securityGroupId: defaultGroup(ecs) });
    expect(instanceView(ecs, instanceId).securityGroupIds.securityGroupId).toEqual([web]);
    expectRefused(
      ecs,
      () => ecs.leaveSecurityGroup({ instanceId, securityGroupId: web }),
      'InstanceLastSecurityGroup',
    );
    expectRefused(
      ecs,
      () => ecs.leaveSecurityGroup({ instanceId, securityGroupId: defaultGroup(ecs) }),
      'InstanceNotInSecurityGroup',
    );
    expectRefused(
      ecs,
      () => ecs.joinSecurityGroup({ instanceId, securityGroupId: web }),
      'InvalidInstanceId.AlreadyExists',
    );
  });

  it('finds the instance by its network interface', () => {
    const ecs = aWorld({ timings: 'instant' });
    const instanceId = aRunningInstance(ecs);
    const web = aGroup(ecs, defaultVpc(ecs));
    const eni = must(instanceView(ecs, instanceId).networkInterfaces.networkInterface[0]);
    ecs.joinSecurityGroup({ networkInterfaceId: eni.networkInterfaceId, securityGroupId: web });
    expect(instanceView(ecs, instanceId).securityGroupIds.securityGroupId).toContain(web);
  });

  it('refuses a sixth group with InstanceSecurityGroupLimitExceeded', () => {
    const ecs = aWorld({ timings: 'instant' });
    const instanceId = aRunningInstance(ecs);
    const vpcId = defaultVpc(ecs);
    for (let n = 0; n < 4; n++)
      ecs.joinSecurityGroup({ instanceId, securityGroupId: aGroup(ecs, vpcId, `g${n}`) });
    const sixth = aGroup(ecs, vpcId, 'sixth');
    expectRefused(
      ecs,
      () => ecs.joinSecurityGroup({ instanceId, securityGroupId: sixth }),
      'InstanceSecurityGroupLimitExceeded',
    );
  });

  it('refuses a group of another VPC, an instance in transition, unknown ids', () => {
    const ecs = aWorld();
    const running = aRunningInstance(ecs);
    const other = aGroup(ecs, aVpc(ecs));
    const join = (instanceId: string, securityGroupId: string) => () =>
      ecs.joinSecurityGroup({ instanceId, securityGroupId });
    expectRefused(ecs, join(running, other), 'InvalidInstanceId.Mismatch');
    ecs.stopInstance({ instanceId: running });
    expectRefused(ecs, join(running, defaultGroup(ecs)), 'IncorrectInstanceStatus');
    expectRefused(ecs, join('i-nope', defaultGroup(ecs)), 'InvalidInstanceId.NotFound');
    expectRefused(ecs, join(running, 'sg-nope'), 'InvalidSecurityGroupId.NotFound');
    expectRefused(
      ecs,
      () => ecs.leaveSecurityGroup({ instanceId: running, securityGroupId: 'sg-nope' }),
      'InvalidSecurityGroupId.NotFound',
    );
    expectRefused(ecs, () => ecs.joinSecurityGroup({ securityGroupId: other }), 'MissingParameter');
    expectRefused(
      ecs,
      () => ecs.joinSecurityGroup({ networkInterfaceId: 'eni-nope', securityGroupId: other }),
      'InvalidParameter',
    );
  });

  it('refuses a vSwitch instance joining a group of the default VPC', () => {
    const ecs = aWorld({ timings: 'instant' });
    const vpcId = aVpc(ecs);
    const vSwitchId = aVSwitch(ecs, vpcId);
    const instanceId = aRunningInstance(ecs, { vSwitchId, securityGroupId: aGroup(ecs, vpcId) });
    expectRefused(
      ecs,
      () => ecs.joinSecurityGroup({ instanceId, securityGroupId: defaultGroup(ecs) }),
      'InvalidInstanceId.Mismatch',
    );
  });
});
