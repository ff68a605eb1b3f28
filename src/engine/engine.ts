import { apiTime, millisOf } from '../clock/timestamp.js';
import { requestContract } from '../contract/contract.js';
import { boundedCopy, boundedText } from '../events/bounded-copy.js';
import { EventLog } from '../events/event-log.js';
import { transitionEvent } from '../events/transition-event.js';
import type { CallEvent } from '../events/types.js';
import { FaultSet } from '../faults/fault-set.js';
import type { CommonInput, Operation, WithRequestId } from '../operations/operation.js';
import { type EcsError, ecsError } from '../shared/ecs-error.js';
import { IdAllocator } from '../shared/ids.js';
import { readParams } from '../shared/params.js';
import { hashTableGet, hashTableSet } from '../shared/persistent/index.js';
import { plainRequest } from '../shared/plain-request.js';
import { commit } from '../state/commit.js';
import type { TransitionContext, TransitionNote } from '../state/context.js';
import type { EcsState } from '../state/ecs-state.js';
import { runDueTasks, type TaskObserver } from '../tasks/run-due-tasks.js';

/** The endpoint a request went to: its region's, or the central one. */
function hostOf(regionId: string | undefined): string {
  return regionId ? `ecs.${regionId}.aliyuncs.com` : 'ecs.aliyuncs.com';
}

/** The request still went to its region's endpoint, even when one of its parameters is bad. */
function regionOf(request: unknown): string | undefined {
  const region = (request as { regionId?: unknown } | null | undefined)?.regionId;
  return typeof region === 'string' ? region : undefined;
}

function fingerprint(input: CommonInput): string {
  const { clientToken: _token, dryRun: _dryRun, ...rest } = input;
  return JSON.stringify(rest, (_key, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)))
      : value,
  );
}

/**
 * What the engine keeps beside the state.
 *
 * @internal
 */
export interface EngineOptions {
  /** Where the request-id stream continues from. */
  readonly requestCounter?: number;
  /** The audit trail. */
  readonly events?: EventLog;
  /** The fault rules and armed snapshot failures. */
  readonly faults?: FaultSet;
  /** Refuse parameters the operation does not read, documented or not (default: accept). */
  readonly strictParameters?: boolean;
}

/** What a call's event records about its outcome. */
type CallOutcome =
  | {
      readonly response: object | undefined;
      readonly notes?: readonly TransitionNote[] | undefined;
    }
  | { readonly error: EcsError; readonly fault?: string | undefined };

/**
 * The stateful core behind the facade: it holds the current state, hands out request ids, runs a
 * transition, commits it on success, completes tasks that are due, records the audit trail, and
 * turns failures into thrown `EcsError`s. A refused call leaves the state exactly as it was.
 *
 * @internal
 */
