import { entityGet, entityPut, entityRemove } from '../shared/entity-table.js';
import type { EcsState } from '../state/ecs-state.js';
import type { SnapshotGroup } from './types.js';

/**
 * The index keys of a snapshot-consistent group: its region and, when it has one, its instance.
 *
 * @param group - The group.
 * @returns Its keys.
 * @example
 * ```ts
 * snapshotGroupIndexKeys(group); //=> ['region:cn-hangzhou', 'instance:i-bp...']
 * ```
 * @internal
 */
export function snapshotGroupIndexKeys(group: SnapshotGroup): readonly string[] {
  const keys = [`region:${group.regionId}`];
  if (group.instanceId) keys.push(`instance:${group.instanceId}`);
  return keys;
}

/**
 * Looks a snapshot-consistent group up by id, in a region.
 *
 * @param state - The state.
 * @param snapshotGroupId - The id.
 * @param regionId - The region it must belong to.
 * @returns The group, or `undefined`.
 * @example
 * ```ts
 * findSnapshotGroup(state, 'ssg-bp...', 'cn-hangzhou')?.name; //=> 'before-upgrade'
 * ```
 * @internal
 */
export function findSnapshotGroup(
  state: EcsState,
  snapshotGroupId: string,
  regionId: string,
): SnapshotGroup | undefined {
  const group = entityGet(state.snapshotGroups, snapshotGroupId);
  return group && group.regionId === regionId ? group : undefined;
}

/**
 * Stores a snapshot-consistent group (insert or update) with its indexes.
 *
 * @param table - The groups table.
 * @param group - The group.
 * @returns The new table.
 * @example
 * ```ts
 * const snapshotGroups = putSnapshotGroup(state.snapshotGroups, { ...group, name: 'renamed' });
 * ```
 * @internal
 */
export function putSnapshotGroup(
  table: EcsState['snapshotGroups'],
  group: SnapshotGroup,
): EcsState['snapshotGroups'] {
  return entityPut(table, group.snapshotGroupId, group, snapshotGroupIndexKeys);
}

/**
 * Removes a snapshot-consistent group record.
 *
 * @param table - The groups table.
 * @param snapshotGroupId - The id.
 * @returns The new table.
 * @example
 * ```ts
 * const snapshotGroups = removeSnapshotGroup(state.snapshotGroups, 'ssg-bp...');
 * ```
 * @internal
 */
export function removeSnapshotGroup(
  table: EcsState['snapshotGroups'],
  snapshotGroupId: string,
): EcsState['snapshotGroups'] {
  return entityRemove(table, snapshotGroupId, snapshotGroupIndexKeys);
}
