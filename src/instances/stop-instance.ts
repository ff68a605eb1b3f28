import type { InputOf, Operation } from '../operations/operation.js';
import { fieldReader, fieldsOf, flag, oneOf, text } from '../shared/fields.js';
import { changePower } from './change-power.js';

/**
 * `StopInstance` parameters.
 *
 * @example
 * ```ts
 * const request: StopInstanceRequest = { instanceId: 'i-bp67acfmxazb4p0001', forceStop: true };
 * ```
 * @category Instances
 */
export interface StopInstanceRequest {
  /** The instance (required); it must be `Running`. */
  instanceId?: string | undefined;
  /** Stop like a power cut. It takes the same `instanceStop` time in fake-ecs. */
  forceStop?: boolean | undefined;
  /** `KeepCharging` or `StopCharging` (economical mode); recorded, no billing effect. */
  stoppedMode?: string | undefined;
  /** Ignored by real ECS too. */
  confirmStop?: boolean | undefined;
  /** Validate only. */
  dryRun?: boolean | undefined;
}

const FIELDS = fieldsOf<StopInstanceRequest>()(() => ({
  forceStop: flag.discard(),
  confirmStop: flag.discard(),
  stoppedMode: oneOf(['KeepCharging', 'StopCharging']).discard(),
  instanceId: text.required(),
  dryRun: flag,
}));

/**
 * `StopInstance`: `Running` -> `Stopping` -> `Stopped`.
 *
 * @internal
 */
export const stopInstanceOp: Operation<InputOf<typeof FIELDS>, Record<never, never>> = {
  action: 'StopInstance',
  read: fieldReader(FIELDS),

  run: (state, input, ctx) =>
    changePower(state, input, ctx, 'StopInstance', ['Stopping', 'Stopped']),
};
