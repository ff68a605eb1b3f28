import type { CommonInput, Operation } from '../operations/operation.js';
import { type EcsError, ecsError } from '../shared/ecs-error.js';
import { accepted, clientToken, fieldReader, fieldsOf, text } from '../shared/fields.js';
import { err, ok, type Result } from '../shared/result.js';
import { commit } from '../state/commit.js';
import type { EcsState } from '../state/ecs-state.js';
import { requireRegion } from '../world/regions.js';
import { requireSecurityGroup } from './lookups.js';
import {
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
 * `ModifySecurityGroupRule` / `ModifySecurityGroupEgressRule` parameters: the rule (its id, or
 * its fields as when it was added) and, with an id, the fields to change.
 *
 * @example
 * ```ts
 * const request: ModifySecurityGroupRuleRequest = {
 *   regionId: 'cn-hangzhou', securityGroupId: 'sg-bp1...', securityGroupRuleId: 'sgr-bp1...', portRange: '8443/8443', description: 'tls',
 * };
 * ```
 * @category Network
 */
export interface ModifySecurityGroupRuleRequest extends SecurityGroupRuleRequest {
  /** Region (required). */
  regionId?: string | undefined;
  /** The group (required). */
  securityGroupId?: string | undefined;
  /** The rule to change; without it the rule is found by its fields and only its description changes. */
  securityGroupRuleId?: string | undefined;
  /** Idempotency token. */
  clientToken?: string | undefined;
}

interface ModifyRuleInput extends CommonInput {
  readonly direction: RuleDirection;
  readonly regionId: string;
  readonly securityGroupId: string;
  readonly securityGroupRuleId: string | undefined;
  readonly rule: RuleInput;
}

/** The fields of a stored rule, as a request would give them. */
function asInput(rule: SecurityGroupRule): RuleInput {
  return {
    ipProtocol: rule.ipProtocol,
    portRange: rule.portRange,
    sourceCidrIp: rule.sourceCidrIp,
    sourceGroupId: rule.sourceGroupId,
    destGroupId: rule.destGroupId,
    sourcePortRange: rule.sourcePortRange,
    destCidrIp: rule.destCidrIp,
    policy: rule.policy,
    priority: rule.priority,
    nicType: rule.nicType,
    description: rule.description,
  };
}

/** The given fields over the stored ones (`undefined` keeps the stored value). */
function merged(stored: RuleInput, given: RuleInput): RuleInput {
  const out: Record<string, unknown> = { ...stored };
  for (const [key, value] of Object.entries(given)) if (value !== undefined) out[key] = value;
  return out as unknown as RuleInput;
}

/** The rule the request names, and what it becomes. */
function changedRule(
  state: EcsState,
  group: SecurityGroup,
  input: ModifyRuleInput,
): Result<{ index: number; rule: SecurityGroupRule }, EcsError> {
  const notFound = err(
    ecsError(
      'InvalidSecurityGroupRule.RuleNotExist',
      `The security group ${group.securityGroupId} has no ${input.direction} rule ${input.securityGroupRuleId ?? 'with these fields'}.`,
    ),
  );
  if (input.securityGroupRuleId !== undefined) {
    const index = group.rules.findIndex(
      (r) => r.securityGroupRuleId === input.securityGroupRuleId && r.direction === input.direction,
    );
    const stored = group.rules[index];
    if (stored === undefined) return notFound;
    const checked = validateRule(
      state,
      group,
      merged(asInput(stored), input.rule),
      input.direction,
    );
    if (!checked.ok) return checked;
    return ok({ index, rule: { ...stored, ...checked.value } });
  }
  const wanted = validateRule(state, group, input.rule, input.direction);
  if (!wanted.ok) return wanted;
  const index = group.rules.findIndex((r) => sameRule(r, wanted.value));
  const stored = group.rules[index];
  if (stored === undefined) return notFound;
  return ok({ index, rule: { ...stored, description: wanted.value.description } });
}

/**
 * A modified rule's fields by direction: the request type documents both directions' groups,
 * so an outbound rule accepts a source group without effect. `ClientToken` is read as a plain
 * string here (not bounded as elsewhere), as before.
 */
const MODIFY_RULE_FIELDS = {
  ingress: RULE_FIELDS.ingress,
  egress: { ...RULE_FIELDS.egress, sourceGroupId: accepted<string>() },
};

/**
 * An operation that changes one rule of a direction.
 *
 * @param action - The action name.
 * @param direction - The rules it changes.
 * @returns The operation.
 */
function modifyRule(
  action: string,
  direction: RuleDirection,
): Operation<ModifyRuleInput, Record<never, never>> {
  return {
    action,
    read: fieldReader(
      fieldsOf<ModifySecurityGroupRuleRequest>()(() => ({
        regionId: text.required(),
        securityGroupId: text.required(),
        securityGroupRuleId: text,
        ...MODIFY_RULE_FIELDS[direction],
        clientToken,
      })),
      ({ regionId, securityGroupId, securityGroupRuleId, clientToken, ...rule }) => ({
        direction,
        regionId,
        securityGroupId,
        securityGroupRuleId,
        rule: ruleOf(rule),
        clientToken,
      }),
    ),

    run(state, input) {
      const region = requireRegion(state.world, input.regionId);
      if (!region.ok) return region;
      const group = requireSecurityGroup(state, input.regionId, input.securityGroupId);
      if (!group.ok) return group;
      const changed = changedRule(state, group.value, input);
      if (!changed.ok) return changed;
      const rules = group.value.rules.map((r, i) =>
        i === changed.value.index ? changed.value.rule : r,
      );
      const securityGroups = putSecurityGroup(state.securityGroups, { ...group.value, rules });
      return ok({ state: commit(state, { securityGroups }), response: {} });
    },
  };
}

/**
 * `ModifySecurityGroupRule`: changes an inbound rule (by id: any field; by its fields: its
 * description), keeping its id.
 *
 * @internal
 */
export const modifySecurityGroupRuleOp = modifyRule('ModifySecurityGroupRule', 'ingress');

/**
 * `ModifySecurityGroupEgressRule`: the same for an outbound rule.
 *
 * @internal
 */
export const modifySecurityGroupEgressRuleOp = modifyRule(
  'ModifySecurityGroupEgressRule',
  'egress',
);
