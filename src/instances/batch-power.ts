import type { CommonInput } from '../operations/operation.js';
import { type EcsError, ecsError } from '../shared/ecs-error.js';
import { type FieldValues, flag, ids, oneOf, text } from '../shared/fields.js';
import { err, ok, type Result } from '../shared/result.js';
import type { Transition, TransitionContext } from '../state/context.js';
import type { EcsState } from '../state/ecs-state.js';
import { instanceNotFound } from './errors.js';
import { findInstance } from './store.js';

/**
 * How a batch treats failures: `AllTogether` (default) changes every instance or none and answers
 * the first failure as the call's error; `SuccessFirst` changes what it can and answers each
 * instance on its own.
 *
 * @example
 * ```ts
 * const mode: BatchOptimization = 'SuccessFirst';
 * ```
 * @category Instances
 */
export type BatchOptimization = 'AllTogether' | 'SuccessFirst';

/**
 * One instance's outcome in `StartInstances`, `StopInstances` and `RebootInstances`.
 *
 * @example
 * ```ts
 * const item: InstanceResponse = { instanceId: 'i-bp67acfmxazb4p0001', previousStatus: 'Stopped', currentStatus: 'Starting', code: '200', message: 'success' };
 * ```
 * @category Instances
 */
export interface InstanceResponse {
  /** The instance. */
  instanceId: string;
  /** Its status before the call (empty when it does not exist). */
  previousStatus: string;
  /** Its status after the call. */
  currentStatus: string;
  /** `'200'`, `'DRYRUN.SUCCESS'`, or the error code. */
  code: string;
  /** `'success'`, or the error message. */
  message: string;
}

/**
 * The response body of `StartInstances`, `StopInstances` and `RebootInstances`.
 *
 * @example
 * ```ts
 * const body: BatchPowerResponseBody = { instanceResponses: { instanceResponse: [] } };
 * ```
 * @category Instances
 */
export interface BatchPowerResponseBody {
  /** One outcome per instance, in request order. */
  instanceResponses: {
    /** The instance response. */
    instanceResponse: InstanceResponse[];
  };
}

/**
 * What every batch instance operation reads.
 *
 * @internal
 */
export interface BatchInput extends CommonInput {
  readonly regionId: string;
  readonly instanceIds: readonly string[];
  readonly batchOptimization: BatchOptimization;
  /** A dry run of a `SuccessFirst` batch answers per instance instead of failing as a whole. */
  readonly dryRunEach: boolean;
}

/**
 * The fields every batch power operation reads (the operation's own fields come first).
 *
 * @internal
 */
export const BATCH_FIELDS = {
  batchOptimization: oneOf(['AllTogether', 'SuccessFirst'] as const).default('AllTogether'),
  dryRun: flag.default(false),
  regionId: text.required(),
  instanceId: ids(100).required(),
};

/**
 * The batch input of what {@link BATCH_FIELDS} read: with `SuccessFirst`, a dry run answers
 * `DRYRUN.SUCCESS` per instance (the reference) instead of failing the call.
 *
 * @param values - The fields as read.
 * @returns The input.
 * @internal
 */
export function batchOf(values: FieldValues<typeof BATCH_FIELDS>): BatchInput {
  const { batchOptimization, dryRun, regionId, instanceId } = values;
  const eachAnswers = batchOptimization === 'SuccessFirst';
  return {
    regionId,
    instanceIds: instanceId,
    batchOptimization,
    dryRun: dryRun && !eachAnswers,
    dryRunEach: dryRun && eachAnswers,
  };
}

/** One instance's change: the next state, or why not. */
export type InstanceChange = (
  state: EcsState,
  instanceId: string,
  ctx: TransitionContext,
) => Result<EcsState, EcsError>;

/**
 * Runs a change over every instance of a batch, in request order, each seeing the changes before
 * it. An instance of another region is unknown (`InvalidInstanceId.NotFound`).
 *
 * @param state - The state.
 * @param input - The batch.
 * @param ctx - The time.
 * @param change - The change of one instance.
 * @returns The transition with one outcome per instance, or (AllTogether) the first failure.
 * @internal
 */
export function runBatch(
  state: EcsState,
  input: BatchInput,
  ctx: TransitionContext,
  change: InstanceChange,
): Result<Transition<BatchPowerResponseBody>, EcsError> {
  if (input.instanceIds.length === 0)
    return err(ecsError('MissingParameter', 'The input parameter InstanceId.1 is not supplied.'));
  let next = state;
  const instanceResponse: InstanceResponse[] = [];
  for (const instanceId of input.instanceIds) {
    const before = findInstance(next, instanceId);
    const inRegion = before?.regionId === input.regionId ? before : undefined;
    const changed = inRegion ? change(next, instanceId, ctx) : err(instanceNotFound(instanceId));
    if (!changed.ok && input.batchOptimization === 'AllTogether') return changed;
    const previousStatus = inRegion?.status ?? '';
    if (!changed.ok) {
      instanceResponse.push({
        instanceId,
        previousStatus,
        currentStatus: previousStatus,
        code: changed.error.code,
        message: changed.error.description,
      });
      continue;
    }
    if (input.dryRunEach) {
      instanceResponse.push({
        instanceId,
        previousStatus,
        currentStatus: previousStatus,
        code: 'DRYRUN.SUCCESS',
        message: 'Request validation has been passed with DryRun flag set.',
      });
      continue;
    }
    next = changed.value;
    instanceResponse.push({
      instanceId,
      previousStatus,
      currentStatus: findInstance(next, instanceId)?.status ?? 'Deleted',
      code: '200',
      message: 'success',
    });
  }
  return ok({ state: next, response: { instanceResponses: { instanceResponse } } });
}
