import type { InputOf, Operation } from '../operations/operation.js';
import { ecsError } from '../shared/ecs-error.js';
import { clientToken, fieldReader, fieldsOf, oneOf, text } from '../shared/fields.js';
import { ok } from '../shared/result.js';
import { commit } from '../state/commit.js';
import { requireRegion } from '../world/regions.js';
import { requireSecurityGroup } from './lookups.js';
import { putSecurityGroup } from './store.js';

/**
 * `ModifySecurityGroupPolicy` parameters.
 *
 * @example
 * ```ts
 * const request: ModifySecurityGroupPolicyRequest = { regionId: 'cn-hangzhou', securityGroupId: 'sg-bp1...', innerAccessPolicy: 'Drop' };
 * ```
 * @category Network
 */
export interface ModifySecurityGroupPolicyRequest {
  /** Region (required). */
  regionId?: string | undefined;
  /** The group (required). */
  securityGroupId?: string | undefined;
  /** `Accept` or `Drop` (required): whether members reach each other. */
  innerAccessPolicy?: string | undefined;
  /** Idempotency token. */
  clientToken?: string | undefined;
}

const FIELDS = fieldsOf<ModifySecurityGroupPolicyRequest>()(() => ({
  regionId: text.required(),
  securityGroupId: text.required(),
  innerAccessPolicy: oneOf(['Accept', 'Drop'] as const, () =>
    ecsError('InvalidInnerAccessPolicy.Malformed', 'InnerAccessPolicy must be Accept or Drop.'),
  ).required(),
  clientToken,
}));

type ModifySecurityGroupPolicyInput = InputOf<typeof FIELDS>;

/**
 * `ModifySecurityGroupPolicy`: sets whether the members of a group reach each other.
 *
 * @internal
 */
export const modifySecurityGroupPolicyOp: Operation<
  ModifySecurityGroupPolicyInput,
  Record<never, never>
> = {
  action: 'ModifySecurityGroupPolicy',
  read: fieldReader(FIELDS),
  run(state, input) {
    const region = requireRegion(state.world, input.regionId);
    if (!region.ok) return region;
    const group = requireSecurityGroup(state, input.regionId, input.securityGroupId);
    if (!group.ok) return group;
    if (group.value.innerAccessPolicy === input.innerAccessPolicy)
      return ok({ state, response: {} });
    const securityGroups = putSecurityGroup(state.securityGroups, {
      ...group.value,
      innerAccessPolicy: input.innerAccessPolicy,
    });
    return ok({ state: commit(state, { securityGroups }), response: {} });
  },
};
