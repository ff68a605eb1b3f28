import { describe, expect, it } from 'vitest';
import { must } from '../fixtures/must.js';
import {
  anInstance,
  aVpc,
  aVSwitch,
  aWorld,
  expectRefused,
  OTHER_ZONE,
  REGION,
  ZONE,
} from './helpers.js';

describe('createVSwitch', () => {
  it('stays Pending for timings.vSwitchCreate, then becomes Available', () => {
    const ecs = aWorld();
    const vpcId = aVpc(ecs);
    const { vSwitchId } = ecs.createVSwitch({
      regionId: REGION,
      zoneId: ZONE,
      vpcId,
      cidrBlock: '10.0.1.0/24',
      vSwitchName: 'app-h',
    });
    expect(vSwitchId).toMatch(/^vsw-bp[0-9a-z]{18}$/);
    const view = () =>
      must(ecs.describeVSwitches({ regionId: REGION, vSwitchId }).vSwitches.vSwitch[0]);
    expect(view()).toMatchObject({
      status: 'Pending',
      vpcId,
      zoneId: ZONE,
      vSwitchName: 'app-h',
      availableIpAddressCount: 252,
      isDefault: false,
    });
    ecs.clock.advance('PT5S');
    expect(view().status).toBe('Available');
  });

  it.each([
    ['10.0.1.0/24', 'InvalidCidrBlock.Malformed', 'not inside the VPC', '192.168.1.0/24'],
    ['', 'InvalidCidrBlock.Malformed', 'a prefix longer than /29', '10.0.1.0/30'],
    ['', 'InvalidCidrBlock.Malformed', 'not at the start of its block', '10.0.1.3/24'],
    ['10.0.1.0/24', 'InvalidCidrBlock.Overlapped', 'overlapping a vSwitch', '10.0.0.0/16'],
  ] as const)('refuses a block %s with %s (%s)', (existing, code, _why, cidrBlock) => {
    const ecs = aWorld({ timings: 'instant' });
    const vpcId = aVpc(ecs);
    if (existing) aVSwitch(ecs, vpcId, existing);
    expectRefused(
      ecs,
      () => ecs.createVSwitch({ regionId: REGION, zoneId: ZONE, vpcId, cidrBlock }),
      code,
    );
  });

  it('refuses a Pending VPC with IncorrectVpcStatus', () => {
    const ecs = aWorld();
    const { vpcId } = ecs.createVpc({ regionId: REGION, cidrBlock: '10.0.0.0/16' });
    expectRefused(
      ecs,
      () => ecs.createVSwitch({ regionId: REGION, zoneId: ZONE, vpcId, cidrBlock: '10.0.1.0/24' }),
      'IncorrectVpcStatus',
    );
  });

  it.each([
    [{ zoneId: 'cn-hangzhou-z' }, 'InvalidZoneId.NotFound'],
    [{ vpcId: 'vpc-nope' }, 'InvalidVpcId.NotFound'],
    [{ regionId: 'cn-nowhere' }, 'InvalidRegionId.NotFound'],
    [{ vSwitchName: 'x' }, 'InvalidVSwitchName.Malformed'],
    [{ description: 'https://x' }, 'InvalidDescription.Malformed'],
    [{ cidrBlock: undefined }, 'MissingParameter'],
  ] as const)('refuses %j with %s', (change, code) => {
    const ecs = aWorld({ timings: 'instant' });
    const vpcId = aVpc(ecs);
    const request = { regionId: REGION, zoneId: ZONE, vpcId, cidrBlock: '10.0.1.0/24', ...change };
    expectRefused(ecs, () => ecs.createVSwitch(request), code);
  });
});

