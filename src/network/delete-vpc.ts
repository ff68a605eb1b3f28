import type { InputOf, Operation } from '../operations/operation.js';
import { ecsError } from '../shared/ecs-error.js';
import { entityIdsByKey, entityRemove } from '../shared/entity-table.js';
import { fieldReader, fieldsOf, text } from '../shared/fields.js';
import { err, ok } from '../shared/result.js';
import { commit } from '../state/commit.js';
import { requireRegionIfGiven } from '../world/regions.js';
import { vpcIndexKeys } from './index-keys.js';
import { requireVpc } from './lookups.js';

/**
 * `DeleteVpc` parameters.
 *
 * @example
 * ```ts
 * const request: DeleteVpcRequest = { regionId: 'cn-hangzhou', vpcId: 'vpc-bp1...' };
 * ```
 * @category Network
 */
export interface DeleteVpcRequest {
  /** Region; when given, the VPC must be in it. */
  regionId?: string | undefined;
  /** The VPC (required): `Available`, with no vSwitch and no security group left. */
  vpcId?: string | undefined;
}

const FIELDS = fieldsOf<DeleteVpcRequest>()(() => ({
  regionId: text,
  vpcId: text.required(),
}));

type DeleteVpcInput = InputOf<typeof FIELDS>;

/**
 * `DeleteVpc`: releases a VPC once its vSwitches and security groups are gone.
 *
 * @internal
 */
export const deleteVpcOp: Operation<DeleteVpcInput, Record<never, never>> = {
  action: 'DeleteVpc',
  read: fieldReader(FIELDS),
  run(state, input) {
    const region = requireRegionIfGiven(state.world, input.regionId);
    if (!region.ok) return region;
    const vpc = requireVpc(state, input.regionId, input.vpcId);
    if (!vpc.ok) return vpc;
    if (vpc.value.status !== 'Available')
      return err(
        ecsError(
          'IncorrectVpcStatus',
          `The VPC ${input.vpcId} is ${vpc.value.status}; it can be deleted once Available.`,
        ),
      );
    // The reference's codes name what is left: vSwitches first (instances live in them), then
    // security groups. Tools (the Terraform provider) retry on exactly these codes.
    const vSwitches = entityIdsByKey(state.vSwitches, `vpc:${input.vpcId}`);
    if (vSwitches.length > 0)
      return err(
        ecsError(
          'DependencyViolation.VSwitch',
          `Specified object has dependent resources: the VPC ${input.vpcId} still has the vSwitch(es) ${vSwitches.join(', ')}; delete them first.`,
        ),
      );
    const groups = entityIdsByKey(state.securityGroups, `vpc:${input.vpcId}`);
    if (groups.length > 0)
      return err(
        ecsError(
          'DependencyViolation.SecurityGroup',
          `Specified object has dependent resources SecurityGroup: the VPC ${input.vpcId} still has ${groups.join(', ')}; delete them first.`,
        ),
      );
    const vpcs = entityRemove(state.vpcs, input.vpcId, vpcIndexKeys);
    return ok({ state: commit(state, { vpcs }), response: {} });
  },
};
