import type { EcsErrorCode } from '../shared/error-catalog.js';

/**
 * Which requests a fault rule applies to, beyond its action: the fields a request must have
 * (each compared for deep equality with the request's field of that name), or a predicate.
 *
 * @example
 * ```ts
 * const byDisk: FaultMatch = { diskId: 'd-bp1...' };
 * const named: FaultMatch = (request) => (request as { snapshotName?: string }).snapshotName === 'nightly';
 * ```
 * @category Faults
 */
export type FaultMatch = Readonly<Record<string, unknown>> | ((request: unknown) => boolean);

/**
 * A fault to inject (`ecs.faults.add`): matching calls fail with a real error code, as real ECS
 * does when it throttles, breaks or runs out of quota.
 *
 * @example
 * ```ts
 * const rule: FaultRuleInput = { action: 'CreateSnapshot', code: 'Throttling', times: 2 };
 * ```
 * @category Faults
 */
export interface FaultRuleInput {
  /**
   * The ECS operation, PascalCase as in the API (`CreateSnapshot`) or as the client method
   * (`createSnapshot`), or `'*'` for every ECS operation. A simulation call is named by its own
   * action only (`WriteDisk`, `ReadDisk`, `ListSnapshotBlocks`, `BillingStatement`...): `'*'`
   * does not match it.
   */
  readonly action: string;
  /** The error code to answer with, from the catalogue (its real HTTP status comes with it). */
  readonly code: EcsErrorCode;
  /** How many matching calls fail before the rule is spent and removed. Default: every one. */
  readonly times?: number | undefined;
  /**
   * The chance that a matching call fails, from 0 (excluded) to 1 (default). Drawn from the
   * world's seeded generator, so the same calls fail again in a replay or a restored world.
   */
  readonly probability?: number | undefined;
  /** Only requests with these fields (or accepted by this predicate). Default: every request. */
  readonly match?: FaultMatch | undefined;
}

/**
 * A fault rule in force, as `ecs.faults.rules` lists it.
 *
 * @example
 * ```ts
 * ecs.faults.rules[0]; //=> { id: 'fault-1', action: 'CreateSnapshot', code: 'Throttling', remaining: 1, probability: 1 }
 * ```
 * @category Faults
 */
export interface FaultRule {
  /** The rule id `ecs.faults.add` returned (`fault-1`, `fault-2`, ...). */
  readonly id: string;
  /** The PascalCase operation, or `'*'`. */
  readonly action: string;
  /** The error code. */
  readonly code: EcsErrorCode;
  /** Failures left before the rule is removed; `null` for no limit. */
  readonly remaining: number | null;
  /** The chance a matching call fails. */
  readonly probability: number;
  /** The fields a request must have, if the rule was given some. */
  readonly match?: Readonly<Record<string, unknown>>;
  /** Whether the rule filters requests with a predicate (which a saved world cannot hold). */
  readonly predicate?: true;
}

/**
 * Fault injection (`ecs.faults`): make calls fail with real error codes, or a snapshot end
 * `failed`. Rules are part of the world: `ecs.export()` saves them and their random stream.
 *
 * @example
 * ```ts
 * const id = ecs.faults.add({ action: 'CreateSnapshot', code: 'Throttling', times: 1 });
 * ecs.createSnapshot({ diskId }); // throws EcsError Throttling (403)
 * ecs.createSnapshot({ diskId }); // succeeds: the rule is spent
 * ecs.faults.remove(id); //=> false (already gone)
 * ```
 * @category Faults
 */
export interface EcsFaults {
  /**
   * Adds a rule: matching calls fail with `code` (and its real HTTP status) before they change
   * anything; the failure gets a request id like any refused call and is recorded in `ecs.events`
   * with the rule id in `fault`. Rules are checked in the order they were added; the first that
   * fires wins.
   *
   * @param rule - The operation, code, and optionally times, probability and match.
   * @returns The rule id.
   * @throws TypeError or RangeError naming the field, for an unknown action or code, or an
   *   invalid `times`, `probability` or `match`.
   * @example
   * ```ts
   * ecs.faults.add({ action: '*', code: 'InternalError', probability: 0.1 }); //=> 'fault-1'
   * ```
   */
  add(rule: FaultRuleInput): string;
  /**
   * Removes a rule.
   *
   * @param id - The rule id.
   * @returns Whether a rule was removed.
   * @example
   * ```ts
   * ecs.faults.remove('fault-1'); //=> true
   * ```
   */
  remove(id: string): boolean;
  /**
   * Removes every rule and every armed snapshot failure.
   *
   * @example
   * ```ts
   * ecs.faults.clear();
   * ecs.faults.rules; //=> []
   * ```
   */
  clear(): void;
  /**
   * Makes the next snapshot taken of a disk (by `createSnapshot`, a snapshot group, or any later
   * way) end `failed` halfway through its copy: its progress grows as usual until then, and it stays
   * listed as `failed`, holding no data, as real ECS lists failed snapshots.
   *
   * @param request - The disk.
   * @throws EcsError `InvalidDiskId.NotFound`.
   * @example
   * ```ts
   * ecs.faults.failNextSnapshot({ diskId });
   * const { snapshotId } = ecs.createSnapshot({ diskId });
   * ecs.clock.settle(); // the snapshot is 'failed'
   * ```
   */
  failNextSnapshot(request: { readonly diskId: string }): void;
  /** The rules in force, in the order they are checked. */
  readonly rules: readonly FaultRule[];
}
