import { putInstance } from '../instances/store.js';
import type { Operation } from '../operations/operation.js';
import { ecsError } from '../shared/ecs-error.js';
import { err, ok } from '../shared/result.js';
import { commit } from '../state/commit.js';
import { checkMembership, type MembershipInput, readMembership } from './membership.js';
import { MAX_GROUPS_PER_INSTANCE } from './placement.js';

/**
 * `JoinSecurityGroup`: adds an instance to one more security group of its VPC (at most 5).
 *
 * @internal
 */
export const joinSecurityGroupOp: Operation<MembershipInput, Record<never, never>> = {
  action: 'JoinSecurityGroup',
  read: readMembership,
  run(state, input) {
    const checked = checkMembership(state, input);
    if (!checked.ok) return checked;
    const { instance, network, group } = checked.value;
    if (network.securityGroupIds.includes(group.securityGroupId))
      return err(
        ecsError(
          'InvalidInstanceId.AlreadyExists',
          `The instance ${instance.instanceId} is already in ${group.securityGroupId}.`,
        ),
      );
    if (network.securityGroupIds.length >= MAX_GROUPS_PER_INSTANCE)
      return err(
        ecsError(
          'InstanceSecurityGroupLimitExceeded',
          `The instance ${instance.instanceId} is in ${MAX_GROUPS_PER_INSTANCE} security groups already.`,
        ),
      );
    const securityGroupIds = [...network.securityGroupIds, group.securityGroupId];
    const instances = putInstance(state.instances, {
      ...instance,
      network: { ...network, securityGroupIds },
    });
    return ok({ state: commit(state, { instances }), response: {} });
  },
};
