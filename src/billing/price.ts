import { apiTime } from '../clock/timestamp.js';
import { HOUR_MS } from './hours.js';
import type { BillingLine, BillingStatement } from './types.js';

/**
 * Hours in the billing month: a GiB-month price is charged per hour as price / 720 (30 days of 24
 * hours, as Alibaba Cloud's own snapshot price examples divide it).
 *
 * @internal
 */
export const HOURS_PER_MONTH = 720;

/**
 * Snapshot capacity free of charge in every hour, GiB: "5 GiB free per month" of a GiB-month price
 * is 5 GiB held for every hour of the month (the reference's worked example takes 5 GiB off one
 * hour's capacity).
 *
 * @internal
 */
export const FREE_GIB = 5;

const GIB = 1024 ** 3;
const MICROS = 1_000_000;

/**
 * What one hour costs, in millionths of a dollar: billable GiB × price / 720, rounded half up to
 * the micro-dollar (6 decimals, the precision of the reference's example, USD 0.008472).
 *
 * @param billableGiB - The capacity billed, GiB.
 * @param unitPrice - USD per GiB-month.
 * @returns Micro-dollars, a whole number.
 * @internal
 */
export function hourlyMicros(billableGiB: number, unitPrice: number): number {
  // Rounding to 1e-3 micro-dollars first absorbs binary noise (e.g. 0.49999999 for an exact half).
  const exact = Math.round(((billableGiB * unitPrice * MICROS) / HOURS_PER_MONTH) * 1000) / 1000;
  return Math.floor(exact + 0.5);
}

/**
 * Prices a range of hours from the region's billed capacity in each.
 *
 * @param regionId - The region.
 * @param fromHour - The first hour (whole hours since the epoch).
 * @param peakBlocks - The billed capacity of each hour, in blocks.
 * @param blockSize - Bytes per block.
 * @param unitPrice - USD per GiB-month.
 * @returns The statement.
 * @internal
 */
export function priceHours(
  regionId: string,
  fromHour: number,
  peakBlocks: readonly number[],
  blockSize: number,
  unitPrice: number,
): BillingStatement {
  let totalMicros = 0;
  const lines = peakBlocks.map((blocks, i): BillingLine => {
    const sizeGiB = (blocks * blockSize) / GIB;
    const billableGiB = Math.max(0, sizeGiB - FREE_GIB);
    const micros = hourlyMicros(billableGiB, unitPrice);
    totalMicros += micros;
    return {
      hour: apiTime((fromHour + i) * HOUR_MS),
      sizeGiB,
      billableGiB,
      amount: micros / MICROS,
    };
  });
  return {
    currency: 'USD',
    regionId,
    from: apiTime(fromHour * HOUR_MS),
    to: apiTime((fromHour + peakBlocks.length) * HOUR_MS),
    unitPrice,
    lines,
    total: totalMicros / MICROS,
  };
}
