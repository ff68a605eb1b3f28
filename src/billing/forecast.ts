import { millisOf, preciseTime } from '../clock/timestamp.js';
import type { EcsError } from '../shared/ecs-error.js';
import { invalidParameter } from '../shared/invalid-parameter.js';
import { type ParamReader, readParams } from '../shared/params.js';
import { err, ok, type Result } from '../shared/result.js';
import type { EcsState } from '../state/ecs-state.js';
import { runDueTasks } from '../tasks/run-due-tasks.js';
import { assumedWrites } from './assumed-writes.js';
import { readInstant, requireBillingRegion, requirePeriod } from './billing-request.js';
import { billHistory } from './statement.js';
import type { BillingStatement } from './types.js';

function readRate(p: ParamReader, key: string): number {
  const value = p.passThrough(key);
  if (value === undefined) return 0;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 1)
    p.reject(key, 'expected a fraction from 0 to 1 of the written blocks rewritten per day');
  return value;
}

/**
 * `ecs.billing.forecast`: the snapshot storage bill of a region from the current hour until a
 * future time, as the world would make it if nothing but time passed. The state is immutable, so
 * the scheduler runs forward on the current state itself (snapshots completing, retention
 * releasing expired ones, automatic snapshot policies taking new ones) and the resulting capacity
 * history is billed; the world's own state is never replaced. Future guest writes are unknown:
 * `dailyChangeRate` (default 0) assumes some before each automatic snapshot (`assumedWrites`).
 *
 * @param state - The current state (read only).
 * @param request - `{ regionId, until, dailyChangeRate? }`.
 * @returns The forecast statement, or the ECS error.
 * @internal
 */
export function billingForecast(
  state: EcsState,
  request: unknown,
): Result<BillingStatement, EcsError> {
  const read = readParams(request, (p) => ({
    regionId: p.required('regionId', p.string('regionId')),
    untilMs: readInstant(p, 'until'),
    dailyChangeRate: readRate(p, 'dailyChangeRate'),
  }));
  if (!read.ok) return read;
  const { regionId, untilMs, dailyChangeRate } = read.value;
  const region = requireBillingRegion(state, regionId);
  if (!region.ok) return region;
  const nowMs = millisOf(state.clock.now);
  if (untilMs <= nowMs)
    return err(
      invalidParameter(
        'Until',
        `${preciseTime(untilMs)} is not later than the current time ${preciseTime(nowMs)}; a forecast covers the future (use billing.statement for the past)`,
      ),
    );
  const period = requirePeriod(nowMs, untilMs, ['now', 'Until']);
  if (!period.ok) return period;
  const future = runDueTasks(state, untilMs, assumedWrites(dailyChangeRate, nowMs));
  return ok(billHistory(future, regionId, nowMs, untilMs));
}
