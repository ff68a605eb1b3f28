import type { InputOf, Operation } from '../operations/operation.js';
import { ecsError } from '../shared/ecs-error.js';
import { entityIdsByKey } from '../shared/entity-table.js';
import { clientToken, fieldReader, fieldsOf, flag, oneOf, tags, text } from '../shared/fields.js';
import { IdAllocator } from '../shared/ids.js';
import { isValidDescription, isValidName } from '../shared/names.js';
import { RESOURCE_GROUP_STORED, resolveResourceGroup } from '../shared/resource-groups.js';
import { err, ok } from '../shared/result.js';
import { type TagInput, validateTags } from '../shared/tags.js';
import { commit } from '../state/commit.js';
import { requireRegion } from '../world/regions.js';
import { requireVpc } from './lookups.js';
import { putSecurityGroup } from './store.js';

/**
 * `CreateSecurityGroup` parameters.
 *
 * @example
 * ```ts
 * const request: CreateSecurityGroupRequest = { regionId: 'cn-hangzhou', vpcId: 'vpc-bp1...', securityGroupName: 'web' };
 * ```
 * @category Network
 */
export interface CreateSecurityGroupRequest {
  /** Region (required). */
  regionId?: string | undefined;
  /** The VPC (`Available`). Default: the region's default VPC. */
  vpcId?: string | undefined;
  /** Name: 2-128 characters starting with a letter. */
  securityGroupName?: string | undefined;
  /** Description: 2-256 characters. */
  description?: string | undefined;
  /** `normal` (default) or `enterprise`. */
  securityGroupType?: string | undefined;
  /** Resource group (stored and returned). */
  resourceGroupId?: string | undefined;
  /** Tags, up to 20. */
  tag?: TagInput[] | undefined;
  /** Idempotency token. */
  clientToken?: string | undefined;
  /** Whether the group is managed by a cloud service: accepted without effect. */
  serviceManaged?: boolean | undefined;
}

/**
 * `CreateSecurityGroup` response body.
 *
 * @example
 * ```ts
 * const body: CreateSecurityGroupResponseBody = { securityGroupId: 'sg-bp1...' };
 * ```
 * @category Network
 */
export interface CreateSecurityGroupResponseBody {
  /** The new group. */
  securityGroupId: string;
}

const FIELDS = fieldsOf<CreateSecurityGroupRequest>()(() => ({
  serviceManaged: flag.discard(),
  regionId: text.required(),
  vpcId: text,
  securityGroupName: text,
  description: text,
  securityGroupType: oneOf(['normal', 'enterprise'] as const).default('normal'),
  resourceGroupId: text,
  tag: tags,
  clientToken,
}));

type CreateSecurityGroupInput = InputOf<typeof FIELDS>;

/**
 * `CreateSecurityGroup`: an empty security group in a VPC (no rules: nothing gets in until
 * `AuthorizeSecurityGroup`).
 *
 * @internal
 */
export const createSecurityGroupOp: Operation<
  CreateSecurityGroupInput,
  CreateSecurityGroupResponseBody
> = {
  action: 'CreateSecurityGroup',
  stores: RESOURCE_GROUP_STORED,
  read: fieldReader(FIELDS),
  run(state, input, ctx) {
    const region = requireRegion(state.world, input.regionId);
    if (!region.ok) return region;
    const vpcId = input.vpcId ?? entityIdsByKey(state.vpcs, `default:${input.regionId}`)[0];
    if (vpcId === undefined)
      return err(
        ecsError(
          'MissingParameter',
          'The input parameter VpcId that is mandatory for processing this request is not supplied: the region has no default VPC.',
        ),
      );
    const vpc = requireVpc(state, input.regionId, vpcId);
    if (!vpc.ok) return vpc;
    if (vpc.value.status !== 'Available')
      return err(ecsError('IncorrectVpcStatus', `The VPC ${vpcId} is ${vpc.value.status}.`));
    if (input.securityGroupName !== undefined && !isValidName(input.securityGroupName))
      return err(ecsError('InvalidSecurityGroupName.Malformed'));
    if (input.description !== undefined && !isValidDescription(input.description))
      return err(ecsError('InvalidDescription.Malformed'));
    const group = resolveResourceGroup(input.resourceGroupId);
    if (!group.ok) return group;
    const tags = validateTags(input.tag as TagInput[] | undefined);
    if (!tags.ok) return tags;
    const ids = new IdAllocator(state.ids);
    const securityGroupId = ids.next('sg-', input.regionId);
    const securityGroups = putSecurityGroup(state.securityGroups, {
      seq: state.securityGroups.nextSeq,
      securityGroupId,
      regionId: input.regionId,
      vpcId,
      securityGroupName: input.securityGroupName ?? '',
      description: input.description ?? '',
      securityGroupType: input.securityGroupType,
      innerAccessPolicy: input.securityGroupType === 'enterprise' ? 'Drop' : 'Accept',
      rules: [],
      resourceGroupId: group.value,
      tags: tags.value,
      creationTime: ctx.now,
    });
    const next = commit(state, { securityGroups, ids: ids.position() });
    return ok({ state: next, response: { securityGroupId } });
  },
};
