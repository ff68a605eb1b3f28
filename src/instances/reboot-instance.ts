import type { InputOf, Operation } from '../operations/operation.js';
import { fieldReader, fieldsOf, flag, text } from '../shared/fields.js';
import { changePower } from './change-power.js';

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

const FIELDS = fieldsOf<RebootInstanceRequest>()(() => ({
  forceStop: flag.discard(),
  instanceId: text.required(),
  dryRun: flag,
}));

/**
 * `RebootInstance`: `Running` -> `Stopping` -> `Starting` -> `Running`.
 *
 * @internal
 */
export const rebootInstanceOp: Operation<InputOf<typeof FIELDS>, Record<never, never>> = {
  action: 'RebootInstance',
  read: fieldReader(FIELDS),

  run: (state, input, ctx) =>
    changePower(state, input, ctx, 'RebootInstance', ['Stopping', 'Starting', 'Running']),
};
