import type { InputOf, Operation } from '../operations/operation.js';
import { type EcsError, ecsError } from '../shared/ecs-error.js';
import { entityIdsByKey } from '../shared/entity-table.js';
import { fieldReader, fieldsOf, text } from '../shared/fields.js';
import { isValidDescription, isValidName } from '../shared/names.js';
import { err, ok, type Result } from '../shared/result.js';
import { commit } from '../state/commit.js';
import type { EcsState } from '../state/ecs-state.js';
import { requireRegionIfGiven } from '../world/regions.js';
import { cidrContains, parseCidr } from './cidr.js';
import { parseVpcCidr } from './create-vpc.js';
import { requireVpc } from './lookups.js';
import { findVSwitch, putVpc } from './store.js';

/**
 * `ModifyVpcAttribute` parameters: what is given changes, what is left out stays.
 *
 * @example
 * ```ts
 * const request: ModifyVpcAttributeRequest = { vpcId: 'vpc-bp1...', vpcName: 'app', description: 'app tier' };
 * ```
 * @category Network
 */
export interface ModifyVpcAttributeRequest {
  /** Region (optional: the VPC's region when left out). */
  regionId?: string | undefined;
  /** The VPC (required). */
  vpcId?: string | undefined;
  /** New name: 2-128 characters starting with a letter. */
  vpcName?: string | undefined;
  /** New description: 2-256 characters. */
  description?: string | undefined;
  /** New IPv4 block: a private block that still holds every vSwitch of the VPC. */
  cidrBlock?: string | undefined;
  /** New user CIDR blocks, comma-separated (stored and returned). */
  userCidr?: string | undefined;
}

/** The VPC's new block: a private block that still holds each of its vSwitches. */
function checkNewBlock(state: EcsState, vpcId: string, cidrBlock: string): Result<null, EcsError> {
  const cidr = parseVpcCidr(cidrBlock);
  if (!cidr.ok) return cidr;
  const outside = entityIdsByKey(state.vSwitches, `vpc:${vpcId}`).filter((id) => {
    const inner = parseCidr(findVSwitch(state, id)?.cidrBlock ?? '', 0, 32);
    return inner === undefined || !cidrContains(cidr.value, inner);
  });
  if (outside.length > 0)
    return err(
      ecsError(
        'InvalidCidrBlock.Malformed',
        `The CIDR block ${cidrBlock} does not hold the vSwitches ${outside.join(', ')} of the VPC ${vpcId}.`,
      ),
    );
  return ok(null);
}

const FIELDS = fieldsOf<ModifyVpcAttributeRequest>()(() => ({
  regionId: text,
  vpcId: text.required(),
  vpcName: text,
  description: text,
  cidrBlock: text,
  userCidr: text,
}));

type ModifyVpcAttributeInput = InputOf<typeof FIELDS>;

/**
 * `ModifyVpcAttribute`: renames a VPC, changes its description, user blocks or IPv4 block.
 *
 * @internal
 */
export const modifyVpcAttributeOp: Operation<ModifyVpcAttributeInput, Record<never, never>> = {
  action: 'ModifyVpcAttribute',
  stores: ['UserCidr'],
  read: fieldReader(FIELDS),
  run(state, input) {
    const region = requireRegionIfGiven(state.world, input.regionId);
    if (!region.ok) return region;
    const vpc = requireVpc(state, input.regionId, input.vpcId);
    if (!vpc.ok) return vpc;
    if (input.vpcName !== undefined && !isValidName(input.vpcName))
      return err(ecsError('InvalidVpcName.Malformed'));
    if (input.description !== undefined && !isValidDescription(input.description))
      return err(ecsError('InvalidDescription.Malformed'));
    if (input.cidrBlock !== undefined) {
      const fits = checkNewBlock(state, input.vpcId, input.cidrBlock);
      if (!fits.ok) return fits;
    }
    const vpcs = putVpc(state.vpcs, {
      ...vpc.value,
      vpcName: input.vpcName ?? vpc.value.vpcName,
      description: input.description ?? vpc.value.description,
      cidrBlock: input.cidrBlock ?? vpc.value.cidrBlock,
      userCidrs: input.userCidr !== undefined ? input.userCidr.split(',') : vpc.value.userCidrs,
    });
    return ok({ state: commit(state, { vpcs }), response: {} });
  },
};
