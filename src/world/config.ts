import type { Catalogue } from './catalogue.js';
import type { RegionSpec } from './region-spec.js';
import type { Timings } from './timings.js';

// The world's configuration as the state keeps it. A leaf of types only: the state root imports
// it, so it must not import anything that reaches back to the state (options, saved worlds).

/**
 * Account quotas the world enforces; each can be overridden.
 *
 * @example
 * ```ts
 * const quotas: Partial<Quotas> = { dataDisksPerInstance: 16 };
 * ```
 * @category World
 */
export interface Quotas {
  /** Data disks one instance can have attached (`InstanceDiskLimitExceeded` beyond). Default 64. */
  readonly dataDisksPerInstance: number;
  /** Manual snapshots one disk can have (`QuotaExceed.Snapshot` beyond). Default 256. */
  readonly manualSnapshotsPerDisk: number;
  /** Automatic snapshots one disk keeps; the next one releases the oldest first. Default 1000. */
  readonly autoSnapshotsPerDisk: number;
  /** Automatic snapshot policies per region (`AutoSnapshotPolicy.QuotaExceed` beyond). Default 100. */
  readonly autoSnapshotPoliciesPerRegion: number;
}

/**
 * Unit prices the billing simulation charges; each can be overridden.
 *
 * @example
 * ```ts
 * const prices: Partial<Prices> = { snapshotStorage: 0.0173 };
 * ```
 * @category World
 */
export interface Prices {
  /** Standard snapshot storage, USD per GiB-month (a month is 720 hours). Default 0.02. */
  readonly snapshotStorage: number;
}

/**
 * The resolved, validated configuration of a world, kept in the state.
 *
 * @example
 * ```ts
 * ecs.state.world.blockSize; //=> 524288
 * ```
 * @category World
 */
export interface WorldConfig {
  /** The regions and their zones. */
  readonly regions: readonly RegionSpec[];
  /** The instance types and zone offers (absent in worlds saved before it existed: the default). */
  readonly catalogue?: Catalogue;
  /** Durations of every asynchronous operation, in seconds. */
  readonly timings: Timings;
  /** Block size in bytes. */
  readonly blockSize: number;
  /** Quotas in force. */
  readonly quotas: Quotas;
  /** Prices in force. */
  readonly prices: Prices;
  /** What an instance status change does to a snapshot in progress. */
  readonly instanceChangeDuringSnapshot: 'refuse' | 'fail-snapshot';
  /** Whether a rollback judged other than `consistent` for a guest volume is refused. */
  readonly strictConsistency: boolean;
}
