import type { EcsError } from '../shared/ecs-error.js';
import { ok, type Result } from '../shared/result.js';
import type { Transition } from '../state/context.js';
import type { EcsState } from '../state/ecs-state.js';

/**
 * The transition of a simulation call that only reads: the state it was given, and its answer.
 *
 * @param state - The state the call read.
 * @param result - Its answer, or why it was refused.
 * @returns The transition, or the refusal.
 * @internal
 */
export function answer<R>(
  state: EcsState,
  result: Result<R, EcsError>,
): Result<Transition<R>, EcsError> {
  return result.ok ? ok({ state, response: result.value }) : result;
}

/**
 * The transition of a simulation call that writes and answers nothing: the state it wrote.
 *
 * @param result - The next state, or why it was refused.
 * @returns The transition, or the refusal.
 * @internal
 */
export function written(
  result: Result<EcsState, EcsError>,
): Result<Transition<undefined>, EcsError> {
  return result.ok ? ok({ state: result.value, response: undefined }) : result;
}
