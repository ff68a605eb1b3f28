import { putInstance } from '../instances/store.js';
import type { Operation } from '../operations/operation.js';
import { ecsError } from '../shared/ecs-error.js';
import { err, ok } from '../shared/result.js';
import { commit } from '../state/commit.js';
import { checkMembership, type MembershipInput, readMembership } from './membership.js';

/**
 * `LeaveSecurityGroup`: removes an instance from one of its security groups (not its last).
 *
 * @internal
 */
export const leaveSecurityGroupOp: Operation<MembershipInput, Record<never, never>> = {
  action: 'LeaveSecurityGroup',
  read: readMembership,
  run(state, input) {
    const checked = checkMembership(state, input);
    if (!checked.ok) return checked;
    const { instance, network, group } = checked.value;
    if (!network.securityGroupIds.includes(group.securityGroupId))
      return err(
        ecsError(
          'InstanceNotInSecurityGroup',
          `The instance ${instance.instanceId} is not in ${group.securityGroupId}.`,
        ),
      );
    if (network.securityGroupIds.length === 1)
      return err(
        ecsError(
          'InstanceLastSecurityGroup',
          `${group.securityGroupId} is the last security group of ${instance.instanceId}.`,
        ),
      );
    const securityGroupIds = network.securityGroupIds.filter((id) => id !== group.securityGroupId);
    const instances = putInstance(state.instances, {
      ...instance,
      network: { ...network, securityGroupIds },
    });
    return ok({ state: commit(state, { instances }), response: {} });
  },
};
