import type { Operation } from '../operations/operation.js';
import { ok } from '../shared/result.js';
import { commit } from '../state/commit.js';
import {
  type EncryptionRegionInput,
  readEncryptionRegion,
} from './enable-disk-encryption-by-default.js';
import {
  encryptionDefaultOf,
  requireEncryptionRegion,
  withEncryptionDefault,
} from './encryption-by-default.js';

/**
 * `ResetDiskDefaultKMSKeyId`: a region's encryption by default goes back to its service key.
 *
 * @internal
 */
export const resetDiskDefaultKMSKeyIdOp: Operation<EncryptionRegionInput, Record<never, never>> = {
  action: 'ResetDiskDefaultKMSKeyId',
  read: readEncryptionRegion,
  run(state, input) {
    const region = requireEncryptionRegion(state, input.regionId);
    if (!region.ok) return region;
    if (encryptionDefaultOf(state, input.regionId).kmsKeyId === '')
      return ok({ state, response: {} });
    const diskEncryptionByDefault = withEncryptionDefault(state, input.regionId, {
      kmsKeyId: '',
    });
    return ok({ state: commit(state, { diskEncryptionByDefault }), response: {} });
  },
};
