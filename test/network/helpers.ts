import type { Ecs } from '../../src/index.js';
import { must } from '../fixtures/must.js';
import { REGION } from '../fixtures/world.js';

export { expectRefused } from '../fixtures/ecs-errors.js';
export { anInstance, aRunningInstance, aWorld, REGION } from '../fixtures/world.js';

/** The first zone of the fixtures' region, and another one. */
export const ZONE = 'cn-hangzhou-h';
export const OTHER_ZONE = 'cn-hangzhou-i';

/** An `Available` VPC (10.0.0.0/16 unless given) and its id. */
export function aVpc(ecs: Ecs, cidrBlock = '10.0.0.0/16'): string {
  const { vpcId } = ecs.createVpc({ regionId: REGION, cidrBlock });
  ecs.clock.settle();
  return vpcId;
}

/** An `Available` vSwitch of a VPC and its id. */
export function aVSwitch(
  ecs: Ecs,
  vpcId: string,
  cidrBlock = '10.0.1.0/24',
  zoneId = ZONE,
): string {
  const { vSwitchId } = ecs.createVSwitch({ regionId: REGION, zoneId, vpcId, cidrBlock });
  ecs.clock.settle();
  return vSwitchId;
}

/** A security group of a VPC and its id. */
export function aGroup(ecs: Ecs, vpcId: string, name = 'web'): string {
  return ecs.createSecurityGroup({ regionId: REGION, vpcId, securityGroupName: name })
    .securityGroupId;
}

/** The region's default VPC. */
export function defaultVpc(ecs: Ecs): string {
  return must(ecs.describeVpcs({ regionId: REGION, isDefault: true }).vpcs.vpc[0]).vpcId;
}

/** The region's default security group. */
export function defaultGroup(ecs: Ecs): string {
  return must(
    ecs.describeSecurityGroups({ regionId: REGION, vpcId: defaultVpc(ecs) }).securityGroups
      .securityGroup[0],
  ).securityGroupId;
}

/** An instance's view in DescribeInstances. */
export function instanceView(ecs: Ecs, instanceId: string) {
  return must(
    ecs.describeInstances({ regionId: REGION, instanceIds: JSON.stringify([instanceId]) }).instances
      .instance[0],
  );
}
