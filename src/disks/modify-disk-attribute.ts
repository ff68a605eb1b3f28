import type { CommonInput, Operation } from '../operations/operation.js';
import { type EcsError, ecsError } from '../shared/ecs-error.js';
import { type FieldValues, fieldsOf, flag, ids, readFields, text } from '../shared/fields.js';
import { givenFields } from '../shared/given-fields.js';
import { isValidDescription, isValidName } from '../shared/names.js';
import { err, ok, type Result } from '../shared/result.js';
import { commit } from '../state/commit.js';
import type { EcsState } from '../state/ecs-state.js';
import { requireRegion } from '../world/regions.js';
import { diskNotFound } from './errors.js';
import { findDisk, putDisk } from './store.js';
import type { Disk } from './types.js';

/**
 * `ModifyDiskAttribute` parameters (the SDK's `ModifyDiskAttributeRequest` fields fake-ecs
 * supports). Unset attributes keep their value; at least one must be set.
 *
 * @example
 * ```ts
 * const request: ModifyDiskAttributeRequest = { diskId: 'd-bp1s5fnvk4gn2tws0001', diskName: 'logs', deleteWithInstance: true };
 * ```
 * @category Disks
 */
export interface ModifyDiskAttributeRequest {
  /** The disk; exactly one of `diskId` and `diskIds` is required. */
  diskId?: string | undefined;
  /** Up to 100 disks to change at once; exactly one of `diskId` and `diskIds` is required. */
  diskIds?: string[] | undefined;
  /** The region; when set, every disk must be in it. */
  regionId?: string | undefined;
  /** New name: 2-128 characters, starting with a letter. */
  diskName?: string | undefined;
  /** New description: 2-256 characters, not starting with `http://` or `https://`. */
  description?: string | undefined;
  /** Release the disk with its instance; `false` is refused for a non-portable disk (`DiskNotPortable`). */
  deleteWithInstance?: boolean | undefined;
  /** Release the disk's automatic snapshots with it. */
  deleteAutoSnapshot?: boolean | undefined;
  /** Whether automatic snapshot policies apply to the disk (deprecated by ECS, still recorded). */
  enableAutoSnapshot?: boolean | undefined;
}

/**
 * `ModifyDiskAttribute` response body: only the request id.
 *
 * @example
 * ```ts
 * const body: WithRequestId<ModifyDiskAttributeResponseBody> = { requestId: '473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E' };
 * ```
 * @category Disks
 */
export type ModifyDiskAttributeResponseBody = Record<never, never>;

// The target is read (and checked) before the rest.
const TARGET_FIELDS = { diskId: text, diskIds: ids(100) };
const CHANGE_FIELDS = {
  diskName: text,
  description: text,
  deleteWithInstance: flag,
  deleteAutoSnapshot: flag,
  enableAutoSnapshot: flag,
};
const REST_FIELDS = { regionId: text, ...CHANGE_FIELDS };
// The documented request is checked against both parts, read in two steps below.
fieldsOf<ModifyDiskAttributeRequest>()(() => ({ ...TARGET_FIELDS, ...REST_FIELDS }));

/** The attributes to change: only those given. */
type DiskChanges = {
  readonly [K in keyof typeof CHANGE_FIELDS]?: NonNullable<FieldValues<typeof CHANGE_FIELDS>[K]>;
};

/** @internal */
export interface ModifyDiskAttributeInput extends CommonInput {
  readonly diskIds: readonly string[];
  readonly changes: DiskChanges;
}

function checkChanges(changes: DiskChanges): Result<DiskChanges, EcsError> {
  if (Object.keys(changes).length === 0) return err(ecsError('NoAttributeToModify'));
  if (changes.diskName !== undefined && !isValidName(changes.diskName)) {
    return err(
      ecsError(
        'InvalidDiskName.Malformed',
        `The specified disk name ${JSON.stringify(changes.diskName)} is wrongly formed.`,
      ),
    );
  }
  if (changes.description !== undefined && !isValidDescription(changes.description))
    return err(ecsError('InvalidDescription.Malformed'));
  return ok(changes);
}

function findDisks(state: EcsState, input: ModifyDiskAttributeInput): Result<Disk[], EcsError> {
  const disks: Disk[] = [];
  for (const id of new Set(input.diskIds)) {
    const disk = findDisk(state, id);
    if (!disk || (input.regionId !== undefined && disk.regionId !== input.regionId))
      return err(diskNotFound(id));
    if (input.changes.deleteWithInstance === false && !disk.portable) {
      return err(
        ecsError(
          'DiskNotPortable',
          `The specified disk ${id} is not a portable disk: DeleteWithInstance cannot be false.`,
        ),
      );
    }
    disks.push(disk);
  }
  return ok(disks);
}

/**
 * `ModifyDiskAttribute`: changes the name, description and release flags of one disk or of up to
 * 100 disks at once (all or none).
 *
 * @internal
 */
export const modifyDiskAttributeOp: Operation<
  ModifyDiskAttributeInput,
  ModifyDiskAttributeResponseBody
> = {
  action: 'ModifyDiskAttribute',
  read: (p) => {
    const { diskId, diskIds } = readFields(p, TARGET_FIELDS);
    if (diskId !== undefined && diskIds !== undefined)
      p.reject('diskIds', 'DiskId and DiskIds cannot be specified at the same time');
    const targets = diskIds?.length ? diskIds : [p.required('diskId', diskId)];
    const { regionId, ...changes } = readFields(p, REST_FIELDS);
    return { diskIds: targets, regionId, changes: givenFields<DiskChanges>(changes) };
  },
  run(state, input) {
    if (input.regionId !== undefined) {
      const region = requireRegion(state.world, input.regionId);
      if (!region.ok) return region;
    }
    const changes = checkChanges(input.changes);
    if (!changes.ok) return changes;
    const disks = findDisks(state, input);
    if (!disks.ok) return disks;
    let table = state.disks;
    for (const disk of disks.value) table = putDisk(table, { ...disk, ...changes.value });
    return ok({ state: commit(state, { disks: table }), response: {} });
  },
};
