import { entityGet, entityIdsByKey, entityPut } from '../shared/entity-table.js';
import type { EcsState } from '../state/ecs-state.js';
import type { Volume } from './types.js';

/**
 * The index keys of a volume: its region, its instance and each of its member disks (a disk
 * belongs to one volume at most).
 *
 * @param volume - The volume.
 * @returns Its keys.
 * @internal
 */
export function volumeIndexKeys(volume: Volume): readonly string[] {
  return [
    `region:${volume.regionId}`,
    `instance:${volume.instanceId}`,
    ...volume.diskIds.map((id) => `disk:${id}`),
  ];
}

/**
 * Looks a volume up by id.
 *
 * @param state - The state.
 * @param volumeId - The id.
 * @returns The volume, or `undefined`.
 * @internal
 */
export function findVolume(state: EcsState, volumeId: string): Volume | undefined {
  return entityGet(state.volumes, volumeId);
}

/**
 * The volume a disk is a member of, in O(log n).
 *
 * @param state - The state.
 * @param diskId - The disk.
 * @returns The volume, or `undefined`.
 * @internal
 */
export function volumeOfDisk(state: EcsState, diskId: string): Volume | undefined {
  const [volumeId] = entityIdsByKey(state.volumes, `disk:${diskId}`);
  return volumeId === undefined ? undefined : entityGet(state.volumes, volumeId);
}

/**
 * Stores a volume (insert or update) with its indexes.
 *
 * @param table - The volumes table.
 * @param volume - The volume.
 * @returns The new table.
 * @internal
 */
export function putVolume(table: EcsState['volumes'], volume: Volume): EcsState['volumes'] {
  return entityPut(table, volume.volumeId, volume, volumeIndexKeys);
}
