import { type EcsError, ecsError } from './ecs-error.js';

/**
 * `InvalidParameter` in ECS's wording: "The specified parameter X is not valid: why."
 *
 * @param parameter - The parameter, as the wire names it (`Offset`, `SnapshotIds`).
 * @param why - What is wrong, without a final full stop.
 * @returns The error.
 * @internal
 */
export function invalidParameter(parameter: string, why: string): EcsError<'InvalidParameter'> {
  return ecsError('InvalidParameter', `The specified parameter ${parameter} is not valid: ${why}.`);
}
