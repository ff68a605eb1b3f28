import type { InputOf, Operation } from '../operations/operation.js';
import { fieldReader, fieldsOf, int, oneOf, text } from '../shared/fields.js';
import { ok } from '../shared/result.js';
import { requireRegion } from '../world/regions.js';
import { requireSecurityGroup } from './lookups.js';
import { type PermissionView, permissionView } from './security-group-views.js';

/**
 * `DescribeSecurityGroupAttribute` parameters.
 *
 * @example
 * ```ts
 * const request: DescribeSecurityGroupAttributeRequest = { regionId: 'cn-hangzhou', securityGroupId: 'sg-bp1...', direction: 'ingress' };
 * ```
 * @category Network
 */
export interface DescribeSecurityGroupAttributeRequest {
  /** Region (required). */
  regionId?: string | undefined;
  /** The group (required). */
  securityGroupId?: string | undefined;
  /** `ingress`, `egress` or `all` (default). */
  direction?: string | undefined;
  /** `intranet` or `internet`: only rules of that NIC type. */
  nicType?: string | undefined;
  /** Accepted (every rule is returned on one page). */
  maxResults?: number | undefined;
  /** Accepted (every rule is returned on one page). */
  nextToken?: string | undefined;
  /** Accepted (`snapshotPolicyIds` is always empty). */
  attribute?: string | undefined;
}

/**
 * `DescribeSecurityGroupAttribute` response body.
 *
 * @example
 * ```ts
 * body.permissions.permission.map((r) => r.portRange); //=> ['22/22']
 * ```
 * @category Network
 */
export interface DescribeSecurityGroupAttributeResponseBody {
  /** The region. */
  regionId: string;
  /** The group. */
  securityGroupId: string;
  /** Its name. */
  securityGroupName: string;
  /** Its description. */
  description: string;
  /** Its VPC. */
  vpcId: string;
  /** `Accept` or `Drop`. */
  innerAccessPolicy: string;
  /** Empty: every rule is on this page. */
  nextToken: string;
  /** The rules, in the order they were added. */
  permissions: {
    /** The rules. */
    permission: PermissionView[];
  };
  /** Snapshot policies (none). */
  snapshotPolicyIds: {
    /** Always empty. */
    snapshotPolicyId: string[];
  };
}

const FIELDS = fieldsOf<DescribeSecurityGroupAttributeRequest>()(() => ({
  maxResults: int({ min: 1, max: 1000 }).discard(),
  nextToken: text.discard(),
  attribute: text.discard(),
  regionId: text.required(),
  securityGroupId: text.required(),
  direction: oneOf(['ingress', 'egress', 'all'] as const).default('all'),
  nicType: oneOf(['intranet', 'internet'] as const),
}));

type DescribeSecurityGroupAttributeInput = InputOf<typeof FIELDS>;

/**
 * `DescribeSecurityGroupAttribute`: a group and its rules.
 *
 * @internal
 */
export const describeSecurityGroupAttributeOp: Operation<
  DescribeSecurityGroupAttributeInput,
  DescribeSecurityGroupAttributeResponseBody
> = {
  action: 'DescribeSecurityGroupAttribute',
  read: fieldReader(FIELDS),
  run(state, input) {
    const region = requireRegion(state.world, input.regionId);
    if (!region.ok) return region;
    const group = requireSecurityGroup(state, input.regionId, input.securityGroupId);
    if (!group.ok) return group;
    const g = group.value;
    const rules = g.rules.filter(
      (r) =>
        (input.direction === 'all' || r.direction === input.direction) &&
        (input.nicType === undefined || r.nicType === input.nicType),
    );
    return ok({
      state,
      response: {
        regionId: g.regionId,
        securityGroupId: g.securityGroupId,
        securityGroupName: g.securityGroupName,
        description: g.description,
        vpcId: g.vpcId,
        innerAccessPolicy: g.innerAccessPolicy,
        nextToken: '',
        permissions: { permission: rules.map((r) => permissionView(state, r)) },
        snapshotPolicyIds: { snapshotPolicyId: [] },
      },
    });
  },
};
