import { type InstantInput, parseInstant } from '../clock/timestamp.js';
import { describeValue } from '../events/bounded-copy.js';
import { DEFAULT_EVENT_LIMIT } from '../events/event-log.js';
import type { EventOptions } from '../events/types.js';
import type { EcsExport } from '../saved/types.js';
import { seedHash } from '../shared/ids.js';
import { type CatalogueOptions, resolveCatalogue } from './catalogue.js';
import type { Prices, Quotas, WorldConfig } from './config.js';
import type { RegionSpec } from './region-spec.js';
import { INSTANT_TIMINGS, REALISTIC_TIMINGS, TIMING_NAMES, type Timings } from './timings.js';

/**
 * Options of {@link createEcs}. Every option is optional; an unknown or invalid one throws a
 * `TypeError` or `RangeError` that names it.
 *
 * @example
 * ```ts
 * const options: EcsOptions = { seed: 42, now: '2026-03-01T08:00:00Z', timings: 'instant' };
 * ```
 * @category World
 */
export interface EcsOptions {
  /** Same seed + same calls = identical ids, request ids and times. Default `0`. */
  readonly seed?: number | string | undefined;
  /** Start of the virtual clock (ISO string with zone, or `Date`). Default `2026-01-01T00:00:00Z`. */
  readonly now?: InstantInput | undefined;
  /** The regions and zones of the world. Default cn-hangzhou (h, i, j) and cn-shanghai (e, f). */
  readonly regions?: readonly RegionSpec[] | undefined;
  /**
   * The instance types and what each zone sells (`DescribeInstanceTypes`, `DescribeZones`,
   * `DescribeAvailableResource`; `RunInstances` checks against it). Default: 44 types of the
   * g6/c6/r6, g7/c7/r7, g8i/c8i/r8i, g8y and t6 families, all sold everywhere except the ARM g8y
   * family in cn-hangzhou-h and cn-shanghai-e.
   */
  readonly catalogue?: CatalogueOptions | undefined;
  /** `'realistic'` (default), `'instant'`, or per-operation overrides (seconds) of the realistic model. */
  readonly timings?: 'realistic' | 'instant' | Partial<Timings> | undefined;
  /** Block size in bytes: a power of two from 512 to 16 MiB. Default 524288 (512 KiB). */
  readonly blockSize?: number | undefined;
  /** Quota overrides. */
  readonly quotas?: Partial<Quotas> | undefined;
  /** Price overrides for `ecs.billing` (USD). */
  readonly prices?: Partial<Prices> | undefined;
  /**
   * What a stop, start, reboot or release of an instance does while one of its disks has a
   * snapshot in progress: `'fail-snapshot'` (default, as the current CreateSnapshot remarks say:
   * "do not change the instance status ... Otherwise, the snapshot creation will be failed") lets
   * the change happen and marks the snapshot `failed`; `'refuse'` answers
   * `IncorrectInstanceStatus` and keeps the snapshot going (the seed's older reading).
   */
  readonly instanceChangeDuringSnapshot?: 'refuse' | 'fail-snapshot' | undefined;
  /** How much of the audit trail (`ecs.events`) to keep in memory. Default `{ limit: 10000 }`. */
  readonly events?: EventOptions | undefined;
  /**
   * Refuse a rollback (`resetDisk`, `resetDisks`) of a spanned guest volume's disk when its
   * consistency verdict is not `consistent` (`OperationDenied.UnsureConsistency`), instead of
   * doing it and recording `unsure` on the volume. Default `false` (real ECS does not know guest
   * volumes).
   */
  readonly strictConsistency?: boolean | undefined;
  /**
   * Refuse, with `UnsupportedParameter`, every request parameter an operation does not model:
   * documented ones fake-ecs accepts without effect and unknown ones real ECS ignores. A test aid
   * that catches typos and reliance on unmodelled behaviour. Default `false`: documented
   * parameters are accepted (their type checked), unknown ones ignored, as real ECS does.
   * Not saved with the world.
   */
  readonly strictParameters?: boolean | undefined;
  /**
   * A world saved by `ecs.export()` to continue, exactly. It keeps its own seed, clock and
   * configuration, so it combines with no other option but `events`.
   */
  readonly from?: EcsExport | undefined;
}

/**
 * The default regions: cn-hangzhou with zones h, i, j and cn-shanghai with zones e, f.
 *
 * @example
 * ```ts
 * DEFAULT_REGIONS[0].regionId; //=> 'cn-hangzhou'
 * ```
 * @category World
 */
export const DEFAULT_REGIONS: readonly RegionSpec[] = Object.freeze([
  Object.freeze({
    regionId: 'cn-hangzhou',
    zoneIds: Object.freeze(['cn-hangzhou-h', 'cn-hangzhou-i', 'cn-hangzhou-j']),
  }),
  Object.freeze({
    regionId: 'cn-shanghai',
    zoneIds: Object.freeze(['cn-shanghai-e', 'cn-shanghai-f']),
  }),
]);

