import type { InputOf, Operation } from '../operations/operation.js';
import { ecsError } from '../shared/ecs-error.js';
import { fieldReader, fieldsOf, raw, text } from '../shared/fields.js';
import { err, ok } from '../shared/result.js';
import { commit } from '../state/commit.js';
import { removeDiskPolicy, requireDiskPolicyRequest } from './policy-disks.js';

/**
 * `CancelAutoSnapshotPolicy` parameters (the SDK's `CancelAutoSnapshotPolicyRequest`).
 *
 * @example
 * ```ts
 * const request: CancelAutoSnapshotPolicyRequest = { regionId: 'cn-hangzhou', diskIds: '["d-bp14k9cxvr5uzy540001"]' };
 * ```
 * @category Automatic snapshot policies
 */
export interface CancelAutoSnapshotPolicyRequest {
  /** Region of the disks (required). */
  regionId?: string | undefined;
  /** The disks (required): a JSON array of up to 100 disk ids. */
  diskIds?: string | undefined;
  /** Cancel only this policy: disks under another policy keep theirs. */
  autoSnapshotPolicyId?: string | undefined;
}

const FIELDS = fieldsOf<CancelAutoSnapshotPolicyRequest>()(() => ({
  regionId: text.required(),
  diskIds: raw<string>().required(),
  autoSnapshotPolicyId: text,
}));

type CancelPolicyInput = InputOf<typeof FIELDS>;

/**
 * `CancelAutoSnapshotPolicy`: the policy no longer applies to the disks (their automatic
 * snapshots stay). Without `autoSnapshotPolicyId` a disk's only policy is cancelled, and a disk
 * with two or more is `OperationDenied.TooManyAutoSnapshotPolicies` (nothing changes). A disk
 * without the policy is left as it is.
 *
 * @internal
 */
export const cancelAutoSnapshotPolicyOp: Operation<CancelPolicyInput, Record<never, never>> = {
  action: 'CancelAutoSnapshotPolicy',
  read: fieldReader(FIELDS),
  run(state, input) {
    const disks = requireDiskPolicyRequest(state, input, 'The specified DiskIds are not found');
    if (!disks.ok) return disks;
    if (input.autoSnapshotPolicyId !== undefined) {
      const table = removeDiskPolicy(state.disks, disks.value, input.autoSnapshotPolicyId);
      return ok({ state: commit(state, { disks: table }), response: {} });
    }
    const ambiguous = disks.value.find((d) => d.autoSnapshotPolicyIds.length > 1);
    if (ambiguous)
      return err(
        ecsError(
          'OperationDenied.TooManyAutoSnapshotPolicies',
          `The disk ${ambiguous.diskId} has ${ambiguous.autoSnapshotPolicyIds.length} automatic snapshot policies; specify autoSnapshotPolicyId.`,
        ),
      );
    let table = state.disks;
    for (const disk of disks.value) {
      const only = disk.autoSnapshotPolicyIds[0];
      if (only !== undefined) table = removeDiskPolicy(table, [disk], only);
    }
    return ok({ state: commit(state, { disks: table }), response: {} });
  },
};
