import { type EcsError, ecsError } from '../shared/ecs-error.js';
import { entityCountByKey } from '../shared/entity-table.js';
import { lazy } from '../shared/lazy.js';
import { err, ok, type Result } from '../shared/result.js';
import type { EcsState } from '../state/ecs-state.js';
import { findKeyPair } from './store.js';

/** Key pairs one region can hold (the reference's limit). */
export const KEY_PAIRS_PER_REGION = 500;

// Built on first use: a Unicode-property pattern costs ~0.3 ms to build, paid by every import.
const keyPairNamePattern = lazy(() => /^\p{L}[\p{L}\p{N}:_-]{1,127}$/u);

/**
 * Checks a new key pair's name: 2-128 characters starting with a letter, then letters, digits,
 * `:`, `_` or `-`, not `http(s)://`; unique in its region; the region under its quota.
 *
 * @param state - The state.
 * @param regionId - The region.
 * @param keyPairName - The name.
 * @returns The name, or `InvalidKeyPairName.Malformed`, `KeyPair.AlreadyExist`, `QuotaExceed.KeyPair`.
 * @internal
 */
export function checkNewKeyPair(
  state: EcsState,
  regionId: string,
  keyPairName: string,
): Result<string, EcsError> {
  if (!keyPairNamePattern().test(keyPairName) || /^https?:\/\//i.test(keyPairName))
    return err(
      ecsError(
        'InvalidKeyPairName.Malformed',
        `Specified Key Pair name is not valid: ${JSON.stringify(keyPairName)} must be 2-128 characters starting with a letter (letters, digits, ":", "_", "-").`,
      ),
    );
  if (findKeyPair(state, regionId, keyPairName))
    return err(
      ecsError(
        'KeyPair.AlreadyExist',
        `The key pair already exist: ${keyPairName} in ${regionId}.`,
      ),
    );
  if (entityCountByKey(state.keyPairs, `region:${regionId}`) >= KEY_PAIRS_PER_REGION)
    return err(
      ecsError(
        'QuotaExceed.KeyPair',
        `The key pair quota exceeds: ${KEY_PAIRS_PER_REGION} key pairs in ${regionId}.`,
      ),
    );
  return ok(keyPairName);
}
