import { type EcsError, ecsError } from '../shared/ecs-error.js';
import { entityCountByKey, entityGet, entityIdsByKey } from '../shared/entity-table.js';
import { fnv1a } from '../shared/hash.js';
import type { IdAllocator } from '../shared/ids.js';
import { err, ok, type Result } from '../shared/result.js';
import type { EcsState } from '../state/ecs-state.js';
import type { RegionSpec } from '../world/region-spec.js';
import { requireZone } from '../world/regions.js';
import { type Cidr, formatIp, parseCidr, parseIp, usableAddresses } from './cidr.js';
import { ipKey } from './index-keys.js';
import { requireSecurityGroup, requireVSwitch } from './lookups.js';
import type { InstanceNetwork, VSwitch } from './types.js';
import { availableIpCount } from './views.js';

/**
 * The network parameters of `RunInstances` (and `CreateInstance`).
 *
 * @internal
 */
export interface PlacementRequest {
  readonly zoneId: string | undefined;
  readonly vSwitchId: string | undefined;
  readonly securityGroupId: string | undefined;
  readonly securityGroupIds: readonly string[] | undefined;
  readonly privateIpAddress: string | undefined;
  readonly amount: number;
}

/**
 * Where new instances go: their zone, vSwitch and security groups, validated.
 *
 * @internal
 */
export interface Placement {
  readonly zoneId: string;
  readonly vSwitch: VSwitch;
  readonly securityGroupIds: readonly string[];
  readonly privateIpAddress: string | undefined;
}

/** An instance can be in at most five security groups (the reference's default limit). */
export const MAX_GROUPS_PER_INSTANCE = 5;

function mismatch(message: string): EcsError {
  return ecsError('InvalidParameter.Mismatch', message);
}

/** The vSwitch named, or the zone's default one. */
function chooseVSwitch(
  state: EcsState,
  region: RegionSpec,
  request: PlacementRequest,
): Result<VSwitch, EcsError> {
  if (request.vSwitchId !== undefined) {
    const vSwitch = requireVSwitch(state, region.regionId, request.vSwitchId);
    if (!vSwitch.ok) return vSwitch;
    if (vSwitch.value.status !== 'Available')
      return err(
        ecsError(
          'IncorrectVSwitchStatus',
          `The vSwitch ${request.vSwitchId} is ${vSwitch.value.status}; launch instances once it is Available.`,
        ),
      );
    if (request.zoneId !== undefined && request.zoneId !== vSwitch.value.zoneId)
      return err(
        mismatch(
          `Specified virtual switch is not in the specified zone: ${request.vSwitchId} is in ${vSwitch.value.zoneId}, not ${request.zoneId}.`,
        ),
      );
    return vSwitch;
  }
  const zone = requireZone(region, request.zoneId);
  if (!zone.ok) return zone;
  const defaults = entityIdsByKey(state.vSwitches, `default:${region.regionId}`)
    .map((id) => entityGet(state.vSwitches, id))
    .find((v) => v?.zoneId === zone.value);
  return defaults
    ? ok(defaults)
    : err(
        ecsError(
          'MissingParameter',
          `The input parameter "VSwitchId" that is mandatory for processing this request is not supplied: zone ${zone.value} has no default vSwitch.`,
        ),
      );
}

/** The groups named (deduplicated, all in the vSwitch's VPC), or the default VPC's first group. */
function chooseGroups(
  state: EcsState,
  region: RegionSpec,
  request: PlacementRequest,
  vSwitch: VSwitch,
): Result<readonly string[], EcsError> {
  const named = [
    ...new Set([
      ...(request.securityGroupId ? [request.securityGroupId] : []),
      ...(request.securityGroupIds ?? []),
    ]),
  ];
  if (named.length > MAX_GROUPS_PER_INSTANCE)
    return err(
      ecsError(
        'InstanceSecurityGroupLimitExceeded',
        `An instance can be in at most ${MAX_GROUPS_PER_INSTANCE} security groups; ${named.length} were given.`,
      ),
    );
  for (const id of named) {
    const group = requireSecurityGroup(state, region.regionId, id);
    if (!group.ok) return group;
    if (group.value.vpcId === vSwitch.vpcId) continue;
    return err(
      request.vSwitchId === undefined
        ? ecsError(
            'InvalidSecurityGroup.NotInDefaultVpc',
            `The security group ${id} is not in the default VPC ${vSwitch.vpcId}; give a VSwitchId of its VPC ${group.value.vpcId}.`,
          )
        : mismatch(
            `Specified security group and virtual switch are not in the same VPC: ${id} is in ${group.value.vpcId}, ${vSwitch.vSwitchId} in ${vSwitch.vpcId}.`,
          ),
    );
  }
  if (named.length > 0) return ok(named);
  const fallback = entityIdsByKey(state.securityGroups, `vpc:${vSwitch.vpcId}`)[0];
  const isDefaultVpc = entityGet(state.vpcs, vSwitch.vpcId)?.isDefault === true;
  return fallback && isDefaultVpc
    ? ok([fallback])
    : err(
        ecsError(
          'MissingParameter',
          'The input parameter "SecurityGroupId" that is mandatory for processing this request is not supplied.',
        ),
      );
}

