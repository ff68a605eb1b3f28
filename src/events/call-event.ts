import type { EcsError } from '../shared/ecs-error.js';
import type { TransitionNote } from '../state/context.js';
import { boundedCopy, boundedText } from './bounded-copy.js';
import type { CallEvent } from './types.js';

/**
 * What a call's event records about its outcome: its response and notes, or its error (and the
 * fault rule that made it, if one did).
 *
 * @internal
 */
export type CallOutcome =
  | {
      readonly response: object | undefined;
      readonly notes?: readonly TransitionNote[] | undefined;
    }
  | { readonly error: EcsError; readonly fault?: string | undefined };

/**
 * The audit trail's event for one call (an ECS operation or a simulation call).
 *
 * @param action - The PascalCase name.
 * @param requestId - The call's request id.
 * @param time - The virtual time of the call.
 * @param parameters - The request as the caller passed it (copied, bounded).
 * @param outcome - How it ended.
 * @param simulation - Whether it is a simulation call.
 * @returns The event (not yet frozen).
 * @internal
 */
export function callEvent(
  action: string,
  requestId: string,
  time: string,
  parameters: unknown,
  outcome: CallOutcome,
  simulation: boolean,
): CallEvent {
  // A bounded, JSON-safe copy: the trail outlives the call, and must not grow with what callers send.
  const copy = boundedCopy(parameters);
  const event: { -readonly [K in keyof CallEvent]: CallEvent[K] } = {
    kind: 'call',
    time,
    action,
    requestId,
    parameters: copy.value,
  };
  if (copy.truncated) event.parametersTruncated = true;
  if (simulation) event.simulation = true;
  if ('error' in outcome) {
    const { code, statusCode, description } = outcome.error;
    // A message may quote what the caller sent (a parameter's name): bounded as well.
    event.error = { code, statusCode, message: boundedText(description) };
    if (outcome.fault !== undefined) event.fault = outcome.fault;
  } else {
    if (outcome.response !== undefined) event.response = outcome.response;
    if (outcome.notes && outcome.notes.length > 0) event.notes = outcome.notes;
  }
  return event;
}
