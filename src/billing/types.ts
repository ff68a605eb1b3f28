import type { InstantInput } from '../clock/timestamp.js';

/**
 * One hour of a region's snapshot storage bill.
 *
 * @example
 * ```ts
 * const line: BillingLine = { hour: '2026-01-01T10:00:00Z', sizeGiB: 310, billableGiB: 305, amount: 0.008472 };
 * ```
 * @category Billing
 */
export interface BillingLine {
  /** The start of the UTC hour, `yyyy-MM-ddTHH:mm:ssZ`. */
  hour: string;
  /** The largest snapshot capacity of the region at any time during the hour, GiB. */
  sizeGiB: number;
  /** `sizeGiB` minus the free allowance (5 GiB), never below 0. */
  billableGiB: number;
  /** `billableGiB` × price per GiB-month / 720, rounded half up to 6 decimals, USD. */
  amount: number;
}

/**
 * A region's snapshot storage bill over whole UTC hours: what `ecs.billing.statement` and
 * `ecs.billing.forecast` return.
 *
 * @example
 * ```ts
 * ecs.billing.statement({ regionId: 'cn-hangzhou', from: '2026-01-01T10:00:00Z', to: '2026-01-01T11:00:00Z' });
 * //=> { currency: 'USD', regionId: 'cn-hangzhou', from: '2026-01-01T10:00:00Z', to: '2026-01-01T11:00:00Z',
 * //     unitPrice: 0.02, lines: [{ hour: '2026-01-01T10:00:00Z', sizeGiB: 310, billableGiB: 305, amount: 0.008472 }], total: 0.008472 }
 * ```
 * @category Billing
 */
export interface BillingStatement {
  /** Always `'USD'`. */
  currency: 'USD';
  /** The region billed. */
  regionId: string;
  /** The start of the first hour billed (the requested start, rounded down to the hour). */
  from: string;
  /** The end of the last hour billed (the requested end, rounded up to the hour). */
  to: string;
  /** The snapshot storage price applied, USD per GiB-month. */
  unitPrice: number;
  /** One line per hour, in time order, including hours with nothing to bill. */
  lines: BillingLine[];
  /** The sum of the lines' amounts, USD (6 decimals). */
  total: number;
}

/**
 * `ecs.billing.statement` parameters.
 *
 * @example
 * ```ts
 * const request: BillingStatementRequest = {
 *   regionId: 'cn-hangzhou', from: '2026-01-01T00:00:00Z', to: '2026-01-02T00:00:00Z',
 * };
 * ```
 * @category Billing
 */
export interface BillingStatementRequest {
  /** The region (required). */
  regionId: string;
  /** Start of the period: an ISO 8601 time with a zone, or a `Date` (required). */
  from: InstantInput;
  /** End of the period, after `from` and not after the current virtual time (required). */
  to: InstantInput;
}

/**
 * `ecs.billing.forecast` parameters.
 *
 * @example
 * ```ts
 * const request: BillingForecastRequest = { regionId: 'cn-hangzhou', until: '2026-02-01T00:00:00Z' };
 * ```
 * @category Billing
 */
export interface BillingForecastRequest {
  /** The region (required). */
  regionId: string;
  /** End of the forecast: later than the current virtual time, at most 366 days on (required). */
  until: InstantInput;
  /**
   * The assumed guest writes, since future writes are unknown: the fraction (0 to 1) of each
   * policy disk's written blocks rewritten per day. Just before each automatic snapshot, the
   * disk rewrites its first N blocks, N = rate x days since the forecast started (or since its
   * previous assumed write) x its written blocks. Default 0: no writes, so automatic snapshots
   * after the first hold nothing of their own.
   */
  dailyChangeRate?: number | undefined;
}

/**
 * The snapshot capacity of one region during one UTC hour in which it changed.
 *
 * @example
 * ```ts
 * const hour: CapacityHour = {
 *   seq: 491_890, regionId: 'cn-hangzhou', heldPeakBlocks: 0, endBlocks: 620, lastChangeMs: 1_770_804_000_000,
 * };
 * ```
 * @category Billing
 */
export interface CapacityHour {
  /** The hour: whole hours since the Unix epoch, UTC (orders a region's records). */
  readonly seq: number;
  /** The region. */
  readonly regionId: string;
  /**
   * The largest capacity, in blocks, held for a positive time in this hour before its last
   * change (a value replaced within the same millisecond was never held).
   */
  readonly heldPeakBlocks: number;
  /** The capacity, in blocks, after the hour's last change: held until the next record. */
  readonly endBlocks: number;
  /** When the last change happened, epoch milliseconds. */
  readonly lastChangeMs: number;
}
