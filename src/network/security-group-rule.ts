import { type EcsError, ecsError } from '../shared/ecs-error.js';
import { accepted, checkedFields, type FieldValues, int, text } from '../shared/fields.js';
import { err, ok, type Result } from '../shared/result.js';
import type { EcsState } from '../state/ecs-state.js';
import { parseCidr, parseIp } from './cidr.js';
import { findSecurityGroup } from './store.js';
import type { SecurityGroup, SecurityGroupRule } from './types.js';

/**
 * One rule as `AuthorizeSecurityGroup` / `RevokeSecurityGroup` take it (top-level fields, or one
 * entry of `Permissions.N`).
 *
 * @example
 * ```ts
 * const rule: SecurityGroupRuleRequest = { ipProtocol: 'tcp', portRange: '22/22', sourceCidrIp: '10.0.0.0/8' };
 * ```
 * @category Network
 */
export interface SecurityGroupRuleRequest {
  /** `tcp`, `udp`, `icmp`, `gre` or `all` (any case). */
  ipProtocol?: string | undefined;
  /** `from/to` (1-65535) for TCP and UDP; `-1/-1` (the default) for the others. */
  portRange?: string | undefined;
  /** Source IPv4 block or address. */
  sourceCidrIp?: string | undefined;
  /** Source security group, of the same VPC (inbound rules). */
  sourceGroupId?: string | undefined;
  /** Destination security group, of the same VPC (outbound rules). */
  destGroupId?: string | undefined;
  /** Source port range (stored). */
  sourcePortRange?: string | undefined;
  /** Destination block (stored). */
  destCidrIp?: string | undefined;
  /** `accept` (default) or `drop`. */
  policy?: string | undefined;
  /** 1 (default) to 100. */
  priority?: string | number | undefined;
  /** `intranet` (default) or `internet`. */
  nicType?: string | undefined;
  /** Up to 512 characters. */
  description?: string | undefined;
  /** Accepted without effect: fake-ecs keeps IPv4 rules only. */
  ipv6SourceCidrIp?: string | undefined;
  /** Accepted without effect: fake-ecs keeps IPv4 rules only. */
  ipv6DestCidrIp?: string | undefined;
  /** Accepted without effect (inbound rules): fake-ecs has no prefix lists. */
  sourcePrefixListId?: string | undefined;
  /** Accepted without effect (outbound rules): fake-ecs has no prefix lists. */
  destPrefixListId?: string | undefined;
  /** Accepted without effect: fake-ecs has no port lists. */
  portRangeListId?: string | undefined;
}

const RULE_HEAD = { ipProtocol: text, portRange: text, sourceCidrIp: text };
const RULE_TAIL = {
  sourcePortRange: text,
  destCidrIp: text,
  policy: text,
  priority: int(),
  nicType: text,
  description: text,
};

/**
 * A rule request as read, before validation.
 *
 * @internal
 */
export type RuleInput = FieldValues<typeof RULE_HEAD & typeof RULE_TAIL> & {
  readonly sourceGroupId: string | undefined;
  readonly destGroupId: string | undefined;
};

/**
 * Which way a rule points: `ingress` rules name their source (`SourceCidrIp`, `SourceGroupId`),
 * `egress` rules their destination (`DestCidrIp`, `DestGroupId`).
 *
 * @example
 * ```ts
 * const direction: RuleDirection = 'egress';
 * ```
 * @category Network
 */
export type RuleDirection = SecurityGroupRule['direction'];

/**
 * One rule's fields by direction (the top level of a request or one `Permissions.N`): the source
 * group of an inbound rule, the destination group of an outbound one (the other direction's is
 * accepted without effect). The IPv6 and prefix-list fields are read without effect: fake-ecs
 * keeps IPv4 rules only.
 *
 * @internal
 */
export const RULE_FIELDS = {
  ingress: checkedFields<SecurityGroupRuleRequest>()({
    ipv6SourceCidrIp: text.discard(),
    ipv6DestCidrIp: text.discard(),
    sourcePrefixListId: text.discard(),
    portRangeListId: text.discard(),
    ...RULE_HEAD,
    sourceGroupId: text,
    destGroupId: accepted<string>(),
    ...RULE_TAIL,
    destPrefixListId: accepted<string>(),
  }),
  egress: checkedFields<Omit<SecurityGroupRuleRequest, 'sourceGroupId'>>()({
    ipv6SourceCidrIp: text.discard(),
    ipv6DestCidrIp: text.discard(),
    destPrefixListId: text.discard(),
    portRangeListId: text.discard(),
    ...RULE_HEAD,
    destGroupId: text,
    ...RULE_TAIL,
    sourcePrefixListId: accepted<string>(),
  }),
};

