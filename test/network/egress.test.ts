import { describe, expect, it } from 'vitest';
import type { Ecs } from '../../src/index.js';
import { aGroup, aVpc, aWorld, defaultGroup, expectRefused, REGION } from './helpers.js';

function rules(ecs: Ecs, securityGroupId: string, direction: string) {
  return ecs.describeSecurityGroupAttribute({ regionId: REGION, securityGroupId, direction })
    .permissions.permission;
}

const HTTPS_OUT = { ipProtocol: 'tcp', portRange: '443/443', destCidrIp: '0.0.0.0/0' };

describe('authorizeSecurityGroupEgress', () => {
  it('adds an outbound rule to a block or a group of the VPC, listed as egress', () => {
    const ecs = aWorld();
    const vpcId = aVpc(ecs);
    const web = aGroup(ecs, vpcId, 'web');
    const db = aGroup(ecs, vpcId, 'db');
    const ingressBefore = rules(ecs, web, 'ingress');
    ecs.authorizeSecurityGroupEgress({ regionId: REGION, securityGroupId: web, ...HTTPS_OUT });
    ecs.authorizeSecurityGroupEgress({
      regionId: REGION,
      securityGroupId: web,
      permissions: [{ ipProtocol: 'tcp', portRange: '5432/5432', destGroupId: db, policy: 'drop' }],
    });
    const out = rules(ecs, web, 'egress');
    expect(out).toMatchObject([
      { direction: 'egress', ipProtocol: 'TCP', portRange: '443/443', destCidrIp: '0.0.0.0/0' },
      {
        direction: 'egress',
        portRange: '5432/5432',
        destGroupId: db,
        destGroupName: 'db',
        policy: 'Drop',
      },
    ]);
    expect(rules(ecs, web, 'ingress')).toEqual(ingressBefore);
    const refs = ecs.describeSecurityGroupReferences({ regionId: REGION, securityGroupId: [db] });
    expect(
      refs.securityGroupReferences.securityGroupReference[0]?.referencingSecurityGroups
        .referencingSecurityGroup,
    ).toEqual([{ aliUid: '', securityGroupId: web }]);
  });

  it('leaves a rule the group already has as it is, and the call succeeds', () => {
    const ecs = aWorld();
    const securityGroupId = defaultGroup(ecs);
    ecs.authorizeSecurityGroupEgress({ regionId: REGION, securityGroupId, ...HTTPS_OUT });
    const before = ecs.state;
    ecs.authorizeSecurityGroupEgress({ regionId: REGION, securityGroupId, ...HTTPS_OUT });
    expect(ecs.state).toBe(before);
    expect(rules(ecs, securityGroupId, 'egress')).toHaveLength(1);
  });

  it('refuses a destination group of another VPC with InvalidDestGroupId.Mismatch', () => {
    const ecs = aWorld();
    const other = aGroup(ecs, aVpc(ecs));
    const request = {
      regionId: REGION,
      securityGroupId: defaultGroup(ecs),
      ipProtocol: 'all',
      destGroupId: other,
    };
    expectRefused(
      ecs,
      () => ecs.authorizeSecurityGroupEgress(request),
      'InvalidDestGroupId.Mismatch',
    );
  });

  it.each([
    [{ regionId: undefined }, 'MissingParameter'],
    [{ securityGroupId: undefined }, 'MissingParameter'],
    [{ destCidrIp: undefined }, 'MissingParameter'],
    [{ destCidrIp: undefined, destGroupId: 'sg-nope' }, 'InvalidDestGroupId.NotFound'],
    [{ destCidrIp: '10.0.0.300/8' }, 'InvalidDestCidrIp.Malformed'],
    [{ sourceCidrIp: 'nope' }, 'InvalidSourceCidrIp.Malformed'],
    [{ ipProtocol: 'sctp' }, 'InvalidIpProtocol.ValueNotSupported'],
    [{ portRange: '443' }, 'InvalidIpPortRange.Malformed'],
    [{ portRange: '0/70000' }, 'OperationDenied'],
    [{ policy: 'maybe' }, 'InvalidPolicy.Malformed'],
    [{ priority: 101 }, 'InvalidPriority.ValueNotSupported'],
    [{ nicType: 'classic' }, 'InvalidNicType.ValueNotSupported'],
    [{ securityGroupId: 'sg-nope' }, 'InvalidSecurityGroupId.NotFound'],
    [{ regionId: 'cn-nowhere' }, 'InvalidRegionId.NotFound'],
  ] as const)('refuses %j with %s', (change, code) => {
    const ecs = aWorld();
    const request = {
      regionId: REGION,
      securityGroupId: defaultGroup(ecs),
      ...HTTPS_OUT,
      ...change,
    };
    expectRefused(ecs, () => ecs.authorizeSecurityGroupEgress(request), code);
  });

  it('refuses a rule past 200 with AuthorizationLimitExceed', () => {
    const ecs = aWorld();
    const securityGroupId = aGroup(ecs, aVpc(ecs));
    const permissions = Array.from({ length: 100 }, (_, i) => ({
      ipProtocol: 'tcp',
      portRange: `${i + 1}/${i + 1}`,
      destCidrIp: '10.0.0.0/8',
    }));
    ecs.authorizeSecurityGroupEgress({ regionId: REGION, securityGroupId, permissions });
    ecs.authorizeSecurityGroupEgress({
      regionId: REGION,
      securityGroupId,
      permissions: permissions.map((p) => ({ ...p, destCidrIp: '10.1.0.0/16' })),
    });
    expectRefused(
      ecs,
      () => ecs.authorizeSecurityGroupEgress({ regionId: REGION, securityGroupId, ...HTTPS_OUT }),
      'AuthorizationLimitExceed',
    );
  });
});

