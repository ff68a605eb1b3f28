import type { InputOf, Operation } from '../operations/operation.js';
import { ecsError } from '../shared/ecs-error.js';
import { fieldReader, fieldsOf, text } from '../shared/fields.js';
import { RESOURCE_GROUP_STORED } from '../shared/resource-groups.js';
import { err, ok } from '../shared/result.js';
import type { TagInput } from '../shared/tags.js';
import { isPublicKey } from './key-material.js';
import { addKeyPair, NEW_KEY_PAIR_FIELDS } from './new-key-pair.js';

/**
 * `ImportKeyPair` parameters (the SDK's `ImportKeyPairRequest`).
 *
 * @example
 * ```ts
 * const request: ImportKeyPairRequest = { regionId: 'cn-hangzhou', keyPairName: 'laptop', publicKeyBody: 'ssh-ed25519 AAAAC3Nza... me@laptop' };
 * ```
 * @category Key pairs
 */
export interface ImportKeyPairRequest {
  /** The region (required). */
  regionId?: string | undefined;
  /** The name (required): 2-128 characters starting with a letter; unique in the region. */
  keyPairName?: string | undefined;
  /** The public key (required), OpenSSH format (`ssh-rsa`, `ssh-ed25519`, `ecdsa-sha2-*`). */
  publicKeyBody?: string | undefined;
  /** The resource group. Default: the default resource group. */
  resourceGroupId?: string | undefined;
  /** Tags, up to 20. */
  tag?: TagInput[] | undefined;
}

/**
 * `ImportKeyPair` response body.
 *
 * @example
 * ```ts
 * const body: ImportKeyPairResponseBody = { keyPairName: 'laptop', keyPairFingerPrint: '89:f0:...' };
 * ```
 * @category Key pairs
 */
export interface ImportKeyPairResponseBody {
  /** The name. */
  keyPairName: string;
  /** The fingerprint of the public key. */
  keyPairFingerPrint: string;
}

const FIELDS = fieldsOf<ImportKeyPairRequest>()(() => ({
  ...NEW_KEY_PAIR_FIELDS,
  publicKeyBody: text.required(),
}));

type ImportKeyPairInput = InputOf<typeof FIELDS>;

/**
 * `ImportKeyPair`: stores a public key made elsewhere as a key pair of the region.
 *
 * @internal
 */
export const importKeyPairOp: Operation<ImportKeyPairInput, ImportKeyPairResponseBody> = {
  action: 'ImportKeyPair',
  stores: RESOURCE_GROUP_STORED,
  read: fieldReader(FIELDS),
  run(state, input, ctx) {
    const added = addKeyPair(state, input, ctx, () => input.publicKeyBody.trim());
    if (!added.ok) return added;
    // The body is checked after the name, as the reference's table orders them.
    if (!isPublicKey(input.publicKeyBody))
      return err(
        ecsError(
          'InvalidPublicKeyBody.Malformed',
          'The PublicKeyBody format is not supported: expected an OpenSSH public key such as "ssh-rsa AAAA... comment".',
        ),
      );
    const { keyPairName, keyPairFingerPrint } = added.value.response;
    return ok({ state: added.value.state, response: { keyPairName, keyPairFingerPrint } });
  },
};
