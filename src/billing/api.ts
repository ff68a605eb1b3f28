import type { SimulationOperation } from '../operations/operation.js';
import { answer } from '../operations/simulation-answer.js';
import { billingForecast } from './forecast.js';
import { billingStatement } from './statement.js';
import type { BillingForecastRequest, BillingStatement, BillingStatementRequest } from './types.js';

/**
 * The cost simulation: what a region's snapshots cost, hour by hour. Snapshot storage is billed
 * per region on the total snapshot capacity (the chains' `totalSize`), hourly with part hours
 * rounded up, 5 GiB free, at `prices.snapshotStorage` USD per GiB-month (default 0.02, charged as
 * price / 720 per hour). Real ECS has no such call: the numbers follow the pricing guide, see
 * `docs/billing.md`.
 *
 * @example
 * ```ts
 * ecs.billing.statement({ regionId: 'cn-hangzhou', from: '2026-01-01T00:00:00Z', to: ecs.clock.now() }).total;
 * //=> 0.008472
 * ```
 * @category Billing
 */
export interface EcsBilling {
  /**
   * The bill of a past period: one line per UTC hour from `from` (rounded down to the hour) to
   * `to` (rounded up), each priced at the largest capacity present during that hour.
   *
   * @param request - `{ regionId, from, to }`; `to` must not be later than `ecs.clock.now()`.
   * @returns `{ currency: 'USD', regionId, from, to, unitPrice, lines, total }`.
   * @throws EcsError `MissingParameter`, `InvalidParameter` (malformed time, `to` not after
   *   `from`, `to` in the future, more than 366 days), `InvalidRegionId.NotFound`,
   *   `UnsupportedParameter`.
   * @example
   * ```ts
   * const bill = ecs.billing.statement({ regionId: 'cn-hangzhou', from: '2026-01-01T10:00:00Z', to: '2026-01-01T23:00:00Z' });
   * bill.lines.length; //=> 13
   * bill.lines[0]; //=> { hour: '2026-01-01T10:00:00Z', sizeGiB: 310, billableGiB: 305, amount: 0.008472 }
   * ```
   */
  statement(request: BillingStatementRequest): BillingStatement;
  /**
   * The bill the world will run up from the current hour until `until` if nothing but time
   * passes: snapshots in progress complete, retention releases expired snapshots, and automatic
   * snapshot policies take new ones, all computed on the immutable state without changing it
   * (`ecs.state` stays the very same object). Advancing the clock to `until` with no other call
   * then gives a `statement` equal to the forecast. The first line is the current hour, with
   * what already happened in it. Future guest writes are unknown: `dailyChangeRate` assumes that
   * fraction of each policy disk's written blocks is rewritten per day (default 0).
   *
   * @param request - `{ regionId, until, dailyChangeRate? }`; `until` later than `ecs.clock.now()`.
   * @returns `{ currency: 'USD', regionId, from, to, unitPrice, lines, total }`.
   * @throws EcsError `MissingParameter`, `InvalidParameter` (malformed time, `until` not in the
   *   future, more than 366 days, a rate outside 0 to 1), `InvalidRegionId.NotFound`, `UnsupportedParameter`.
   * @example
   * ```ts
   * ecs.billing.forecast({ regionId: 'cn-hangzhou', until: '2026-02-01T00:00:00Z', dailyChangeRate: 0.05 }).total;
   * //=> 0.8
   * ```
   */
  forecast(request: BillingForecastRequest): BillingStatement;
}

/**
 * The billing group of the facade.
 *
 * @example
 * ```ts
 * ecs.billing.statement({ regionId: 'cn-hangzhou', from: '2026-01-01T00:00:00Z', to: '2026-01-02T00:00:00Z' });
 * ```
 * @category Billing
 */
export interface BillingApi {
  /**
   * Snapshot storage statements and forecasts.
   *
   * @example
   * ```ts
   * ecs.billing.forecast({ regionId: 'cn-hangzhou', until: '2026-02-01T00:00:00Z', dailyChangeRate: 0.02 }).total;
   * ```
   */
  readonly billing: EcsBilling;
}

/**
 * `ecs.billing.statement`, as the engine runs it.
 *
 * @internal
 */
export const billingStatementSimulation: SimulationOperation<
  BillingStatementRequest,
  BillingStatement
> = {
  action: 'BillingStatement',
  run: (state, request) => answer(state, billingStatement(state, request)),
};

/**
 * `ecs.billing.forecast`, as the engine runs it.
 *
 * @internal
 */
export const billingForecastSimulation: SimulationOperation<
  BillingForecastRequest,
  BillingStatement
> = {
  action: 'BillingForecast',
  run: (state, request) => answer(state, billingForecast(state, request)),
};
