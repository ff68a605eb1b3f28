// Account-level disk encryption by default, per region: whether it is on and which KMS key it
// uses. fake-ecs keeps the setting and answers it back; disks do not carry encryption yet, so
// CreateDisk and RunInstances are not changed by it (docs/fidelity.md, "Disks").

import { type EcsError, ecsError } from '../shared/ecs-error.js';
import { fnv1a, mix32 } from '../shared/hash.js';
import { err, ok, type Result } from '../shared/result.js';
import type { EcsState } from '../state/ecs-state.js';
import type { DiskEncryptionDefault } from './types.js';

/** A region nobody has configured: off, with the service key. */
const UNSET: DiskEncryptionDefault = Object.freeze({ enabled: false, kmsKeyId: '' });

/**
 * A region's setting (off, with the service key, until changed).
 *
 * @param state - The state.
 * @param regionId - The region.
 * @returns The setting.
 * @internal
 */
export function encryptionDefaultOf(state: EcsState, regionId: string): DiskEncryptionDefault {
  return state.diskEncryptionByDefault[regionId] ?? UNSET;
}

/**
 * The table with one region's setting replaced.
 *
 * @param state - The state.
 * @param regionId - The region.
 * @param change - The fields to change.
 * @returns The new table.
 * @internal
 */
export function withEncryptionDefault(
  state: EcsState,
  regionId: string,
  change: Partial<DiskEncryptionDefault>,
): EcsState['diskEncryptionByDefault'] {
  const setting = { ...encryptionDefaultOf(state, regionId), ...change };
  return { ...state.diskEncryptionByDefault, [regionId]: setting };
}

/**
 * The id of a region's KMS service key (`alias/acs/ecs`): a UUID-shaped id derived from the
 * region's name, the same in every world.
 *
 * @param regionId - The region.
 * @returns The key id, e.g. `4f1c2a90-...`.
 * @internal
 */
export function serviceKeyId(regionId: string): string {
  let h = fnv1a(`fake-ecs/kms-service-key/${regionId}`);
  let hex = '';
  for (let i = 0; i < 4; i++) {
    h = mix32(h, i + 1);
    hex += (h >>> 0).toString(16).padStart(8, '0');
  }
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/**
 * Checks the region of an encryption-by-default request, with the code these operations'
 * reference lists (`InvalidParameter.RegionIdNotExists`, 403).
 *
 * @param state - The state.
 * @param regionId - The region asked for.
 * @returns `null`, or the error.
 * @internal
 */
export function requireEncryptionRegion(state: EcsState, regionId: string): Result<null, EcsError> {
  return state.world.regions.some((r) => r.regionId === regionId)
    ? ok(null)
    : err(
        ecsError(
          'InvalidParameter.RegionIdNotExists',
          `The specified region ${regionId} does not exist.`,
        ),
      );
}
