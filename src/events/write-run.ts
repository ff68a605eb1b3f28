import type { CallEvent, EcsEvent } from './types.js';

/**
 * Whether a simulation write continues the run of writes the newest event counts: that event is
 * a successful simulation call of the same action, to the same target, at the same virtual time.
 *
 * @param last - The newest event of the trail.
 * @param action - The write's action (`WriteDisk`).
 * @param runKey - Reads the target from a request (or from the copy an event keeps).
 * @param key - The write's target.
 * @param time - The write's virtual time.
 * @returns Whether the write counts in `last`.
 * @internal
 */
export function continuesRun(
  last: EcsEvent,
  action: string,
  runKey: (request: unknown) => string | undefined,
  key: string,
  time: string,
): last is CallEvent {
  return (
    last.kind === 'call' &&
    last.simulation === true &&
    last.error === undefined &&
    last.action === action &&
    last.time === time &&
    runKey(last.parameters) === key
  );
}
