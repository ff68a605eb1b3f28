import type { EmptyResponseBody } from '../instances/api.js';
import type { WithRequestId } from '../operations/operation.js';
import type { AuthorizeSecurityGroupRequest } from './authorize-security-group.js';
import type { AuthorizeSecurityGroupEgressRequest } from './authorize-security-group-egress.js';
import type {
  CreateSecurityGroupRequest,
  CreateSecurityGroupResponseBody,
} from './create-security-group.js';
import type { CreateVpcRequest, CreateVpcResponseBody } from './create-vpc.js';
import type { CreateVSwitchRequest, CreateVSwitchResponseBody } from './create-vswitch.js';
import type { DeleteSecurityGroupRequest } from './delete-security-group.js';
import type { DeleteVpcRequest } from './delete-vpc.js';
import type { DeleteVSwitchRequest } from './delete-vswitch.js';
import type {
  DescribeNetworkInterfacesRequest,
  DescribeNetworkInterfacesResponseBody,
} from './describe-network-interfaces.js';
import type {
  DescribeSecurityGroupAttributeRequest,
  DescribeSecurityGroupAttributeResponseBody,
} from './describe-security-group-attribute.js';
import type {
  DescribeSecurityGroupReferencesRequest,
  DescribeSecurityGroupReferencesResponseBody,
} from './describe-security-group-references.js';
import type {
  DescribeSecurityGroupsRequest,
  DescribeSecurityGroupsResponseBody,
} from './describe-security-groups.js';
import type { DescribeVpcsRequest, DescribeVpcsResponseBody } from './describe-vpcs.js';
import type {
  DescribeVSwitchesRequest,
  DescribeVSwitchesResponseBody,
} from './describe-vswitches.js';
import type { SecurityGroupMembershipRequest } from './membership.js';
import type { ModifySecurityGroupAttributeRequest } from './modify-security-group-attribute.js';
import type { ModifySecurityGroupPolicyRequest } from './modify-security-group-policy.js';
import type { ModifySecurityGroupRuleRequest } from './modify-security-group-rule.js';
import type { ModifyVpcAttributeRequest } from './modify-vpc-attribute.js';
import type { ModifyVSwitchAttributeRequest } from './modify-vswitch-attribute.js';
import type { RevokeSecurityGroupRequest } from './revoke-security-group.js';
import type { RevokeSecurityGroupEgressRequest } from './revoke-security-group-egress.js';

/**
 * VPCs, vSwitches, security groups and network interfaces, through ECS's own actions: enough to
 * place instances as real ECS does (no packets flow). A world starts with a default VPC per
 * region, a default vSwitch per zone and a default security group.
 *
 * @example
 * ```ts
 * const { vpcId } = ecs.createVpc({ regionId: 'cn-hangzhou', cidrBlock: '192.168.0.0/16' });
 * ```
 * @category Network
 */
