import type { SecurityGroup, Vpc, VSwitch } from './types.js';

/**
 * The index keys of a VPC: region, default flag.
 *
 * @param vpc - The VPC.
 * @returns Its keys.
 * @internal
 */
export function vpcIndexKeys(vpc: Vpc): readonly string[] {
  return [`region:${vpc.regionId}`, ...(vpc.isDefault ? [`default:${vpc.regionId}`] : [])];
}

/**
 * The index keys of a vSwitch: region, VPC, zone, default flag.
 *
 * @param vSwitch - The vSwitch.
 * @returns Its keys.
 * @internal
 */
export function vSwitchIndexKeys(vSwitch: VSwitch): readonly string[] {
  return [
    `region:${vSwitch.regionId}`,
    `vpc:${vSwitch.vpcId}`,
    `zone:${vSwitch.zoneId}`,
    ...(vSwitch.isDefault ? [`default:${vSwitch.regionId}`] : []),
  ];
}

/**
 * The index keys of a security group: region and VPC.
 *
 * @param group - The security group.
 * @returns Its keys.
 * @internal
 */
export function securityGroupIndexKeys(group: SecurityGroup): readonly string[] {
  return [`region:${group.regionId}`, `vpc:${group.vpcId}`];
}

/**
 * The index key that marks a private IP of a vSwitch as taken (instances carry it).
 *
 * @param vSwitchId - The vSwitch.
 * @param ip - The address.
 * @returns The key.
 * @internal
 */
export function ipKey(vSwitchId: string, ip: string): string {
  return `ip:${vSwitchId}:${ip}`;
}
