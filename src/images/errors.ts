import { type EcsError, ecsError } from '../shared/ecs-error.js';
import { err, ok, type Result } from '../shared/result.js';
import type { EcsState } from '../state/ecs-state.js';
import { requireRegion } from '../world/regions.js';
import { findImage } from './store.js';
import type { Image } from './types.js';

/**
 * `InvalidImageId.NotFound` for an id.
 *
 * @param imageId - The unknown id.
 * @returns The error.
 * @internal
 */
export function imageNotFound(imageId: string): EcsError<'InvalidImageId.NotFound'> {
  return ecsError('InvalidImageId.NotFound', `The specified ImageId ${imageId} does not exist.`);
}

/**
 * `IncorrectImageStatus` for a custom image that is not `Available` yet.
 *
 * @param imageId - The image.
 * @param status - Its status.
 * @returns The error.
 * @internal
 */
export function imageNotAvailable(
  imageId: string,
  status: string,
): EcsError<'IncorrectImageStatus'> {
  return ecsError(
    'IncorrectImageStatus',
    `The image is not available: ${imageId} is ${status}; wait until it is Available.`,
  );
}

/**
 * The custom image a request names in its region (`DeleteImage`, `ModifyImageAttribute`).
 *
 * @param state - The state.
 * @param regionId - The request's region.
 * @param imageId - The image.
 * @returns The image, or the region's error, or `InvalidImageId.NotFound` (unknown, of another
 *   region, or public).
 * @internal
 */
export function requireCustomImage(
  state: EcsState,
  regionId: string,
  imageId: string,
): Result<Image, EcsError> {
  const region = requireRegion(state.world, regionId);
  if (!region.ok) return region;
  const image = findImage(state, imageId);
  return image && image.regionId === regionId ? ok(image) : err(imageNotFound(imageId));
}
