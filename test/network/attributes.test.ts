import { describe, expect, it } from 'vitest';
import { must } from '../fixtures/must.js';
import { aGroup, aVpc, aVSwitch, aWorld, defaultGroup, expectRefused, REGION } from './helpers.js';

describe('modifyVpcAttribute', () => {
  it('changes what is given and keeps the rest', () => {
    const ecs = aWorld();
    const vpcId = aVpc(ecs);
    ecs.modifyVpcAttribute({ vpcId, vpcName: 'app', userCidr: '10.8.0.0/16,10.9.0.0/16' });
    ecs.modifyVpcAttribute({ regionId: REGION, vpcId, description: 'app tier' });
    const view = must(ecs.describeVpcs({ regionId: REGION, vpcId }).vpcs.vpc[0]);
    expect(view).toMatchObject({
      vpcName: 'app',
      description: 'app tier',
      cidrBlock: '10.0.0.0/16',
      userCidrs: { userCidr: ['10.8.0.0/16', '10.9.0.0/16'] },
    });
  });

  it('moves the IPv4 block when it still holds every vSwitch', () => {
    const ecs = aWorld();
    const vpcId = aVpc(ecs);
    aVSwitch(ecs, vpcId, '10.0.1.0/24');
    ecs.modifyVpcAttribute({ vpcId, cidrBlock: '10.0.0.0/8' });
    expect(must(ecs.describeVpcs({ regionId: REGION, vpcId }).vpcs.vpc[0]).cidrBlock).toBe(
      '10.0.0.0/8',
    );
  });

  it('refuses a block that leaves a vSwitch outside with InvalidCidrBlock.Malformed', () => {
    const ecs = aWorld();
    const vpcId = aVpc(ecs);
    aVSwitch(ecs, vpcId, '10.0.1.0/24');
    const error = expectRefused(
      ecs,
      () => ecs.modifyVpcAttribute({ vpcId, cidrBlock: '10.0.2.0/24' }),
      'InvalidCidrBlock.Malformed',
    );
    expect(error.message).toContain('vsw-');
  });

  it.each([
    [{ vpcId: undefined }, 'MissingParameter'],
    [{ vpcId: 'vpc-nope' }, 'InvalidVpcId.NotFound'],
    [{ regionId: 'cn-nowhere' }, 'InvalidRegionId.NotFound'],
    [{ vpcName: '-x' }, 'InvalidVpcName.Malformed'],
    [{ description: 'http://x' }, 'InvalidDescription.Malformed'],
    [{ cidrBlock: '8.8.8.0/24' }, 'InvalidCidrBlock.Malformed'],
  ] as const)('refuses %j with %s', (change, code) => {
    const ecs = aWorld();
    const request = { vpcId: aVpc(ecs), vpcName: 'ok-name', ...change };
    expectRefused(ecs, () => ecs.modifyVpcAttribute(request), code);
  });
});

describe('modifyVSwitchAttribute', () => {
  it('renames a vSwitch and changes its description', () => {
    const ecs = aWorld();
    const vSwitchId = aVSwitch(ecs, aVpc(ecs));
    ecs.modifyVSwitchAttribute({ vSwitchId, vSwitchName: 'app-h' });
    ecs.modifyVSwitchAttribute({ regionId: REGION, vSwitchId, description: 'zone h' });
    const view = must(ecs.describeVSwitches({ regionId: REGION, vSwitchId }).vSwitches.vSwitch[0]);
    expect(view).toMatchObject({ vSwitchName: 'app-h', description: 'zone h' });
  });

  it.each([
    [{ vSwitchId: undefined }, 'MissingParameter'],
    [{ vSwitchId: 'vsw-nope' }, 'InvalidVSwitchId.NotFound'],
    [{ regionId: 'cn-nowhere' }, 'InvalidRegionId.NotFound'],
    [{ vSwitchName: '-x' }, 'InvalidVSwitchName.Malformed'],
    [{ description: 'https://x' }, 'InvalidDescription.Malformed'],
  ] as const)('refuses %j with %s', (change, code) => {
    const ecs = aWorld();
    const request = { vSwitchId: aVSwitch(ecs, aVpc(ecs)), ...change };
    expectRefused(ecs, () => ecs.modifyVSwitchAttribute(request), code);
  });
});

describe('modifySecurityGroupAttribute', () => {
  it('renames a group and changes its description', () => {
    const ecs = aWorld();
    const securityGroupId = defaultGroup(ecs);
    ecs.modifySecurityGroupAttribute({
      regionId: REGION,
      securityGroupId,
      securityGroupName: 'db',
    });
    ecs.modifySecurityGroupAttribute({ regionId: REGION, securityGroupId, description: 'db tier' });
    const body = ecs.describeSecurityGroupAttribute({ regionId: REGION, securityGroupId });
    expect(body).toMatchObject({ securityGroupName: 'db', description: 'db tier' });
  });

  it.each([
    [{ regionId: undefined }, 'MissingParameter'],
    [{ securityGroupId: undefined }, 'MissingParameter'],
    [{ securityGroupId: 'sg-nope' }, 'InvalidSecurityGroupId.NotFound'],
    [{ regionId: 'cn-nowhere' }, 'InvalidRegionId.NotFound'],
    [{ securityGroupName: '-x' }, 'InvalidSecurityGroupName.Malformed'],
    [{ description: 'http://x' }, 'InvalidDescription.Malformed'],
  ] as const)('refuses %j with %s', (change, code) => {
    const ecs = aWorld();
    const request = { regionId: REGION, securityGroupId: defaultGroup(ecs), ...change };
    expectRefused(ecs, () => ecs.modifySecurityGroupAttribute(request), code);
  });
});

describe('describeSecurityGroupReferences', () => {
  it('lists the groups whose rules name each group asked about', () => {
    const ecs = aWorld();
    const vpcId = aVpc(ecs);
    const db = aGroup(ecs, vpcId, 'db');
    const web = aGroup(ecs, vpcId, 'web');
    const lonely = aGroup(ecs, vpcId, 'lonely');
    ecs.authorizeSecurityGroup({
      regionId: REGION,
      securityGroupId: db,
      ipProtocol: 'tcp',
      portRange: '5432/5432',
      sourceGroupId: web,
    });
    const body = ecs.describeSecurityGroupReferences({
      regionId: REGION,
      securityGroupId: [web, lonely],
    });
    expect(body.securityGroupReferences.securityGroupReference).toEqual([
      {
        securityGroupId: web,
        referencingSecurityGroups: {
          referencingSecurityGroup: [{ aliUid: '', securityGroupId: db }],
        },
      },
      { securityGroupId: lonely, referencingSecurityGroups: { referencingSecurityGroup: [] } },
    ]);
  });

  it.each([
    [{ regionId: undefined }, 'MissingParameter'],
    [{ securityGroupId: undefined }, 'MissingParameter'],
    [{ securityGroupId: ['sg-nope'] as string[] }, 'InvalidSecurityGroupId.NotFound'],
    [{ regionId: 'cn-nowhere' }, 'InvalidRegionId.NotFound'],
    [{ securityGroupId: Array.from({ length: 11 }, () => 'sg-x') as string[] }, 'InvalidParameter'],
  ] as const)('refuses %j with %s', (change, code) => {
    const ecs = aWorld();
    const request = { regionId: REGION, securityGroupId: [defaultGroup(ecs)], ...change };
    expectRefused(ecs, () => ecs.describeSecurityGroupReferences(request), code);
  });
});
