import type { InputOf, Operation } from '../operations/operation.js';
import { ecsError } from '../shared/ecs-error.js';
import { entityRemove } from '../shared/entity-table.js';
import { fieldReader, fieldsOf, jsonIds, text } from '../shared/fields.js';
import { ok } from '../shared/result.js';
import { commit } from '../state/commit.js';
import { requireRegion } from '../world/regions.js';
import { keyPairIndexKeys, keyPairKey } from './store.js';

/**
 * `DeleteKeyPairs` parameters (the SDK's `DeleteKeyPairsRequest`).
 *
 * @example
 * ```ts
 * const request: DeleteKeyPairsRequest = { regionId: 'cn-hangzhou', keyPairNames: '["deploy","laptop"]' };
 * ```
 * @category Key pairs
 */
export interface DeleteKeyPairsRequest {
  /** The region (required). */
  regionId?: string | undefined;
  /** The names (required): a JSON array of 1-100 names. Unknown names are ignored. */
  keyPairNames?: string | undefined;
}

const FIELDS = fieldsOf<DeleteKeyPairsRequest>()(() => ({
  regionId: text.required(),
  keyPairNames: jsonIds(100, () =>
    ecsError(
      'InvalidParameter',
      'The specified parameter KeyPairNames is not valid: expected a JSON array of at most 100 names.',
    ),
  ).required(),
}));

type DeleteKeyPairsInput = InputOf<typeof FIELDS>;

/**
 * `DeleteKeyPairs`: removes key pairs of a region. Instances bound to one keep its name (the
 * reference: they can still use it, and `DescribeInstances` still shows it).
 *
 * @internal
 */
export const deleteKeyPairsOp: Operation<DeleteKeyPairsInput, Record<never, never>> = {
  action: 'DeleteKeyPairs',
  read: fieldReader(FIELDS),
  run(state, input) {
    const region = requireRegion(state.world, input.regionId);
    if (!region.ok) return region;
    let table = state.keyPairs;
    for (const name of input.keyPairNames)
      table = entityRemove(table, keyPairKey(input.regionId, name), keyPairIndexKeys);
    if (table === state.keyPairs) return ok({ state, response: {} });
    return ok({ state: commit(state, { keyPairs: table }), response: {} });
  },
};
