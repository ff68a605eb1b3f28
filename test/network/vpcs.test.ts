import { describe, expect, it } from 'vitest';
import { must } from '../fixtures/must.js';
import { aGroup, aVpc, aVSwitch, aWorld, defaultVpc, expectRefused, REGION } from './helpers.js';

describe('the default network', () => {
  it('gives every region a default VPC, a default vSwitch per zone and a default group', () => {
    const ecs = aWorld();
    const vpcs = ecs.describeVpcs({ regionId: REGION }).vpcs.vpc;
    expect(vpcs).toHaveLength(1);
    expect(vpcs[0]).toMatchObject({
      isDefault: true,
      status: 'Available',
      cidrBlock: '172.16.0.0/12',
    });
    const vSwitches = ecs.describeVSwitches({ regionId: REGION }).vSwitches.vSwitch;
    expect(vSwitches.map((v) => [v.zoneId, v.cidrBlock, v.isDefault])).toEqual([
      ['cn-hangzhou-h', '172.16.0.0/20', true],
      ['cn-hangzhou-i', '172.16.16.0/20', true],
      ['cn-hangzhou-j', '172.16.32.0/20', true],
    ]);
    expect(vSwitches[0]?.availableIpAddressCount).toBe(4096 - 4);
    const groups = ecs.describeSecurityGroups({ regionId: REGION }).securityGroups.securityGroup;
    expect(groups.map((g) => g.securityGroupName)).toEqual(['default']);
    expect(ecs.describeVpcs({ regionId: 'cn-shanghai' }).vpcs.vpc).toHaveLength(1);
  });

  it('does not move the ids a world hands out', () => {
    const a = aWorld().createDisk({ regionId: REGION, zoneId: 'cn-hangzhou-h', size: 20 }).diskId;
    expect(a).toMatch(/^d-bp[0-9a-z]{18}$/);
    expect(defaultVpc(aWorld())).toBe(defaultVpc(aWorld()));
  });
});

describe('createVpc', () => {
  it('stays Pending for timings.vpcCreate, then becomes Available', () => {
    const ecs = aWorld();
    const body = ecs.createVpc({ regionId: REGION, cidrBlock: '192.168.0.0/16', vpcName: 'app' });
    expect(body.vpcId).toMatch(/^vpc-bp[0-9a-z]{18}$/);
    expect(body.VRouterId).toMatch(/^vrt-/);
    expect(body.routeTableId).toMatch(/^vtb-/);
    const view = () => must(ecs.describeVpcs({ regionId: REGION, vpcId: body.vpcId }).vpcs.vpc[0]);
    expect(view()).toMatchObject({ status: 'Pending', vpcName: 'app', isDefault: false });
    ecs.clock.advance('PT5S');
    expect(view().status).toBe('Available');
  });

  it('is Available at once with instant timings, and defaults to 172.16.0.0/12', () => {
    const ecs = aWorld({ timings: 'instant' });
    const { vpcId } = ecs.createVpc({ regionId: REGION });
    expect(ecs.describeVpcs({ regionId: REGION, vpcId }).vpcs.vpc[0]).toMatchObject({
      status: 'Available',
      cidrBlock: '172.16.0.0/12',
    });
  });

  it('returns the same VPC for a retried client token', () => {
    const ecs = aWorld();
    const a = ecs.createVpc({ regionId: REGION, cidrBlock: '10.0.0.0/8', clientToken: 't' });
    const b = ecs.createVpc({ regionId: REGION, cidrBlock: '10.0.0.0/8', clientToken: 't' });
    expect(b.vpcId).toBe(a.vpcId);
    expectRefused(
      ecs,
      () => ecs.createVpc({ regionId: REGION, cidrBlock: '10.0.0.0/16', clientToken: 't' }),
      'IdempotentParameterMismatch',
    );
  });

  it.each([
    [{ regionId: REGION, cidrBlock: '10.0.0.5/16' }, 'InvalidCidrBlock.Malformed'],
    [{ regionId: REGION, cidrBlock: '8.8.0.0/16' }, 'InvalidCidrBlock.Malformed'],
    [{ regionId: REGION, cidrBlock: '10.0.0.0/30' }, 'InvalidCidrBlock.Malformed'],
    [{ regionId: REGION, cidrBlock: 'ten' }, 'InvalidCidrBlock.Malformed'],
    [{ regionId: REGION, vpcName: '1bad' }, 'InvalidVpcName.Malformed'],
    [{ regionId: REGION, description: 'http://x' }, 'InvalidDescription.Malformed'],
    [{ regionId: 'cn-nowhere' }, 'InvalidRegionId.NotFound'],
    [{}, 'MissingParameter'],
  ] as const)('refuses %j with %s, changing nothing', (request, code) => {
    const ecs = aWorld();
    expectRefused(ecs, () => ecs.createVpc(request), code);
  });
});