/**
 * The rule of what a direction's {@link RULE_FIELDS} read.
 *
 * @param values - The fields as read.
 * @returns The rule (the other direction's group `undefined`).
 * @internal
 */
export function ruleOf(
  values: FieldValues<typeof RULE_HEAD & typeof RULE_TAIL> & {
    readonly sourceGroupId?: string | undefined;
    readonly destGroupId?: string | undefined;
  },
): RuleInput {
  const { ipProtocol, portRange, sourceCidrIp, sourceGroupId, destGroupId } = values;
  const { sourcePortRange, destCidrIp, policy, priority, nicType, description } = values;
  return {
    ipProtocol,
    portRange,
    sourceCidrIp,
    sourceGroupId,
    destGroupId,
    sourcePortRange,
    destCidrIp,
    policy,
    priority,
    nicType,
    description,
  };
}

const PROTOCOLS = ['TCP', 'UDP', 'ICMP', 'GRE', 'ALL'];
const MAX_RULES = 200;

function portRangeFits(protocol: string, range: string): boolean {
  if (protocol !== 'TCP' && protocol !== 'UDP') return range === '-1/-1';
  const match = /^(\d{1,5})\/(\d{1,5})$/.exec(range);
  const from = Number(match?.[1]);
  const to = Number(match?.[2]);
  return match !== null && from >= 1 && from <= to && to <= 65535;
}

function validCidrOrIp(text: string): boolean {
  return parseIp(text) !== undefined || parseCidr(text, 0, 32) !== undefined;
}

type RuleShape = Pick<
  SecurityGroupRule,
  'ipProtocol' | 'portRange' | 'policy' | 'priority' | 'nicType'
>;

/** The protocol and port range, normalised. */
function checkPorts(
  rule: RuleInput,
): Result<Pick<RuleShape, 'ipProtocol' | 'portRange'>, EcsError> {
  const ipProtocol = rule.ipProtocol?.toUpperCase();
  if (ipProtocol === undefined || !PROTOCOLS.includes(ipProtocol))
    return err(ecsError('InvalidIpProtocol.ValueNotSupported'));
  const ported = ipProtocol === 'TCP' || ipProtocol === 'UDP';
  const portRange = rule.portRange ?? (ported ? '' : '-1/-1');
  if (!/^-?\d{1,5}\/-?\d{1,5}$/.test(portRange))
    return err(
      ecsError(
        'InvalidIpPortRange.Malformed',
        `The specified PortRange ${JSON.stringify(portRange)} is not valid: use from/to, e.g. 22/22.`,
      ),
    );
  if (!portRangeFits(ipProtocol, portRange))
    return err(
      ecsError(
        'OperationDenied',
        `The specified IpProtocol does not exist or IpProtocol and PortRange do not match: ${ipProtocol} with ${portRange}.`,
      ),
    );
  return ok({ ipProtocol, portRange });
}

/** The protocol, port range, policy, priority and NIC type, normalised. */
function checkShape(rule: RuleInput): Result<RuleShape, EcsError> {
  const ports = checkPorts(rule);
  if (!ports.ok) return ports;
  const policy = (rule.policy ?? 'accept').toLowerCase();
  if (policy !== 'accept' && policy !== 'drop') return err(ecsError('InvalidPolicy.Malformed'));
  const priority = rule.priority ?? 1;
  if (priority < 1 || priority > 100) return err(ecsError('InvalidPriority.ValueNotSupported'));
  const nicType = rule.nicType ?? 'intranet';
  if (nicType !== 'intranet' && nicType !== 'internet')
    return err(ecsError('InvalidNicType.ValueNotSupported'));
  return ok({ ...ports.value, policy: policy === 'accept' ? 'Accept' : 'Drop', priority, nicType });
}

/** A group a rule names (source or destination): of the region, and of the rule's VPC. */
function checkNamedGroup(
  state: EcsState,
  group: SecurityGroup,
  direction: RuleDirection,
  id: string,
): Result<null, EcsError> {
  if (id === '') return ok(null);
  const named = findSecurityGroup(state, id);
  const found = named !== undefined && named.regionId === group.regionId;
  if (direction === 'ingress') {
    if (!found)
      return err(
        ecsError(
          'InvalidSourceGroup.NotFound',
          `Specified source security group ${id} does not exist.`,
        ),
      );
    return named.vpcId === group.vpcId ? ok(null) : err(ecsError('InvalidSourceGroupId.Mismatch'));
  }
  if (!found)
    return err(
      ecsError(
        'InvalidDestGroupId.NotFound',
        `Specified destination security group ${id} does not exist.`,
      ),
    );
  return named.vpcId === group.vpcId ? ok(null) : err(ecsError('InvalidDestGroupId.Mismatch'));
}

