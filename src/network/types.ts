import type { Timestamp } from '../clock/timestamp.js';
import type { Tag } from '../shared/tags.js';

/**
 * A VPC's or vSwitch's status: `Pending` while it is being set up (`timings.vpcCreate`,
 * `timings.vSwitchCreate`), then `Available`.
 *
 * @example
 * ```ts
 * const status: NetworkStatus = 'Available';
 * ```
 * @category Network
 */
export type NetworkStatus = 'Pending' | 'Available';

/**
 * A virtual private cloud as the world stores it.
 *
 * @example
 * ```ts
 * ecs.state.vpcs.rows; // VPCs by id
 * ```
 * @category Network
 */
export interface Vpc {
  /** Creation order. */
  readonly seq: number;
  /** The VPC id (`vpc-...`). */
  readonly vpcId: string;
  /** The region. */
  readonly regionId: string;
  /** The name (may be empty). */
  readonly vpcName: string;
  /** The description (may be empty). */
  readonly description: string;
  /** The IPv4 CIDR block, e.g. `172.16.0.0/12`. */
  readonly cidrBlock: string;
  /** User CIDR blocks (kept as given). */
  readonly userCidrs: readonly string[];
  /** The region's default VPC, which a world starts with. */
  readonly isDefault: boolean;
  /** The status. */
  readonly status: NetworkStatus;
  /** The task that makes it `Available`, while `Pending`. */
  readonly pendingTask: number | null;
  /** The router (`vrt-...`). */
  readonly VRouterId: string;
  /** The system route table (`vtb-...`). */
  readonly routeTableId: string;
  /** When it was created. */
  readonly creationTime: Timestamp;
}

/**
 * A vSwitch (subnet) of a VPC in one zone.
 *
 * @example
 * ```ts
 * ecs.state.vSwitches.rows; // vSwitches by id
 * ```
 * @category Network
 */
export interface VSwitch {
  /** Creation order. */
  readonly seq: number;
  /** The vSwitch id (`vsw-...`). */
  readonly vSwitchId: string;
  /** The VPC. */
  readonly vpcId: string;
  /** The region. */
  readonly regionId: string;
  /** The zone. */
  readonly zoneId: string;
  /** The name (may be empty). */
  readonly vSwitchName: string;
  /** The description (may be empty). */
  readonly description: string;
  /** The IPv4 CIDR block, inside the VPC's. */
  readonly cidrBlock: string;
  /** The default vSwitch of its zone, which a world starts with. */
  readonly isDefault: boolean;
  /** The status. */
  readonly status: NetworkStatus;
  /** The task that makes it `Available`, while `Pending`. */
  readonly pendingTask: number | null;
  /** Where the next private IP search starts: an offset into the block. */
  readonly nextIpOffset: number;
  /** When it was created. */
  readonly creationTime: Timestamp;
}

/**
 * One rule of a security group (no packets are filtered: rules are only stored and listed).
 *
 * @example
 * ```ts
 * const rule: SecurityGroupRule = {
 *   securityGroupRuleId: 'sgr-bp1...', direction: 'ingress', ipProtocol: 'TCP', portRange: '22/22',
 *   sourceCidrIp: '0.0.0.0/0', destCidrIp: '', sourceGroupId: '', destGroupId: '', policy: 'Accept',
 *   priority: 1, nicType: 'intranet', description: '', sourcePortRange: '', createTime: '2026-01-01T00:00:00Z',
 * };
 * ```
 * @category Network
 */
export interface SecurityGroupRule {
  /** The rule id (`sgr-...`). */
  readonly securityGroupRuleId: string;
  /** `ingress` or `egress`. */
  readonly direction: 'ingress' | 'egress';
  /** `TCP`, `UDP`, `ICMP`, `GRE` or `ALL` (upper case, as ECS lists them). */
  readonly ipProtocol: string;
  /** `from/to`, e.g. `22/22`, or `-1/-1`. */
  readonly portRange: string;
  /** Source CIDR block (ingress). */
  readonly sourceCidrIp: string;
  /** Destination CIDR block (egress). */
  readonly destCidrIp: string;
  /** Source security group (ingress). */
  readonly sourceGroupId: string;
  /** Destination security group (egress). */
  readonly destGroupId: string;
  /** `Accept` or `Drop`. */
  readonly policy: 'Accept' | 'Drop';
  /** 1-100, lower first. */
  readonly priority: number;
  /** `intranet` (VPC). */
  readonly nicType: string;
  /** The rule's description. */
  readonly description: string;
  /** Source port range, if given. */
  readonly sourcePortRange: string;
  /** When it was added. */
  readonly createTime: Timestamp;
}

/**
 * A security group of a VPC.
 *
 * @example
 * ```ts
 * ecs.state.securityGroups.rows; // security groups by id
 * ```
 * @category Network
 */
export interface SecurityGroup {
  /** Creation order. */
  readonly seq: number;
  /** The id (`sg-...`). */
  readonly securityGroupId: string;
  /** The region. */
  readonly regionId: string;
  /** The VPC. */
  readonly vpcId: string;
  /** The name (may be empty). */
  readonly securityGroupName: string;
  /** The description (may be empty). */
  readonly description: string;
  /** `normal` or `enterprise`. */
  readonly securityGroupType: 'normal' | 'enterprise';
  /** How members reach each other: `Accept` or `Drop`. */
  readonly innerAccessPolicy: 'Accept' | 'Drop';
  /** The rules, in the order they were added. */
  readonly rules: readonly SecurityGroupRule[];
  /** The resource group (kept as given). */
  readonly resourceGroupId: string;
  /** Tags. */
  readonly tags: readonly Tag[];
  /** When it was created. */
  readonly creationTime: Timestamp;
}

/**
 * Where an instance sits in the network: its vSwitch, its primary network interface and private
 * IP, and its security groups.
 *
 * @example
 * ```ts
 * const network: InstanceNetwork = {
 *   vpcId: 'vpc-bp1...', vSwitchId: 'vsw-bp1...', privateIpAddress: '172.16.0.1',
 *   networkInterfaceId: 'eni-bp1...', macAddress: '00:16:3e:00:00:01', securityGroupIds: ['sg-bp1...'],
 * };
 * ```
 * @category Network
 */
export interface InstanceNetwork {
  /** The VPC. */
  readonly vpcId: string;
  /** The vSwitch. */
  readonly vSwitchId: string;
  /** The primary private IPv4 address, from the vSwitch's block. */
  readonly privateIpAddress: string;
  /** The primary network interface (`eni-...`). */
  readonly networkInterfaceId: string;
  /** Its MAC address. */
  readonly macAddress: string;
  /** The security groups, in the order joined. */
  readonly securityGroupIds: readonly string[];
}