describe('revokeSecurityGroupEgress', () => {
  it('removes an outbound rule described as when added, or by id; inbound rules stay', () => {
    const ecs = aWorld();
    const securityGroupId = defaultGroup(ecs);
    const ingress = rules(ecs, securityGroupId, 'ingress');
    ecs.authorizeSecurityGroupEgress({ regionId: REGION, securityGroupId, ...HTTPS_OUT });
    ecs.authorizeSecurityGroupEgress({
      regionId: REGION,
      securityGroupId,
      ipProtocol: 'udp',
      portRange: '53/53',
      destCidrIp: '10.0.0.2',
    });
    ecs.revokeSecurityGroupEgress({ regionId: REGION, securityGroupId, ...HTTPS_OUT });
    const left = rules(ecs, securityGroupId, 'egress');
    expect(left.map((r) => r.portRange)).toEqual(['53/53']);
    const inboundId = ingress[0]?.securityGroupRuleId ?? '';
    ecs.revokeSecurityGroupEgress({
      regionId: REGION,
      securityGroupId,
      securityGroupRuleId: [left[0]?.securityGroupRuleId ?? '', inboundId],
    });
    expect(rules(ecs, securityGroupId, 'egress')).toEqual([]);
    expect(rules(ecs, securityGroupId, 'ingress')).toEqual(ingress);
  });

  it('ignores a rule the group does not have', () => {
    const ecs = aWorld();
    const before = ecs.state;
    ecs.revokeSecurityGroupEgress({
      regionId: REGION,
      securityGroupId: defaultGroup(ecs),
      ...HTTPS_OUT,
    });
    expect(ecs.state).toBe(before);
  });

  it('leaves an outbound rule alone when RevokeSecurityGroup names its id', () => {
    const ecs = aWorld();
    const securityGroupId = defaultGroup(ecs);
    ecs.authorizeSecurityGroupEgress({ regionId: REGION, securityGroupId, ...HTTPS_OUT });
    const id = rules(ecs, securityGroupId, 'egress')[0]?.securityGroupRuleId ?? '';
    ecs.revokeSecurityGroup({ regionId: REGION, securityGroupId, securityGroupRuleId: [id] });
    expect(rules(ecs, securityGroupId, 'egress')).toHaveLength(1);
  });

  it.each([
    [{ regionId: undefined }, 'MissingParameter'],
    [{ securityGroupId: 'sg-nope' }, 'InvalidSecurityGroupId.NotFound'],
    [{ destCidrIp: 'x' }, 'InvalidDestCidrIp.Malformed'],
    [{ ipProtocol: 'sctp' }, 'InvalidIpProtocol.ValueNotSupported'],
  ] as const)('refuses %j with %s', (change, code) => {
    const ecs = aWorld();
    const request = {
      regionId: REGION,
      securityGroupId: defaultGroup(ecs),
      ...HTTPS_OUT,
      ...change,
    };
    expectRefused(ecs, () => ecs.revokeSecurityGroupEgress(request), code);
  });
});
