import type { Operation } from '../operations/operation.js';
import { changePower, type PowerInput } from './change-power.js';

/**
 * `RebootInstance` parameters.
 *
 * @example
 * ```ts
 * const request: RebootInstanceRequest = { instanceId: 'i-bp67acfmxazb4p0001' };
 * ```
 * @category Instances
 */
export interface RebootInstanceRequest {
  /** The instance (required); it must be `Running`. */
  instanceId?: string | undefined;
  /** Restart like a power cut; same timing in fake-ecs. */
  forceStop?: boolean | undefined;
  /** Validate only. */
  dryRun?: boolean | undefined;
}

/**
 * `RebootInstance`: `Running` -> `Stopping` -> `Starting` -> `Running`.
 *
 * @internal
 */
export const rebootInstanceOp: Operation<PowerInput, Record<never, never>> = {
  action: 'RebootInstance',
  read: (p) => {
    p.bool('forceStop');
    return {
      instanceId: p.required('instanceId', p.string('instanceId')),
      dryRun: p.bool('dryRun'),
    };
  },
  run: (state, input, ctx) =>
    changePower(state, input, ctx, 'RebootInstance', ['Stopping', 'Starting', 'Running']),
};
