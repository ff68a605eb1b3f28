import type { InputOf, Operation } from '../operations/operation.js';
import { fieldReader, fieldsOf, text } from '../shared/fields.js';
import { ok } from '../shared/result.js';
import { commit } from '../state/commit.js';
import {
  encryptionDefaultOf,
  requireEncryptionRegion,
  withEncryptionDefault,
} from './encryption-by-default.js';

/**
 * `EnableDiskEncryptionByDefault` and `DisableDiskEncryptionByDefault` parameters.
 *
 * @example
 * ```ts
 * const request: DiskEncryptionByDefaultRequest = { regionId: 'cn-hangzhou' };
 * ```
 * @category Disks
 */
export interface DiskEncryptionByDefaultRequest {
  /** Region (required). */
  regionId?: string | undefined;
}

const FIELDS = fieldsOf<DiskEncryptionByDefaultRequest>()(() => ({
  regionId: text.required(),
}));

/**
 * The input of the region-wide encryption operations.
 *
 * @internal
 */
export type EncryptionRegionInput = InputOf<typeof FIELDS>;

/**
 * Reads the region of a region-wide encryption operation.
 *
 * @internal
 */
export const readEncryptionRegion = fieldReader(FIELDS);

/**
 * An operation that switches a region's encryption by default on or off (idempotent: switching
 * it to what it is already succeeds and changes nothing).
 *
 * @param action - The action name.
 * @param enabled - What it switches to.
 * @returns The operation.
 * @internal
 */
export function switchEncryptionByDefault(
  action: string,
  enabled: boolean,
): Operation<EncryptionRegionInput, Record<never, never>> {
  return {
    action,
    read: readEncryptionRegion,
    run(state, input) {
      const region = requireEncryptionRegion(state, input.regionId);
      if (!region.ok) return region;
      if (encryptionDefaultOf(state, input.regionId).enabled === enabled)
        return ok({ state, response: {} });
      const diskEncryptionByDefault = withEncryptionDefault(state, input.regionId, { enabled });
      return ok({ state: commit(state, { diskEncryptionByDefault }), response: {} });
    },
  };
}

/**
 * `EnableDiskEncryptionByDefault`: turns a region's disk encryption by default on (with the
 * service key the first time).
 *
 * @internal
 */
export const enableDiskEncryptionByDefaultOp = switchEncryptionByDefault(
  'EnableDiskEncryptionByDefault',
  true,
);
