// The network and catalogue over HTTP, driven by the unmodified official SDK with both signature
// versions: what a Terraform configuration does before its instance exists (zones, types, VPC,
// vSwitch waited to Available, security group and its rule), the instance put in them with
// `VSwitchId` + `SecurityGroupIds.N`, its interface read back, then the destroy in reverse order
// with `DependencyViolation` seen while the instance is still there.

import * as $Ecs from '@alicloud/ecs20140526';
import { afterAll, describe, expect, it } from 'vitest';
import { createEcs } from '../../src/index.js';
import type { RunningServer } from '../../src/server/index.js';
import { INSTANCE_TYPE, LINUX_IMAGE, REGION } from '../fixtures/world.js';
import { anSdkClient, aServer, rejectionOf, type SdkClient } from './helpers.js';

const servers: RunningServer[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
});

async function lifecycle(client: SdkClient, settle: () => void) {
  const zones = await client.describeZones(new $Ecs.DescribeZonesRequest({ regionId: REGION }));
  const zoneIds = zones.body?.zones?.zone?.map((z) => z.zoneId);
  const available = await client.describeAvailableResource(
    new $Ecs.DescribeAvailableResourceRequest({
      regionId: REGION,
      destinationResource: 'Zone',
      instanceType: INSTANCE_TYPE,
    }),
  );
  const zoneId = available.body?.availableZones?.availableZone?.[1]?.zoneId ?? '';
  const types = await client.describeInstanceTypes(
    new $Ecs.DescribeInstanceTypesRequest({ instanceTypes: [INSTANCE_TYPE], maxResults: 10 }),
  );
  const vpc = await client.createVpc(
    new $Ecs.CreateVpcRequest({ regionId: REGION, cidrBlock: '10.0.0.0/16', vpcName: 'tf-vpc' }),
  );
  const vpcId = vpc.body?.vpcId ?? '';
  settle();
  const vsw = await client.createVSwitch(
    new $Ecs.CreateVSwitchRequest({ regionId: REGION, zoneId, vpcId, cidrBlock: '10.0.1.0/24' }),
  );
  const vSwitchId = vsw.body?.vSwitchId ?? '';
  settle();
  const listed = await client.describeVSwitches(
    new $Ecs.DescribeVSwitchesRequest({ regionId: REGION, vSwitchId }),
  );
  const sg = await client.createSecurityGroup(
    new $Ecs.CreateSecurityGroupRequest({ regionId: REGION, vpcId, securityGroupName: 'tf-sg' }),
  );
  const securityGroupId = sg.body?.securityGroupId ?? '';
  await client.authorizeSecurityGroup(
    new $Ecs.AuthorizeSecurityGroupRequest({
      regionId: REGION,
      securityGroupId,
      ipProtocol: 'tcp',
      portRange: '22/22',
      sourceCidrIp: '0.0.0.0/0',
      priority: '1',
    }),
  );
  const attribute = await client.describeSecurityGroupAttribute(
    new $Ecs.DescribeSecurityGroupAttributeRequest({ regionId: REGION, securityGroupId }),
  );
  const run = await client.runInstances(
    new $Ecs.RunInstancesRequest({
      regionId: REGION,
      imageId: LINUX_IMAGE,
      instanceType: INSTANCE_TYPE,
      vSwitchId,
      securityGroupIds: [securityGroupId],
    }),
  );
  const instanceId = run.body?.instanceIdSets?.instanceIdSet?.[0] ?? '';
  settle();
  const instances = await client.describeInstances(
    new $Ecs.DescribeInstancesRequest({
      regionId: REGION,
      instanceIds: JSON.stringify([instanceId]),
    }),
  );
  const enis = await client.describeNetworkInterfaces(
    new $Ecs.DescribeNetworkInterfacesRequest({ regionId: REGION, instanceId }),
  );
  const refused = await rejectionOf(
    client.deleteSecurityGroup(
      new $Ecs.DeleteSecurityGroupRequest({ regionId: REGION, securityGroupId }),
    ),
  );
  await client.deleteInstance(new $Ecs.DeleteInstanceRequest({ instanceId, force: true }));
  await client.deleteSecurityGroup(
    new $Ecs.DeleteSecurityGroupRequest({ regionId: REGION, securityGroupId }),
  );
  await client.deleteVSwitch(new $Ecs.DeleteVSwitchRequest({ regionId: REGION, vSwitchId }));
  await client.deleteVpc(new $Ecs.DeleteVpcRequest({ regionId: REGION, vpcId }));
  const left = await client.describeVpcs(new $Ecs.DescribeVpcsRequest({ regionId: REGION }));
  const instance = instances.body?.instances?.instance?.[0];
  return {
    zoneIds,
    zoneId,
    memory: types.body?.instanceTypes?.instanceType?.[0]?.memorySize,
    vSwitchStatus: listed.body?.vSwitches?.vSwitch?.[0]?.status,
    rules: attribute.body?.permissions?.permission?.map((p) => [
      p.ipProtocol,
      p.portRange,
      p.priority,
    ]),
    instanceZone: instance?.zoneId,
    ip: instance?.vpcAttributes?.privateIpAddress?.ipAddress,
    groups: instance?.securityGroupIds?.securityGroupId,
    eniIp: enis.body?.networkInterfaceSets?.networkInterfaceSet?.[0]?.privateIpAddress,
    refused: [refused.code, refused.statusCode],
    vpcsLeft: left.body?.vpcs?.vpc?.map((v) => v.isDefault),
    securityGroupId,
  };
}

describe.each([
  ['ACS3 signatures', undefined],
  ['legacy HMAC-SHA1 signatures', 'v2' as const],
])('the network over HTTP with %s', (_name, signatureAlgorithm) => {
  it('runs the Terraform-shaped sequence with the answers real ECS gives', async () => {
    const ecs = createEcs({ seed: 'net-http' });
    const server = await aServer(ecs);
    servers.push(server);
    const client = anSdkClient(server, signatureAlgorithm ? { signatureAlgorithm } : {});
    const seen = await lifecycle(client, () => {
      server.ecs.clock.settle();
    });
    expect(seen).toMatchObject({
      zoneIds: ['cn-hangzhou-h', 'cn-hangzhou-i', 'cn-hangzhou-j'],
      zoneId: 'cn-hangzhou-i',
      memory: 8,
      vSwitchStatus: 'Available',
      rules: [['TCP', '22/22', '1']],
      instanceZone: 'cn-hangzhou-i',
      ip: ['10.0.1.1'],
      groups: [seen.securityGroupId],
      eniIp: '10.0.1.1',
      refused: ['DependencyViolation', 403],
      vpcsLeft: [true],
    });
  });
});
