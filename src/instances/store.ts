import { entityGet, entityPut } from '../shared/entity-table.js';
import type { EcsState } from '../state/ecs-state.js';
import type { Instance } from './types.js';

/**
 * The index keys of an instance: region, zone and status.
 *
 * @param instance - The instance.
 * @returns Its keys.
 * @internal
 */
export function instanceIndexKeys(instance: Instance): readonly string[] {
  return [`region:${instance.regionId}`, `zone:${instance.zoneId}`, `status:${instance.status}`];
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
