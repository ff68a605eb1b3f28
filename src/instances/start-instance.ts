import type { Operation } from '../operations/operation.js';
import { changePower, type PowerInput } from './change-power.js';

/**
 * `StartInstance` parameters.
 *
 * @example
 * ```ts
 * const request: StartInstanceRequest = { instanceId: 'i-bp67acfmxazb4p0001' };
 * ```
 * @category Instances
 */
export interface StartInstanceRequest {
  /** The instance (required); it must be `Stopped`. */
  instanceId?: string | undefined;
  /** Accepted for compatibility; fake-ecs instances have no local disks to initialise. */
  initLocalDisk?: boolean | undefined;
  /** Validate only. */
  dryRun?: boolean | undefined;
}

/**
 * `StartInstance`: `Stopped` -> `Starting` -> `Running`.
 *
 * @internal
 */
export const startInstanceOp: Operation<PowerInput, Record<never, never>> = {
  action: 'StartInstance',
  read: (p) => {
    p.bool('initLocalDisk');
    return {
      instanceId: p.required('instanceId', p.string('instanceId')),
      dryRun: p.bool('dryRun'),
    };
  },
  run: (state, input, ctx) =>
    changePower(state, input, ctx, 'StartInstance', ['Starting', 'Running']),
};