describe('describeVSwitches', () => {
  it('filters by VPC, zone, id and default flag', () => {
    const ecs = aWorld({ timings: 'instant' });
    const vpcId = aVpc(ecs);
    const a = aVSwitch(ecs, vpcId, '10.0.1.0/24', ZONE);
    const b = aVSwitch(ecs, vpcId, '10.0.2.0/24', OTHER_ZONE);
    const ids = (request: Parameters<typeof ecs.describeVSwitches>[0]) =>
      ecs.describeVSwitches(request).vSwitches.vSwitch.map((v) => v.vSwitchId);
    expect(ids({ regionId: REGION, vpcId })).toEqual([a, b]);
    expect(ids({ regionId: REGION, vpcId, zoneId: OTHER_ZONE })).toEqual([b]);
    expect(ids({ regionId: REGION, vSwitchId: a })).toEqual([a]);
    expect(ids({ regionId: REGION, isDefault: false })).toEqual([a, b]);
    expect(ids({ regionId: REGION, isDefault: true })).toHaveLength(3);
  });

  it('counts the addresses instances take', () => {
    const ecs = aWorld({ timings: 'instant' });
    const vpcId = aVpc(ecs);
    const vSwitchId = aVSwitch(ecs, vpcId, '10.0.1.0/28');
    const securityGroupId = ecs.createSecurityGroup({ regionId: REGION, vpcId }).securityGroupId;
    anInstance(ecs, { vSwitchId, securityGroupId, amount: 3 });
    const view = ecs.describeVSwitches({ regionId: REGION, vSwitchId }).vSwitches.vSwitch[0];
    expect(view?.availableIpAddressCount).toBe(16 - 4 - 3);
  });

  it.each([
    [{ regionId: 'cn-nowhere' }, 'InvalidRegionId.NotFound'],
    [{}, 'MissingParameter'],
  ] as const)('refuses %j with %s', (request, code) => {
    const ecs = aWorld();
    expectRefused(ecs, () => ecs.describeVSwitches(request), code);
  });

  it("takes the region of the VPC or vSwitch named when none is given (aliyungo's way)", () => {
    const ecs = aWorld({ timings: 'instant' });
    const vpcId = aVpc(ecs);
    const vSwitchId = aVSwitch(ecs, vpcId);
    expect(ecs.describeVSwitches({ vpcId }).totalCount).toBe(1);
    expect(ecs.describeVSwitches({ vSwitchId }).totalCount).toBe(1);
    expect(ecs.describeVSwitches({ vpcId: 'vpc-nope' }).totalCount).toBe(0);
  });
});

describe('createVSwitch and deleteVpc without a region', () => {
  it("work from the VPC's region, as older clients call them", () => {
    const ecs = aWorld({ timings: 'instant' });
    const vpcId = aVpc(ecs);
    const { vSwitchId } = ecs.createVSwitch({ zoneId: ZONE, vpcId, cidrBlock: '10.0.9.0/24' });
    expect(vSwitchId).toMatch(/^vsw-bp/);
    ecs.deleteVSwitch({ vSwitchId });
    ecs.deleteVpc({ vpcId });
    expect(ecs.describeVpcs({ regionId: REGION, vpcId }).totalCount).toBe(0);
    expectRefused(
      ecs,
      () => ecs.createVSwitch({ zoneId: ZONE, vpcId: 'vpc-nope', cidrBlock: '10.0.9.0/24' }),
      'InvalidVpcId.NotFound',
    );
  });
});

describe('deleteVSwitch', () => {
  it('deletes an unused vSwitch', () => {
    const ecs = aWorld({ timings: 'instant' });
    const vSwitchId = aVSwitch(ecs, aVpc(ecs));
    ecs.deleteVSwitch({ regionId: REGION, vSwitchId });
    expect(ecs.describeVSwitches({ regionId: REGION, vSwitchId }).totalCount).toBe(0);
  });

  it('refuses while an instance uses it (DependencyViolation, 400), then deletes it', () => {
    const ecs = aWorld({ timings: 'instant' });
    const vpcId = aVpc(ecs);
    const vSwitchId = aVSwitch(ecs, vpcId);
    const securityGroupId = ecs.createSecurityGroup({ regionId: REGION, vpcId }).securityGroupId;
    const instanceId = anInstance(ecs, { vSwitchId, securityGroupId });
    expectRefused(ecs, () => ecs.deleteVSwitch({ vSwitchId }), 'DependencyViolation', 400);
    ecs.deleteInstance({ instanceId, force: true });
    ecs.deleteVSwitch({ vSwitchId });
  });

  it('refuses a Pending vSwitch with IncorrectVSwitchStatus', () => {
    const ecs = aWorld();
    const vpcId = aVpc(ecs);
    const { vSwitchId } = ecs.createVSwitch({
      regionId: REGION,
      zoneId: ZONE,
      vpcId,
      cidrBlock: '10.0.1.0/24',
    });
    expectRefused(ecs, () => ecs.deleteVSwitch({ vSwitchId }), 'IncorrectVSwitchStatus');
  });

  it.each([
    [{ vSwitchId: 'vsw-nope' }, 'InvalidVSwitchId.NotFound'],
    [{ vSwitchId: 'vsw-nope', regionId: 'cn-nowhere' }, 'InvalidRegionId.NotFound'],
    [{}, 'MissingParameter'],
  ] as const)('refuses %j with %s', (request, code) => {
    const ecs = aWorld();
    expectRefused(ecs, () => ecs.deleteVSwitch(request), code);
  });
});
