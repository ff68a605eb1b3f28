import type { InputOf, Operation } from '../operations/operation.js';
import { type EcsError, ecsError } from '../shared/ecs-error.js';
import { clientToken, fieldReader, fieldsOf, text } from '../shared/fields.js';
import { IdAllocator } from '../shared/ids.js';
import { lazy } from '../shared/lazy.js';
import { isValidDescription, isValidName } from '../shared/names.js';
import { err, ok, type Result } from '../shared/result.js';
import { commit } from '../state/commit.js';
import { requireRegion } from '../world/regions.js';
import { REALISTIC_TIMINGS } from '../world/timings.js';
import { type Cidr, cidrContains, parseCidr } from './cidr.js';
import { enterPending } from './enter-pending.js';
import { putVpc } from './store.js';

/**
 * `CreateVpc` parameters.
 *
 * @example
 * ```ts
 * const request: CreateVpcRequest = { regionId: 'cn-hangzhou', cidrBlock: '192.168.0.0/16', vpcName: 'app' };
 * ```
 * @category Network
 */
export interface CreateVpcRequest {
  /** Region (required). */
  regionId?: string | undefined;
  /**
   * IPv4 block: `10.0.0.0/8`, `172.16.0.0/12`, `192.168.0.0/16` or a block inside one of them,
   * prefix /8 to /28. Default `172.16.0.0/12`.
   */
  cidrBlock?: string | undefined;
  /** Name: 2-128 characters starting with a letter. */
  vpcName?: string | undefined;
  /** Description: 2-256 characters. */
  description?: string | undefined;
  /** User CIDR blocks, comma-separated (stored and returned). */
  userCidr?: string | undefined;
  /** Idempotency token: a retry with the same parameters returns the same VPC. */
  clientToken?: string | undefined;
}

/**
 * `CreateVpc` response body.
 *
 * @example
 * ```ts
 * const body: CreateVpcResponseBody = { vpcId: 'vpc-bp1...', VRouterId: 'vrt-bp1...', routeTableId: 'vtb-bp1...' };
 * ```
 * @category Network
 */
export interface CreateVpcResponseBody {
  /** The new VPC. */
  vpcId: string;
  /** Its router. */
  VRouterId: string;
  /** Its system route table. */
  routeTableId: string;
}

/** The private ranges a VPC's block must lie in. */
const privateRanges = lazy((): readonly Cidr[] =>
  ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'].map((text) => parseCidr(text, 8, 16) as Cidr),
);

/**
 * Parses a VPC's IPv4 block (`CreateVpc`, `ModifyVpcAttribute`): a private range or a block
 * inside one, /8 to /28.
 *
 * @param text - The block as given.
 * @returns The block, or `InvalidCidrBlock.Malformed`.
 * @internal
 */
export function parseVpcCidr(text: string): Result<Cidr, EcsError> {
  const cidr = parseCidr(text, 8, 28);
  if (!cidr || !privateRanges().some((range) => cidrContains(range, cidr)))
    return err(
      ecsError(
        'InvalidCidrBlock.Malformed',
        `The specified CIDR block ${text} is not valid: use 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16 or a block inside them, /8 to /28, starting at its first address.`,
      ),
    );
  return ok(cidr);
}

const FIELDS = fieldsOf<CreateVpcRequest>()(() => ({
  regionId: text.required(),
  cidrBlock: text.default('172.16.0.0/12'),
  vpcName: text,
  description: text,
  userCidr: text,
  clientToken,
}));

type CreateVpcInput = InputOf<typeof FIELDS>;

/**
 * `CreateVpc`: a VPC, `Pending` for `timings.vpcCreate`, then `Available`.
 *
 * @internal
 */
export const createVpcOp: Operation<CreateVpcInput, CreateVpcResponseBody> = {
  action: 'CreateVpc',
  read: fieldReader(FIELDS),
  run(state, input, ctx) {
    const region = requireRegion(state.world, input.regionId);
    if (!region.ok) return region;
    const cidr = parseVpcCidr(input.cidrBlock);
    if (!cidr.ok) return cidr;
    if (input.vpcName !== undefined && !isValidName(input.vpcName))
      return err(ecsError('InvalidVpcName.Malformed'));
    if (input.description !== undefined && !isValidDescription(input.description))
      return err(ecsError('InvalidDescription.Malformed'));
    const ids = new IdAllocator(state.ids);
    const vpcId = ids.next('vpc-', input.regionId);
    const VRouterId = ids.next('vrt-', input.regionId);
    const routeTableId = ids.next('vtb-', input.regionId);
    const seconds = state.world.timings.vpcCreate ?? REALISTIC_TIMINGS.vpcCreate;
    const pending = enterPending(state.tasks, ctx.nowMs, seconds, { kind: 'vpc', id: vpcId });
    const vpcs = putVpc(state.vpcs, {
      seq: state.vpcs.nextSeq,
      vpcId,
      regionId: input.regionId,
      vpcName: input.vpcName ?? '',
      description: input.description ?? '',
      cidrBlock: input.cidrBlock,
      userCidrs: input.userCidr ? input.userCidr.split(',') : [],
      isDefault: false,
      status: pending.status,
      pendingTask: pending.pendingTask,
      VRouterId,
      routeTableId,
      creationTime: ctx.now,
    });
    const next = commit(state, { vpcs, tasks: pending.tasks, ids: ids.position() });
    return ok({ state: next, response: { vpcId, VRouterId, routeTableId } });
  },
};