export interface NetworkApi {
  /**
   * Creates a VPC: `Pending` for `timings.vpcCreate`, then `Available`.
   *
   * @param request - `{ regionId, cidrBlock?, vpcName?, description?, clientToken? }`.
   * @returns `{ requestId, vpcId, VRouterId, routeTableId }`.
   * @throws EcsError `MissingParameter`, `InvalidRegionId.NotFound`, `InvalidCidrBlock.Malformed`,
   *   `InvalidVpcName.Malformed`, `InvalidDescription.Malformed`, `IdempotentParameterMismatch`.
   * @example
   * ```ts
   * ecs.createVpc({ regionId: 'cn-hangzhou', cidrBlock: '10.0.0.0/16', vpcName: 'app' });
   * ```
   */
  createVpc(request: CreateVpcRequest): WithRequestId<CreateVpcResponseBody>;
  /**
   * Lists the VPCs of a region.
   *
   * @param request - `{ regionId, vpcId?, isDefault?, pageNumber?, pageSize? }`.
   * @returns `{ requestId, totalCount, pageNumber, pageSize, vpcs: { vpc } }`.
   * @throws EcsError `MissingParameter`, `InvalidRegionId.NotFound`, `InvalidParameter`.
   * @example
   * ```ts
   * ecs.describeVpcs({ regionId: 'cn-hangzhou', isDefault: true }).vpcs.vpc[0].cidrBlock; //=> '172.16.0.0/12'
   * ```
   */
  describeVpcs(request: DescribeVpcsRequest): WithRequestId<DescribeVpcsResponseBody>;
  /**
   * Deletes an `Available` VPC that has no vSwitch and no security group left.
   *
   * @param request - `{ vpcId, regionId? }`.
   * @returns `{ requestId }`.
   * @throws EcsError `MissingParameter`, `InvalidRegionId.NotFound`, `InvalidVpcId.NotFound`,
   *   `IncorrectVpcStatus`, `DependencyViolation.VSwitch` (400, a vSwitch is left),
   *   `DependencyViolation.SecurityGroup` (400, only security groups are left).
   * @example
   * ```ts
   * ecs.deleteVpc({ regionId: 'cn-hangzhou', vpcId });
   * ```
   */
  deleteVpc(request: DeleteVpcRequest): EmptyResponseBody;
  /**
   * Creates a vSwitch in one zone of an `Available` VPC: `Pending` for `timings.vSwitchCreate`,
   * then `Available`.
   *
   * @param request - `{ zoneId, vpcId, cidrBlock, regionId? (default: the VPC's), vSwitchName?, description? }`.
   * @returns `{ requestId, vSwitchId }`.
   * @throws EcsError `MissingParameter`, `InvalidRegionId.NotFound`, `InvalidZoneId.NotFound`,
   *   `InvalidVpcId.NotFound`, `IncorrectVpcStatus`, `InvalidCidrBlock.Malformed`,
   *   `InvalidCidrBlock.Overlapped`, `InvalidVSwitchName.Malformed`, `InvalidDescription.Malformed`.
   * @example
   * ```ts
   * ecs.createVSwitch({ regionId: 'cn-hangzhou', zoneId: 'cn-hangzhou-h', vpcId, cidrBlock: '10.0.1.0/24' });
   * ```
   */
  createVSwitch(request: CreateVSwitchRequest): WithRequestId<CreateVSwitchResponseBody>;
  /**
   * Lists the vSwitches of a region, with their free private addresses.
   *
   * @param request - `{ regionId (or a vpcId / vSwitchId naming it), vpcId?, zoneId?, vSwitchId?, isDefault?, pageNumber?, pageSize? }`.
   * @returns `{ requestId, totalCount, pageNumber, pageSize, vSwitches: { vSwitch } }`.
   * @throws EcsError `MissingParameter`, `InvalidRegionId.NotFound`, `InvalidParameter`.
   * @example
   * ```ts
   * ecs.describeVSwitches({ regionId: 'cn-hangzhou', vpcId }).vSwitches.vSwitch;
   * ```
   */
  describeVSwitches(
    request: DescribeVSwitchesRequest,
  ): WithRequestId<DescribeVSwitchesResponseBody>;
  /**
   * Deletes an `Available` vSwitch no instance uses.
   *
   * @param request - `{ vSwitchId, regionId? }`.
   * @returns `{ requestId }`.
   * @throws EcsError `MissingParameter`, `InvalidRegionId.NotFound`, `InvalidVSwitchId.NotFound`,
   *   `IncorrectVSwitchStatus`, `DependencyViolation` (400).
   * @example
   * ```ts
   * ecs.deleteVSwitch({ vSwitchId });
   * ```
   */
  deleteVSwitch(request: DeleteVSwitchRequest): EmptyResponseBody;
  /**
   * Creates an empty security group in a VPC (default: the region's default VPC).
   *
   * @param request - `{ regionId, vpcId?, securityGroupName?, description?, securityGroupType?, tag? }`.
   * @returns `{ requestId, securityGroupId }`.
   * @throws EcsError `MissingParameter`, `InvalidRegionId.NotFound`, `InvalidVpcId.NotFound`,
   *   `IncorrectVpcStatus`, `InvalidSecurityGroupName.Malformed`, `InvalidDescription.Malformed`,
   *   tag errors, `InvalidParameter`.
   * @example
   * ```ts
   * const { securityGroupId } = ecs.createSecurityGroup({ regionId: 'cn-hangzhou', vpcId, securityGroupName: 'web' });
   * ```
   */
  createSecurityGroup(
    request: CreateSecurityGroupRequest,
  ): WithRequestId<CreateSecurityGroupResponseBody>;
  /**
   * Lists the security groups of a region, filtered and paged.
   *
   * @param request - Region, filters, paging.
   * @returns `{ requestId, regionId, totalCount, pageNumber, pageSize, nextToken, securityGroups: { securityGroup } }`.
   * @throws EcsError `MissingParameter`, `InvalidRegionId.NotFound`, `InvalidParameter`, tag errors.
   * @example
   * ```ts
   * ecs.describeSecurityGroups({ regionId: 'cn-hangzhou', vpcId }).securityGroups.securityGroup;
   * ```
   */
  describeSecurityGroups(
    request: DescribeSecurityGroupsRequest,
  ): WithRequestId<DescribeSecurityGroupsResponseBody>;
  /**
   * A security group and its rules.
   *
   * @param request - `{ regionId, securityGroupId, direction?, nicType? }`.
   * @returns `{ requestId, securityGroupId, innerAccessPolicy, permissions: { permission }, ... }`.
   * @throws EcsError `MissingParameter`, `InvalidRegionId.NotFound`,
   *   `InvalidSecurityGroupId.NotFound`, `InvalidParameter`.
   * @example
   * ```ts
   * ecs.describeSecurityGroupAttribute({ regionId: 'cn-hangzhou', securityGroupId }).permissions.permission;
   * ```
   */
  describeSecurityGroupAttribute(
    request: DescribeSecurityGroupAttributeRequest,
  ): WithRequestId<DescribeSecurityGroupAttributeResponseBody>;
  /**
   * Adds inbound rules (a rule the group has already is left as it is).
   *
   * @param request - `{ regionId, securityGroupId, ipProtocol, portRange, sourceCidrIp | sourceGroupId, ... }` or `permissions`.
   * @returns `{ requestId }`.
   * @throws EcsError `MissingParameter`, `InvalidSecurityGroupId.NotFound`,
   *   `InvalidIpProtocol.ValueNotSupported`, `InvalidIpPortRange.Malformed`, `OperationDenied`,
   *   `MissingParameter.Source`, `InvalidSourceCidrIp.Malformed`, `InvalidSourceGroup.NotFound`,
   *   `InvalidSourceGroupId.Mismatch`, `InvalidPolicy.Malformed`, `InvalidPriority.ValueNotSupported`,
   *   `InvalidNicType.ValueNotSupported`, `AuthorizationLimitExceed`.
   * @example
   * ```ts
   * ecs.authorizeSecurityGroup({ regionId: 'cn-hangzhou', securityGroupId, ipProtocol: 'tcp', portRange: '22/22', sourceCidrIp: '10.0.0.0/8' });
   * ```
   */
  authorizeSecurityGroup(request: AuthorizeSecurityGroupRequest): EmptyResponseBody;
  /**
   * Adds outbound rules (a rule the group has already is left as it is); the checks and the
   * 200-rule limit of `authorizeSecurityGroup`, with a destination instead of a source.
   *
   * @param request - `{ regionId, securityGroupId, ipProtocol, portRange, destCidrIp | destGroupId, ... }` or `permissions`.
   * @returns `{ requestId }`.
   * @throws EcsError `MissingParameter`, `InvalidSecurityGroupId.NotFound`,
   *   `InvalidIpProtocol.ValueNotSupported`, `InvalidIpPortRange.Malformed`, `OperationDenied`,
   *   `InvalidDestCidrIp.Malformed`, `InvalidSourceCidrIp.Malformed`, `InvalidDestGroupId.NotFound`,
   *   `InvalidDestGroupId.Mismatch`, `InvalidPolicy.Malformed`, `InvalidPriority.ValueNotSupported`,
   *   `InvalidNicType.ValueNotSupported`, `AuthorizationLimitExceed`.
   * @example
   * ```ts
   * ecs.authorizeSecurityGroupEgress({ regionId: 'cn-hangzhou', securityGroupId, ipProtocol: 'tcp', portRange: '443/443', destCidrIp: '0.0.0.0/0' });
   * ```
   */
  authorizeSecurityGroupEgress(request: AuthorizeSecurityGroupEgressRequest): EmptyResponseBody;
  /**
   * Removes outbound rules, given as when added or by `securityGroupRuleId` (absent ones, and
   * inbound rules' ids, are ignored).
   *
   * @param request - As `authorizeSecurityGroupEgress`, or `{ regionId, securityGroupId, securityGroupRuleId }`.
   * @returns `{ requestId }`.
   * @throws EcsError the rule validation errors of `authorizeSecurityGroupEgress`.
   * @example
   * ```ts
   * ecs.revokeSecurityGroupEgress({ regionId: 'cn-hangzhou', securityGroupId, ipProtocol: 'tcp', portRange: '443/443', destCidrIp: '0.0.0.0/0' });
   * ```
   */
  revokeSecurityGroupEgress(request: RevokeSecurityGroupEgressRequest): EmptyResponseBody;
  /**
   * Changes an inbound rule, keeping its id: by `securityGroupRuleId`, any of its fields (the
   * result checked as `authorizeSecurityGroup` checks a rule); by its fields, its description.
   *
   * @param request - `{ regionId, securityGroupId, securityGroupRuleId?, ...rule fields }`.
   * @returns `{ requestId }`.
   * @throws EcsError `MissingParameter`, `InvalidRegionId.NotFound`, `InvalidSecurityGroupId.NotFound`,
   *   `InvalidSecurityGroupRule.RuleNotExist`, the rule validation errors of `authorizeSecurityGroup`.
   * @example
   * ```ts
   * ecs.modifySecurityGroupRule({ regionId: 'cn-hangzhou', securityGroupId, securityGroupRuleId, portRange: '8443/8443' });
   * ```
   */
  modifySecurityGroupRule(request: ModifySecurityGroupRuleRequest): EmptyResponseBody;
  /**
   * Changes an outbound rule, as `modifySecurityGroupRule` changes an inbound one.
   *
   * @param request - `{ regionId, securityGroupId, securityGroupRuleId?, ...rule fields }` (`destGroupId`, not `sourceGroupId`).
   * @returns `{ requestId }`.
   * @throws EcsError `MissingParameter`, `InvalidRegionId.NotFound`, `InvalidSecurityGroupId.NotFound`,
   *   `InvalidSecurityGroupRule.RuleNotExist`, the rule validation errors of `authorizeSecurityGroupEgress`.
   * @example
   * ```ts
   * ecs.modifySecurityGroupEgressRule({ regionId: 'cn-hangzhou', securityGroupId, securityGroupRuleId, description: 'tls out' });
   * ```
   */
  modifySecurityGroupEgressRule(request: ModifySecurityGroupRuleRequest): EmptyResponseBody;
  /**
   * Removes inbound rules, given as when added or by `securityGroupRuleId` (absent ones are
   * ignored).
   *
   * @param request - As `authorizeSecurityGroup`, or `{ regionId, securityGroupId, securityGroupRuleId }`.
   * @returns `{ requestId }`.
   * @throws EcsError the rule validation errors of `authorizeSecurityGroup`, `InvalidSecurityGroupId.NotFound`.
   * @example
   * ```ts
   * ecs.revokeSecurityGroup({ regionId: 'cn-hangzhou', securityGroupId, ipProtocol: 'tcp', portRange: '22/22', sourceCidrIp: '10.0.0.0/8' });
   * ```
   */
  revokeSecurityGroup(request: RevokeSecurityGroupRequest): EmptyResponseBody;
  /**
   * Deletes a security group no instance is in and no other group's rule names.
   *
   * @param request - `{ regionId, securityGroupId }`.
   * @returns `{ requestId }`.
   * @throws EcsError `MissingParameter`, `InvalidSecurityGroupId.NotFound`, `DependencyViolation` (403).
   * @example
   * ```ts
   * ecs.deleteSecurityGroup({ regionId: 'cn-hangzhou', securityGroupId });
   * ```
   */
  deleteSecurityGroup(request: DeleteSecurityGroupRequest): EmptyResponseBody;
  /**
   * Sets whether the members of a group reach each other.
   *
   * @param request - `{ regionId, securityGroupId, innerAccessPolicy: 'Accept' | 'Drop' }`.
   * @returns `{ requestId }`.
   * @throws EcsError `MissingParameter`, `InvalidSecurityGroupId.NotFound`, `InvalidInnerAccessPolicy.Malformed`.
   * @example
   * ```ts
   * ecs.modifySecurityGroupPolicy({ regionId: 'cn-hangzhou', securityGroupId, innerAccessPolicy: 'Drop' });
   * ```
   */
  modifySecurityGroupPolicy(request: ModifySecurityGroupPolicyRequest): EmptyResponseBody;
  /**
   * Renames a VPC, or changes its description, user CIDR blocks or IPv4 block (the new block
   * must still hold every vSwitch of the VPC).
   *
   * @param request - `{ vpcId, regionId?, vpcName?, description?, cidrBlock?, userCidr? }`.
   * @returns `{ requestId }`.
   * @throws EcsError `MissingParameter`, `InvalidRegionId.NotFound`, `InvalidVpcId.NotFound`,
   *   `InvalidVpcName.Malformed`, `InvalidDescription.Malformed`, `InvalidCidrBlock.Malformed`.
   * @example
   * ```ts
   * ecs.modifyVpcAttribute({ vpcId, vpcName: 'app', description: 'app tier' });
   * ```
   */
  modifyVpcAttribute(request: ModifyVpcAttributeRequest): EmptyResponseBody;
  /**
   * Renames a vSwitch or changes its description.
   *
   * @param request - `{ vSwitchId, regionId?, vSwitchName?, description? }`.
   * @returns `{ requestId }`.
   * @throws EcsError `MissingParameter`, `InvalidRegionId.NotFound`, `InvalidVSwitchId.NotFound`,
   *   `InvalidVSwitchName.Malformed`, `InvalidDescription.Malformed`.
   * @example
   * ```ts
   * ecs.modifyVSwitchAttribute({ vSwitchId, vSwitchName: 'app-h' });
   * ```
   */
  modifyVSwitchAttribute(request: ModifyVSwitchAttributeRequest): EmptyResponseBody;
  /**
   * Renames a security group or changes its description.
   *
   * @param request - `{ regionId, securityGroupId, securityGroupName?, description? }`.
   * @returns `{ requestId }`.
   * @throws EcsError `MissingParameter`, `InvalidRegionId.NotFound`, `InvalidSecurityGroupId.NotFound`,
   *   `InvalidSecurityGroupName.Malformed`, `InvalidDescription.Malformed`.
   * @example
   * ```ts
   * ecs.modifySecurityGroupAttribute({ regionId: 'cn-hangzhou', securityGroupId, securityGroupName: 'web' });
   * ```
   */
  modifySecurityGroupAttribute(request: ModifySecurityGroupAttributeRequest): EmptyResponseBody;
  /**
   * Lists, per group, the groups of the region whose rules name it (what keeps it from being
   * deleted).
   *
   * @param request - `{ regionId, securityGroupId: [...] }` (1 to 10 groups).
   * @returns `{ requestId, securityGroupReferences: { securityGroupReference } }`.
   * @throws EcsError `MissingParameter`, `InvalidRegionId.NotFound`, `InvalidSecurityGroupId.NotFound`,
   *   `InvalidParameter`.
   * @example
   * ```ts
   * ecs.describeSecurityGroupReferences({ regionId: 'cn-hangzhou', securityGroupId: [securityGroupId] });
   * ```
   */
  describeSecurityGroupReferences(
    request: DescribeSecurityGroupReferencesRequest,
  ): WithRequestId<DescribeSecurityGroupReferencesResponseBody>;
  /**
   * Adds a `Running` or `Stopped` instance to a security group of its VPC (at most 5 groups).
   *
   * @param request - `{ instanceId | networkInterfaceId, securityGroupId }`.
   * @returns `{ requestId }`.
   * @throws EcsError `MissingParameter`, `InvalidInstanceId.NotFound`, `InvalidSecurityGroupId.NotFound`,
   *   `IncorrectInstanceStatus`, `InvalidInstanceId.Mismatch`, `InvalidInstanceId.AlreadyExists`,
   *   `InstanceSecurityGroupLimitExceeded`.
   * @example
   * ```ts
   * ecs.joinSecurityGroup({ instanceId, securityGroupId });
   * ```
   */
  joinSecurityGroup(request: SecurityGroupMembershipRequest): EmptyResponseBody;
  /**
   * Removes an instance from one of its security groups (not its last).
   *
   * @param request - `{ instanceId | networkInterfaceId, securityGroupId }`.
   * @returns `{ requestId }`.
   * @throws EcsError `MissingParameter`, `InvalidInstanceId.NotFound`, `InvalidSecurityGroupId.NotFound`,
   *   `IncorrectInstanceStatus`, `InvalidInstanceId.Mismatch`, `InstanceNotInSecurityGroup`,
   *   `InstanceLastSecurityGroup`.
   * @example
   * ```ts
   * ecs.leaveSecurityGroup({ instanceId, securityGroupId });
   * ```
   */
  leaveSecurityGroup(request: SecurityGroupMembershipRequest): EmptyResponseBody;
  /**
   * Lists network interfaces: each instance's primary one, with its private IP and groups.
   *
   * @param request - Region, filters (`instanceId`, `vpcId`, `vSwitchId`, `securityGroupId`,
   *   `networkInterfaceId`, `privateIpAddress`...), paging.
   * @returns `{ requestId, totalCount, pageNumber, pageSize, nextToken, networkInterfaceSets: { networkInterfaceSet } }`.
   * @throws EcsError `MissingParameter`, `InvalidRegionId.NotFound`, `InvalidParameter`.
   * @example
   * ```ts
   * ecs.describeNetworkInterfaces({ regionId: 'cn-hangzhou', instanceId }).networkInterfaceSets.networkInterfaceSet;
   * ```
   */
  describeNetworkInterfaces(
    request: DescribeNetworkInterfacesRequest,
  ): WithRequestId<DescribeNetworkInterfacesResponseBody>;
}
