import { type EcsError, ecsError } from '../shared/ecs-error.js';
import { err, ok, type Result } from '../shared/result.js';
import type { EcsState } from '../state/ecs-state.js';
import { findSecurityGroup, findVpc, findVSwitch } from './store.js';
import type { SecurityGroup, Vpc, VSwitch } from './types.js';

/**
 * Finds a VPC of a region.
 *
 * @param state - The state.
 * @param regionId - The region the request names (a VPC of another region is not found).
 * @param vpcId - The VPC.
 * @returns The VPC, or `InvalidVpcId.NotFound`.
 * @internal
 */
export function requireVpc(
  state: EcsState,
  regionId: string | undefined,
  vpcId: string,
): Result<Vpc, EcsError> {
  const vpc = findVpc(state, vpcId);
  if (!vpc || (regionId !== undefined && vpc.regionId !== regionId))
    return err(ecsError('InvalidVpcId.NotFound', `The specified VPC ${vpcId} does not exist.`));
  return ok(vpc);
}

/**
 * Finds a vSwitch of a region.
 *
 * @param state - The state.
 * @param regionId - The region the request names, if any.
 * @param vSwitchId - The vSwitch.
 * @returns The vSwitch, or `InvalidVSwitchId.NotFound`.
 * @internal
 */
export function requireVSwitch(
  state: EcsState,
  regionId: string | undefined,
  vSwitchId: string,
): Result<VSwitch, EcsError> {
  const vSwitch = findVSwitch(state, vSwitchId);
  if (!vSwitch || (regionId !== undefined && vSwitch.regionId !== regionId))
    return err(
      ecsError(
        'InvalidVSwitchId.NotFound',
        `The specified virtual switch ${vSwitchId} does not exist.`,
      ),
    );
  return ok(vSwitch);
}

/**
 * Finds a security group of a region.
 *
 * @param state - The state.
 * @param regionId - The region the request names, if any.
 * @param securityGroupId - The group.
 * @returns The group, or `InvalidSecurityGroupId.NotFound`.
 * @internal
 */
export function requireSecurityGroup(
  state: EcsState,
  regionId: string | undefined,
  securityGroupId: string,
): Result<SecurityGroup, EcsError> {
  const group = findSecurityGroup(state, securityGroupId);
  if (!group || (regionId !== undefined && group.regionId !== regionId))
    return err(
      ecsError(
        'InvalidSecurityGroupId.NotFound',
        `The specified SecurityGroupId ${securityGroupId} does not exist.`,
      ),
    );
  return ok(group);
}
