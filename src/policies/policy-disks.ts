import { findDisk, putDisk } from '../disks/store.js';
import type { Disk } from '../disks/types.js';
import { type EcsError, ecsError } from '../shared/ecs-error.js';
import { parseJsonIds } from '../shared/json-ids.js';
import { err, ok, type Result } from '../shared/result.js';
import type { EcsState } from '../state/ecs-state.js';
import { parameterInvalid, requirePolicy, requirePolicyRegion } from './errors.js';

const MAX_DISK_IDS = 100;

/**
 * The disks a policy request names (`diskIds`, a JSON array of up to 100 ids), all in its region.
 *
 * @param state - The state.
 * @param raw - The `diskIds` parameter.
 * @param regionId - The request's region.
 * @param notFound - The message for a disk missing from the region.
 * @returns The disks in request order (each once), or `ParameterInvalid` / `InvalidDiskId.NotFound`.
 * @internal
 */
export function requirePolicyDisks(
  state: EcsState,
  raw: unknown,
  regionId: string,
  notFound: string,
): Result<Disk[], EcsError> {
  const ids = parseJsonIds(raw, MAX_DISK_IDS);
  if (!ids || ids.length === 0) {
    return err(
      parameterInvalid('DiskIds', `expected a JSON array of 1 to ${MAX_DISK_IDS} disk ids`),
    );
  }
  const disks: Disk[] = [];
  for (const id of new Set(ids)) {
    const disk = findDisk(state, id);
    if (!disk || disk.regionId !== regionId)
      return err(ecsError('InvalidDiskId.NotFound', `${notFound}: ${id} in ${regionId}.`));
    disks.push(disk);
  }
  return ok(disks);
}

/** The most automatic snapshot policies one disk can have (current reference: 10). */
export const MAX_POLICIES_PER_DISK = 10;

/**
 * Adds a policy to disks (a disk that already has it is left as it is), each a single indexed
 * write. The caller checks {@link MAX_POLICIES_PER_DISK} first.
 *
 * @param table - The disks table.
 * @param disks - The disks.
 * @param policyId - The policy.
 * @returns The new table.
 * @internal
 */
export function addDiskPolicy(
  table: EcsState['disks'],
  disks: readonly Disk[],
  policyId: string,
): EcsState['disks'] {
  let next = table;
  for (const disk of disks) {
    if (!disk.autoSnapshotPolicyIds.includes(policyId))
      next = putDisk(next, {
        ...disk,
        autoSnapshotPolicyIds: [...disk.autoSnapshotPolicyIds, policyId],
      });
  }
  return next;
}

/**
 * Takes a policy off disks (a disk without it is left as it is).
 *
 * @param table - The disks table.
 * @param disks - The disks.
 * @param policyId - The policy.
 * @returns The new table.
 * @internal
 */
export function removeDiskPolicy(
  table: EcsState['disks'],
  disks: readonly Disk[],
  policyId: string,
): EcsState['disks'] {
  let next = table;
  for (const disk of disks) {
    if (disk.autoSnapshotPolicyIds.includes(policyId))
      next = putDisk(next, {
        ...disk,
        autoSnapshotPolicyIds: disk.autoSnapshotPolicyIds.filter((id) => id !== policyId),
      });
  }
  return next;
}

/**
 * The checks `ApplyAutoSnapshotPolicy` and `CancelAutoSnapshotPolicy` share, in the order ECS
 * answers them: the region, then the policy (when the request names one), then the disks.
 *
 * @param state - The state.
 * @param request - The request's region, policy (if any) and `diskIds`.
 * @param notFound - The message for a disk missing from the region (each operation has its own).
 * @returns The disks in request order, or the first refusal.
 * @internal
 */
export function requireDiskPolicyRequest(
  state: EcsState,
  request: {
    readonly regionId: string;
    readonly autoSnapshotPolicyId: string | undefined;
    readonly diskIds: unknown;
  },
  notFound: string,
): Result<Disk[], EcsError> {
  const region = requirePolicyRegion(state, request.regionId);
  if (!region.ok) return region;
  if (request.autoSnapshotPolicyId !== undefined) {
    const policy = requirePolicy(state, request.autoSnapshotPolicyId, request.regionId);
    if (!policy.ok) return policy;
  }
  return requirePolicyDisks(state, request.diskIds, request.regionId, notFound);
}
