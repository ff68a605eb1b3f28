import type { CommonInput, Operation } from '../operations/operation.js';
import { ok } from '../shared/result.js';
import { commit } from '../state/commit.js';
import { requireDiskPolicyRequest, setDiskPolicy } from './policy-disks.js';

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

interface CancelPolicyInput extends CommonInput {
  readonly regionId: string;
  readonly diskIds: unknown;
  readonly autoSnapshotPolicyId: string | undefined;
}

/**
 * `CancelAutoSnapshotPolicy`: the disks' policy no longer applies to them (their automatic
 * snapshots stay). A disk without a policy, or under another one than `autoSnapshotPolicyId`, is
 * left as it is.
 *
 * @internal
 */
export const cancelAutoSnapshotPolicyOp: Operation<CancelPolicyInput, Record<never, never>> = {
  action: 'CancelAutoSnapshotPolicy',
  read: (p) => ({
    regionId: p.required('regionId', p.string('regionId')),
    diskIds: p.required('diskIds', p.passThrough('diskIds')),
    autoSnapshotPolicyId: p.string('autoSnapshotPolicyId'),
  }),
  run(state, input) {
    const disks = requireDiskPolicyRequest(state, input, 'The specified DiskIds are not found');
    if (!disks.ok) return disks;
    const cancelled = disks.value.filter((d) =>
      input.autoSnapshotPolicyId === undefined
        ? d.autoSnapshotPolicyId !== null
        : d.autoSnapshotPolicyId === input.autoSnapshotPolicyId,
    );
    const table = setDiskPolicy(state.disks, cancelled, null);
    return ok({ state: commit(state, { disks: table }), response: {} });
  },
};
