import { type EcsError, ecsError } from '../shared/ecs-error.js';
import { entityGet } from '../shared/entity-table.js';
import { err, ok, type Result } from '../shared/result.js';
import type { EcsState } from '../state/ecs-state.js';
import type { RegionSpec } from '../world/region-spec.js';
import type { AutoSnapshotPolicy } from './types.js';

/**
 * `ParameterInvalid` (403) naming the parameter, as the policy operations answer bad values.
 *
 * @param parameter - The wire name, e.g. `TimePoints`.
 * @param detail - What is wrong, for the message.
 * @returns The error.
 * @internal
 */
export function parameterInvalid(parameter: string, detail: string): EcsError<'ParameterInvalid'> {
  return ecsError(
    'ParameterInvalid',
    `The specified ${parameter} parameter is invalid: ${detail}.`,
  );
}

/**
 * The policy operations' region check: an unknown region is `ParameterInvalid` (403), not
 * `InvalidRegionId.NotFound`.
 *
 * @param state - The state.
 * @param regionId - The region asked for.
 * @returns The region, or the error.
 * @internal
 */
export function requirePolicyRegion(
  state: EcsState,
  regionId: string,
): Result<RegionSpec, EcsError<'ParameterInvalid'>> {
  const region = state.world.regions.find((r) => r.regionId === regionId);
  return region
    ? ok(region)
    : err(
        ecsError(
          'ParameterInvalid',
          `The specified RegionId parameter is invalid: ${regionId} is not a region of this world.`,
        ),
      );
}

/**
 * Finds a policy of a region, or answers `ParameterInvalid` with status 404, as ECS does for an
 * unknown policy (and, with its own message, for a policy of another region).
 *
 * @param state - The state.
 * @param policyId - The policy.
 * @param regionId - The region of the request.
 * @returns The policy, or the error.
 * @internal
 */
export function requirePolicy(
  state: EcsState,
  policyId: string,
  regionId: string,
): Result<AutoSnapshotPolicy, EcsError<'ParameterInvalid'>> {
  const policy = entityGet(state.autoSnapshotPolicies, policyId);
  if (policy && policy.regionId === regionId) return ok(policy);
  const message = policy
    ? `The specified automatic snapshot policy does not exist in the region: ${policyId} is not in ${regionId}.`
    : `The specified automatic snapshot policy does not exist: ${policyId}.`;
  return err(ecsError('ParameterInvalid', message, 404));
}
