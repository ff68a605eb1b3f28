import { millisOf, preciseTime } from '../clock/timestamp.js';
import type { EcsError } from '../shared/ecs-error.js';
import { invalidParameter } from '../shared/invalid-parameter.js';
import { readParams } from '../shared/params.js';
import { err, ok, type Result } from '../shared/result.js';
import type { EcsState } from '../state/ecs-state.js';
import { readInstant, requireBillingRegion, requirePeriod } from './billing-request.js';
import { hourlyPeakBlocks } from './capacity-history.js';
import { hourCeil, hourOf } from './hours.js';
import { priceHours } from './price.js';
import type { BillingStatement } from './types.js';

/**
 * Bills a region's recorded snapshot capacity over whole UTC hours.
 *
 * @param state - The state (its history is read, never changed).
 * @param regionId - The region.
 * @param fromMs - Any instant of the first hour.
 * @param toMs - The end; an instant inside an hour includes that hour.
 * @returns The statement.
 * @internal
 */
export function billHistory(
  state: EcsState,
  regionId: string,
  fromMs: number,
  toMs: number,
): BillingStatement {
  const fromHour = hourOf(fromMs);
  const peaks = hourlyPeakBlocks(state.capacityHistory, regionId, fromHour, hourCeil(toMs));
  return priceHours(
    regionId,
    fromHour,
    peaks,
    state.world.blockSize,
    state.world.prices.snapshotStorage,
  );
}

/**
 * `ecs.billing.statement`: the snapshot storage bill of a region over a past period, one line per
 * UTC hour. Part hours count as whole ones: `from` rounds down and `to` up to the hour.
 *
 * @param state - The state.
 * @param request - `{ regionId, from, to }`.
 * @returns The statement, or the ECS error.
 * @internal
 */
export function billingStatement(
  state: EcsState,
  request: unknown,
): Result<BillingStatement, EcsError> {
  const read = readParams(request, (p) => ({
    regionId: p.required('regionId', p.string('regionId')),
    fromMs: readInstant(p, 'from'),
    toMs: readInstant(p, 'to'),
  }));
  if (!read.ok) return read;
  const { regionId, fromMs, toMs } = read.value;
  const region = requireBillingRegion(state, regionId);
  if (!region.ok) return region;
  const period = requirePeriod(fromMs, toMs, ['From', 'To']);
  if (!period.ok) return period;
  const nowMs = millisOf(state.clock.now);
  if (toMs > nowMs)
    return err(
      invalidParameter(
        'To',
        `${preciseTime(toMs)} is later than the current time ${preciseTime(nowMs)}; a statement covers the past (use billing.forecast for the future)`,
      ),
    );
  return ok(billHistory(state, regionId, fromMs, toMs));
}
