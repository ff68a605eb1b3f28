import { ecsError } from '../shared/ecs-error.js';
import { entityIdsByKey } from '../shared/entity-table.js';
import { jsonIds } from '../shared/fields.js';
import type { EcsState } from '../state/ecs-state.js';
import { findInstance } from './store.js';
import type { Instance } from './types.js';

/**
 * `InstanceIds`: a JSON array of up to 100 instance ids (`InvalidInstanceIds.Malformed`
 * otherwise).
 *
 * @internal
 */
export const instanceIdList = jsonIds(100, () =>
  ecsError(
    'InvalidInstanceIds.Malformed',
    'The specified parameter InstanceIds is not valid: expected a JSON array of at most 100 instance ids.',
  ),
);

/**
 * The instances of a region a list names (unknown ids and other regions are left out, as
 * describes do), or every instance of the region, in creation order, when no list is given.
 *
 * @param state - The state.
 * @param regionId - The region.
 * @param ids - The ids, if a list was given (an empty list names none).
 * @returns The instances.
 * @internal
 */
export function instancesNamed(
  state: EcsState,
  regionId: string,
  ids: readonly string[] | undefined,
): Instance[] {
  if (ids === undefined)
    return entityIdsByKey(state.instances, `region:${regionId}`).flatMap(
      (id) => findInstance(state, id) ?? [],
    );
  return [...new Set(ids)]
    .flatMap((id) => findInstance(state, id) ?? [])
    .filter((i) => i.regionId === regionId)
    .sort((a, b) => a.seq - b.seq);
}
