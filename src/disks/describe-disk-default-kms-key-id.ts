import type { Operation } from '../operations/operation.js';
import { ok } from '../shared/result.js';
import {
  type EncryptionRegionInput,
  readEncryptionRegion,
} from './enable-disk-encryption-by-default.js';
import {
  encryptionDefaultOf,
  requireEncryptionRegion,
  serviceKeyId,
} from './encryption-by-default.js';

/**
 * `DescribeDiskDefaultKMSKeyId` response body.
 *
 * @example
 * ```ts
 * const body: DescribeDiskDefaultKMSKeyIdResponseBody = { KMSKeyId: '0e478b7a-4262-4802-b8cb-00d3fb408b21' };
 * ```
 * @category Disks
 */
export interface DescribeDiskDefaultKMSKeyIdResponseBody {
  /** The key encryption by default uses: the one chosen, or the region's service key. */
  KMSKeyId: string;
}

/**
 * `DescribeDiskDefaultKMSKeyId`: the KMS key a region's encryption by default uses.
 *
 * @internal
 */
export const describeDiskDefaultKMSKeyIdOp: Operation<
  EncryptionRegionInput,
  DescribeDiskDefaultKMSKeyIdResponseBody
> = {
  action: 'DescribeDiskDefaultKMSKeyId',
  read: readEncryptionRegion,
  run(state, input) {
    const region = requireEncryptionRegion(state, input.regionId);
    if (!region.ok) return region;
    const { kmsKeyId } = encryptionDefaultOf(state, input.regionId);
    return ok({ state, response: { KMSKeyId: kmsKeyId || serviceKeyId(input.regionId) } });
  },
};
