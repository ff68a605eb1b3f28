import { instanceNotFound } from '../instances/errors.js';
import { findInstance } from '../instances/store.js';
import type { Instance } from '../instances/types.js';
import type { Input } from '../operations/operation.js';
import { type EcsError, ecsError } from '../shared/ecs-error.js';
import { entityIdsByKey } from '../shared/entity-table.js';
import { fieldReader, fieldsOf, text } from '../shared/fields.js';
import { err, ok, type Result } from '../shared/result.js';
import type { EcsState } from '../state/ecs-state.js';
import { requireSecurityGroup } from './lookups.js';
import type { InstanceNetwork, SecurityGroup } from './types.js';

/**
 * `JoinSecurityGroup` / `LeaveSecurityGroup` parameters.
 *
 * @example
 * ```ts
 * const request: SecurityGroupMembershipRequest = { instanceId: 'i-bp1...', securityGroupId: 'sg-bp1...' };
 * ```
 * @category Network
 */
export interface SecurityGroupMembershipRequest {
  /** The group (required). */
  securityGroupId?: string | undefined;
  /** The instance (`Running` or `Stopped`); or give its `networkInterfaceId`. */
  instanceId?: string | undefined;
  /** The instance's primary network interface, instead of `instanceId`. */
  networkInterfaceId?: string | undefined;
  /** Region; when given, the group and instance must be in it. */
  regionId?: string | undefined;
}

const FIELDS = fieldsOf<SecurityGroupMembershipRequest>()(() => ({
  instanceId: text,
  networkInterfaceId: text,
  regionId: text,
  securityGroupId: text.required(),
}));

/**
 * Reads a `JoinSecurityGroup` / `LeaveSecurityGroup` request: the instance is required unless
 * a network interface names the member.
 *
 * @internal
 */
export const readMembership = fieldReader(FIELDS, (values, p) => ({
  ...values,
  instanceId:
    values.networkInterfaceId === undefined
      ? p.required('instanceId', values.instanceId)
      : values.instanceId,
}));

/**
 * A membership change as read.
 *
 * @internal
 */
export type MembershipInput = Input<ReturnType<typeof readMembership>>;

/**
 * The instance and group of a membership change, checked: both exist (in the region given), the
 * instance is `Running` or `Stopped` and in the group's VPC.
 *
 * @param state - The state.
 * @param input - The request.
 * @returns The instance (with its network) and the group.
 * @internal
 */
export function checkMembership(
  state: EcsState,
  input: MembershipInput,
): Result<{ instance: Instance; network: InstanceNetwork; group: SecurityGroup }, EcsError> {
  const byEni =
    input.networkInterfaceId === undefined
      ? undefined
      : entityIdsByKey(state.instances, `eni:${input.networkInterfaceId}`)[0];
  if (input.networkInterfaceId !== undefined && byEni === undefined)
    return err(
      ecsError(
        'InvalidParameter',
        `The specified NetworkInterfaceId ${input.networkInterfaceId} does not exist.`,
      ),
    );
  const instanceId = byEni ?? input.instanceId ?? '';
  const instance = findInstance(state, instanceId);
  if (!instance || (input.regionId !== undefined && instance.regionId !== input.regionId))
    return err(instanceNotFound(instanceId));
  const group = requireSecurityGroup(state, instance.regionId, input.securityGroupId);
  if (!group.ok) return group;
  if (instance.status !== 'Running' && instance.status !== 'Stopped')
    return err(
      ecsError(
        'IncorrectInstanceStatus',
        `The instance ${instanceId} is ${instance.status}; it must be Running or Stopped.`,
      ),
    );
  const network = instance.network;
  if (!network || network.vpcId !== group.value.vpcId)
    return err(
      ecsError(
        'InvalidInstanceId.Mismatch',
        `Specified instance and security group are not in the same VPC: ${instanceId} is in ${network?.vpcId ?? 'no VPC'}, ${input.securityGroupId} in ${group.value.vpcId}.`,
      ),
    );
  return ok({ instance, network, group: group.value });
}
