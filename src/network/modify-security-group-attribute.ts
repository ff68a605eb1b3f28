import type { InputOf, Operation } from '../operations/operation.js';
import { ecsError } from '../shared/ecs-error.js';
import { fieldReader, fieldsOf, text } from '../shared/fields.js';
import { isValidDescription, isValidName } from '../shared/names.js';
import { err, ok } from '../shared/result.js';
import { commit } from '../state/commit.js';
import { requireRegion } from '../world/regions.js';
import { requireSecurityGroup } from './lookups.js';
import { putSecurityGroup } from './store.js';

/**
 * `ModifySecurityGroupAttribute` parameters: what is given changes, what is left out stays.
 *
 * @example
 * ```ts
 * const request: ModifySecurityGroupAttributeRequest = { regionId: 'cn-hangzhou', securityGroupId: 'sg-bp1...', securityGroupName: 'web' };
 * ```
 * @category Network
 */
export interface ModifySecurityGroupAttributeRequest {
  /** Region (required). */
  regionId?: string | undefined;
  /** The group (required). */
  securityGroupId?: string | undefined;
  /** New name: 2-128 characters starting with a letter. */
  securityGroupName?: string | undefined;
  /** New description: 2-256 characters. */
  description?: string | undefined;
}

const FIELDS = fieldsOf<ModifySecurityGroupAttributeRequest>()(() => ({
  regionId: text.required(),
  securityGroupId: text.required(),
  securityGroupName: text,
  description: text,
}));

type ModifySecurityGroupAttributeInput = InputOf<typeof FIELDS>;

/**
 * `ModifySecurityGroupAttribute`: renames a security group or changes its description.
 *
 * @internal
 */
export const modifySecurityGroupAttributeOp: Operation<
  ModifySecurityGroupAttributeInput,
  Record<never, never>
> = {
  action: 'ModifySecurityGroupAttribute',
  read: fieldReader(FIELDS),
  run(state, input) {
    const region = requireRegion(state.world, input.regionId);
    if (!region.ok) return region;
    const group = requireSecurityGroup(state, input.regionId, input.securityGroupId);
    if (!group.ok) return group;
    if (input.securityGroupName !== undefined && !isValidName(input.securityGroupName))
      return err(ecsError('InvalidSecurityGroupName.Malformed'));
    if (input.description !== undefined && !isValidDescription(input.description))
      return err(ecsError('InvalidDescription.Malformed'));
    const securityGroups = putSecurityGroup(state.securityGroups, {
      ...group.value,
      securityGroupName: input.securityGroupName ?? group.value.securityGroupName,
      description: input.description ?? group.value.description,
    });
    return ok({ state: commit(state, { securityGroups }), response: {} });
  },
};
