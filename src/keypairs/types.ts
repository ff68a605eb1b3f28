import type { Timestamp } from '../clock/timestamp.js';
import type { Tag } from '../shared/tags.js';

/**
 * An SSH key pair as the world stores it: the public half only (real ECS never keeps the private
 * key it hands out once).
 *
 * @example
 * ```ts
 * ecs.state.keyPairs.rows; // key pairs by `regionId/keyPairName`
 * ```
 * @category Key pairs
 */
export interface KeyPair {
  /** Creation order. */
  readonly seq: number;
  /** Its id (`kp-...`), as `CreateKeyPair` returns it. */
  readonly keyPairId: string;
  /** The name, unique in its region. */
  readonly keyPairName: string;
  /** The region. */
  readonly regionId: string;
  /** The fingerprint (colon-separated hex). */
  readonly keyPairFingerPrint: string;
  /** The public key, OpenSSH format. */
  readonly publicKey: string;
  /** When it was created or imported. */
  readonly creationTime: Timestamp;
  /** The resource group. */
  readonly resourceGroupId: string;
  /** Tags. */
  readonly tags: readonly Tag[];
}
