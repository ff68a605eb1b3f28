import { preciseTime, type Timestamp } from '../clock/timestamp.js';
import { type EntityTable, emptyEntityTable, entityAppend } from '../shared/entity-table.js';
import { IdAllocator } from '../shared/ids.js';
import { DEFAULT_RESOURCE_GROUP_ID } from '../shared/resource-groups.js';
import type { WorldConfig } from '../world/config.js';
import { formatIp, parseCidr } from './cidr.js';
import { securityGroupIndexKeys, vpcIndexKeys, vSwitchIndexKeys } from './index-keys.js';
import type { SecurityGroup, SecurityGroupRule, Vpc, VSwitch } from './types.js';

/** The default VPC's block, and the /20 each zone's default vSwitch takes from it, in order. */
const DEFAULT_VPC_CIDR = '172.16.0.0/12';
const DEFAULT_VSWITCH_SIZE = 2 ** 12;

/**
 * The id stream of the default network: apart from the world's own, so that adding the default
 * network changed no id a world hands out.
 */
const DEFAULT_STREAM = 0x6e657477;

/**
 * The network a world starts with.
 *
 * @internal
 */
export interface DefaultNetwork {
  readonly vpcs: EntityTable<Vpc>;
  readonly vSwitches: EntityTable<VSwitch>;
  readonly securityGroups: EntityTable<SecurityGroup>;
}

function defaultRules(ids: IdAllocator, regionId: string, now: Timestamp): SecurityGroupRule[] {
  return [
    ['TCP', '22/22'],
    ['TCP', '3389/3389'],
    ['ICMP', '-1/-1'],
  ].map(([ipProtocol, portRange]) => ({
    securityGroupRuleId: ids.next('sgr-', regionId),
    direction: 'ingress',
    ipProtocol: ipProtocol ?? 'ALL',
    portRange: portRange ?? '-1/-1',
    sourceCidrIp: '0.0.0.0/0',
    destCidrIp: '',
    sourceGroupId: '',
    destGroupId: '',
    policy: 'Accept',
    priority: 100,
    nicType: 'intranet',
    description: 'System created rule.',
    sourcePortRange: '',
    createTime: now,
  }));
}

/** Where and when a region's default network is made, and the ids it draws. */
interface Origin {
  readonly ids: IdAllocator;
  readonly regionId: string;
  readonly now: Timestamp;
}

function defaultVpc({ ids, regionId, now }: Origin, vpcId: string): Omit<Vpc, 'seq'> {
  return {
    vpcId,
    regionId,
    vpcName: '',
    description: '',
    cidrBlock: DEFAULT_VPC_CIDR,
    userCidrs: [],
    isDefault: true,
    status: 'Available',
    pendingTask: null,
    VRouterId: ids.next('vrt-', regionId),
    routeTableId: ids.next('vtb-', regionId),
    creationTime: now,
  };
}

/** The default vSwitch of a region's `n`th zone: the `n`th /20 of the default VPC. */
function defaultVSwitch(
  { regionId, now }: Origin,
  at: { readonly vpcId: string; readonly zoneId: string; readonly n: number },
  vSwitchId: string,
): Omit<VSwitch, 'seq'> {
  const vpcBase = parseCidr(DEFAULT_VPC_CIDR, 8, 28)?.base ?? 0;
  return {
    vSwitchId,
    vpcId: at.vpcId,
    regionId,
    zoneId: at.zoneId,
    vSwitchName: '',
    description: '',
    cidrBlock: `${formatIp(vpcBase + at.n * DEFAULT_VSWITCH_SIZE)}/20`,
    isDefault: true,
    status: 'Available',
    pendingTask: null,
    nextIpOffset: 1,
    creationTime: now,
  };
}

function defaultSecurityGroup(
  { ids, regionId, now }: Origin,
  vpcId: string,
  securityGroupId: string,
): Omit<SecurityGroup, 'seq'> {
  return {
    securityGroupId,
    regionId,
    vpcId,
    securityGroupName: 'default',
    description: 'System created security group.',
    securityGroupType: 'normal',
    innerAccessPolicy: 'Accept',
    rules: defaultRules(ids, regionId, now),
    resourceGroupId: DEFAULT_RESOURCE_GROUP_ID,
    tags: [],
    creationTime: now,
  };
}

/**
 * Builds the default network of every region: a default VPC (`172.16.0.0/12`), a default vSwitch
 * per zone (`172.16.0.0/20`, `172.16.16.0/20`, ...) and a default security group that lets in
 * SSH, RDP and ICMP, all `Available` from the start. Instances launched without `VSwitchId` or
 * `SecurityGroupId` land there, as real ECS places them in the default VPC.
 *
 * @param world - The world's configuration.
 * @param seed - The world's 32-bit seed.
 * @param startMs - The start of the clock.
 * @returns The three tables.
 * @internal
 */
export function defaultNetwork(world: WorldConfig, seed: number, startMs: number): DefaultNetwork {
  const ids = new IdAllocator({ seed: (seed ^ DEFAULT_STREAM) >>> 0, counter: 0 });
  const now = preciseTime(startMs);
  let vpcs = emptyEntityTable<Vpc>();
  let vSwitches = emptyEntityTable<VSwitch>();
  let securityGroups = emptyEntityTable<SecurityGroup>();
  for (const { regionId, zoneIds } of world.regions) {
    const origin: Origin = { ids, regionId, now };
    const vpcId = ids.next('vpc-', regionId);
    vpcs = entityAppend(vpcs, vpcId, defaultVpc(origin, vpcId), vpcIndexKeys);
    zoneIds.forEach((zoneId, n) => {
      const vSwitchId = ids.next('vsw-', regionId);
      const vSwitch = defaultVSwitch(origin, { vpcId, zoneId, n }, vSwitchId);
      vSwitches = entityAppend(vSwitches, vSwitchId, vSwitch, vSwitchIndexKeys);
    });
    const sgId = ids.next('sg-', regionId);
    const group = defaultSecurityGroup(origin, vpcId, sgId);
    securityGroups = entityAppend(securityGroups, sgId, group, securityGroupIndexKeys);
  }
  return { vpcs, vSwitches, securityGroups };
}
