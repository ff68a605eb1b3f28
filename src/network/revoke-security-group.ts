import type { Operation } from '../operations/operation.js';
import { fieldReader, fieldsOf, ids } from '../shared/fields.js';
import { ok } from '../shared/result.js';
import { commit } from '../state/commit.js';
import {
  type AuthorizeSecurityGroupRequest,
  checkRuleChange,
  RULE_CHANGE_FIELDS,
  type RuleChangeInput,
  ruleChangeOf,
} from './authorize-security-group.js';
import { sameRule } from './security-group-rule.js';
import { putSecurityGroup } from './store.js';

/**
 * `RevokeSecurityGroup` parameters: the rules to remove, described as when they were added, or
 * their ids.
 *
 * @example
 * ```ts
 * const request: RevokeSecurityGroupRequest = { regionId: 'cn-hangzhou', securityGroupId: 'sg-bp1...', securityGroupRuleId: ['sgr-bp1...'] };
 * ```
 * @category Network
 */
export interface RevokeSecurityGroupRequest extends AuthorizeSecurityGroupRequest {
  /** Rule ids to remove (inbound rules only). */
  securityGroupRuleId?: string[] | undefined;
}

/**
 * `RevokeSecurityGroup`: removes inbound rules. Rules the group does not have are ignored (the
 * call succeeds), as the reference describes.
 *
 * @internal
 */
export const revokeSecurityGroupOp: Operation<RuleChangeInput, Record<never, never>> = {
  action: 'RevokeSecurityGroup',
  read: fieldReader(
    fieldsOf<RevokeSecurityGroupRequest>()(() => ({
      securityGroupRuleId: ids(100).default([]),
      ...RULE_CHANGE_FIELDS.ingress,
    })),
    ({ securityGroupRuleId, ...change }) => ({
      ...ruleChangeOf('ingress')(change),
      ruleIds: securityGroupRuleId,
    }),
  ),

  run(state, input) {
    const checked = checkRuleChange(state, input);
    if (!checked.ok) return checked;
    const { group, rules: gone } = checked.value;
    const rules = group.rules.filter(
      (r) =>
        r.direction !== input.direction ||
        (!input.ruleIds.includes(r.securityGroupRuleId) && !gone.some((g) => sameRule(r, g))),
    );
    if (rules.length === group.rules.length) return ok({ state, response: {} });
    const securityGroups = putSecurityGroup(state.securityGroups, { ...group, rules });
    return ok({ state: commit(state, { securityGroups }), response: {} });
  },
};
