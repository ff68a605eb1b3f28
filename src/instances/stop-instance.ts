import type { Operation } from '../operations/operation.js';
import { changePower, type PowerInput } from './change-power.js';

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

/**
 * `StopInstance`: `Running` -> `Stopping` -> `Stopped`.
 *
 * @internal
 */
export const stopInstanceOp: Operation<PowerInput, Record<never, never>> = {
  action: 'StopInstance',
  read: (p) => {
    p.bool('forceStop');
    p.bool('confirmStop');
    p.oneOf('stoppedMode', ['KeepCharging', 'StopCharging']);
    return {
      instanceId: p.required('instanceId', p.string('instanceId')),
      dryRun: p.bool('dryRun'),
    };
  },
  run: (state, input, ctx) =>
    changePower(state, input, ctx, 'StopInstance', ['Stopping', 'Stopped']),
};
