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
 * Something a transition wants the audit trail to know beyond its response, e.g. the consistency
 * verdict of a rollback of a guest volume's member disk. The engine attaches the notes to the
 * call's event (`event.notes`); they never change the state or the response.
 *
 * @example
 * ```ts
 * const note: TransitionNote = { type: 'volume-rollback', detail: { volumeId: 'v-1', verdict: 'unsure' } };
 * ```
 * @category Events
 */
export interface TransitionNote {
  /** What kind of note, e.g. `volume-rollback`. */
  readonly type: string;
  /** Its details: JSON-serialisable. */
  readonly detail: Readonly<Record<string, unknown>>;
}

/**
 * A successful transition: the next state and the response body (without request id), plus any
 * notes for the audit trail.
 *
 * @internal
 */
export interface Transition<R> {
  readonly state: EcsState;
  readonly response: R;
  readonly notes?: readonly TransitionNote[];
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
