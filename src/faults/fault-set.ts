import { findDisk } from '../disks/store.js';
import { describeValue } from '../events/bounded-copy.js';
import { type EcsErrorCode, ERROR_CATALOG } from '../shared/error-catalog.js';
import { mix32 } from '../shared/hash.js';
import type { EcsState } from '../state/ecs-state.js';
import { scheduleSnapshotFailure } from './schedule-failure.js';
import type { FaultMatch, FaultRule, FaultRuleInput } from './types.js';

/**
 * The JSON form of the fault configuration, saved with the world by `ecs.export()`.
 *
 * @example
 * ```ts
 * const faults: FaultsJson = { nextRule: 2, draws: 0, rules: [], armed: [['d-bp1...', null]] };
 * ```
 * @category Faults
 */
export interface FaultsJson {
  /** The number of the next rule id. */
  readonly nextRule: number;
  /** How many values the fault generator has drawn. */
  readonly draws: number;
  /** The rules in force (predicates cannot be saved). */
  readonly rules: readonly FaultRule[];
  /** Disks whose next snapshot fails, with the snapshot in progress when armed (not that one). */
  readonly armed: readonly (readonly [string, string | null])[];
}

/** A fault that fired: the rule and the code to answer with. */
export interface FiredFault {
  readonly ruleId: string;
  readonly code: EcsErrorCode;
}

interface LiveRule {
  rule: FaultRule;
  readonly predicate: ((request: unknown) => boolean) | undefined;
}

const RULE_KEYS = ['action', 'code', 'times', 'probability', 'match'];
/** Keeps the fault stream apart from the id and request-id streams of the same seed. */
const FAULT_STREAM = 0x2545f491;

function fail(message: string, kind: 'type' | 'range' = 'type'): never {
  throw kind === 'type'
    ? new TypeError(`faults.add: ${message}`)
    : new RangeError(`faults.add: ${message}`);
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  return keys.every((k) => deepEqual(x[k], y[k]));
}

function matches(live: LiveRule, action: string, request: unknown, simulation: boolean): boolean {
  const { rule, predicate } = live;
  // `'*'` stands for every ECS operation; a simulation call is matched by its own name only.
  if (rule.action === '*' ? simulation : rule.action !== action) return false;
  if (predicate) return predicate(request);
  if (!rule.match) return true;
  const fields = (typeof request === 'object' && request !== null ? request : {}) as Record<
    string,
    unknown
  >;
  return Object.entries(rule.match).every(([key, value]) => deepEqual(fields[key], value));
}

function checkTimes(times: unknown): number | null {
  if (times === undefined) return null;
  if (!Number.isInteger(times) || (times as number) < 1)
    fail(`"times" must be a whole number >= 1; got ${String(times)}.`, 'range');
  return times as number;
}

function checkProbability(probability: unknown): number {
  if (probability === undefined) return 1;
  if (typeof probability !== 'number' || !(probability > 0 && probability <= 1))
    fail(
      `"probability" must be a number greater than 0 and at most 1; got ${String(probability)}.`,
      'range',
    );
  return probability;
}

function checkMatch(match: unknown): FaultMatch | undefined {
  if (match === undefined || typeof match === 'function') return match as FaultMatch | undefined;
  if (typeof match !== 'object' || match === null || Array.isArray(match))
    fail('"match" must be an object of request fields or a predicate (request) => boolean.');
  return structuredClone(match) as Readonly<Record<string, unknown>>;
}

function checkSavedRule(rule: FaultRule): void {
  const { id, action, code, remaining, probability } = rule ?? ({} as Partial<FaultRule>);
  const valid =
    typeof id === 'string' &&
    typeof action === 'string' &&
    typeof code === 'string' &&
    Object.hasOwn(ERROR_CATALOG, code) &&
    (remaining === null || (Number.isInteger(remaining) && (remaining as number) >= 1)) &&
    typeof probability === 'number' &&
    probability > 0 &&
    probability <= 1;
  if (!valid)
    throw new TypeError(
      `createEcs: option "from" is not a world saved by ecs.export() (fault rule ${JSON.stringify(rule)} is malformed).`,
    );
}

/**
 * The fault configuration beside the state: rules, their seeded random stream, and armed snapshot
 * failures. It changes results, so `ecs.export()` saves it; it is never in `ecs.state`, which a
 * faulted call must leave identical.
 *
 * @internal
 */
export class FaultSet {
  readonly #seed: number;
  readonly #knownActions: ReadonlySet<string>;
  #rules: LiveRule[] = [];
  #nextRule = 1;
  #draws = 0;
  readonly #armed = new Map<string, string | null>();

