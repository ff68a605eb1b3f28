import type { EmptyResponseBody } from '../instances/api.js';
import type { WithRequestId } from '../operations/operation.js';
import type { DescribeDiskDefaultKMSKeyIdResponseBody } from './describe-disk-default-kms-key-id.js';
import type { DescribeDiskEncryptionByDefaultStatusResponseBody } from './describe-disk-encryption-by-default-status.js';
import type { DiskEncryptionByDefaultRequest } from './enable-disk-encryption-by-default.js';
import type { ModifyDiskDefaultKMSKeyIdRequest } from './modify-disk-default-kms-key-id.js';

/**
 * Account-level disk encryption by default, per region: on or off, and the KMS key it uses (the
 * region's service key unless another is chosen). fake-ecs keeps and answers the setting; disks
 * themselves are not encrypted by it (encryption is not modelled on disks yet).
 *
 * @example
 * ```ts
 * ecs.enableDiskEncryptionByDefault({ regionId: 'cn-hangzhou' });
 * ecs.describeDiskEncryptionByDefaultStatus({ regionId: 'cn-hangzhou' }).encrypted; //=> true
 * ```
 * @category Disks
 */
export interface DiskEncryptionApi {
  /**
   * Turns disk encryption by default on in a region (already on: nothing changes).
   *
   * @param request - `{ regionId }`.
   * @returns `{ requestId }`.
   * @throws EcsError `MissingParameter`, `InvalidParameter.RegionIdNotExists` (403).
   * @example
   * ```ts
   * ecs.enableDiskEncryptionByDefault({ regionId: 'cn-hangzhou' });
   * ```
   */
  enableDiskEncryptionByDefault(request: DiskEncryptionByDefaultRequest): EmptyResponseBody;
  /**
   * Turns disk encryption by default off in a region (the chosen key is kept).
   *
   * @param request - `{ regionId }`.
   * @returns `{ requestId }`.
   * @throws EcsError `MissingParameter`, `InvalidParameter.RegionIdNotExists` (403).
   * @example
   * ```ts
   * ecs.disableDiskEncryptionByDefault({ regionId: 'cn-hangzhou' });
   * ```
   */
  disableDiskEncryptionByDefault(request: DiskEncryptionByDefaultRequest): EmptyResponseBody;
  /**
   * Whether disk encryption by default is on in a region (off until enabled).
   *
   * @param request - `{ regionId }`.
   * @returns `{ requestId, encrypted }`.
   * @throws EcsError `MissingParameter`, `InvalidParameter.RegionIdNotExists` (403).
   * @example
   * ```ts
   * ecs.describeDiskEncryptionByDefaultStatus({ regionId: 'cn-hangzhou' }).encrypted;
   * ```
   */
  describeDiskEncryptionByDefaultStatus(
    request: DiskEncryptionByDefaultRequest,
  ): WithRequestId<DescribeDiskEncryptionByDefaultStatusResponseBody>;
  /**
   * The KMS key of a region's encryption by default: the one chosen, or the region's service key
   * (an id derived from the region, the same in every world).
   *
   * @param request - `{ regionId }`.
   * @returns `{ requestId, KMSKeyId }`.
   * @throws EcsError `MissingParameter`, `InvalidParameter.RegionIdNotExists` (403).
   * @example
   * ```ts
   * ecs.describeDiskDefaultKMSKeyId({ regionId: 'cn-hangzhou' }).KMSKeyId;
   * ```
   */
  describeDiskDefaultKMSKeyId(
    request: DiskEncryptionByDefaultRequest,
  ): WithRequestId<DescribeDiskDefaultKMSKeyIdResponseBody>;
  /**
   * Chooses the KMS key of a region's encryption by default.
   *
   * @param request - `{ regionId, KMSKeyId }` (a UUID or `key-...` id).
   * @returns `{ requestId }`.
   * @throws EcsError `MissingParameter`, `InvalidParameter.RegionIdNotExists` (403),
   *   `InvalidOperation.KMSKeyIdNotFound` (403: not shaped like a key id).
   * @example
   * ```ts
   * ecs.modifyDiskDefaultKMSKeyId({ regionId: 'cn-hangzhou', KMSKeyId: '0e478b7a-4262-4802-b8cb-00d3fb408b21' });
   * ```
   */
  modifyDiskDefaultKMSKeyId(request: ModifyDiskDefaultKMSKeyIdRequest): EmptyResponseBody;
  /**
   * Sets a region's encryption by default back to its service key.
   *
   * @param request - `{ regionId }`.
   * @returns `{ requestId }`.
   * @throws EcsError `MissingParameter`, `InvalidParameter.RegionIdNotExists` (403).
   * @example
   * ```ts
   * ecs.resetDiskDefaultKMSKeyId({ regionId: 'cn-hangzhou' });
   * ```
   */
  resetDiskDefaultKMSKeyId(request: DiskEncryptionByDefaultRequest): EmptyResponseBody;
}
