import { describe, expect, it } from 'vitest';
import { must } from '../fixtures/must.js';
import { aRunRequest } from '../fixtures/world.js';
import {
  aGroup,
  anInstance,
  aVpc,
  aVSwitch,
  aWorld,
  defaultGroup,
  defaultVpc,
  expectRefused,
  instanceView,
  OTHER_ZONE,
  REGION,
  ZONE,
} from './helpers.js';

describe('runInstances in the network', () => {
  it('puts an instance without VSwitchId in its zone default vSwitch and the default group', () => {
    const ecs = aWorld();
    const instanceId = anInstance(ecs, { zoneId: OTHER_ZONE });
    const view = instanceView(ecs, instanceId);
    expect(view.instanceNetworkType).toBe('vpc');
    expect(view.vpcAttributes.vpcId).toBe(defaultVpc(ecs));
    expect(view.vpcAttributes.privateIpAddress.ipAddress).toEqual(['172.16.16.1']);
    expect(view.securityGroupIds.securityGroupId).toEqual([defaultGroup(ecs)]);
    const eni = must(view.networkInterfaces.networkInterface[0]);
    expect(eni).toMatchObject({ type: 'Primary', primaryIpAddress: '172.16.16.1' });
    expect(eni.networkInterfaceId).toMatch(/^eni-bp[0-9a-z]{18}$/);
    expect(eni.macAddress).toMatch(/^00:16:3e(:[0-9a-f]{2}){3}$/);
  });

  it('places instances in the vSwitch and groups given, with consecutive private IPs', () => {
    const ecs = aWorld({ timings: 'instant' });
    const vpcId = aVpc(ecs);
    const vSwitchId = aVSwitch(ecs, vpcId, '10.0.1.0/24', OTHER_ZONE);
    const web = aGroup(ecs, vpcId, 'web');
    const ssh = aGroup(ecs, vpcId, 'ssh');
    const ids = ecs.runInstances(
      aRunRequest({ vSwitchId, securityGroupId: web, securityGroupIds: [ssh, web], amount: 2 }),
    ).instanceIdSets.instanceIdSet;
    const views = ids.map((id) => instanceView(ecs, id));
    expect(views.map((v) => v.zoneId)).toEqual([OTHER_ZONE, OTHER_ZONE]);
    expect(views.map((v) => v.vpcAttributes.privateIpAddress.ipAddress[0])).toEqual([
      '10.0.1.1',
      '10.0.1.2',
    ]);
    expect(views[0]?.securityGroupIds.securityGroupId).toEqual([web, ssh]);
    expect(ecs.describeInstances({ regionId: REGION, vSwitchId }).instances.instance).toHaveLength(
      2,
    );
    expect(ecs.describeInstances({ regionId: REGION, vpcId }).totalCount).toBe(2);
  });

  it('gives a requested private IP, and reuses a released address later', () => {
    const ecs = aWorld({ timings: 'instant' });
    const vpcId = aVpc(ecs);
    const vSwitchId = aVSwitch(ecs, vpcId, '10.0.1.0/29');
    const securityGroupId = aGroup(ecs, vpcId);
    const fixed = anInstance(ecs, { vSwitchId, securityGroupId, privateIpAddress: '10.0.1.3' });
    expect(instanceView(ecs, fixed).vpcAttributes.privateIpAddress.ipAddress).toEqual(['10.0.1.3']);
    expectRefused(
      ecs,
      () => anInstance(ecs, { vSwitchId, securityGroupId, privateIpAddress: '10.0.1.3' }),
      'InvalidPrivateIpAddress.Duplicated',
    );
    const a = anInstance(ecs, { vSwitchId, securityGroupId });
    const b = anInstance(ecs, { vSwitchId, securityGroupId });
    const c = anInstance(ecs, { vSwitchId, securityGroupId });
    const ipOf = (id: string) => instanceView(ecs, id).vpcAttributes.privateIpAddress.ipAddress[0];
    expect([a, b, c].map(ipOf)).toEqual(['10.0.1.1', '10.0.1.2', '10.0.1.4']);
    expectRefused(
      ecs,
      () => anInstance(ecs, { vSwitchId, securityGroupId }),
      'QuotaExceeded.PrivateIpAddress',
    );
    ecs.deleteInstance({ instanceId: a, force: true });
    expect(ipOf(anInstance(ecs, { vSwitchId, securityGroupId }))).toBe('10.0.1.1');
  });

  it.each([
    [{ vSwitchId: 'vsw-nope' }, 'InvalidVSwitchId.NotFound', 404],
    [{ securityGroupId: 'sg-nope' }, 'InvalidSecurityGroupId.NotFound', 404],
    [{ securityGroupIds: ['sg-nope'] }, 'InvalidSecurityGroupId.NotFound', 404],
    [{ privateIpAddress: '300.1.1.1' }, 'InvalidPrivateIpAddress.Malformed', 400],
    [{ privateIpAddress: '172.16.0.0' }, 'InvalidPrivateIpAddress', 400],
    [{ privateIpAddress: '172.16.15.255' }, 'InvalidPrivateIpAddress', 400],
    [{ privateIpAddress: '172.16.0.9', amount: 2 }, 'InvalidParameter', 400],
    [{ zoneId: 'cn-hangzhou-z' }, 'InvalidZoneId.NotFound', 404],
  ] as const)('refuses %j with %s (%i), changing nothing', (change, code, status) => {
    const ecs = aWorld();
    expectRefused(ecs, () => ecs.runInstances(aRunRequest(change as never)), code, status);
  });

  it('refuses a vSwitch of another zone, a group of another VPC, a Pending vSwitch', () => {
    const ecs = aWorld({ timings: { vSwitchCreate: 60 } });
    const vpcId = aVpc(ecs);
    const vSwitchId = aVSwitch(ecs, vpcId, '10.0.1.0/24', ZONE);
    const own = aGroup(ecs, vpcId);
    const run = (change: object) => () => ecs.runInstances(aRunRequest(change));
    expectRefused(
      ecs,
      run({ vSwitchId, securityGroupId: own, zoneId: OTHER_ZONE }),
      'InvalidParameter.Mismatch',
      400,
    );
    expectRefused(
      ecs,
      run({ vSwitchId, securityGroupId: defaultGroup(ecs) }),
      'InvalidParameter.Mismatch',
      400,
    );
    expectRefused(ecs, run({ securityGroupId: own }), 'InvalidSecurityGroup.NotInDefaultVpc');
    expectRefused(ecs, run({ vSwitchId }), 'MissingParameter');
    expectRefused(
      ecs,
      run({
        vSwitchId,
        securityGroupIds: [1, 2, 3, 4, 5, 6].map((n) => aGroup(ecs, vpcId, `g${n}`)),
      }),
      'InstanceSecurityGroupLimitExceeded',
    );
    const { vSwitchId: pending } = ecs.createVSwitch({
      regionId: REGION,
      zoneId: ZONE,
      vpcId,
      cidrBlock: '10.0.2.0/24',
    });
    expectRefused(ecs, run({ vSwitchId: pending, securityGroupId: own }), 'IncorrectVSwitchStatus');
  });

  it('needs a VSwitchId in a zone whose default vSwitch is gone', () => {
    const ecs = aWorld();
    const vSwitchId = must(
      ecs.describeVSwitches({ regionId: REGION, zoneId: ZONE }).vSwitches.vSwitch[0],
    ).vSwitchId;
    ecs.deleteVSwitch({ vSwitchId });
    expectRefused(ecs, () => ecs.runInstances(aRunRequest({ zoneId: ZONE })), 'MissingParameter');
  });
});

