import { describe, expect, it } from 'vitest';
import { must } from '../fixtures/must.js';
import {
  aGroup,
  anInstance,
  aVpc,
  aVSwitch,
  aWorld,
  defaultGroup,
  expectRefused,
  REGION,
} from './helpers.js';

describe('describeNetworkInterfaces', () => {
  it("lists each instance's primary interface with its address and groups", () => {
    const ecs = aWorld({ timings: 'instant' });
    const instanceId = anInstance(ecs);
    const body = ecs.describeNetworkInterfaces({ regionId: REGION, instanceId });
    expect(body.totalCount).toBe(1);
    const eni = must(body.networkInterfaceSets.networkInterfaceSet[0]);
    expect(eni).toMatchObject({
      instanceId,
      status: 'InUse',
      type: 'Primary',
      privateIpAddress: '172.16.0.1',
      zoneId: 'cn-hangzhou-h',
      attachment: { instanceId, deviceIndex: 0 },
      securityGroupIds: { securityGroupId: [defaultGroup(ecs)] },
    });
    expect(eni.privateIpSets.privateIpSet[0]).toMatchObject({
      privateIpAddress: '172.16.0.1',
      primary: true,
    });
  });

  it('filters by VPC, vSwitch, group, ids, addresses, type and status', () => {
    const ecs = aWorld({ timings: 'instant' });
    const vpcId = aVpc(ecs);
    const vSwitchId = aVSwitch(ecs, vpcId);
    const group = aGroup(ecs, vpcId);
    const inVpc = anInstance(ecs, { vSwitchId, securityGroupId: group });
    anInstance(ecs);
    const ids = (request: Omit<Parameters<typeof ecs.describeNetworkInterfaces>[0], 'regionId'>) =>
      ecs
        .describeNetworkInterfaces({ regionId: REGION, ...request })
        .networkInterfaceSets.networkInterfaceSet.map((n) => n.instanceId);
    expect(ids({})).toHaveLength(2);
    expect(ids({ vpcId })).toEqual([inVpc]);
    expect(ids({ vSwitchId })).toEqual([inVpc]);
    expect(ids({ securityGroupId: group })).toEqual([inVpc]);
    expect(ids({ privateIpAddress: ['10.0.1.1'] })).toEqual([inVpc]);
    expect(ids({ primaryIpAddress: '10.0.1.1' })).toEqual([inVpc]);
    const eniId = must(
      ecs.describeNetworkInterfaces({ regionId: REGION, instanceId: inVpc }).networkInterfaceSets
        .networkInterfaceSet[0],
    ).networkInterfaceId;
    expect(ids({ networkInterfaceId: [eniId] })).toEqual([inVpc]);
    expect(ids({ type: 'Secondary' })).toEqual([]);
    expect(ids({ status: 'Available' })).toEqual([]);
    const first = ecs.describeNetworkInterfaces({ regionId: REGION, maxResults: 1 });
    expect(first.nextToken).not.toBe('');
  });

  it.each([
    [{ regionId: 'cn-nowhere' }, 'InvalidRegionId.NotFound'],
    [{}, 'MissingParameter'],
    [{ regionId: REGION, pageSize: 1001 }, 'InvalidParameter'],
  ] as const)('refuses %j with %s', (request, code) => {
    const ecs = aWorld();
    expectRefused(ecs, () => ecs.describeNetworkInterfaces(request), code);
  });
});
