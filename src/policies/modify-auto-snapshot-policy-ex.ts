import type { InputOf, Operation } from '../operations/operation.js';
import { fieldReader, fieldsOf, raw, text } from '../shared/fields.js';
import { ok } from '../shared/result.js';
import { commit } from '../state/commit.js';
import { UNMODELLED_POLICY_FIELDS } from './create-auto-snapshot-policy.js';
import { requirePolicy, requirePolicyRegion } from './errors.js';
import { checkPolicyFields } from './policy-fields.js';
import { schedulePolicyTimer } from './policy-timer.js';
import { putPolicy } from './store.js';
import type { AutoSnapshotPolicy } from './types.js';

/**
 * `ModifyAutoSnapshotPolicyEx` parameters (the SDK's `ModifyAutoSnapshotPolicyExRequest` fields
 * fake-ecs supports). Unset attributes keep their value.
 *
 * @example
 * ```ts
 * const request: ModifyAutoSnapshotPolicyExRequest = { regionId: 'cn-hangzhou', autoSnapshotPolicyId: 'sp-bp12m37ccmxvbmi50001', timePoints: '["0","12"]' };
 * ```
 * @category Automatic snapshot policies
 */
export interface ModifyAutoSnapshotPolicyExRequest {
  /** Region (required). */
  regionId?: string | undefined;
  /** The policy (required). */
  autoSnapshotPolicyId?: string | undefined;
  /** New name: 2-128 characters, starting with a letter. */
  autoSnapshotPolicyName?: string | undefined;
  /** New hours (UTC+8): a JSON array of "0"-"23". The next time point is recomputed at once. */
  timePoints?: string | undefined;
  /** New days of the week: a JSON array of "1" (Monday) to "7". */
  repeatWeekdays?: string | undefined;
  /** New retention, -1 or 1-65535 days: it applies to automatic snapshots taken from now on. */
  retentionDays?: number | undefined;
  /** Only `false` (no cross-region copies): `true` fails with `UnsupportedParameter`. */
  enableCrossRegionCopy?: boolean | undefined;
}

// `AssociationType` is read (and refused unless `AssociatedWithDisk`) as by CreateAutoSnapshotPolicy,
// although this operation does not document it.
const FIELDS = fieldsOf<ModifyAutoSnapshotPolicyExRequest & { associationType?: string }>()(() => ({
  ...UNMODELLED_POLICY_FIELDS,
  regionId: text.required(),
  autoSnapshotPolicyId: text.required(),
  autoSnapshotPolicyName: text,
  timePoints: raw<string>(),
  repeatWeekdays: raw<string>(),
  retentionDays: raw<number>(),
}));

type ModifyPolicyInput = InputOf<typeof FIELDS>;

/**
 * `ModifyAutoSnapshotPolicyEx`: changes a policy with immediate effect. New hours or weekdays
 * reschedule its timer from now; a new retention applies to later snapshots only (those already
 * taken keep theirs). Setting nothing changes nothing and succeeds.
 *
 * @internal
 */
export const modifyAutoSnapshotPolicyExOp: Operation<ModifyPolicyInput, Record<never, never>> = {
  action: 'ModifyAutoSnapshotPolicyEx',
  read: fieldReader(FIELDS),
  run(state, input, ctx) {
    const region = requirePolicyRegion(state, input.regionId);
    if (!region.ok) return region;
    const fields = checkPolicyFields(input);
    if (!fields.ok) return fields;
    const found = requirePolicy(state, input.autoSnapshotPolicyId, input.regionId);
    if (!found.ok) return found;
    const policy: AutoSnapshotPolicy = { ...found.value, ...fields.value };
    const rescheduled =
      fields.value.timePoints !== undefined || fields.value.repeatWeekdays !== undefined;
    if (!rescheduled) {
      return ok({
        state: commit(state, {
          autoSnapshotPolicies: putPolicy(state.autoSnapshotPolicies, policy),
        }),
        response: {},
      });
    }
    const timer = schedulePolicyTimer(state.tasks, policy.autoSnapshotPolicyId, policy, ctx.nowMs);
    const moved = { ...policy, nextRunMs: timer.nextRunMs, timerTask: timer.timerTask };
    return ok({
      state: commit(state, {
        autoSnapshotPolicies: putPolicy(state.autoSnapshotPolicies, moved),
        tasks: timer.tasks,
      }),
      response: {},
    });
  },
};
