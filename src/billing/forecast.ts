import { millisOf, preciseTime } from '../clock/timestamp.js';
import type { EcsError } from '../shared/ecs-error.js';
import { invalidParameter } from '../shared/invalid-parameter.js';
import { type ParamReader, readParams } from '../shared/params.js';
import { err, ok, type Result } from '../shared/result.js';
import type { EcsState } from '../state/ecs-state.js';
import { runDueTasks } from '../tasks/run-due-tasks.js';
import { assumedWrites } from './assumed-writes.js';
import { readInstant, requireBillingRegion, requirePeriod } from './billing-request.js';
import { chainForecast } from './chain-forecast.js';
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
  const capacityHistory = forecastHistory(state, regionId, untilMs, dailyChangeRate);
  return ok(billHistory({ ...state, capacityHistory }, regionId, nowMs, untilMs));
}

/**
 * The capacity history the world would have at `untilMs` if nothing but time passed: computed
 * per disk with the chain arithmetic where the world allows (`chainForecast`: seconds for a year
 * of 1,000 disks), else by running the scheduler on the state (snapshots completing, retention
 * releasing expired ones, policies taking new ones, `assumedWrites` before each time point).
 *
 * @param state - The current state (read only).
 * @param regionId - The region billed.
 * @param untilMs - The end of the forecast.
 * @param dailyChangeRate - The assumed writes.
 * @param by - `'scheduler'` skips the fast path (to compare both).
 * @returns The capacity history.
 * @example
 * ```ts
 * forecastHistory(ecs.state, 'cn-hangzhou', untilMs, 0.02);
 * ```
 * @internal
 */
export function forecastHistory(
  state: EcsState,
  regionId: string,
  untilMs: number,
  dailyChangeRate: number,
  by: 'chains' | 'scheduler' = 'chains',
): EcsState['capacityHistory'] {
  const fast =
    by === 'chains' ? chainForecast(state, regionId, untilMs, dailyChangeRate) : undefined;
  if (fast) return fast;
  const startMs = millisOf(state.clock.now);
  return runDueTasks(state, untilMs, assumedWrites(dailyChangeRate, startMs)).capacityHistory;
}
