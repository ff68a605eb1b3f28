import { findDisk } from '../disks/store.js';
import type { InputOf, Operation } from '../operations/operation.js';
import { entityIdsByKey } from '../shared/entity-table.js';
import { fieldReader, fieldsOf, text } from '../shared/fields.js';
import { ok } from '../shared/result.js';
import { commit } from '../state/commit.js';
import { requirePolicy, requirePolicyRegion } from './errors.js';
import { removeDiskPolicy } from './policy-disks.js';
import { policyDisksKey, removePolicy } from './store.js';

/**
 * `DeleteAutoSnapshotPolicy` parameters (the SDK's `DeleteAutoSnapshotPolicyRequest`).
 *
 * @example
 * ```ts
 * const request: DeleteAutoSnapshotPolicyRequest = { regionId: 'cn-hangzhou', autoSnapshotPolicyId: 'sp-bp14yziiuvu3s6jn0001' };
 * ```
 * @category Automatic snapshot policies
 */
export interface DeleteAutoSnapshotPolicyRequest {
  /** Region (required). */
  regionId?: string | undefined;
  /** The policy (required). */
  autoSnapshotPolicyId?: string | undefined;
}

const FIELDS = fieldsOf<DeleteAutoSnapshotPolicyRequest>()(() => ({
  regionId: text.required(),
  autoSnapshotPolicyId: text.required(),
}));

type DeletePolicyInput = InputOf<typeof FIELDS>;

/**
 * `DeleteAutoSnapshotPolicy`: the policy goes and stops applying to its disks; the automatic
 * snapshots it took stay (each with its own retention). Its pending timer becomes stale.
 *
 * @internal
 */
export const deleteAutoSnapshotPolicyOp: Operation<DeletePolicyInput, Record<never, never>> = {
  action: 'DeleteAutoSnapshotPolicy',
  read: fieldReader(FIELDS),
  run(state, input) {
    const region = requirePolicyRegion(state, input.regionId);
    if (!region.ok) return region;
    const policy = requirePolicy(state, input.autoSnapshotPolicyId, input.regionId);
    if (!policy.ok) return policy;
    const id = policy.value.autoSnapshotPolicyId;
    const disks = entityIdsByKey(state.disks, policyDisksKey(id)).flatMap(
      (diskId) => findDisk(state, diskId) ?? [],
    );
    return ok({
      state: commit(state, {
        disks: removeDiskPolicy(state.disks, disks, id),
        autoSnapshotPolicies: removePolicy(state.autoSnapshotPolicies, id),
      }),
      response: {},
    });
  },
};
