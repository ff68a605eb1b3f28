import type { Operation } from '../operations/operation.js';
import { checkedFields, type FieldSpec, fieldReader, flag, oneOf } from '../shared/fields.js';
import { ok } from '../shared/result.js';
import {
  BATCH_FIELDS,
  type BatchInput,
  type BatchPowerResponseBody,
  batchOf,
  type InstanceChange,
  runBatch,
} from './batch-power.js';
import { changePower } from './change-power.js';
import type { InstanceOperation } from './lifecycle.js';
import { disksReadable } from './start-instance.js';
import type { InstanceStatus } from './types.js';

/**
 * `StartInstances` parameters (the SDK's `StartInstancesRequest`).
 *
 * @example
 * ```ts
 * const request: StartInstancesRequest = { regionId: 'cn-hangzhou', instanceId: ['i-bp67acfmxazb4p0001'], batchOptimization: 'SuccessFirst' };
 * ```
 * @category Instances
 */
export interface StartInstancesRequest {
  /** The region (required). */
  regionId?: string | undefined;
  /** The instances (required): 1-100 ids (`InstanceId.N`). */
  instanceId?: string[] | undefined;
  /** `AllTogether` (default: all or none) or `SuccessFirst` (each on its own). */
  batchOptimization?: string | undefined;
  /** Validate only. */
  dryRun?: boolean | undefined;
}

/**
 * `StopInstances` parameters (the SDK's `StopInstancesRequest`).
 *
 * @example
 * ```ts
 * const request: StopInstancesRequest = { regionId: 'cn-hangzhou', instanceId: ['i-bp67acfmxazb4p0001'], forceStop: true };
 * ```
 * @category Instances
 */
export interface StopInstancesRequest extends StartInstancesRequest {
  /** Stop without an orderly shutdown (takes the same time in fake-ecs). */
  forceStop?: boolean | undefined;
  /** `KeepCharging` or `StopCharging` (no billing effect in fake-ecs). */
  stoppedMode?: string | undefined;
}

/**
 * `RebootInstances` parameters (the SDK's `RebootInstancesRequest`).
 *
 * @example
 * ```ts
 * const request: RebootInstancesRequest = { regionId: 'cn-hangzhou', instanceId: ['i-bp67acfmxazb4p0001'] };
 * ```
 * @category Instances
 */
export interface RebootInstancesRequest extends StartInstancesRequest {
  /** Reboot without an orderly shutdown (takes the same time in fake-ecs). */
  forceReboot?: boolean | undefined;
}

/** The change of one instance: its power operation along its path. */
function powerChange(
  operation: InstanceOperation,
  path: readonly InstanceStatus[],
  start = false,
): InstanceChange {
  return (state, instanceId, ctx) => {
    const changed = changePower(
      state,
      { instanceId },
      ctx,
      operation,
      path,
      start ? disksReadable : undefined,
    );
    return changed.ok ? ok(changed.value.state) : changed;
  };
}

/** A batch power operation: read the batch (and any extra flags), run the change on each. */
// The batch fields are `StartInstances`' whole request; the others add their own before them.
checkedFields<StartInstancesRequest>()(BATCH_FIELDS);

function batchOp(
  action: string,
  change: InstanceChange,
  fields: FieldSpec,
): Operation<BatchInput, BatchPowerResponseBody> {
  return {
    action,
    read: fieldReader({ ...fields, ...BATCH_FIELDS }, batchOf),
    run: (state, input, ctx) => runBatch(state, input, ctx, change),
  };
}

/**
 * `StartInstances`: each `Stopped` instance goes `Starting`, then `Running`.
 *
 * @internal
 */
export const startInstancesOp = batchOp(
  'StartInstances',
  powerChange('StartInstance', ['Starting', 'Running'], true),
  {},
);

/**
 * `StopInstances`: each `Running` instance goes `Stopping`, then `Stopped`.
 *
 * @internal
 */
export const stopInstancesOp = batchOp(
  'StopInstances',
  powerChange('StopInstance', ['Stopping', 'Stopped']),
  checkedFields<Omit<StopInstancesRequest, keyof typeof BATCH_FIELDS>>()({
    forceStop: flag.discard(),
    stoppedMode: oneOf(['KeepCharging', 'StopCharging'] as const).discard(),
  }),
);

/**
 * `RebootInstances`: each `Running` instance goes `Stopping`, `Starting`, then `Running`.
 *
 * @internal
 */
export const rebootInstancesOp = batchOp(
  'RebootInstances',
  powerChange('RebootInstance', ['Stopping', 'Starting', 'Running']),
  checkedFields<Omit<RebootInstancesRequest, keyof typeof BATCH_FIELDS>>()({
    forceReboot: flag.discard(),
  }),
);
