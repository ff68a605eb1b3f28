import { type EcsError, ecsError } from '../shared/ecs-error.js';
import { entityGet, entityPut } from '../shared/entity-table.js';
import type { EcsState } from '../state/ecs-state.js';
import type { KeyPair } from './types.js';

/**
 * The key of a key pair in its table: names are unique per region.
 *
 * @param regionId - The region.
 * @param keyPairName - The name.
 * @returns The key.
 * @internal
 */
export function keyPairKey(regionId: string, keyPairName: string): string {
  return `${regionId}/${keyPairName}`;
}

/**
 * The index keys of a key pair: its region.
 *
 * @param keyPair - The key pair.
 * @returns Its keys.
 * @internal
 */
export function keyPairIndexKeys(keyPair: KeyPair): readonly string[] {
  return [`region:${keyPair.regionId}`];
}

/**
 * Looks a key pair up by region and name.
 *
 * @param state - The state.
 * @param regionId - The region.
 * @param keyPairName - The name.
 * @returns The key pair, or `undefined`.
 * @internal
 */
export function findKeyPair(
  state: EcsState,
  regionId: string,
  keyPairName: string,
): KeyPair | undefined {
  return entityGet(state.keyPairs, keyPairKey(regionId, keyPairName));
}

/**
 * Stores a key pair with its index.
 *
 * @param table - The key pairs.
 * @param keyPair - The key pair.
 * @returns The new table.
 * @internal
 */
export function putKeyPair(table: EcsState['keyPairs'], keyPair: KeyPair): EcsState['keyPairs'] {
  return entityPut(
    table,
    keyPairKey(keyPair.regionId, keyPair.keyPairName),
    keyPair,
    keyPairIndexKeys,
  );
}

/**
 * `InvalidKeyPairName.NotFound` for a name.
 *
 * @param keyPairName - The unknown name.
 * @returns The error.
 * @internal
 */
export function keyPairNotFound(keyPairName: string): EcsError<'InvalidKeyPairName.NotFound'> {
  return ecsError(
    'InvalidKeyPairName.NotFound',
    `The specified KeyPairName ${keyPairName} does not exist in our records.`,
  );
}