/**
 * The default quotas.
 *
 * @example
 * ```ts
 * DEFAULT_QUOTAS.dataDisksPerInstance; //=> 64
 * ```
 * @category World
 */
export const DEFAULT_QUOTAS: Quotas = Object.freeze({
  dataDisksPerInstance: 64,
  manualSnapshotsPerDisk: 256,
  autoSnapshotsPerDisk: 1000,
  autoSnapshotPoliciesPerRegion: 100,
});

/**
 * The default prices: standard snapshot storage at USD 0.02 per GiB-month.
 *
 * @example
 * ```ts
 * DEFAULT_PRICES.snapshotStorage; //=> 0.02
 * ```
 * @category World
 */
export const DEFAULT_PRICES: Prices = Object.freeze({ snapshotStorage: 0.02 });

const KNOWN_OPTIONS = [
  'seed',
  'now',
  'regions',
  'catalogue',
  'timings',
  'blockSize',
  'quotas',
  'prices',
  'instanceChangeDuringSnapshot',
  'events',
  'strictConsistency',
  'strictParameters',
  'from',
];
/** What a saved world (`from`) combines with: the rest is saved with it. */
const WITH_FROM = ['from', 'events', 'strictParameters'];
const DEFAULT_NOW = '2026-01-01T00:00:00Z';

function fail(message: string, kind: 'type' | 'range' = 'range'): never {
  throw kind === 'type'
    ? new TypeError(`createEcs: ${message}`)
    : new RangeError(`createEcs: ${message}`);
}

function resolveRegions(regions: unknown): readonly RegionSpec[] {
  if (regions === undefined) return DEFAULT_REGIONS;
  if (!Array.isArray(regions) || regions.length === 0)
    fail('option "regions" must be a non-empty array of { regionId, zoneIds }.', 'type');
  const seen = new Set<string>();
  return regions.map((r: unknown) => {
    const spec = r as Partial<RegionSpec> | null;
    const zones = spec?.zoneIds;
    if (
      typeof spec?.regionId !== 'string' ||
      !/^[a-z0-9-]+$/.test(spec.regionId) ||
      !Array.isArray(zones) ||
      zones.length === 0 ||
      !zones.every((z) => typeof z === 'string' && z.length > 0)
    ) {
      fail(
        'option "regions" must list { regionId, zoneIds } with a lowercase region id and at least one zone id.',
        'type',
      );
    }
    for (const id of [spec.regionId, ...zones]) {
      if (seen.has(id)) fail(`option "regions" names "${id}" twice.`);
      seen.add(id);
    }
    return { regionId: spec.regionId, zoneIds: [...zones] };
  });
}

function checkTiming(key: string, value: unknown): void {
  if (!(TIMING_NAMES as readonly string[]).includes(key)) {
    fail(`option "timings" has no entry "${key}"; known: ${TIMING_NAMES.join(', ')}.`, 'type');
  }
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    fail(`option "timings.${key}" must be a finite number >= 0.`);
  }
  if (key.endsWith('Throughput') && value === 0) {
    fail(`option "timings.${key}" must be a rate in bytes per second > 0.`);
  }
  if (key.endsWith('Degradation') && value >= 1) {
    fail(`option "timings.${key}" must be a fraction from 0 to less than 1.`);
  }
}

function resolveTimings(timings: unknown): Timings {
  if (timings === undefined || timings === 'realistic') return REALISTIC_TIMINGS;
  if (timings === 'instant') return INSTANT_TIMINGS;
  if (typeof timings !== 'object' || timings === null)
    fail(
      'option "timings" must be "realistic", "instant" or an object of durations in seconds.',
      'type',
    );
  for (const [key, value] of Object.entries(timings)) checkTiming(key, value);
  return { ...REALISTIC_TIMINGS, ...(timings as Partial<Timings>) };
}

function resolveQuotas(quotas: unknown): Quotas {
  if (quotas === undefined) return DEFAULT_QUOTAS;
  if (typeof quotas !== 'object' || quotas === null)
    fail('option "quotas" must be an object.', 'type');
  for (const [key, value] of Object.entries(quotas)) {
    if (!(key in DEFAULT_QUOTAS))
      fail(
        `option "quotas" has no entry "${key}"; known: ${Object.keys(DEFAULT_QUOTAS).join(', ')}.`,
        'type',
      );
    if (!Number.isInteger(value) || (value as number) < 1)
      fail(`option "quotas.${key}" must be a whole number >= 1.`);
  }
  return { ...DEFAULT_QUOTAS, ...(quotas as Partial<Quotas>) };
}

