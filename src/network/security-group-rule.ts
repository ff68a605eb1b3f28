import { type EcsError, ecsError } from '../shared/ecs-error.js';
import type { ParamReader } from '../shared/params.js';
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
  /** Source security group, of the same VPC. */
  sourceGroupId?: string | undefined;
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
}

/**
 * A rule request as read, before validation.
 *
 * @internal
 */
export interface RuleInput {
  readonly ipProtocol: string | undefined;
  readonly portRange: string | undefined;
  readonly sourceCidrIp: string | undefined;
  readonly sourceGroupId: string | undefined;
  readonly sourcePortRange: string | undefined;
  readonly destCidrIp: string | undefined;
  readonly policy: string | undefined;
  readonly priority: number | undefined;
  readonly nicType: string | undefined;
  readonly description: string | undefined;
}

/**
 * Reads one rule's fields (the top level of the request or one `Permissions.N`). The IPv6 and
 * prefix-list fields are accepted without effect: fake-ecs keeps IPv4 rules only.
 *
 * @param p - The reader.
 * @returns The fields.
 * @internal
 */
export function readRule(p: ParamReader): RuleInput {
  for (const key of ['ipv6SourceCidrIp', 'ipv6DestCidrIp', 'sourcePrefixListId', 'portRangeListId'])
    p.string(key);
  return {
    ipProtocol: p.string('ipProtocol'),
    portRange: p.string('portRange'),
    sourceCidrIp: p.string('sourceCidrIp'),
    sourceGroupId: p.string('sourceGroupId'),
    sourcePortRange: p.string('sourcePortRange'),
    destCidrIp: p.string('destCidrIp'),
    policy: p.string('policy'),
    priority: p.int('priority'),
    nicType: p.string('nicType'),
    description: p.string('description'),
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

/** The source (a block or a group of the same VPC) and the destination block. */
function checkEnds(
  state: EcsState,
  group: SecurityGroup,
  rule: RuleInput,
): Result<{ sourceCidrIp: string; sourceGroupId: string }, EcsError> {
  const sourceCidrIp = rule.sourceCidrIp ?? '';
  const sourceGroupId = rule.sourceGroupId ?? '';
  if (sourceCidrIp === '' && sourceGroupId === '') return err(ecsError('MissingParameter.Source'));
  if (sourceCidrIp !== '' && !validCidrOrIp(sourceCidrIp))
    return err(
      ecsError(
        'InvalidSourceCidrIp.Malformed',
        `The specified SourceCidrIp ${sourceCidrIp} is not valid.`,
      ),
    );
  if (rule.destCidrIp && !validCidrOrIp(rule.destCidrIp))
    return err(ecsError('InvalidDestCidrIp.Malformed'));
  if (sourceGroupId === '') return ok({ sourceCidrIp, sourceGroupId });
  const source = findSecurityGroup(state, sourceGroupId);
  if (!source || source.regionId !== group.regionId)
    return err(
      ecsError(
        'InvalidSourceGroup.NotFound',
        `Specified source security group ${sourceGroupId} does not exist.`,
      ),
    );
  if (source.vpcId !== group.vpcId) return err(ecsError('InvalidSourceGroupId.Mismatch'));
  return ok({ sourceCidrIp, sourceGroupId });
}

/**
 * Validates an ingress rule for a group: protocol and ports, a source (block or group of the same
 * VPC), policy, priority and NIC type.
 *
 * @param state - The state (for source groups).
 * @param group - The group the rule goes into.
 * @param rule - The rule as read.
 * @returns The rule without id and time, or the ECS error.
 * @internal
 */
export function validateRule(
  state: EcsState,
  group: SecurityGroup,
  rule: RuleInput,
): Result<Omit<SecurityGroupRule, 'securityGroupRuleId' | 'createTime'>, EcsError> {
  const shape = checkShape(rule);
  if (!shape.ok) return shape;
  const ends = checkEnds(state, group, rule);
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
    direction: 'ingress',
    destCidrIp: rule.destCidrIp ?? '',
    destGroupId: '',
    description,
    sourcePortRange: rule.sourcePortRange ?? '',
  });
}

/**
 * Whether a stored rule is the one a request describes (protocol, ports, source, policy and NIC
 * type; priority and description do not tell rules apart).
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
    stored.sourceCidrIp === wanted.sourceCidrIp &&
    stored.sourceGroupId === wanted.sourceGroupId &&
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
