import { isEssdSeries } from '../disks/categories.js';
import { diskNotFound } from '../disks/errors.js';
import { disksOfInstance, findDisk } from '../disks/store.js';
import type { Disk } from '../disks/types.js';
import { findInstance } from '../instances/store.js';
import { type EcsError, ecsError } from '../shared/ecs-error.js';
import { err, ok, type Result } from '../shared/result.js';
import { requireSnapshottableDisk } from '../snapshots/snapshot-preconditions.js';
import type { EcsState } from '../state/ecs-state.js';
import type { CreateSnapshotGroupInput } from './create-snapshot-group-request.js';

/** The most disks one snapshot-consistent group holds (`DiskId.N`: 1-128). */
export const MAX_GROUP_DISKS = 128;

/**
 * The disks a group will hold, checked: every one exists, is ESSD-series, can be snapshotted
 * (the checks of `CreateSnapshot`), and all share one zone.
 *
 * @internal
 */
export interface GroupSelection {
  /** The member disks, in selection order. */
  readonly disks: readonly Disk[];
  /** The group's instance: the one asked for, or the one every disk is attached to; else `null`. */
  readonly instanceId: string | null;
}

function pickDisks(
  state: EcsState,
  input: CreateSnapshotGroupInput,
): Result<readonly Disk[], EcsError> {
  const { instanceId, regionId } = input;
  if (instanceId !== undefined) {
    const instance = findInstance(state, instanceId);
    if (!instance || instance.regionId !== regionId) {
      return err(
        ecsError(
          'InvalidInstanceId.NotFound',
          `The specified InstanceId ${instanceId} does not exist.`,
        ),
      );
    }
  }
  if (input.diskId === undefined) {
    const excluded = new Set(input.excludeDiskId ?? []);
    return ok(disksOfInstance(state, instanceId ?? '').filter((d) => !excluded.has(d.diskId)));
  }
  const disks: Disk[] = [];
  for (const diskId of new Set(input.diskId)) {
    const disk = findDisk(state, diskId);
    if (!disk || disk.regionId !== regionId) return err(diskNotFound(diskId));
    if (instanceId !== undefined && disk.instanceId !== instanceId) {
      return err(
        ecsError(
          'InvalidDiskId.NotFound',
          `The specified disk ${diskId} is not attached to instance ${instanceId}.`,
        ),
      );
    }
    disks.push(disk);
  }
  return ok(disks);
}

function checkMembers(state: EcsState, disks: readonly Disk[]): Result<void, EcsError> {
  for (const disk of disks) {
    if (!isEssdSeries(disk.category)) {
      return err(
        ecsError(
          'DiskCategory.OperationNotSupported',
          `The operation is not supported for the category of the specified disk: ${disk.diskId} is ${disk.category}; snapshot-consistent groups hold ESSD-series disks only (cloud_essd, cloud_auto, cloud_essd_entry).`,
        ),
      );
    }
    const snapshottable = requireSnapshottableDisk(state, disk.diskId, 'user');
    if (!snapshottable.ok) return snapshottable;
  }
  const zones = new Set(disks.map((d) => d.zoneId));
  if (zones.size > 1) {
    return err(
      ecsError(
        'ResourcesNotInSameZone',
        `The specified disks are not in the same zone: ${[...zones].join(', ')}.`,
      ),
    );
  }
  return ok(undefined);
}

/**
 * Resolves and checks the disks of a `CreateSnapshotGroup` request. Checks, in order:
 * `diskId` with `excludeDiskId` (`InvalidParameter`), neither `instanceId` nor `diskId`
 * (`MissingParameter`), the instance (`InvalidInstanceId.NotFound`), each listed disk
 * (`InvalidDiskId.NotFound`), nothing left (`InvalidInstance.NoDisk`), more than 128
 * (`NumberExceed.TooManyDisks`), then per disk its category (`DiskCategory.OperationNotSupported`)
 * and the `CreateSnapshot` preconditions, then one zone (`ResourcesNotInSameZone`).
 *
 * @param state - The state.
 * @param input - The request.
 * @returns The member disks and the group's instance, or the ECS error that says why not.
 * @example
 * ```ts
 * selectGroupDisks(state, input); //=> { ok: true, value: { disks: [system, data], instanceId: 'i-bp...' } }
 * ```
 * @internal
 */
export function selectGroupDisks(
  state: EcsState,
  input: CreateSnapshotGroupInput,
): Result<GroupSelection, EcsError> {
  if (input.diskId !== undefined && input.excludeDiskId !== undefined) {
    return err(
      ecsError(
        'InvalidParameter',
        'The specified parameter DiskId.N cannot be used together with ExcludeDiskId.N.',
      ),
    );
  }
  if (input.instanceId === undefined && input.diskId === undefined) {
    return err(
      ecsError(
        'MissingParameter',
        'The input parameter InstanceId or DiskId.N that is mandatory for processing this request is not supplied.',
      ),
    );
  }
  const picked = pickDisks(state, input);
  if (!picked.ok) return picked;
  const disks = picked.value;
  if (disks.length === 0) {
    return err(
      ecsError(
        'InvalidInstance.NoDisk',
        'The specified instance has no disk to create a snapshot-consistent group for: the selection is empty.',
      ),
    );
  }
  if (disks.length > MAX_GROUP_DISKS) {
    return err(
      ecsError(
        'NumberExceed.TooManyDisks',
        `The number of specified disks exceeds the limit: ${disks.length} disks, at most ${MAX_GROUP_DISKS}.`,
      ),
    );
  }
  const checked = checkMembers(state, disks);
  if (!checked.ok) return checked;
  const instances = new Set(disks.map((d) => d.instanceId));
  const [only] = instances;
  const instanceId = input.instanceId ?? (instances.size === 1 && only ? only : null);
  return ok({ disks, instanceId });
}