function resolvePrices(prices: unknown): Prices {
  if (prices === undefined) return DEFAULT_PRICES;
  if (typeof prices !== 'object' || prices === null || Array.isArray(prices))
    fail('option "prices" must be an object.', 'type');
  for (const [key, value] of Object.entries(prices)) {
    if (!(key in DEFAULT_PRICES))
      fail(
        `option "prices" has no entry "${key}"; known: ${Object.keys(DEFAULT_PRICES).join(', ')}.`,
        'type',
      );
    if (typeof value !== 'number') fail(`option "prices.${key}" must be a number of USD.`, 'type');
    if (!Number.isFinite(value) || value < 0)
      fail(`option "prices.${key}" must be a finite number >= 0; got ${value}.`);
  }
  return { ...DEFAULT_PRICES, ...(prices as Partial<Prices>) };
}

function resolveInstanceChange(value: unknown): WorldConfig['instanceChangeDuringSnapshot'] {
  if (value === undefined) return 'fail-snapshot';
  if (value !== 'refuse' && value !== 'fail-snapshot')
    fail(
      `option "instanceChangeDuringSnapshot" must be "refuse" or "fail-snapshot"; got ${describeValue(value)}.`,
      'type',
    );
  return value;
}

function resolveFlag(name: string, value: unknown): boolean {
  if (value === undefined) return false;
  if (typeof value !== 'boolean')
    fail(`option "${name}" must be true or false; got ${describeValue(value)}.`, 'type');
  return value;
}

function resolveBlockSize(blockSize: unknown): number {
  if (blockSize === undefined) return 524288;
  if (typeof blockSize !== 'number') fail('option "blockSize" must be a number of bytes.', 'type');
  const powerOfTwo = Number.isInteger(blockSize) && (blockSize & (blockSize - 1)) === 0;
  if (!powerOfTwo || blockSize < 512 || blockSize > 16 * 1024 * 1024)
    fail(`option "blockSize" must be a power of two from 512 to 16777216; got ${blockSize}.`);
  return blockSize;
}

function resolveEventLimit(events: unknown): number {
  if (events === undefined) return DEFAULT_EVENT_LIMIT;
  if (typeof events !== 'object' || events === null)
    fail('option "events" must be an object such as { limit: 1000 }.', 'type');
  for (const key of Object.keys(events)) {
    if (key !== 'limit') fail(`option "events" has no entry "${key}"; known: limit.`, 'type');
  }
  const { limit = DEFAULT_EVENT_LIMIT } = events as EventOptions;
  if (limit !== Number.POSITIVE_INFINITY && !(Number.isInteger(limit) && limit >= 0))
    fail(`option "events.limit" must be a whole number >= 0 or Infinity; got ${String(limit)}.`);
  return limit;
}

/**
 * Validates {@link EcsOptions} and resolves defaults.
 *
 * @param options - The user's options.
 * @returns The world configuration, the 32-bit seed, the start time in epoch milliseconds and the
 *   audit trail's limit.
 * @internal
 */
export function resolveOptions(options: EcsOptions | undefined): {
  world: WorldConfig;
  seed: number;
  startMs: number;
  eventLimit: number;
  strictParameters: boolean;
} {
  if (options !== undefined && (typeof options !== 'object' || options === null))
    fail('options must be an object.', 'type');
  const given = options ?? {};
  for (const key of Object.keys(given)) {
    if (!KNOWN_OPTIONS.includes(key))
      fail(`unknown option "${key}"; known: ${KNOWN_OPTIONS.join(', ')}.`, 'type');
    if (given.from !== undefined && !WITH_FROM.includes(key))
      fail(
        `option "from" cannot be combined with "${key}": a saved world keeps its own seed, clock and configuration.`,
        'type',
      );
  }
  const { seed = 0, now = DEFAULT_NOW } = given;
  if (typeof seed !== 'number' && typeof seed !== 'string')
    fail('option "seed" must be a number or a string.', 'type');
  if (typeof seed === 'number' && !Number.isFinite(seed))
    fail('option "seed" must be a finite number.');
  const startMs = parseInstant(now);
  if (startMs === undefined)
    fail(
      'option "now" must be an ISO 8601 time with a zone (e.g. "2026-01-01T00:00:00Z") or a valid Date, in the years 0000 to 9999.',
    );
  const regions = resolveRegions(given.regions);
  const world: WorldConfig = {
    regions,
    catalogue: resolveCatalogue(given.catalogue, regions),
    timings: resolveTimings(given.timings),
    blockSize: resolveBlockSize(given.blockSize),
    quotas: resolveQuotas(given.quotas),
    prices: resolvePrices(given.prices),
    instanceChangeDuringSnapshot: resolveInstanceChange(given.instanceChangeDuringSnapshot),
    strictConsistency: resolveFlag('strictConsistency', given.strictConsistency),
  };
  return {
    world,
    seed: seedHash(seed),
    startMs,
    eventLimit: resolveEventLimit(given.events),
    strictParameters: resolveFlag('strictParameters', given.strictParameters),
  };
}
