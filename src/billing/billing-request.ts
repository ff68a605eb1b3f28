import { parseInstant, preciseTime } from '../clock/timestamp.js';
import { type EcsError, ecsError } from '../shared/ecs-error.js';
import { invalidParameter } from '../shared/invalid-parameter.js';
import type { ParamReader } from '../shared/params.js';
import { err, ok, type Result } from '../shared/result.js';
import type { EcsState } from '../state/ecs-state.js';
import { HOUR_MS } from './hours.js';

/**
 * The longest period one statement or forecast covers: 366 days of hours. Longer periods are
 * asked for in parts, which keeps one answer's size bounded.
 *
 * @internal
 */
export const MAX_BILLING_HOURS = 366 * 24;

/**
 * Reads a required point in time (ISO 8601 with a zone, or a `Date`).
 *
 * @param p - The request reader.
 * @param key - The field.
 * @returns Epoch milliseconds.
 * @internal
 */
export function readInstant(p: ParamReader, key: string): number {
  const raw = p.required(key, p.passThrough(key) ?? undefined);
  const ms = parseInstant(raw);
  if (ms === undefined)
    p.reject(key, 'expected an ISO 8601 time with a zone, e.g. "2026-01-01T00:00:00Z", or a Date');
  return ms;
}

/**
 * Refuses a region the world does not have.
 *
 * @param state - The state.
 * @param regionId - The requested region.
 * @returns Nothing, or `InvalidRegionId.NotFound`.
 * @internal
 */
export function requireBillingRegion(state: EcsState, regionId: string): Result<void, EcsError> {
  if (state.world.regions.some((r) => r.regionId === regionId)) return ok(undefined);
  return err(
    ecsError(
      'InvalidRegionId.NotFound',
      `The specified RegionId does not exist: ${regionId}; this world has ${state.world.regions
        .map((r) => r.regionId)
        .join(', ')}.`,
    ),
  );
}

/**
 * Refuses a period that is empty, reversed or longer than {@link MAX_BILLING_HOURS}.
 *
 * @param fromMs - The start, epoch ms.
 * @param toMs - The end, epoch ms.
 * @param names - The parameter names, for the message (`From`/`To`, `now`/`Until`).
 * @returns Nothing, or `InvalidParameter`.
 * @internal
 */
export function requirePeriod(
  fromMs: number,
  toMs: number,
  names: readonly [string, string],
): Result<void, EcsError> {
  const [start, end] = names;
  if (toMs <= fromMs)
    return err(
      invalidParameter(
        end,
        `${end} (${preciseTime(toMs)}) must be later than ${start} (${preciseTime(fromMs)})`,
      ),
    );
  const hours = Math.ceil(toMs / HOUR_MS) - Math.floor(fromMs / HOUR_MS);
  if (hours > MAX_BILLING_HOURS)
    return err(
      invalidParameter(
        end,
        `a period covers at most ${MAX_BILLING_HOURS} hours (366 days); this one covers ${hours}. Ask for it in parts`,
      ),
    );
  return ok(undefined);
}
