import { entityCountByKey, entityIdsByKey } from '../shared/entity-table.js';
import type { EcsState } from '../state/ecs-state.js';
import { parseCidr, usableAddresses } from './cidr.js';
import type { Vpc, VSwitch } from './types.js';

/**
 * A VPC as `DescribeVpcs` returns it.
 *
 * @example
 * ```ts
 * const vpc: VpcView = ecs.describeVpcs({ regionId: 'cn-hangzhou' }).vpcs.vpc[0];
 * ```
 * @category Network
 */
export interface VpcView {
  /** The VPC id. */
  vpcId: string;
  /** The region. */
  regionId: string;
  /** `Pending` or `Available`. */
  status: string;
  /** The name. */
  vpcName: string;
  /** Its vSwitches. */
  vSwitchIds: {
    /** The ids, oldest first. */
    vSwitchId: string[];
  };
  /** The IPv4 block. */
  cidrBlock: string;
  /** The router. */
  VRouterId: string;
  /** The description. */
  description: string;
  /** Whether it is the region's default VPC. */
  isDefault: boolean;
  /** When it was created. */
  creationTime: string;
  /** User CIDR blocks. */
  userCidrs: {
    /** The blocks. */
    userCidr: string[];
  };
}

/**
 * A vSwitch as `DescribeVSwitches` returns it.
 *
 * @example
 * ```ts
 * const vSwitch: VSwitchView = ecs.describeVSwitches({ regionId: 'cn-hangzhou' }).vSwitches.vSwitch[0];
 * ```
 * @category Network
 */
export interface VSwitchView {
  /** The vSwitch id. */
  vSwitchId: string;
  /** Its VPC. */
  vpcId: string;
  /** `Pending` or `Available`. */
  status: string;
  /** The IPv4 block. */
  cidrBlock: string;
  /** The zone. */
  zoneId: string;
  /** Free private addresses: the block minus the 4 reserved, minus the instances in it. */
  availableIpAddressCount: number;
  /** The description. */
  description: string;
  /** The name. */
  vSwitchName: string;
  /** When it was created. */
  creationTime: string;
  /** Whether it is its zone's default vSwitch. */
  isDefault: boolean;
  /** The resource group (empty: not modelled). */
  resourceGroupId: string;
}

/**
 * Renders a VPC.
 *
 * @param state - The state (for its vSwitches).
 * @param vpc - The VPC.
 * @returns The SDK-shaped item.
 * @internal
 */
export function vpcView(state: EcsState, vpc: Vpc): VpcView {
  return {
    vpcId: vpc.vpcId,
    regionId: vpc.regionId,
    status: vpc.status,
    vpcName: vpc.vpcName,
    vSwitchIds: { vSwitchId: entityIdsByKey(state.vSwitches, `vpc:${vpc.vpcId}`) },
    cidrBlock: vpc.cidrBlock,
    VRouterId: vpc.VRouterId,
    description: vpc.description,
    isDefault: vpc.isDefault,
    creationTime: vpc.creationTime,
    userCidrs: { userCidr: [...vpc.userCidrs] },
  };
}

/**
 * How many private addresses of a vSwitch are free.
 *
 * @param state - The state.
 * @param vSwitch - The vSwitch.
 * @returns The count.
 * @internal
 */
export function availableIpCount(state: EcsState, vSwitch: VSwitch): number {
  const cidr = parseCidr(vSwitch.cidrBlock, 0, 32);
  const used = entityCountByKey(state.instances, `vswitch:${vSwitch.vSwitchId}`);
  return cidr ? Math.max(0, usableAddresses(cidr) - used) : 0;
}

/**
 * Renders a vSwitch.
 *
 * @param state - The state (for the addresses in use).
 * @param vSwitch - The vSwitch.
 * @returns The SDK-shaped item.
 * @internal
 */
export function vSwitchView(state: EcsState, vSwitch: VSwitch): VSwitchView {
  return {
    vSwitchId: vSwitch.vSwitchId,
    vpcId: vSwitch.vpcId,
    status: vSwitch.status,
    cidrBlock: vSwitch.cidrBlock,
    zoneId: vSwitch.zoneId,
    availableIpAddressCount: availableIpCount(state, vSwitch),
    description: vSwitch.description,
    vSwitchName: vSwitch.vSwitchName,
    creationTime: vSwitch.creationTime,
    isDefault: vSwitch.isDefault,
    resourceGroupId: '',
  };
}
