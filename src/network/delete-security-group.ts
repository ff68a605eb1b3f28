import type { InputOf, Operation } from '../operations/operation.js';
import { ecsError } from '../shared/ecs-error.js';
import {
  entityCountByKey,
  entityGet,
  entityRemove,
  entityWalkByKey,
} from '../shared/entity-table.js';
import { fieldReader, fieldsOf, text } from '../shared/fields.js';
import { err, ok } from '../shared/result.js';
import { commit } from '../state/commit.js';
import { requireRegion } from '../world/regions.js';
import { securityGroupIndexKeys } from './index-keys.js';
import { requireSecurityGroup } from './lookups.js';

/**
 * `DeleteSecurityGroup` parameters.
 *
 * @example
 * ```ts
 * const request: DeleteSecurityGroupRequest = { regionId: 'cn-hangzhou', securityGroupId: 'sg-bp1...' };
 * ```
 * @category Network
 */
export interface DeleteSecurityGroupRequest {
  /** Region (required). */
  regionId?: string | undefined;
  /** The group (required): no instance in it, no other group's rule naming it. */
  securityGroupId?: string | undefined;
}

const FIELDS = fieldsOf<DeleteSecurityGroupRequest>()(() => ({
  regionId: text.required(),
  securityGroupId: text.required(),
}));

type DeleteSecurityGroupInput = InputOf<typeof FIELDS>;

/**
 * `DeleteSecurityGroup`: deletes a group and its rules, once no instance is in it and no other
 * group's rule names it (`DependencyViolation` otherwise, which tools retry).
 *
 * @internal
 */
export const deleteSecurityGroupOp: Operation<DeleteSecurityGroupInput, Record<never, never>> = {
  action: 'DeleteSecurityGroup',
  read: fieldReader(FIELDS),
  run(state, input) {
    const region = requireRegion(state.world, input.regionId);
    if (!region.ok) return region;
    const group = requireSecurityGroup(state, input.regionId, input.securityGroupId);
    if (!group.ok) return group;
    const id = input.securityGroupId;
    const members = entityCountByKey(state.instances, `sg:${id}`);
    if (members > 0)
      return err(
        ecsError(
          'DependencyViolation',
          `There is still instance(s) in the specified security group: ${members} in ${id}.`,
        ),
      );
    for (const otherId of entityWalkByKey(state.securityGroups, `vpc:${group.value.vpcId}`)) {
      const other = entityGet(state.securityGroups, otherId);
      if (
        otherId !== id &&
        other?.rules.some((r) => r.sourceGroupId === id || r.destGroupId === id)
      )
        return err(
          ecsError(
            'DependencyViolation',
            `The specified security group has been authorized in another one: a rule of ${otherId} names ${id}.`,
          ),
        );
    }
    const securityGroups = entityRemove(state.securityGroups, id, securityGroupIndexKeys);
    return ok({ state: commit(state, { securityGroups }), response: {} });
  },
};
