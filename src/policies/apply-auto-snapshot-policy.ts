import type { InputOf, Operation } from '../operations/operation.js';
import { ecsError } from '../shared/ecs-error.js';
import { fieldReader, fieldsOf, raw, text } from '../shared/fields.js';
import { err, ok } from '../shared/result.js';
import { commit } from '../state/commit.js';
import { addDiskPolicy, MAX_POLICIES_PER_DISK, requireDiskPolicyRequest } from './policy-disks.js';

/**
 * `ApplyAutoSnapshotPolicy` parameters (the SDK's `ApplyAutoSnapshotPolicyRequest`).
 *
 * @example
 * ```ts
 * const request: ApplyAutoSnapshotPolicyRequest = {
 *   regionId: 'cn-hangzhou', autoSnapshotPolicyId: 'sp-bp14yziiuvu3s6jn0001', diskIds: '["d-bp14k9cxvr5uzy540001"]',
 * };
 * ```
 * @category Automatic snapshot policies
 */
export interface ApplyAutoSnapshotPolicyRequest {
  /** Region of the policy and the disks (required). */
  regionId?: string | undefined;
  /** The policy (required). */
  autoSnapshotPolicyId?: string | undefined;
  /** The disks (required): a JSON array of up to 100 disk ids. */
  diskIds?: string | undefined;
}

const FIELDS = fieldsOf<ApplyAutoSnapshotPolicyRequest>()(() => ({
  regionId: text.required(),
  autoSnapshotPolicyId: text.required(),
  diskIds: raw<string>().required(),
}));

type ApplyPolicyInput = InputOf<typeof FIELDS>;

/**
 * `ApplyAutoSnapshotPolicy`: the policy applies to the disks from now on, beside any policy a disk
 * already has (current reference: "adds new policies without replacing existing ones", up to 10
 * per disk; an 11th is `OperationDenied.TooManyAutoSnapshotPolicies`).
 *
 * @internal
 */
export const applyAutoSnapshotPolicyOp: Operation<ApplyPolicyInput, Record<never, never>> = {
  action: 'ApplyAutoSnapshotPolicy',
  read: fieldReader(FIELDS),
  run(state, input) {
    const disks = requireDiskPolicyRequest(
      state,
      input,
      'The specified disk does not exist in the region',
    );
    if (!disks.ok) return disks;
    const full = disks.value.find(
      (d) =>
        d.autoSnapshotPolicyIds.length >= MAX_POLICIES_PER_DISK &&
        !d.autoSnapshotPolicyIds.includes(input.autoSnapshotPolicyId),
    );
    if (full)
      return err(
        ecsError(
          'OperationDenied.TooManyAutoSnapshotPolicies',
          `The disk ${full.diskId} already has ${MAX_POLICIES_PER_DISK} automatic snapshot policies; cancel one first.`,
        ),
      );
    const table = addDiskPolicy(state.disks, disks.value, input.autoSnapshotPolicyId);
    return ok({ state: commit(state, { disks: table }), response: {} });
  },
};
