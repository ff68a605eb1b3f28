import type { Operation } from '../operations/operation.js';
import { ok } from '../shared/result.js';
import { launchInstances, validateLaunch } from './run-instances.js';
import type { RunInstancesInput, RunInstancesRequest } from './run-instances-request.js';
import { LAUNCH_STORED, readLaunch } from './run-instances-request.js';

/**
 * `CreateInstance` parameters: those of `RunInstances` for one instance (no `amount`).
 *
 * @example
 * ```ts
 * const request: CreateInstanceRequest = { regionId: 'cn-hangzhou', imageId: 'aliyun_3_x64_20G_alibase_20240528.vhd', instanceType: 'ecs.g7.large' };
 * ```
 * @category Instances
 */
export type CreateInstanceRequest = Omit<RunInstancesRequest, 'amount'>;

/**
 * `CreateInstance` response body.
 *
 * @example
 * ```ts
 * const body: CreateInstanceResponseBody = { instanceId: 'i-bp67acfmxazb4p0001', orderId: '', tradePrice: 0 };
 * ```
 * @category Instances
 */
export interface CreateInstanceResponseBody {
  /** The new instance. */
  instanceId: string;
  /** The order of a subscription instance: empty (instances are pay-as-you-go). */
  orderId: string;
  /** The price of that order: 0. */
  tradePrice: number;
}

/**
 * `CreateInstance` (the older action): one instance with its disks, `Pending` for
 * `timings.instanceCreate`, then `Stopped`, as the reference says; `StartInstance` starts it.
 *
 * @internal
 */
export const createInstanceOp: Operation<RunInstancesInput, CreateInstanceResponseBody> = {
  action: 'CreateInstance',
  stores: LAUNCH_STORED,
  read: readLaunch,
  run(state, input, ctx) {
    const plan = validateLaunch(state, input, ctx.nowMs);
    if (!plan.ok) return plan;
    const launched = launchInstances(state, input, plan.value, ctx, ['Pending', 'Stopped']);
    return ok({
      state: launched.state,
      response: { instanceId: launched.instanceIds[0] ?? '', orderId: '', tradePrice: 0 },
    });
  },
};