export class Engine {
  /** The committed state. */
  state: EcsState;
  /** Request ids live outside the state, so a refused call leaves the state byte-identical. */
  readonly #requestIds: IdAllocator;
  /** The audit trail: beside the state, never in it. */
  readonly events: EventLog;
  /** Injected faults: beside the state, which a faulted call leaves identical. */
  readonly faults: FaultSet;
  /** Whether documented parameters an operation does not read are refused (a test aid). */
  readonly strictParameters: boolean;
  /** Records each task the scheduler runs, and dooms the new snapshots of armed disks. */
  readonly #observeTask: TaskObserver = (before, after, run) => {
    if (this.events.enabled) {
      const event = transitionEvent(before, after, run);
      if (event) this.events.record(event);
    }
    return this.faults.armed ? this.faults.applyArmed(after) : after;
  };

  /**
   * @param state - The initial state.
   * @param options - The request-id position and the audit trail.
   */
  constructor(state: EcsState, options: EngineOptions = {}) {
    this.state = state;
    this.#requestIds = new IdAllocator({
      seed: state.ids.seed,
      counter: options.requestCounter ?? 0,
    });
    this.events = options.events ?? new EventLog();
    this.faults = options.faults ?? new FaultSet(state.ids.seed, new Set());
    this.strictParameters = options.strictParameters ?? false;
  }

  /** How many request ids were handed out. */
  get requestCounter(): number {
    return this.#requestIds.counter;
  }

  /**
   * A fresh request id.
   *
   * @returns An uppercase UUID.
   */
  nextRequestId(): string {
    return this.#requestIds.requestId();
  }

  /** The current time for transitions. */
  context(): TransitionContext {
    const nowMs = millisOf(this.state.clock.now);
    return { now: apiTime(nowMs), nowMs };
  }

  /**
   * Completes the tasks due up to a time (recording each as a transition event when anyone keeps
   * or hears events).
   *
   * @param state - The state to start from.
   * @param untilMs - The time to run up to, epoch ms.
   * @returns The state after those tasks.
   */
  runDue(state: EcsState, untilMs: number): EcsState {
    const observe = this.events.enabled || this.faults.armed;
    return runDueTasks(state, untilMs, undefined, observe ? this.#observeTask : undefined);
  }

  /**
   * Moves the clock to a time, completing what falls due, and tells the listeners.
   *
   * @param untilMs - The target time, epoch ms (never earlier than now).
   */
  advanceTo(untilMs: number): void {
    this.state = this.runDue(this.state, untilMs);
    this.events.flush();
  }

  #recordCall(
    action: string,
    requestId: string,
    time: string,
    parameters: unknown,
    outcome: CallOutcome,
  ): void {
    if (!this.events.enabled) return;
    // A bounded, JSON-safe copy: the trail outlives the call, and must not grow with what callers send.
    const copy = boundedCopy(parameters);
    const event: { -readonly [K in keyof CallEvent]: CallEvent[K] } = {
      kind: 'call',
      time,
      action,
      requestId,
      parameters: copy.value,
    };
    if (copy.truncated) event.parametersTruncated = true;
    if ('error' in outcome) {
      const { code, statusCode, description } = outcome.error;
      // A message may quote what the caller sent (a parameter's name): bounded as well.
      event.error = { code, statusCode, message: boundedText(description) };
      if (outcome.fault !== undefined) event.fault = outcome.fault;
    } else {
      if (outcome.response !== undefined) event.response = outcome.response;
      if (outcome.notes && outcome.notes.length > 0) event.notes = outcome.notes;
    }
    this.events.record(event);
  }

  /**
   * Runs one ECS operation end to end.
   *
   * @param op - The operation.
   * @param request - The caller's request.
   * @returns The response body with its request id.
   */
  call<I extends CommonInput, R extends object>(
    op: Operation<I, R>,
    request: unknown,
  ): WithRequestId<R> {
    // Read once into plain data: the fault rules, the reader and the trail all see the same values.
    // Unreadable, it is refused, and the trail keeps a description of it that calls nothing.
    const plain = plainRequest(request);
    return plain.ok ? this.#run(op, plain.value) : this.#run(op, request, plain.error);
  }

  #run<I extends CommonInput, R extends object>(
    op: Operation<I, R>,
    request: unknown,
    unreadable?: EcsError,
  ): WithRequestId<R> {
    const requestId = this.nextRequestId();
    const time = this.state.clock.now;
    const fail = (error: EcsError, regionId?: string, fault?: string): never => {
      const answered = error.answeredAs(requestId, op.action, hostOf(regionId));
      this.#recordCall(op.action, requestId, time, request, { error: answered, fault });
      this.events.flush();
      throw answered;
    };
    if (unreadable) return fail(unreadable);
    const requestRegion = regionOf(request);
    // An injected fault answers before anything is read, as a throttling gateway does.
    const fault = this.faults.check(op.action, request);
    if (fault) return fail(ecsError(fault.code), requestRegion, fault.ruleId);
    const parsed = readParams(request, op.read, {
      fields: requestContract(op.action),
      strict: this.strictParameters,
    });
    if (!parsed.ok) return fail(parsed.error, requestRegion);
    const input = parsed.value;
    const tokenKey = input.clientToken ? `${op.action}:${input.clientToken}` : undefined;
    // A dry run only validates: it neither replays nor records a token's response.
    const remembered =
      tokenKey && !input.dryRun ? hashTableGet(this.state.idempotency, tokenKey) : undefined;
    if (remembered) {
      if (remembered.fingerprint !== fingerprint(input))
        return fail(ecsError('IdempotentParameterMismatch'), input.regionId);
      const replay = { ...(remembered.response as R), requestId };
      this.#recordCall(op.action, requestId, time, request, { response: replay });
      this.events.flush();
      return replay;
    }
    const ctx = this.context();
    const result = op.run(this.state, input, ctx);
    if (!result.ok) return fail(result.error, input.regionId);
    if (input.dryRun) return fail(ecsError('DryRunOperation'), input.regionId);
    let next = result.value.state;
    if (tokenKey && !remembered) {
      const record = {
        action: op.action,
        fingerprint: fingerprint(input),
        response: result.value.response,
      };
      next = commit(next, { idempotency: hashTableSet(next.idempotency, tokenKey, record) });
    }
    if (this.faults.armed) next = this.faults.applyArmed(next);
    const response = { ...result.value.response, requestId };
    // The call's event comes before the transitions it makes due at once (instant timings).
    // A call that changed nothing (a listing) keeps no response in the trail: pages of results
    // held by 10,000 events would make every garbage collection slower.
    const changed = result.value.state !== this.state;
    this.#recordCall(op.action, requestId, time, request, {
      response: changed ? response : undefined,
      notes: result.value.notes,
    });
    this.state = this.runDue(next, ctx.nowMs);
    this.events.flush();
    return response;
  }

  /**
   * Throws an error as the answer to a simulation call.
   *
   * @param error - The domain error.
   * @param action - The simulation method's name.
   */
  refuse(error: EcsError, action: string): never {
    throw error.answeredAs(this.nextRequestId(), action, 'ecs.aliyuncs.com');
  }
}
