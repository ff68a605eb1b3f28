import { entityCountByKey } from '../shared/entity-table.js';
import { type TagsView, tagsView } from '../shared/tags.js';
import type { EcsState } from '../state/ecs-state.js';
import { MAX_GROUPS_PER_INSTANCE } from './placement.js';
import { findSecurityGroup } from './store.js';
import type { SecurityGroup, SecurityGroupRule } from './types.js';

/** How many instances a basic security group can hold (the reference's figure). */
const INSTANCES_PER_GROUP = 2000;

/**
 * A security group as `DescribeSecurityGroups` returns it.
 *
 * @example
 * ```ts
 * const group: SecurityGroupView = ecs.describeSecurityGroups({ regionId: 'cn-hangzhou' }).securityGroups.securityGroup[0];
 * ```
 * @category Network
 */
export interface SecurityGroupView {
  /** The id. */
  securityGroupId: string;
  /** The name. */
  securityGroupName: string;
  /** The description. */
  description: string;
  /** `normal` or `enterprise`. */
  securityGroupType: string;
  /** Its VPC. */
  vpcId: string;
  /** When it was created. */
  creationTime: string;
  /** Instances in it. */
  ecsCount: number;
  /** How many more instances it can take. */
  availableInstanceAmount: number;
  /** Its rules. */
  ruleCount: number;
  /** Its rules naming another group. */
  groupToGroupRuleCount: number;
  /** The resource group. */
  resourceGroupId: string;
  /** Always `false`: no managed groups in fake-ecs. */
  serviceManaged: boolean;
  /** Always 0 (no managing service). */
  serviceID: number;
  /** Tags. */
  tags: TagsView;
}

/**
 * One rule as `DescribeSecurityGroupAttribute` returns it.
 *
 * @example
 * ```ts
 * const rule: PermissionView = body.permissions.permission[0];
 * ```
 * @category Network
 */
export interface PermissionView {
  /** The rule id. */
  securityGroupRuleId: string;
  /** `ingress` or `egress`. */
  direction: string;
  /** Upper-case protocol. */
  ipProtocol: string;
  /** `from/to`. */
  portRange: string;
  /** Source block. */
  sourceCidrIp: string;
  /** Source group. */
  sourceGroupId: string;
  /** Source group's name. */
  sourceGroupName: string;
  /** Source port range. */
  sourcePortRange: string;
  /** Destination block. */
  destCidrIp: string;
  /** Destination group. */
  destGroupId: string;
  /** Destination group's name. */
  destGroupName: string;
  /** `Accept` or `Drop`. */
  policy: string;
  /** Priority, as text (as ECS sends it). */
  priority: string;
  /** NIC type. */
  nicType: string;
  /** The description. */
  description: string;
  /** When it was added. */
  createTime: string;
  /** IPv6 source (never set). */
  ipv6SourceCidrIp: string;
  /** IPv6 destination (never set). */
  ipv6DestCidrIp: string;
  /** Source prefix list (never set). */
  sourcePrefixListId: string;
  /** Its name. */
  sourcePrefixListName: string;
  /** Destination prefix list (never set). */
  destPrefixListId: string;
  /** Its name. */
  destPrefixListName: string;
  /** Port list (never set). */
  portRangeListId: string;
  /** Its name. */
  portRangeListName: string;
  /** Account of the source group (empty: fake-ecs has one account). */
  sourceGroupOwnerAccount: string;
  /** Account of the destination group (empty). */
  destGroupOwnerAccount: string;
}

/**
 * Renders a security group.
 *
 * @param state - The state (for its member count).
 * @param group - The group.
 * @returns The SDK-shaped item.
 * @internal
 */
export function securityGroupView(state: EcsState, group: SecurityGroup): SecurityGroupView {
  const members = entityCountByKey(state.instances, `sg:${group.securityGroupId}`);
  return {
    securityGroupId: group.securityGroupId,
    securityGroupName: group.securityGroupName,
    description: group.description,
    securityGroupType: group.securityGroupType,
    vpcId: group.vpcId,
    creationTime: group.creationTime,
    ecsCount: members,
    availableInstanceAmount: Math.max(0, INSTANCES_PER_GROUP - members),
    ruleCount: group.rules.length,
    groupToGroupRuleCount: group.rules.filter((r) => r.sourceGroupId || r.destGroupId).length,
    resourceGroupId: group.resourceGroupId,
    serviceManaged: false,
    serviceID: 0,
    tags: tagsView(group.tags),
  };
}

/**
 * Renders one rule.
 *
 * @param state - The state (for group names).
 * @param rule - The rule.
 * @returns The SDK-shaped item.
 * @internal
 */
export function permissionView(state: EcsState, rule: SecurityGroupRule): PermissionView {
  const nameOf = (id: string) =>
    id ? (findSecurityGroup(state, id)?.securityGroupName ?? '') : '';
  return {
    securityGroupRuleId: rule.securityGroupRuleId,
    direction: rule.direction,
    ipProtocol: rule.ipProtocol,
    portRange: rule.portRange,
    sourceCidrIp: rule.sourceCidrIp,
    sourceGroupId: rule.sourceGroupId,
    sourceGroupName: nameOf(rule.sourceGroupId),
    sourcePortRange: rule.sourcePortRange,
    destCidrIp: rule.destCidrIp,
    destGroupId: rule.destGroupId,
    destGroupName: nameOf(rule.destGroupId),
    policy: rule.policy,
    priority: String(rule.priority),
    nicType: rule.nicType,
    description: rule.description,
    createTime: rule.createTime,
    ipv6SourceCidrIp: '',
    ipv6DestCidrIp: '',
    sourcePrefixListId: '',
    sourcePrefixListName: '',
    destPrefixListId: '',
    destPrefixListName: '',
    portRangeListId: '',
    portRangeListName: '',
    sourceGroupOwnerAccount: '',
    destGroupOwnerAccount: '',
  };
}

/**
 * How many security groups an instance can join at most.
 *
 * @internal
 */
export const GROUPS_PER_INSTANCE = MAX_GROUPS_PER_INSTANCE;
