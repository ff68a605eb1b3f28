import type { InputOf, Operation } from '../operations/operation.js';
import { type EcsError, ecsError } from '../shared/ecs-error.js';
import { entityGet, entityWalkByKey } from '../shared/entity-table.js';
import { clientToken, fieldReader, fieldsOf, text } from '../shared/fields.js';
import { IdAllocator } from '../shared/ids.js';
import { isValidDescription, isValidName } from '../shared/names.js';
import { err, ok, type Result } from '../shared/result.js';
import { commit } from '../state/commit.js';
import type { EcsState } from '../state/ecs-state.js';
import { requireRegion, requireZone } from '../world/regions.js';
import { REALISTIC_TIMINGS } from '../world/timings.js';
import { cidrContains, cidrOverlaps, parseCidr } from './cidr.js';
import { enterPending } from './enter-pending.js';
import { requireVpc } from './lookups.js';
import { putVSwitch } from './store.js';
import type { Vpc } from './types.js';

/**
 * `CreateVSwitch` parameters.
 *
 * @example
 * ```ts
 * const request: CreateVSwitchRequest = {
 *   regionId: 'cn-hangzhou', zoneId: 'cn-hangzhou-h', vpcId: 'vpc-bp1...', cidrBlock: '192.168.1.0/24',
 * };
 * ```
 * @category Network
 */
export interface CreateVSwitchRequest {
  /** Region; default: the VPC's (older clients such as aliyungo send none). */
  regionId?: string | undefined;
  /** Zone of the region (required). */
  zoneId?: string | undefined;
  /** The VPC (required, `Available`). */
  vpcId?: string | undefined;
  /** IPv4 block inside the VPC's, /16 to /29, overlapping no other vSwitch of the VPC (required). */
  cidrBlock?: string | undefined;
  /** Name: 2-128 characters starting with a letter. */
  vSwitchName?: string | undefined;
  /** Description: 2-256 characters. */
  description?: string | undefined;
  /** Idempotency token. */
  clientToken?: string | undefined;
}

/**
 * `CreateVSwitch` response body.
 *
 * @example
 * ```ts
 * const body: CreateVSwitchResponseBody = { vSwitchId: 'vsw-bp1...' };
 * ```
 * @category Network
 */
export interface CreateVSwitchResponseBody {
  /** The new vSwitch. */
  vSwitchId: string;
}

/** The vSwitch's block: well formed, inside its VPC's, overlapping no other vSwitch of it. */
function checkBlock(state: EcsState, input: CreateVSwitchInput, vpc: Vpc): Result<true, EcsError> {
  const cidr = parseCidr(input.cidrBlock, 16, 29);
  const vpcCidr = parseCidr(vpc.cidrBlock, 0, 32);
  if (!cidr || !vpcCidr || !cidrContains(vpcCidr, cidr))
    return err(
      ecsError(
        'InvalidCidrBlock.Malformed',
        `The specified CIDR block ${input.cidrBlock} is not valid: it must lie inside the VPC's ${vpc.cidrBlock}, /16 to /29, starting at its first address.`,
      ),
    );
  for (const id of entityWalkByKey(state.vSwitches, `vpc:${input.vpcId}`)) {
    const other = entityGet(state.vSwitches, id);
    const otherCidr = other && parseCidr(other.cidrBlock, 0, 32);
    if (otherCidr && cidrOverlaps(cidr, otherCidr))
      return err(
        ecsError(
          'InvalidCidrBlock.Overlapped',
          `The specified CIDR block ${input.cidrBlock} overlaps ${other.cidrBlock} of the vSwitch ${id}.`,
        ),
      );
  }
  return ok(true);
}

const FIELDS = fieldsOf<CreateVSwitchRequest>()(() => ({
  regionId: text,
  zoneId: text.required(),
  vpcId: text.required(),
  cidrBlock: text.required(),
  vSwitchName: text,
  description: text,
  clientToken,
}));

type CreateVSwitchInput = InputOf<typeof FIELDS>;

/**
 * `CreateVSwitch`: a vSwitch in one zone of a VPC, `Pending` for `timings.vSwitchCreate`, then
 * `Available`.
 *
 * @internal
 */
export const createVSwitchOp: Operation<CreateVSwitchInput, CreateVSwitchResponseBody> = {
  action: 'CreateVSwitch',
  read: fieldReader(FIELDS),
  run(state, input, ctx) {
    if (input.regionId !== undefined) {
      const named = requireRegion(state.world, input.regionId);
      if (!named.ok) return named;
    }
    const vpc = requireVpc(state, input.regionId, input.vpcId);
    if (!vpc.ok) return vpc;
    const regionId = vpc.value.regionId;
    const region = requireRegion(state.world, regionId);
    if (!region.ok) return region;
    const zone = requireZone(region.value, input.zoneId);
    if (!zone.ok) return zone;
    if (vpc.value.status !== 'Available')
      return err(
        ecsError(
          'IncorrectVpcStatus',
          `The VPC ${input.vpcId} is ${vpc.value.status}; create vSwitches once it is Available.`,
        ),
      );
    const block = checkBlock(state, input, vpc.value);
    if (!block.ok) return block;
    if (input.vSwitchName !== undefined && !isValidName(input.vSwitchName))
      return err(ecsError('InvalidVSwitchName.Malformed'));
    if (input.description !== undefined && !isValidDescription(input.description))
      return err(ecsError('InvalidDescription.Malformed'));
    const ids = new IdAllocator(state.ids);
    const vSwitchId = ids.next('vsw-', regionId);
    const seconds = state.world.timings.vSwitchCreate ?? REALISTIC_TIMINGS.vSwitchCreate;
    const pending = enterPending(state.tasks, ctx.nowMs, seconds, {
      kind: 'vswitch',
      id: vSwitchId,
    });
    const vSwitches = putVSwitch(state.vSwitches, {
      seq: state.vSwitches.nextSeq,
      vSwitchId,
      vpcId: input.vpcId,
      regionId,
      zoneId: zone.value,
      vSwitchName: input.vSwitchName ?? '',
      description: input.description ?? '',
      cidrBlock: input.cidrBlock,
      isDefault: false,
      status: pending.status,
      pendingTask: pending.pendingTask,
      nextIpOffset: 1,
      creationTime: ctx.now,
    });
    const next = commit(state, { vSwitches, tasks: pending.tasks, ids: ids.position() });
    return ok({ state: next, response: { vSwitchId } });
  },
};
