import type { Timestamp } from '../clock/timestamp.js';
import type { EcsError } from '../shared/ecs-error.js';
import type { Result } from '../shared/result.js';
import type { EcsState } from './ecs-state.js';

/**
 * What a transition may know besides the state and its input: the time, in the API's format and
 * in epoch milliseconds. Transitions never read a clock.
 *
 * @internal
 */
export interface TransitionContext {
  readonly now: Timestamp;
  readonly nowMs: number;
}

/**
 * A successful transition: the next state and the response body (without request id).
 *
 * @internal
 */
export interface Transition<R> {
  readonly state: EcsState;
  readonly response: R;
}

/**
 * The signature every ECS operation's transition has.
 *
 * @internal
 */
export type TransitionFn<I, R> = (
  state: EcsState,
  input: I,
  ctx: TransitionContext,
) => Result<Transition<R>, EcsError>;
