import { type EcsError, ecsError } from '../shared/ecs-error.js';

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