describe('createInstance in the network', () => {
  it('places the instance as runInstances does: vSwitch, groups, private IP, attribute view', () => {
    const ecs = aWorld({ timings: 'instant' });
    const vpcId = aVpc(ecs);
    const vSwitchId = aVSwitch(ecs, vpcId, '10.0.1.0/24', OTHER_ZONE);
    const web = aGroup(ecs, vpcId, 'web');
    const { instanceId } = ecs.createInstance(aRunRequest({ vSwitchId, securityGroupId: web }));
    const view = instanceView(ecs, instanceId);
    expect(view.status).toBe('Stopped');
    expect(view.zoneId).toBe(OTHER_ZONE);
    expect(view.vpcAttributes.privateIpAddress.ipAddress).toEqual(['10.0.1.1']);
    expect(view.securityGroupIds.securityGroupId).toEqual([web]);
    const attribute = ecs.describeInstanceAttribute({ instanceId });
    expect(attribute.vpcAttributes).toMatchObject({ vpcId, vSwitchId });
    expect(attribute.securityGroupIds.securityGroupId).toEqual([web]);
    // The vSwitch counts the address: the next instance gets the next one.
    const next = ecs.createInstance(aRunRequest({ vSwitchId, securityGroupId: web })).instanceId;
    expect(instanceView(ecs, next).vpcAttributes.privateIpAddress.ipAddress).toEqual(['10.0.1.2']);
  });

  it('puts an instance without VSwitchId in the default network', () => {
    const ecs = aWorld();
    const { instanceId } = ecs.createInstance(aRunRequest({ zoneId: OTHER_ZONE }));
    const view = instanceView(ecs, instanceId);
    expect(view.vpcAttributes.vpcId).toBe(defaultVpc(ecs));
    expect(view.securityGroupIds.securityGroupId).toEqual([defaultGroup(ecs)]);
  });

  it.each([
    [{ vSwitchId: 'vsw-nope' }, 'InvalidVSwitchId.NotFound', 404],
    [{ securityGroupId: 'sg-nope' }, 'InvalidSecurityGroupId.NotFound', 404],
    [{ privateIpAddress: '300.1.1.1' }, 'InvalidPrivateIpAddress.Malformed', 400],
  ] as const)('refuses %j with %s (%i), changing nothing', (change, code, status) => {
    const ecs = aWorld();
    expectRefused(ecs, () => ecs.createInstance(aRunRequest(change as never)), code, status);
  });
});