type RuleEnds = Pick<
  SecurityGroupRule,
  'sourceCidrIp' | 'sourceGroupId' | 'destCidrIp' | 'destGroupId'
>;

/**
 * The rule's far end (an inbound rule's source, an outbound rule's destination: a block or a
 * group of the same VPC) and the optional block of the near end.
 */
function checkEnds(
  state: EcsState,
  group: SecurityGroup,
  rule: RuleInput,
  direction: RuleDirection,
): Result<RuleEnds, EcsError> {
  const ends: RuleEnds = {
    sourceCidrIp: rule.sourceCidrIp ?? '',
    sourceGroupId: rule.sourceGroupId ?? '',
    destCidrIp: rule.destCidrIp ?? '',
    destGroupId: rule.destGroupId ?? '',
  };
  const [farBlock, farGroup] =
    direction === 'ingress'
      ? [ends.sourceCidrIp, ends.sourceGroupId]
      : [ends.destCidrIp, ends.destGroupId];
  if (farBlock === '' && farGroup === '')
    return err(
      direction === 'ingress'
        ? ecsError('MissingParameter.Source')
        : ecsError(
            'MissingParameter',
            'The input parameter DestCidrIp or DestGroupId that is mandatory for processing this request is not supplied.',
          ),
    );
  if (ends.sourceCidrIp !== '' && !validCidrOrIp(ends.sourceCidrIp))
    return err(
      ecsError(
        'InvalidSourceCidrIp.Malformed',
        `The specified SourceCidrIp ${ends.sourceCidrIp} is not valid.`,
      ),
    );
  if (ends.destCidrIp !== '' && !validCidrOrIp(ends.destCidrIp))
    return err(
      ecsError(
        'InvalidDestCidrIp.Malformed',
        `The specified DestCidrIp ${ends.destCidrIp} is not valid.`,
      ),
    );
  const named = checkNamedGroup(state, group, direction, farGroup);
  return named.ok ? ok(ends) : named;
}

/**
 * Validates a rule for a group: protocol and ports, the far end (an inbound rule's source, an
 * outbound rule's destination: a block or a group of the same VPC), policy, priority and NIC type.
 *
 * @param state - The state (for named groups).
 * @param group - The group the rule goes into.
 * @param rule - The rule as read.
 * @param direction - The rule's direction.
 * @returns The rule without id and time, or the ECS error.
 * @internal
 */
export function validateRule(
  state: EcsState,
  group: SecurityGroup,
  rule: RuleInput,
  direction: RuleDirection = 'ingress',
): Result<Omit<SecurityGroupRule, 'securityGroupRuleId' | 'createTime'>, EcsError> {
  const shape = checkShape(rule);
  if (!shape.ok) return shape;
  const ends = checkEnds(state, group, rule, direction);
  if (!ends.ok) return ends;
  const description = rule.description ?? '';
  if (description.length > 512 || /^https?:\/\//i.test(description))
    return err(
      ecsError(
        'InvalidDescription.Malformed',
        'The rule description must be at most 512 characters, not starting with http:// or https://.',
      ),
    );
  return ok({
    ...shape.value,
    ...ends.value,
    direction,
    description,
    sourcePortRange: rule.sourcePortRange ?? '',
  });
}

/**
 * Whether a stored rule is the one a request describes (direction, protocol, ports, far end —
 * an inbound rule's source, an outbound rule's destination —, policy and NIC type; priority and
 * description do not tell rules apart).
 *
 * @param stored - A rule of the group.
 * @param wanted - The validated request.
 * @returns `true` when they are the same rule.
 * @internal
 */
export function sameRule(
  stored: SecurityGroupRule,
  wanted: Omit<SecurityGroupRule, 'securityGroupRuleId' | 'createTime'>,
): boolean {
  return (
    stored.direction === wanted.direction &&
    stored.ipProtocol === wanted.ipProtocol &&
    stored.portRange === wanted.portRange &&
    (stored.direction === 'ingress'
      ? stored.sourceCidrIp === wanted.sourceCidrIp && stored.sourceGroupId === wanted.sourceGroupId
      : stored.destCidrIp === wanted.destCidrIp && stored.destGroupId === wanted.destGroupId) &&
    stored.policy === wanted.policy &&
    stored.nicType === wanted.nicType
  );
}

/**
 * The most rules a group holds (`AuthorizationLimitExceed` beyond).
 *
 * @internal
 */
export const MAX_RULES_PER_GROUP = MAX_RULES;
