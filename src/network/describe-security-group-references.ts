import type { InputOf, Operation } from '../operations/operation.js';
import { entityWalkByKey } from '../shared/entity-table.js';
import { fieldReader, fieldsOf, ids, text } from '../shared/fields.js';
import { ok } from '../shared/result.js';
import { requireRegion } from '../world/regions.js';
import { requireSecurityGroup } from './lookups.js';
import { findSecurityGroup } from './store.js';

/**
 * `DescribeSecurityGroupReferences` parameters.
 *
 * @example
 * ```ts
 * const request: DescribeSecurityGroupReferencesRequest = { regionId: 'cn-hangzhou', securityGroupId: ['sg-bp1...'] };
 * ```
 * @category Network
 */
export interface DescribeSecurityGroupReferencesRequest {
  /** Region (required). */
  regionId?: string | undefined;
  /** The groups to look up, 1 to 10 (required). */
  securityGroupId?: string[] | undefined;
}

/**
 * A group that names another one in its rules.
 *
 * @example
 * ```ts
 * const item: ReferencingSecurityGroup = { aliUid: '', securityGroupId: 'sg-bp1...' };
 * ```
 * @category Network
 */
export interface ReferencingSecurityGroup {
  /** The referencing group's account (empty: fake-ecs has one account). */
  aliUid: string;
  /** The referencing group. */
  securityGroupId: string;
}

/**
 * `DescribeSecurityGroupReferences` response body: per group asked about, the groups whose
 * rules name it as source or destination (such a group cannot be deleted).
 *
 * @example
 * ```ts
 * const body: DescribeSecurityGroupReferencesResponseBody = {
 *   securityGroupReferences: { securityGroupReference: [{ securityGroupId: 'sg-bp1...', referencingSecurityGroups: { referencingSecurityGroup: [] } }] },
 * };
 * ```
 * @category Network
 */
export interface DescribeSecurityGroupReferencesResponseBody {
  /** One entry per group asked about, in the order asked. */
  securityGroupReferences: {
    /** One entry per group asked about. */
    securityGroupReference: {
      /** The group asked about. */
      securityGroupId: string;
      /** The groups that name it, in creation order. */
      referencingSecurityGroups: {
        /** A group with a rule naming it. */
        referencingSecurityGroup: ReferencingSecurityGroup[];
      };
    }[];
  };
}

const FIELDS = fieldsOf<DescribeSecurityGroupReferencesRequest>()(() => ({
  regionId: text.required(),
  securityGroupId: ids(10).required(),
}));

type DescribeSecurityGroupReferencesInput = InputOf<typeof FIELDS>;

/**
 * `DescribeSecurityGroupReferences`: which groups of the region authorise a group in their rules.
 *
 * @internal
 */
export const describeSecurityGroupReferencesOp: Operation<
  DescribeSecurityGroupReferencesInput,
  DescribeSecurityGroupReferencesResponseBody
> = {
  action: 'DescribeSecurityGroupReferences',
  read: fieldReader(FIELDS),
  run(state, input) {
    const region = requireRegion(state.world, input.regionId);
    if (!region.ok) return region;
    for (const id of input.securityGroupId) {
      const group = requireSecurityGroup(state, input.regionId, id);
      if (!group.ok) return group;
    }
    const regionGroups = [...entityWalkByKey(state.securityGroups, `region:${input.regionId}`)];
    const securityGroupReference = input.securityGroupId.map((securityGroupId) => {
      const referencing = regionGroups.filter((id) =>
        findSecurityGroup(state, id)?.rules.some(
          (r) => r.sourceGroupId === securityGroupId || r.destGroupId === securityGroupId,
        ),
      );
      return {
        securityGroupId,
        referencingSecurityGroups: {
          referencingSecurityGroup: referencing.map((id) => ({ aliUid: '', securityGroupId: id })),
        },
      };
    });
    return ok({ state, response: { securityGroupReferences: { securityGroupReference } } });
  },
};
