import type { EmptyResponseBody } from '../instances/api.js';
import type { WithRequestId } from '../operations/operation.js';
import type { KeyPairBindingRequest, KeyPairBindingResponseBody } from './bind-key-pair.js';
import type { CreateKeyPairRequest, CreateKeyPairResponseBody } from './create-key-pair.js';
import type { DeleteKeyPairsRequest } from './delete-key-pairs.js';
import type {
  DescribeKeyPairsRequest,
  DescribeKeyPairsResponseBody,
} from './describe-key-pairs.js';
import type { ImportKeyPairRequest, ImportKeyPairResponseBody } from './import-key-pair.js';

/**
 * The ECS SSH key pair operations of the facade. Key pair names are unique per region; an
 * instance is bound to at most one (`keyPairName` in `runInstances`, or `attachKeyPair`).
 *
 * @example
 * ```ts
 * ecs.importKeyPair({ regionId: 'cn-hangzhou', keyPairName: 'laptop', publicKeyBody: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIG me@laptop' });
 * ecs.attachKeyPair({ regionId: 'cn-hangzhou', keyPairName: 'laptop', instanceIds: JSON.stringify([instanceId]) });
 * ```
 * @category Key pairs
 */
export interface KeyPairApi {
  /**
   * Creates a key pair; the private key is handed out once (a placeholder: no guest runs).
   *
   * @param request - `{ regionId, keyPairName, resourceGroupId?, tag? }`.
   * @returns `{ requestId, keyPairId, keyPairName, keyPairFingerPrint, privateKeyBody }`.
   * @throws EcsError `MissingParameter`, `InvalidRegionId.NotFound`, `InvalidKeyPairName.Malformed`,
   *   `KeyPair.AlreadyExist`, `QuotaExceed.KeyPair`, `InvalidResourceGroup.NotFound`, tag errors.
   * @example
   * ```ts
   * ecs.createKeyPair({ regionId: 'cn-hangzhou', keyPairName: 'deploy' }).privateKeyBody;
   * ```
   */
  createKeyPair(request: CreateKeyPairRequest): WithRequestId<CreateKeyPairResponseBody>;
  /**
   * Imports an OpenSSH public key as a key pair.
   *
   * @param request - `{ regionId, keyPairName, publicKeyBody, resourceGroupId?, tag? }`.
   * @returns `{ requestId, keyPairName, keyPairFingerPrint }`.
   * @throws EcsError `MissingParameter`, `InvalidRegionId.NotFound`, `InvalidKeyPairName.Malformed`,
   *   `KeyPair.AlreadyExist`, `QuotaExceed.KeyPair`, `InvalidPublicKeyBody.Malformed`, tag errors.
   * @example
   * ```ts
   * ecs.importKeyPair({ regionId: 'cn-hangzhou', keyPairName: 'laptop', publicKeyBody: 'ssh-rsa AAAAB3NzaC1yc2E me@laptop' });
   * ```
   */
  importKeyPair(request: ImportKeyPairRequest): WithRequestId<ImportKeyPairResponseBody>;
  /**
   * Lists the key pairs of a region (`keyPairName` takes `*` wildcards).
   *
   * @param request - `{ regionId, keyPairName?, keyPairFingerPrint?, includePublicKey?, tag?, resourceGroupId?, pageNumber?, pageSize? }`.
   * @returns `{ requestId, totalCount, pageNumber, pageSize, keyPairs: { keyPair } }`.
   * @throws EcsError `MissingParameter`, `InvalidRegionId.NotFound`, `InvalidParameter`, tag errors.
   * @example
   * ```ts
   * ecs.describeKeyPairs({ regionId: 'cn-hangzhou', keyPairName: 'dep*' }).keyPairs.keyPair;
   * ```
   */
  describeKeyPairs(request: DescribeKeyPairsRequest): WithRequestId<DescribeKeyPairsResponseBody>;
  /**
   * Deletes key pairs (unknown names are ignored; bound instances keep the name).
   *
   * @param request - `{ regionId, keyPairNames }` (a JSON array of names).
   * @returns `{ requestId }`.
   * @throws EcsError `MissingParameter`, `InvalidRegionId.NotFound`, `InvalidParameter`.
   * @example
   * ```ts
   * ecs.deleteKeyPairs({ regionId: 'cn-hangzhou', keyPairNames: '["deploy"]' });
   * ```
   */
  deleteKeyPairs(request: DeleteKeyPairsRequest): EmptyResponseBody;
  /**
   * Binds a key pair to instances (`Running` or `Stopped`), each answering on its own.
   *
   * @param request - `{ regionId, keyPairName, instanceIds }` (a JSON array of ids).
   * @returns `{ requestId, keyPairName, totalCount, failCount, results: { result } }`.
   * @throws EcsError `MissingParameter`, `InvalidRegionId.NotFound`, `InvalidKeyPairName.NotFound`,
   *   `InvalidInstanceIds.Malformed`.
   * @example
   * ```ts
   * ecs.attachKeyPair({ regionId: 'cn-hangzhou', keyPairName: 'deploy', instanceIds: JSON.stringify([instanceId]) }).failCount; //=> '0'
   * ```
   */
  attachKeyPair(request: KeyPairBindingRequest): WithRequestId<KeyPairBindingResponseBody>;
  /**
   * Unbinds a key pair from instances, each answering on its own.
   *
   * @param request - `{ regionId, keyPairName, instanceIds }` (a JSON array of ids).
   * @returns `{ requestId, keyPairName, totalCount, failCount, results: { result } }`.
   * @throws EcsError `MissingParameter`, `InvalidRegionId.NotFound`, `InvalidKeyPairName.NotFound`,
   *   `InvalidInstanceIds.Malformed`.
   * @example
   * ```ts
   * ecs.detachKeyPair({ regionId: 'cn-hangzhou', keyPairName: 'deploy', instanceIds: JSON.stringify([instanceId]) });
   * ```
   */
  detachKeyPair(request: KeyPairBindingRequest): WithRequestId<KeyPairBindingResponseBody>;
}
