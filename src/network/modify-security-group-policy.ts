import type { CommonInput, Operation } from '../operations/operation.js';
import { ecsError } from '../shared/ecs-error.js';
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

interface ModifySecurityGroupPolicyInput extends CommonInput {
  readonly regionId: string;
  readonly securityGroupId: string;
  readonly innerAccessPolicy: 'Accept' | 'Drop';
}

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
  read: (p) => ({
    regionId: p.required('regionId', p.string('regionId')),
    securityGroupId: p.required('securityGroupId', p.string('securityGroupId')),
    innerAccessPolicy: p.required(
      'innerAccessPolicy',
      p.oneOf('innerAccessPolicy', ['Accept', 'Drop'] as const, () =>
        ecsError('InvalidInnerAccessPolicy.Malformed', 'InnerAccessPolicy must be Accept or Drop.'),
      ),
    ),
    clientToken: p.clientToken(),
  }),
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
