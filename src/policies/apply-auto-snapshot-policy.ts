import type { CommonInput, Operation } from '../operations/operation.js';
import { ok } from '../shared/result.js';
import { commit } from '../state/commit.js';
import { requireDiskPolicyRequest, setDiskPolicy } from './policy-disks.js';

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

interface ApplyPolicyInput extends CommonInput {
  readonly regionId: string;
  readonly autoSnapshotPolicyId: string;
  readonly diskIds: unknown;
}

/**
 * `ApplyAutoSnapshotPolicy`: the policy applies to the disks from now on, replacing any policy a
 * disk had (one policy per disk, as ECS without the multi-policy upgrade).
 *
 * @internal
 */
export const applyAutoSnapshotPolicyOp: Operation<ApplyPolicyInput, Record<never, never>> = {
  action: 'ApplyAutoSnapshotPolicy',
  read: (p) => ({
    regionId: p.required('regionId', p.string('regionId')),
    autoSnapshotPolicyId: p.required('autoSnapshotPolicyId', p.string('autoSnapshotPolicyId')),
    diskIds: p.required('diskIds', p.passThrough('diskIds')),
  }),
  run(state, input) {
    const disks = requireDiskPolicyRequest(
      state,
      input,
      'The specified disk does not exist in the region',
    );
    if (!disks.ok) return disks;
    const table = setDiskPolicy(state.disks, disks.value, input.autoSnapshotPolicyId);
    return ok({ state: commit(state, { disks: table }), response: {} });
  },
};