function checkPrivateIp(
  state: EcsState,
  vSwitch: VSwitch,
  request: PlacementRequest,
): Result<true, EcsError> {
  const wanted = request.privateIpAddress;
  if (wanted === undefined) return ok(true);
  const ip = parseIp(wanted);
  if (ip === undefined)
    return err(ecsError('InvalidPrivateIpAddress.Malformed', `${wanted} is no IPv4 address.`));
  const cidr = parseCidr(vSwitch.cidrBlock, 0, 32) as Cidr;
  const offset = ip - cidr.base;
  if (offset < 1 || offset > usableAddresses(cidr))
    return err(
      ecsError(
        'InvalidPrivateIpAddress',
        `Specified private IP address ${wanted} is not in the usable part of ${vSwitch.cidrBlock} (the first and the last three addresses are reserved).`,
      ),
    );
  if (entityCountByKey(state.instances, ipKey(vSwitch.vSwitchId, wanted)) > 0)
    return err(ecsError('InvalidPrivateIpAddress.Duplicated', `${wanted} is in use.`));
  if (request.amount > 1)
    return err(
      ecsError(
        'InvalidParameter',
        'PrivateIpAddress can be given for one instance only (Amount=1).',
      ),
    );
  return ok(true);
}

/**
 * Validates where new instances go: the vSwitch (or the zone's default one), zone agreement, the
 * security groups (or the default VPC's default group), a requested private IP, and that the
 * vSwitch has addresses for them all.
 *
 * @param state - The state.
 * @param region - The request's region.
 * @param request - The network parameters.
 * @returns The placement, or the ECS error.
 * @internal
 */
export function planPlacement(
  state: EcsState,
  region: RegionSpec,
  request: PlacementRequest,
): Result<Placement, EcsError> {
  const vSwitch = chooseVSwitch(state, region, request);
  if (!vSwitch.ok) return vSwitch;
  const groups = chooseGroups(state, region, request, vSwitch.value);
  if (!groups.ok) return groups;
  const ip = checkPrivateIp(state, vSwitch.value, request);
  if (!ip.ok) return ip;
  if (availableIpCount(state, vSwitch.value) < request.amount)
    return err(
      ecsError(
        'QuotaExceeded.PrivateIpAddress',
        `Don't have enough private IPs in this switch: ${vSwitch.value.vSwitchId} has ${availableIpCount(state, vSwitch.value)} free.`,
      ),
    );
  return ok({
    zoneId: vSwitch.value.zoneId,
    vSwitch: vSwitch.value,
    securityGroupIds: groups.value,
    privateIpAddress: request.privateIpAddress,
  });
}

function macOf(networkInterfaceId: string): string {
  const h = fnv1a(networkInterfaceId);
  const bytes = [h >>> 16, h >>> 8, h].map((b) => (b & 0xff).toString(16).padStart(2, '0'));
  return `00:16:3e:${bytes.join(':')}`;
}

/**
 * Gives one new instance its primary network interface and private IP: the requested address,
 * or the next free one from the vSwitch's cursor (lowest usable first, wrapping around).
 *
 * @param instances - The instances table (for the addresses in use).
 * @param placement - The validated placement.
 * @param vSwitch - The vSwitch as it stands (its cursor moves with each instance).
 * @param ids - The id allocator.
 * @returns The instance's network and the vSwitch with its cursor moved.
 * @internal
 */
export function connectInstance(
  instances: EcsState['instances'],
  placement: Placement,
  vSwitch: VSwitch,
  ids: IdAllocator,
): { network: InstanceNetwork; vSwitch: VSwitch } {
  const cidr = parseCidr(vSwitch.cidrBlock, 0, 32) as Cidr;
  const usable = usableAddresses(cidr);
  let offset = vSwitch.nextIpOffset;
  let ip = placement.privateIpAddress;
  for (let tries = 0; ip === undefined && tries < usable; tries++) {
    const candidate = formatIp(cidr.base + offset);
    if (entityCountByKey(instances, ipKey(vSwitch.vSwitchId, candidate)) === 0) ip = candidate;
    offset = offset >= usable ? 1 : offset + 1;
  }
  const networkInterfaceId = ids.next('eni-', vSwitch.regionId);
  return {
    network: {
      vpcId: vSwitch.vpcId,
      vSwitchId: vSwitch.vSwitchId,
      privateIpAddress: ip ?? formatIp(cidr.base + 1),
      networkInterfaceId,
      macAddress: macOf(networkInterfaceId),
      securityGroupIds: placement.securityGroupIds,
    },
    vSwitch: { ...vSwitch, nextIpOffset: offset },
  };
}