describe('describeVpcs', () => {
  it('filters by id list and default flag, and pages', () => {
    const ecs = aWorld({ timings: 'instant' });
    const a = aVpc(ecs, '10.0.0.0/16');
    const b = aVpc(ecs, '10.1.0.0/16');
    const own = ecs.describeVpcs({ regionId: REGION, isDefault: false });
    expect(own.vpcs.vpc.map((v) => v.vpcId)).toEqual([a, b]);
    expect(ecs.describeVpcs({ regionId: REGION, vpcId: `${b},${a}` }).totalCount).toBe(2);
    const page = ecs.describeVpcs({ regionId: REGION, pageSize: 2, pageNumber: 2 });
    expect(page).toMatchObject({ totalCount: 3, pageNumber: 2, pageSize: 2 });
    expect(page.vpcs.vpc.map((v) => v.vpcId)).toEqual([b]);
  });

  it('lists the vSwitches of each VPC', () => {
    const ecs = aWorld({ timings: 'instant' });
    const vpcId = aVpc(ecs);
    const vSwitchId = aVSwitch(ecs, vpcId);
    expect(ecs.describeVpcs({ regionId: REGION, vpcId }).vpcs.vpc[0]?.vSwitchIds.vSwitchId).toEqual(
      [vSwitchId],
    );
  });

  it.each([
    [{ regionId: 'cn-nowhere' }, 'InvalidRegionId.NotFound'],
    [{}, 'MissingParameter'],
    [{ regionId: REGION, pageSize: 51 }, 'InvalidParameter'],
  ] as const)('refuses %j with %s', (request, code) => {
    const ecs = aWorld();
    expectRefused(ecs, () => ecs.describeVpcs(request), code);
  });
});

describe('deleteVpc', () => {
  it('deletes a VPC without vSwitches or groups', () => {
    const ecs = aWorld({ timings: 'instant' });
    const vpcId = aVpc(ecs);
    ecs.deleteVpc({ regionId: REGION, vpcId });
    expect(ecs.describeVpcs({ regionId: REGION, vpcId }).totalCount).toBe(0);
  });

  it('refuses while a vSwitch is left (DependencyViolation.VSwitch), then while a security group is (DependencyViolation.SecurityGroup), both 400', () => {
    const ecs = aWorld({ timings: 'instant' });
    const vpcId = aVpc(ecs);
    const vSwitchId = aVSwitch(ecs, vpcId);
    const groupId = aGroup(ecs, vpcId);
    const error = expectRefused(
      ecs,
      () => ecs.deleteVpc({ regionId: REGION, vpcId }),
      'DependencyViolation.VSwitch',
      400,
    );
    expect(error.message).toContain(vSwitchId);
    ecs.deleteVSwitch({ vSwitchId });
    const left = expectRefused(
      ecs,
      () => ecs.deleteVpc({ regionId: REGION, vpcId }),
      'DependencyViolation.SecurityGroup',
      400,
    );
    expect(left.message).toContain(groupId);
    ecs.deleteSecurityGroup({ regionId: REGION, securityGroupId: groupId });
    ecs.deleteVpc({ regionId: REGION, vpcId });
  });

  it('refuses a Pending VPC with IncorrectVpcStatus', () => {
    const ecs = aWorld();
    const { vpcId } = ecs.createVpc({ regionId: REGION });
    expectRefused(ecs, () => ecs.deleteVpc({ regionId: REGION, vpcId }), 'IncorrectVpcStatus');
  });

  it.each([
    [{ regionId: REGION, vpcId: 'vpc-nope' }, 'InvalidVpcId.NotFound'],
    [{ regionId: 'cn-nowhere', vpcId: 'vpc-nope' }, 'InvalidRegionId.NotFound'],
    [{ regionId: REGION }, 'MissingParameter'],
  ] as const)('refuses %j with %s', (request, code) => {
    const ecs = aWorld();
    expectRefused(ecs, () => ecs.deleteVpc(request), code);
  });

  it('does not find a VPC of another region', () => {
    const ecs = aWorld({ timings: 'instant' });
    const vpcId = aVpc(ecs);
    expectRefused(
      ecs,
      () => ecs.deleteVpc({ regionId: 'cn-shanghai', vpcId }),
      'InvalidVpcId.NotFound',
    );
  });
});
