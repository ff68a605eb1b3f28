import type { Operation } from '../operations/operation.js';
import { ok } from '../shared/result.js';
import {
  type EncryptionRegionInput,
  readEncryptionRegion,
} from './enable-disk-encryption-by-default.js';
import { encryptionDefaultOf, requireEncryptionRegion } from './encryption-by-default.js';

/**
 * `DescribeDiskEncryptionByDefaultStatus` response body.
 *
 * @example
 * ```ts
 * const body: DescribeDiskEncryptionByDefaultStatusResponseBody = { encrypted: false };
 * ```
 * @category Disks
 */
export interface DescribeDiskEncryptionByDefaultStatusResponseBody {
  /** Whether disk encryption by default is on in the region. */
  encrypted: boolean;
}

/**
 * `DescribeDiskEncryptionByDefaultStatus`: whether a region encrypts new disks by default.
 *
 * @internal
 */
export const describeDiskEncryptionByDefaultStatusOp: Operation<
  EncryptionRegionInput,
  DescribeDiskEncryptionByDefaultStatusResponseBody
> = {
  action: 'DescribeDiskEncryptionByDefaultStatus',
  read: readEncryptionRegion,
  run(state, input) {
    const region = requireEncryptionRegion(state, input.regionId);
    if (!region.ok) return region;
    const { enabled } = encryptionDefaultOf(state, input.regionId);
    return ok({ state, response: { encrypted: enabled } });
  },
};