  /**
   * @param seed - The world's 32-bit seed.
   * @param knownActions - The PascalCase ECS operations and simulation calls rules may name.
   * @param saved - A saved configuration to continue from.
   */
  constructor(seed: number, knownActions: ReadonlySet<string>, saved?: FaultsJson) {
    this.#seed = seed;
    this.#knownActions = knownActions;
    if (saved) {
      for (const rule of saved.rules) checkSavedRule(rule);
      this.#nextRule = saved.nextRule;
      this.#draws = saved.draws;
      this.#rules = saved.rules.map((rule) => ({
        rule: Object.freeze({ ...rule }),
        predicate: undefined,
      }));
      for (const [diskId, previous] of saved.armed) this.#armed.set(diskId, previous);
    }
  }

  /** Whether any snapshot failure is armed (the engine then watches new snapshots). */
  get armed(): boolean {
    return this.#armed.size > 0;
  }

  /** The rules in force, in order. */
  rules(): readonly FaultRule[] {
    return Object.freeze(this.#rules.map((live) => live.rule));
  }

  /**
   * Validates and adds a rule.
   *
   * @param input - The user's rule.
   * @returns The rule id.
   */
  add(input: FaultRuleInput): string {
    if (typeof input !== 'object' || input === null)
      fail('expected { action, code, times?, probability?, match? }.');
    for (const key of Object.keys(input)) {
      if (!RULE_KEYS.includes(key)) fail(`unknown field "${key}"; known: ${RULE_KEYS.join(', ')}.`);
    }
    const action = this.#action(input.action);
    if (typeof input.code !== 'string' || !Object.hasOwn(ERROR_CATALOG, input.code))
      fail(
        `"code" must be an error code of ERROR_CATALOG (e.g. "Throttling"); got ${describeValue(input.code)}.`,
      );
    const remaining = checkTimes(input.times);
    const probability = checkProbability(input.probability);
    const match = checkMatch(input.match);
    const id = `fault-${this.#nextRule++}`;
    const predicate = typeof match === 'function' ? match : undefined;
    const fields = typeof match === 'object' ? match : undefined;
    const rule: FaultRule = Object.freeze({
      id,
      action,
      code: input.code,
      remaining,
      probability,
      ...(predicate ? { predicate: true as const } : fields ? { match: fields } : {}),
    });
    this.#rules.push({ rule, predicate });
    return id;
  }

  #action(action: unknown): string {
    if (action === '*') return action;
    if (typeof action !== 'string' || action.length === 0)
      fail('"action" must be an ECS operation name such as "CreateSnapshot", or "*".');
    const pascal = action[0]?.toUpperCase() + action.slice(1);
    if (!this.#knownActions.has(pascal))
      fail(
        `unknown action "${action}"; use an ECS operation such as "CreateSnapshot", a simulation call such as "WriteDisk", or "*".`,
      );
    return pascal;
  }

  /**
   * Removes a rule.
   *
   * @param id - The rule id.
   * @returns Whether it was there.
   */
  remove(id: string): boolean {
    const before = this.#rules.length;
    this.#rules = this.#rules.filter((live) => live.rule.id !== id);
    return this.#rules.length < before;
  }

  /** Removes every rule and armed failure. */
  clear(): void {
    this.#rules = [];
    this.#armed.clear();
  }

  /**
   * The fault a call meets, if any: the first matching rule whose draw fires. A fired rule with a
   * count is decremented, and removed when spent.
   *
   * @param action - The PascalCase operation or simulation call.
   * @param request - The caller's request.
   * @param simulation - Whether it is a simulation call, which `'*'` does not match.
   * @returns The fault, or `undefined`.
   */
  check(action: string, request: unknown, simulation = false): FiredFault | undefined {
    if (this.#rules.length === 0) return undefined;
    for (const live of this.#rules) {
      if (!matches(live, action, request, simulation)) continue;
      if (live.rule.probability < 1 && this.#draw() >= live.rule.probability) continue;
      const { id, code, remaining } = live.rule;
      if (remaining === 1) this.remove(id);
      else if (remaining !== null)
        live.rule = Object.freeze({ ...live.rule, remaining: remaining - 1 });
      return { ruleId: id, code };
    }
    return undefined;
  }

  /** A uniform value in [0, 1) from the seeded stream; the position is saved with the world. */
  #draw(): number {
    return mix32(this.#seed ^ FAULT_STREAM, this.#draws++) / 2 ** 32;
  }

  /**
   * Arms a failure of the next snapshot of a disk.
   *
   * @param diskId - The disk (it exists).
   * @param inProgress - The disk's snapshot in progress now, which is not the next one.
   */
  armSnapshotFailure(diskId: string, inProgress: string | null): void {
    this.#armed.set(diskId, inProgress);
  }

  /**
   * Schedules the failure of each armed disk's new snapshot, if one has started.
   *
   * @param state - The state after a call or a task.
   * @returns The state with those failures scheduled.
   */
  applyArmed(state: EcsState): EcsState {
    let next = state;
    for (const [diskId, previous] of this.#armed) {
      const current = findDisk(next, diskId)?.progressingSnapshotId ?? null;
      if (current === null || current === previous) continue;
      next = scheduleSnapshotFailure(next, current);
      this.#armed.delete(diskId);
    }
    return next;
  }

  /**
   * The configuration as JSON.
   *
   * @returns The saved form.
   * @throws TypeError when a rule filters with a predicate, which JSON cannot hold.
   */
  toJSON(): FaultsJson {
    const withPredicate = this.#rules.find((live) => live.predicate);
    if (withPredicate)
      throw new TypeError(
        `ecs.export: fault rule ${withPredicate.rule.id} matches with a predicate, which a saved world cannot hold; give it "match" fields instead, or remove it first.`,
      );
    return {
      nextRule: this.#nextRule,
      draws: this.#draws,
      rules: this.#rules.map((live) => live.rule),
      armed: [...this.#armed],
    };
  }
}
