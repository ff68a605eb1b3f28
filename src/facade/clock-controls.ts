import { addDuration, type DurationInput } from '../clock/duration.js';
import {
  apiTime,
  describeInstant,
  type InstantInput,
  LAST_TIME_MS,
  millisOf,
  parseInstant,
  preciseTime,
} from '../clock/timestamp.js';
import type { Engine } from '../engine/engine.js';
import { describeValue } from '../events/bounded-copy.js';
import { autoSnapshotsInProgress } from '../policies/auto-snapshots-in-progress.js';
import { nextTaskDue } from '../tasks/run-due-tasks.js';

/**
 * The virtual clock: the only way time passes in a world. Advancing it completes every due task
 * (status changes, snapshot progress) in time order, then creation order.
 *
 * @example
 * ```ts
 * ecs.clock.now(); //=> '2026-01-01T00:00:00Z'
 * ecs.clock.advance('PT10M'); //=> '2026-01-01T00:10:00Z'
 * ```
 * @category Clock
 */
export interface EcsClock {
  /**
   * The current virtual time.
   *
   * @returns `yyyy-MM-ddTHH:mm:ssZ`, UTC.
   */
  now(): string;
  /**
   * Moves the clock forward, completing what falls due on the way.
   *
   * @param by - An ISO 8601 duration (`'PT10M'`), milliseconds, or a date-fns `Duration`.
   * @returns The new time.
   * @throws RangeError when `by` is not a valid non-negative duration, or reaches past
   *   `9999-12-31T23:59:59.999Z` (refused before anything runs).
   */
  advance(by: DurationInput): string;
  /**
   * Moves the clock to a time, completing what falls due on the way.
   *
   * @param time - An ISO 8601 time with a zone, or a `Date`; never earlier than now.
   * @returns The new time.
   * @throws RangeError when `time` is invalid, in the past or after `9999-12-31T23:59:59.999Z`.
   */
  advanceTo(time: InstantInput): string;
  /**
   * Advances until no operation is in progress (every status change, snapshot copy and image
   * creation has finished). Timers that fire much later, such as a snapshot's retention, do not
   * hold it: advance the clock to reach them. An automatic snapshot policy's time point that falls
   * due on the way fires as usual, but settle does not wait for the automatic snapshots it starts
   * (policies whose snapshots overlap would otherwise hold it forever); those in progress when
   * settle is called are waited for.
   *
   * Policy time points at which no disk can take a snapshot are passed over in one step, so
   * settle costs what changes, not how long it waits.
   *
   * @returns How many milliseconds passed.
   * @throws RangeError when an operation in progress would end after `9999-12-31T23:59:59.999Z`
   *   (the clock stays at the last operation that ended before).
   */
  settle(): number;
}

/** What a parser returns, or `undefined` when reading the caller's value threw (a proxy). */
function safely<T>(parse: () => T | undefined): T | undefined {
  try {
    return parse();
  } catch {
    return undefined;
  }
}

/**
 * Builds the clock controls over an engine.
 *
 * @param engine - The engine.
 * @returns The clock.
 * @internal
 */
export function clockControls(engine: Engine): EcsClock {
  const nowMs = () => millisOf(engine.state.clock.now);
  const moveTo = (target: number, method: string): string => {
    // Refused at once, before any task runs: the clock cannot show a later time.
    if (!(target <= LAST_TIME_MS)) {
      throw new RangeError(
        `clock.${method}: cannot move the clock to ${describeInstant(target)}, past ${preciseTime(LAST_TIME_MS)} (the API's times have four-digit years).`,
      );
    }
    engine.advanceTo(target);
    return apiTime(target);
  };
  return {
    now: () => apiTime(nowMs()),
    advance(by) {
      const target = safely(() => addDuration(by, nowMs()));
      if (target === undefined)
        throw new RangeError(
          `clock.advance: expected an ISO 8601 duration such as "PT10M", a number of milliseconds >= 0, or a date-fns Duration; got ${describeValue(by)}.`,
        );
      return moveTo(target, 'advance');
    },
    advanceTo(time) {
      const target = safely(() => parseInstant(time));
      if (target === undefined)
        throw new RangeError(
          `clock.advanceTo: expected an ISO 8601 time with a zone or a valid Date; got ${describeValue(time)}.`,
        );
      if (target < nowMs())
        throw new RangeError(
          `clock.advanceTo: refusing to go back in time from ${preciseTime(nowMs())} to ${preciseTime(target)}.`,
        );
      return moveTo(target, 'advanceTo');
    },
    settle() {
      const start = nowMs();
      const policies = engine.state.autoSnapshotPolicies;
      const inProgressAtStart = new Set(autoSnapshotsInProgress(engine.state));
      // Only a policy's time point starts automatic snapshots, and firing moves the policy: while
      // the table is the one settle began with, every operation pending is one to wait for.
      const onlyLateAutoSnapshotsLeft = (): boolean => {
        if (engine.state.autoSnapshotPolicies === policies) return false;
        const late = autoSnapshotsInProgress(engine.state).filter(
          (id) => !inProgressAtStart.has(id),
        );
        // Each snapshot in progress has one pending completion: when they account for every
        // pending operation, nothing settle waits for is left.
        return engine.state.tasks.operations <= late.length;
      };
      for (
        let due = nextTaskDue(engine.state);
        due !== undefined && !onlyLateAutoSnapshotsLeft();
        due = nextTaskDue(engine.state)
      ) {
        moveTo(Math.max(due, nowMs()), 'settle');
      }
      return nowMs() - start;
    },
  };
}
