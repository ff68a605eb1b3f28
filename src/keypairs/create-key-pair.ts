import type { Operation } from '../operations/operation.js';
import { checkedFields, fieldReader } from '../shared/fields.js';
import { RESOURCE_GROUP_STORED } from '../shared/resource-groups.js';
import { ok } from '../shared/result.js';
import type { TagInput } from '../shared/tags.js';
import { placeholderKeyPair } from './key-material.js';
import { addKeyPair, NEW_KEY_PAIR_FIELDS, type NewKeyPairInput } from './new-key-pair.js';

/**
 * `CreateKeyPair` parameters (the SDK's `CreateKeyPairRequest`).
 *
 * @example
 * ```ts
 * const request: CreateKeyPairRequest = { regionId: 'cn-hangzhou', keyPairName: 'deploy' };
 * ```
 * @category Key pairs
 */
export interface CreateKeyPairRequest {
  /** The region (required). */
  regionId?: string | undefined;
  /** The name (required): 2-128 characters starting with a letter; unique in the region. */
  keyPairName?: string | undefined;
  /** The resource group. Default: the default resource group. */
  resourceGroupId?: string | undefined;
  /** Tags, up to 20. */
  tag?: TagInput[] | undefined;
}

/**
 * `CreateKeyPair` response body.
 *
 * @example
 * ```ts
 * const body: CreateKeyPairResponseBody = { keyPairId: 'kp-bp1...', keyPairName: 'deploy', keyPairFingerPrint: '89:f0:...', privateKeyBody: '-----BEGIN RSA PRIVATE KEY-----...' };
 * ```
 * @category Key pairs
 */
export interface CreateKeyPairResponseBody {
  /** The key pair's id. */
  keyPairId: string;
  /** The name. */
  keyPairName: string;
  /** The fingerprint of its public key. */
  keyPairFingerPrint: string;
  /** The private key, PEM: handed out once, never stored. A placeholder (fake-ecs runs no guest). */
  privateKeyBody: string;
}

/**
 * `CreateKeyPair`: a new key pair in the region; the world keeps only its public half.
 *
 * @internal
 */
export const createKeyPairOp: Operation<NewKeyPairInput, CreateKeyPairResponseBody> = {
  action: 'CreateKeyPair',
  stores: RESOURCE_GROUP_STORED,
  read: fieldReader(checkedFields<CreateKeyPairRequest>()(NEW_KEY_PAIR_FIELDS)),
  run(state, input, ctx) {
    let privateKeyBody = '';
    const added = addKeyPair(state, input, ctx, (keyPairId) => {
      const made = placeholderKeyPair(keyPairId);
      privateKeyBody = made.privateKey;
      return made.publicKey;
    });
    if (!added.ok) return added;
    const { keyPairId, keyPairName, keyPairFingerPrint } = added.value.response;
    return ok({
      state: added.value.state,
      response: { keyPairId, keyPairName, keyPairFingerPrint, privateKeyBody },
    });
  },
};
