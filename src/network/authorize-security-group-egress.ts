import type { Operation } from '../operations/operation.js';
import { checkedFields, fieldReader } from '../shared/fields.js';
import {
  authorizeSecurityGroupOp,
  RULE_CHANGE_FIELDS,
  type RuleChangeInput,
  ruleChangeOf,
} from './authorize-security-group.js';
import type { SecurityGroupRuleRequest } from './security-group-rule.js';

/**
 * `AuthorizeSecurityGroupEgress` parameters: one outbound rule in the top-level fields (its
 * destination: `destCidrIp` or `destGroupId`), or up to 100 in `permissions`.
 *
 * @example
 * ```ts
 * const request: AuthorizeSecurityGroupEgressRequest = {
 *   regionId: 'cn-hangzhou', securityGroupId: 'sg-bp1...', ipProtocol: 'tcp', portRange: '443/443', destCidrIp: '0.0.0.0/0',
 * };
 * ```
 * @category Network
 */
export interface AuthorizeSecurityGroupEgressRequest
  extends Omit<SecurityGroupRuleRequest, 'sourceGroupId'> {
  /** Region (required). */
  regionId?: string | undefined;
  /** The group (required). */
  securityGroupId?: string | undefined;
  /** Several rules at once. */
  permissions?: Omit<SecurityGroupRuleRequest, 'sourceGroupId'>[] | undefined;
  /** Idempotency token. */
  clientToken?: string | undefined;
}

/**
 * `AuthorizeSecurityGroupEgress`: adds outbound rules to a group, with the checks and limits of
 * `AuthorizeSecurityGroup` (a rule the group has already is left as it is and the call succeeds).
 *
 * @internal
 */
export const authorizeSecurityGroupEgressOp: Operation<RuleChangeInput, Record<never, never>> = {
  action: 'AuthorizeSecurityGroupEgress',
  read: fieldReader(
    checkedFields<AuthorizeSecurityGroupEgressRequest>()(RULE_CHANGE_FIELDS.egress),
    ruleChangeOf('egress'),
  ),
  run: authorizeSecurityGroupOp.run,
};
