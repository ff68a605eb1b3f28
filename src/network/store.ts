import { entityGet, entityPut } from '../shared/entity-table.js';
import type { EcsState } from '../state/ecs-state.js';
import { securityGroupIndexKeys, vpcIndexKeys, vSwitchIndexKeys } from './index-keys.js';
import type { SecurityGroup, Vpc, VSwitch } from './types.js';

/**
 * Stores a VPC.
 *
 * @param table - The VPCs.
 * @param vpc - The VPC.
 * @returns The new table.
 * @internal
 */
export function putVpc(table: EcsState['vpcs'], vpc: Vpc): EcsState['vpcs'] {
  return entityPut(table, vpc.vpcId, vpc, vpcIndexKeys);
}

/**
 * Stores a vSwitch.
 *
 * @param table - The vSwitches.
 * @param vSwitch - The vSwitch.
 * @returns The new table.
 * @internal
 */
export function putVSwitch(table: EcsState['vSwitches'], vSwitch: VSwitch): EcsState['vSwitches'] {
  return entityPut(table, vSwitch.vSwitchId, vSwitch, vSwitchIndexKeys);
}

/**
 * Stores a security group.
 *
 * @param table - The security groups.
 * @param group - The group.
 * @returns The new table.
 * @internal
 */
export function putSecurityGroup(
  table: EcsState['securityGroups'],
  group: SecurityGroup,
): EcsState['securityGroups'] {
  return entityPut(table, group.securityGroupId, group, securityGroupIndexKeys);
}

/**
 * Looks a VPC up.
 *
 * @param state - The state.
 * @param vpcId - The id.
 * @returns The VPC, or `undefined`.
 * @internal
 */
export function findVpc(state: EcsState, vpcId: string): Vpc | undefined {
  return entityGet(state.vpcs, vpcId);
}

/**
 * Looks a vSwitch up.
 *
 * @param state - The state.
 * @param vSwitchId - The id.
 * @returns The vSwitch, or `undefined`.
 * @internal
 */
export function findVSwitch(state: EcsState, vSwitchId: string): VSwitch | undefined {
  return entityGet(state.vSwitches, vSwitchId);
}

/**
 * Looks a security group up.
 *
 * @param state - The state.
 * @param securityGroupId - The id.
 * @returns The group, or `undefined`.
 * @internal
 */
export function findSecurityGroup(
  state: EcsState,
  securityGroupId: string,
): SecurityGroup | undefined {
  return entityGet(state.securityGroups, securityGroupId);
}
