import type { Input, Operation } from '../operations/operation.js';
import { clientToken, fieldReader, fieldsOf, flag } from '../shared/fields.js';
import { ok } from '../shared/result.js';
import { BATCH_FIELDS, batchOf, runBatch } from './batch-power.js';
import { releaseInstance } from './delete-instance.js';

/**
 * `DeleteInstances` parameters (the SDK's `DeleteInstancesRequest`).
 *
 * @example
 * ```ts
 * const request: DeleteInstancesRequest = { regionId: 'cn-hangzhou', instanceId: ['i-bp67acfmxazb4p0001'], force: true };
 * ```
 * @category Instances
 */
export interface DeleteInstancesRequest {
  /** The region (required). */
  regionId?: string | undefined;
  /** The instances (required): 1-100 ids (`InstanceId.N`). */
  instanceId?: string[] | undefined;
  /** Release `Running` instances too. */
  force?: boolean | undefined;
  /** Accepted (a forced release stops the instance first anyway). */
  forceStop?: boolean | undefined;
  /** Accepted: fake-ecs instances are pay-as-you-go. */
  terminateSubscription?: boolean | undefined;
  /** Validate only. */
  dryRun?: boolean | undefined;
  /** Idempotency token. */
  clientToken?: string | undefined;
}

// `BatchOptimization` is read as for the other batch operations although DeleteInstances does not
// document it.
const FIELDS = fieldsOf<DeleteInstancesRequest & { batchOptimization?: string }>()(() => ({
  forceStop: flag.discard(),
  terminateSubscription: flag.discard(),
  ...BATCH_FIELDS,
  force: flag.default(false),
  clientToken,
}));

const read = fieldReader(FIELDS, ({ force, clientToken, ...batch }) => ({
  ...batchOf(batch),
  batchOptimization: 'AllTogether' as const,
  dryRun: batch.dryRun,
  dryRunEach: false,
  force,
  clientToken,
}));

type DeleteInstancesInput = Input<ReturnType<typeof read>>;

/**
 * `DeleteInstances`: releases 1-100 instances, all or none (the first refusal, e.g.
 * `InvalidOperation.DeletionProtection` or `IncorrectInstanceStatus`, answers for the call).
 *
 * @internal
 */
export const deleteInstancesOp: Operation<DeleteInstancesInput, Record<never, never>> = {
  action: 'DeleteInstances',
  read,

  run(state, input, ctx) {
    const done = runBatch(state, input, ctx, (s, id, c) => releaseInstance(s, id, input.force, c));
    return done.ok ? ok({ state: done.value.state, response: {} }) : done;
  },
};
