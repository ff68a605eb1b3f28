import type { InputOf, Operation } from '../operations/operation.js';
import { fieldReader, fieldsOf, flag, text } from '../shared/fields.js';
import { err, ok } from '../shared/result.js';
import { commit } from '../state/commit.js';
import { requireRegion } from '../world/regions.js';
import { snapshotGroupNotFound, validateGroupFields } from './group-fields.js';
import { findSnapshotGroup, putSnapshotGroup } from './store.js';

/**
 * `ModifySnapshotGroup` parameters (the SDK's `ModifySnapshotGroupRequest`).
 *
 * @example
 * ```ts
 * const request: ModifySnapshotGroupRequest = { regionId: 'cn-hangzhou', snapshotGroupId: 'ssg-j6ciyh3k52qp7ovm****', name: 'testName02' };
 * ```
 * @category Snapshot groups
 */
export interface ModifySnapshotGroupRequest {
  /** Region (required). */
  regionId?: string | undefined;
  /** The group (required). */
  snapshotGroupId?: string | undefined;
  /** The new name: 2-128 characters, starting with a letter; not `http(s)://...`. */
  name?: string | undefined;
  /** The new description: 2-256 characters, not starting with `http(s)://`. */
  description?: string | undefined;
  /** Validate only (fake-ecs accepts it here although the SDK's model lacks the field). */
  dryRun?: boolean | undefined;
}

const FIELDS = fieldsOf<ModifySnapshotGroupRequest>()(() => ({
  regionId: text.required(),
  snapshotGroupId: text.required(),
  name: text,
  description: text,
  dryRun: flag,
}));

type ModifySnapshotGroupInput = InputOf<typeof FIELDS>;

/**
 * `ModifySnapshotGroup`: renames or re-describes a group. Giving neither changes nothing and
 * succeeds, as the reference documents no error for it.
 *
 * @example
 * ```ts
 * engine.call(modifySnapshotGroupOp, { regionId: 'cn-hangzhou', snapshotGroupId, name: 'nightly' });
 * ```
 * @internal
 */
export const modifySnapshotGroupOp: Operation<ModifySnapshotGroupInput, Record<never, never>> = {
  action: 'ModifySnapshotGroup',
  read: fieldReader(FIELDS),
  run(state, input) {
    const region = requireRegion(state.world, input.regionId);
    if (!region.ok) return region;
    const fields = validateGroupFields(input);
    if (!fields.ok) return fields;
    const group = findSnapshotGroup(state, input.snapshotGroupId, input.regionId);
    if (!group) return err(snapshotGroupNotFound(input.snapshotGroupId));
    if (input.name === undefined && input.description === undefined) {
      return ok({ state, response: {} });
    }
    const modified = {
      ...group,
      name: input.name ?? group.name,
      description: input.description ?? group.description,
    };
    return ok({
      state: commit(state, { snapshotGroups: putSnapshotGroup(state.snapshotGroups, modified) }),
      response: {},
    });
  },
};
