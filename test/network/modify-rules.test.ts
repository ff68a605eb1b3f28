import { describe, expect, it } from 'vitest';
import type { Ecs } from '../../src/index.js';
import { must } from '../fixtures/must.js';
import { aGroup, aVpc, aWorld, expectRefused, REGION } from './helpers.js';

function rules(ecs: Ecs, securityGroupId: string, direction: string) {
  return ecs.describeSecurityGroupAttribute({ regionId: REGION, securityGroupId, direction })
    .permissions.permission;
}

const SSH = { ipProtocol: 'tcp', portRange: '22/22', sourceCidrIp: '10.0.0.0/8' };
const TLS_OUT = { ipProtocol: 'tcp', portRange: '443/443', destCidrIp: '10.0.0.0/8' };

function aGroupWithRules(ecs: Ecs) {
  const securityGroupId = aGroup(ecs, aVpc(ecs));
  ecs.authorizeSecurityGroup({ regionId: REGION, securityGroupId, ...SSH });
  ecs.authorizeSecurityGroupEgress({ regionId: REGION, securityGroupId, ...TLS_OUT });
  const inbound = must(rules(ecs, securityGroupId, 'ingress')[0]).securityGroupRuleId;
  const outbound = must(rules(ecs, securityGroupId, 'egress')[0]).securityGroupRuleId;
  return { securityGroupId, inbound, outbound };
}

describe('modifySecurityGroupRule', () => {
  it('changes the fields given of the rule named by id, keeping its id', () => {
    const ecs = aWorld();
    const { securityGroupId, inbound } = aGroupWithRules(ecs);
    ecs.modifySecurityGroupRule({
      regionId: REGION,
      securityGroupId,
      securityGroupRuleId: inbound,
      portRange: '2222/2222',
      policy: 'drop',
      description: 'moved',
    });
    expect(rules(ecs, securityGroupId, 'ingress')).toMatchObject([
      {
        securityGroupRuleId: inbound,
        portRange: '2222/2222',
        sourceCidrIp: '10.0.0.0/8',
        policy: 'Drop',
        description: 'moved',
      },
    ]);
  });

  it('finds the rule by its fields and changes only its description', () => {
    const ecs = aWorld();
    const { securityGroupId, inbound } = aGroupWithRules(ecs);
    ecs.modifySecurityGroupRule({ regionId: REGION, securityGroupId, ...SSH, description: 'ssh' });
    expect(rules(ecs, securityGroupId, 'ingress')).toMatchObject([
      { securityGroupRuleId: inbound, portRange: '22/22', description: 'ssh' },
    ]);
  });

  it('refuses an outbound rule id, an unknown id and a rule it does not have', () => {
    const ecs = aWorld();
    const { securityGroupId, outbound } = aGroupWithRules(ecs);
    const base = { regionId: REGION, securityGroupId };
    for (const request of [
      { ...base, securityGroupRuleId: outbound, description: 'x' },
      { ...base, securityGroupRuleId: 'sgr-nope', description: 'x' },
      { ...base, ...SSH, portRange: '23/23' },
    ])
      expectRefused(
        ecs,
        () => ecs.modifySecurityGroupRule(request),
        'InvalidSecurityGroupRule.RuleNotExist',
      );
  });

  it.each([
    [{ regionId: undefined }, 'MissingParameter'],
    [{ securityGroupId: undefined }, 'MissingParameter'],
    [{ securityGroupId: 'sg-nope' }, 'InvalidSecurityGroupId.NotFound'],
    [{ regionId: 'cn-nowhere' }, 'InvalidRegionId.NotFound'],
    [{ portRange: '22' }, 'InvalidIpPortRange.Malformed'],
    [{ sourceCidrIp: 'x' }, 'InvalidSourceCidrIp.Malformed'],
    [{ priority: 0 }, 'InvalidPriority.ValueNotSupported'],
    [{ description: 'http://x' }, 'InvalidDescription.Malformed'],
  ] as const)('refuses %j with %s', (change, code) => {
    const ecs = aWorld();
    const { securityGroupId, inbound } = aGroupWithRules(ecs);
    const request = { regionId: REGION, securityGroupId, securityGroupRuleId: inbound, ...change };
    expectRefused(ecs, () => ecs.modifySecurityGroupRule(request), code);
  });
});

describe('modifySecurityGroupEgressRule', () => {
  it('changes an outbound rule by id and by its fields; inbound rules stay', () => {
    const ecs = aWorld();
    const { securityGroupId, outbound } = aGroupWithRules(ecs);
    const inboundBefore = rules(ecs, securityGroupId, 'ingress');
    ecs.modifySecurityGroupEgressRule({
      regionId: REGION,
      securityGroupId,
      securityGroupRuleId: outbound,
      destCidrIp: '192.168.0.0/16',
    });
    ecs.modifySecurityGroupEgressRule({
      regionId: REGION,
      securityGroupId,
      ...TLS_OUT,
      destCidrIp: '192.168.0.0/16',
      description: 'tls out',
    });
    expect(rules(ecs, securityGroupId, 'egress')).toMatchObject([
      { securityGroupRuleId: outbound, destCidrIp: '192.168.0.0/16', description: 'tls out' },
    ]);
    expect(rules(ecs, securityGroupId, 'ingress')).toEqual(inboundBefore);
  });

  it.each([
    [{ securityGroupRuleId: 'sgr-nope' }, 'InvalidSecurityGroupRule.RuleNotExist'],
    [{ destCidrIp: 'x' }, 'InvalidDestCidrIp.Malformed'],
    [{ destCidrIp: '', destGroupId: 'sg-nope' }, 'InvalidDestGroupId.NotFound'],
    [{ securityGroupId: 'sg-nope' }, 'InvalidSecurityGroupId.NotFound'],
    [{ regionId: undefined }, 'MissingParameter'],
  ] as const)('refuses %j with %s', (change, code) => {
    const ecs = aWorld();
    const { securityGroupId, outbound } = aGroupWithRules(ecs);
    const request = { regionId: REGION, securityGroupId, securityGroupRuleId: outbound, ...change };
    expectRefused(ecs, () => ecs.modifySecurityGroupEgressRule(request), code);
  });
});
