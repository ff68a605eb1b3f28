import type { CommonInput, Operation } from '../operations/operation.js';
import { type EcsError, ecsError } from '../shared/ecs-error.js';
import {
  checkedFields,
  clientToken,
  type FieldValues,
  fieldReader,
  list,
  text,
} from '../shared/fields.js';
import { IdAllocator } from '../shared/ids.js';
import { err, ok, type Result } from '../shared/result.js';
import { commit } from '../state/commit.js';
import type { EcsState } from '../state/ecs-state.js';
import { requireRegion } from '../world/regions.js';
import { requireSecurityGroup } from './lookups.js';
import {
  MAX_RULES_PER_GROUP,
  RULE_FIELDS,
  type RuleDirection,
  type RuleInput,
  ruleOf,
  type SecurityGroupRuleRequest,
  sameRule,
  validateRule,
} from './security-group-rule.js';
import { putSecurityGroup } from './store.js';
import type { SecurityGroup, SecurityGroupRule } from './types.js';

/**
 * `AuthorizeSecurityGroup` parameters: one inbound rule in the top-level fields, or up to 100 in
 * `permissions`.
 *
 * @example
 * ```ts
 * const request: AuthorizeSecurityGroupRequest = {
 *   regionId: 'cn-hangzhou', securityGroupId: 'sg-bp1...', ipProtocol: 'tcp', portRange: '443/443', sourceCidrIp: '0.0.0.0/0',
 * };
 * ```
 * @category Network
 */
export interface AuthorizeSecurityGroupRequest extends SecurityGroupRuleRequest {
  /** Region (required). */
  regionId?: string | undefined;
  /** The group (required). */
  securityGroupId?: string | undefined;
  /** Several rules at once. */
  permissions?: SecurityGroupRuleRequest[] | undefined;
  /** Idempotency token. */
  clientToken?: string | undefined;
}

/**
 * The input shared by `AuthorizeSecurityGroup` and `RevokeSecurityGroup`.
 *
 * @internal
 */
export interface RuleChangeInput extends CommonInput {
  readonly direction: RuleDirection;
  readonly regionId: string;
  readonly securityGroupId: string;
  readonly rules: readonly RuleInput[];
  readonly ruleIds: readonly string[];
}

const GROUP_FIELDS = { regionId: text.required(), securityGroupId: text.required(), clientToken };

/**
 * The fields of a rule change by direction: a rule at the top level, more in `Permissions.N`,
 * then the group.
 *
 * @internal
 */
export const RULE_CHANGE_FIELDS = {
  ingress: {
    ...RULE_FIELDS.ingress,
    permissions: list(RULE_FIELDS.ingress, 100, ruleOf),
    ...GROUP_FIELDS,
  },
  egress: {
    ...RULE_FIELDS.egress,
    permissions: list(RULE_FIELDS.egress, 100, ruleOf),
    ...GROUP_FIELDS,
  },
};

/**
 * The shape step of a rule change: the top-level rule, when any of its fields is given, then
 * the `Permissions.N` rules.
 *
 * @param direction - Which rules the action changes.
 * @returns The shape step.
 * @internal
 */
export function ruleChangeOf(direction: RuleDirection) {
  return (
    values: Parameters<typeof ruleOf>[0] &
      FieldValues<typeof GROUP_FIELDS> & { readonly permissions: readonly RuleInput[] | undefined },
  ): RuleChangeInput => {
    const { permissions, regionId, securityGroupId, clientToken: token, ...top } = values;
    const given = Object.values(top).some((v) => v !== undefined);
    return {
      direction,
      regionId,
      securityGroupId,
      rules: [...(given ? [ruleOf(top)] : []), ...(permissions ?? [])],
      ruleIds: [],
      clientToken: token,
    };
  };
}

/**
 * Finds the group of a rule change and validates each rule.
 *
 * @param state - The state.
 * @param input - The request.
 * @returns The group and the validated rules.
 * @internal
 */
export function checkRuleChange(
  state: EcsState,
  input: RuleChangeInput,
): Result<
  { group: SecurityGroup; rules: Omit<SecurityGroupRule, 'securityGroupRuleId' | 'createTime'>[] },
  EcsError
> {
  const region = requireRegion(state.world, input.regionId);
  if (!region.ok) return region;
  const group = requireSecurityGroup(state, input.regionId, input.securityGroupId);
  if (!group.ok) return group;
  if (input.rules.length === 0 && input.ruleIds.length === 0)
    return err(
      ecsError(
        'MissingParameter',
        'The input parameter IpProtocol that is mandatory for processing this request is not supplied.',
      ),
    );
  const rules = [];
  for (const rule of input.rules) {
    const checked = validateRule(state, group.value, rule, input.direction);
    if (!checked.ok) return checked;
    rules.push(checked.value);
  }
  return ok({ group: group.value, rules });
}

/**
 * `AuthorizeSecurityGroup`: adds inbound rules to a group. A rule the group already has is left
 * as it is (the call still succeeds), as real ECS does.
 *
 * @internal
 */
export const authorizeSecurityGroupOp: Operation<RuleChangeInput, Record<never, never>> = {
  action: 'AuthorizeSecurityGroup',
  read: fieldReader(
    checkedFields<AuthorizeSecurityGroupRequest>()(RULE_CHANGE_FIELDS.ingress),
    ruleChangeOf('ingress'),
  ),
  run(state, input, ctx) {
    const checked = checkRuleChange(state, input);
    if (!checked.ok) return checked;
    const { group } = checked.value;
    const ids = new IdAllocator(state.ids);
    const rules = [...group.rules];
    for (const wanted of checked.value.rules) {
      if (rules.some((r) => sameRule(r, wanted))) continue;
      rules.push({
        ...wanted,
        securityGroupRuleId: ids.next('sgr-', group.regionId),
        createTime: ctx.now,
      });
    }
    if (rules.length > MAX_RULES_PER_GROUP)
      return err(
        ecsError(
          'AuthorizationLimitExceed',
          `A security group holds at most ${MAX_RULES_PER_GROUP} rules; ${group.securityGroupId} would hold ${rules.length}.`,
        ),
      );
    if (rules.length === group.rules.length) return ok({ state, response: {} });
    const securityGroups = putSecurityGroup(state.securityGroups, { ...group, rules });
    return ok({ state: commit(state, { securityGroups, ids: ids.position() }), response: {} });
  },
};
