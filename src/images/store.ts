import { entityGet, entityPut } from '../shared/entity-table.js';
import type { EcsState } from '../state/ecs-state.js';
import type { Image } from './types.js';

/**
 * The index keys of a custom image: region, status, name within its region (names are unique
 * there), and every snapshot it is made of (so a snapshot knows it is used by an image).
 *
 * @param image - The image.
 * @returns Its keys.
 * @internal
 */
export function imageIndexKeys(image: Image): readonly string[] {
  const keys = [
    `region:${image.regionId}`,
    `status:${image.status}`,
    `name:${image.regionId}:${image.imageName}`,
  ];
  for (const m of image.diskDeviceMappings) if (m.snapshotId) keys.push(`snapshot:${m.snapshotId}`);
  return [...new Set(keys)];
}

/**
 * Looks a custom image up by id.
 *
 * @param state - The state.
 * @param imageId - The id.
 * @returns The image, or `undefined`.
 * @internal
 */
export function findImage(state: EcsState, imageId: string): Image | undefined {
  return entityGet(state.images, imageId);
}

/**
 * Stores a custom image (insert or update) with its indexes.
 *
 * @param table - The images table.
 * @param image - The image.
 * @returns The new table.
 * @internal
 */
export function putImage(table: EcsState['images'], image: Image): EcsState['images'] {
  return entityPut(table, image.imageId, image, imageIndexKeys);
}
