import { type EcsError, ecsError } from '../shared/ecs-error.js';

/**
 * `InvalidInstanceId.NotFound` for an id.
 *
 * @param instanceId - The unknown id.
 * @returns The error.
 * @internal
 */
export function instanceNotFound(instanceId: string): EcsError<'InvalidInstanceId.NotFound'> {
  return ecsError(
    'InvalidInstanceId.NotFound',
    `The specified InstanceId ${instanceId} does not exist.`,
  );
}
