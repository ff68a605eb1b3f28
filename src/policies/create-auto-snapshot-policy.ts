import type { InputOf, Operation } from '../operations/operation.js';
import { ecsError } from '../shared/ecs-error.js';
import { entityCountByKey } from '../shared/entity-table.js';
import { fieldReader, fieldsOf, flag, raw, tags, text } from '../shared/fields.js';
import { IdAllocator } from '../shared/ids.js';
import { RESOURCE_GROUP_STORED } from '../shared/resource-groups.js';
import { err, ok } from '../shared/result.js';
import { type TagInput, validateTags } from '../shared/tags.js';
import { commit } from '../state/commit.js';
import { requirePolicyRegion } from './errors.js';
import { checkPolicyFields } from './policy-fields.js';
import { schedulePolicyTimer } from './policy-timer.js';
import { putPolicy } from './store.js';
import type { AutoSnapshotPolicy } from './types.js';

/**
 * `CreateAutoSnapshotPolicy` parameters (the SDK's `CreateAutoSnapshotPolicyRequest` fields
 * fake-ecs supports). On the wire these keys are lower-camel (`timePoints`, `repeatWeekdays`).
 *
 * @example
 * ```ts
 * const request: CreateAutoSnapshotPolicyRequest = {
 *   regionId: 'cn-hangzhou', timePoints: '["2"]', repeatWeekdays: '["1","2","3","4","5","6","7"]', retentionDays: 7,
 * };
 * ```
 * @category Automatic snapshot policies
 */
export interface CreateAutoSnapshotPolicyRequest {
  /** Region (required). */
  regionId?: string | undefined;
  /** Hours of the day in UTC+8 (required): a JSON array of "0"-"23", e.g. `'["0","12"]'`. */
  timePoints?: string | undefined;
  /** Days of the week (required): a JSON array of "1" (Monday) to "7", e.g. `'["1","5"]'`. */
  repeatWeekdays?: string | undefined;
  /** Days automatic snapshots are kept (required): -1 keeps them, or 1-65535. */
  retentionDays?: number | undefined;
  /** Name: 2-128 characters, starting with a letter, not `http(s)://`. */
  autoSnapshotPolicyName?: string | undefined;
  /** The resource group, shown by the describe operation. */
  resourceGroupId?: string | undefined;
  /** Tags, up to 20. */
  tag?: TagInput[] | undefined;
  /** Only `false` (no cross-region copies): `true` fails with `UnsupportedParameter`. */
  enableCrossRegionCopy?: boolean | undefined;
  /** Only `AssociatedWithDisk` (the default): tag association is not modelled. */
  associationType?: string | undefined;
}

/**
 * `CreateAutoSnapshotPolicy` response body.
 *
 * @example
 * ```ts
 * const body: CreateAutoSnapshotPolicyResponseBody = { autoSnapshotPolicyId: 'sp-bp14yziiuvu3s6jn0001' };
 * ```
 * @category Automatic snapshot policies
 */
export interface CreateAutoSnapshotPolicyResponseBody {
  /** The new policy's id. */
  autoSnapshotPolicyId: string;
}

/**
 * What fake-ecs does not model in a policy: cross-region copies and associations other than with
 * disks (refused with `UnsupportedParameter`); the other values are accepted without effect.
 *
 * @internal
 */
export const UNMODELLED_POLICY_FIELDS = {
  enableCrossRegionCopy: flag.only((copy) => !copy).discard(),
  associationType: text.only((type) => type === 'AssociatedWithDisk').discard(),
};

const FIELDS = fieldsOf<CreateAutoSnapshotPolicyRequest>()(() => ({
  ...UNMODELLED_POLICY_FIELDS,
  regionId: text.required(),
  timePoints: raw<string>().required(),
  repeatWeekdays: raw<string>().required(),
  retentionDays: raw<number>().required(),
  autoSnapshotPolicyName: text,
  tag: tags,
  resourceGroupId: text,
}));

type CreateAutoSnapshotPolicyInput = InputOf<typeof FIELDS>;

/**
 * `CreateAutoSnapshotPolicy`: a new policy in a region (at most the region quota, 100 by default),
 * its timer set for its first time point.
 *
 * @internal
 */
export const createAutoSnapshotPolicyOp: Operation<
  CreateAutoSnapshotPolicyInput,
  CreateAutoSnapshotPolicyResponseBody
> = {
  action: 'CreateAutoSnapshotPolicy',
  stores: RESOURCE_GROUP_STORED,
  read: fieldReader(FIELDS),
  run(state, input, ctx) {
    const region = requirePolicyRegion(state, input.regionId);
    if (!region.ok) return region;
    const fields = checkPolicyFields(input);
    if (!fields.ok) return fields;
    const tags = validateTags(input.tag as TagInput[] | undefined);
    if (!tags.ok) return tags;
    const limit = state.world.quotas.autoSnapshotPoliciesPerRegion;
    if (entityCountByKey(state.autoSnapshotPolicies, `region:${input.regionId}`) >= limit) {
      return err(
        ecsError(
          'AutoSnapshotPolicy.QuotaExceed',
          `The maximum number of automatic snapshot policy has been reached: ${input.regionId} already has ${limit}.`,
        ),
      );
    }
    const { timePoints = [], repeatWeekdays = [], retentionDays = -1 } = fields.value;
    const ids = new IdAllocator(state.ids);
    const autoSnapshotPolicyId = ids.next('sp-', input.regionId);
    const timer = schedulePolicyTimer(
      state.tasks,
      autoSnapshotPolicyId,
      { timePoints, repeatWeekdays },
      ctx.nowMs,
    );
    const policy: AutoSnapshotPolicy = {
      seq: state.autoSnapshotPolicies.nextSeq,
      autoSnapshotPolicyId,
      regionId: input.regionId,
      autoSnapshotPolicyName: fields.value.autoSnapshotPolicyName ?? '',
      timePoints,
      repeatWeekdays,
      retentionDays,
      creationTime: ctx.now,
      tags: tags.value,
      ...(input.resourceGroupId === undefined ? {} : { resourceGroupId: input.resourceGroupId }),
      nextRunMs: timer.nextRunMs,
      timerTask: timer.timerTask,
    };
    const next = commit(state, {
      ids: ids.position(),
      autoSnapshotPolicies: putPolicy(state.autoSnapshotPolicies, policy),
      tasks: timer.tasks,
    });
    return ok({ state: next, response: { autoSnapshotPolicyId } });
  },
};
