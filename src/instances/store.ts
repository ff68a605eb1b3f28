import { ipKey } from '../network/index-keys.js';
import { entityGet, entityPut } from '../shared/entity-table.js';
import type { EcsState } from '../state/ecs-state.js';
import type { Instance } from './types.js';

/**
 * The index keys of an instance: region, zone, status, and where it sits in the network (VPC,
 * vSwitch, private IP, network interface, security groups).
 *
 * @param instance - The instance.
 * @returns Its keys.
 * @internal
 */
export function instanceIndexKeys(instance: Instance): readonly string[] {
  const keys = [
    `region:${instance.regionId}`,
    `zone:${instance.zoneId}`,
    `status:${instance.status}`,
  ];
  const network = instance.network;
  if (!network) return keys;
  return [
    ...keys,
    `vpc:${network.vpcId}`,
    `vswitch:${network.vSwitchId}`,
    ipKey(network.vSwitchId, network.privateIpAddress),
    `eni:${network.networkInterfaceId}`,
    ...network.securityGroupIds.map((id) => `sg:${id}`),
  ];
}

/**
 * Looks an instance up by id.
 *
 * @param state - The state.
 * @param instanceId - The id.
 * @returns The instance, or `undefined`.
 * @internal
 */
export function findInstance(state: EcsState, instanceId: string): Instance | undefined {
  return entityGet(state.instances, instanceId);
}

/**
 * Stores an instance (insert or update) with its indexes.
 *
 * @param table - The instances table.
 * @param instance - The instance.
 * @returns The new table.
 * @internal
 */
export function putInstance(
  table: EcsState['instances'],
  instance: Instance,
): EcsState['instances'] {
  return entityPut(table, instance.instanceId, instance, instanceIndexKeys);
}
