import type { Operation } from '../operations/operation.js';
import { fieldReader, fieldsOf, ids } from '../shared/fields.js';
import type { RuleChangeInput } from './authorize-security-group.js';
import { RULE_CHANGE_FIELDS, ruleChangeOf } from './authorize-security-group.js';
import type { AuthorizeSecurityGroupEgressRequest } from './authorize-security-group-egress.js';
import { revokeSecurityGroupOp } from './revoke-security-group.js';

/**
 * `RevokeSecurityGroupEgress` parameters: the outbound rules to remove, described as when they
 * were added, or their ids.
 *
 * @example
 * ```ts
 * const request: RevokeSecurityGroupEgressRequest = { regionId: 'cn-hangzhou', securityGroupId: 'sg-bp1...', securityGroupRuleId: ['sgr-bp1...'] };
 * ```
 * @category Network
 */
export interface RevokeSecurityGroupEgressRequest extends AuthorizeSecurityGroupEgressRequest {
  /** Rule ids to remove (outbound rules only). */
  securityGroupRuleId?: string[] | undefined;
}

/**
 * `RevokeSecurityGroupEgress`: removes outbound rules. Rules the group does not have are ignored
 * (the call succeeds); an inbound rule's id is one of those.
 *
 * @internal
 */
export const revokeSecurityGroupEgressOp: Operation<RuleChangeInput, Record<never, never>> = {
  action: 'RevokeSecurityGroupEgress',
  read: fieldReader(
    fieldsOf<RevokeSecurityGroupEgressRequest>()(() => ({
      securityGroupRuleId: ids(100).default([]),
      ...RULE_CHANGE_FIELDS.egress,
    })),
    ({ securityGroupRuleId, ...change }) => ({
      ...ruleChangeOf('egress')(change),
      ruleIds: securityGroupRuleId,
    }),
  ),

  run: revokeSecurityGroupOp.run,
};
