import { apiTime, millisOf } from '../clock/timestamp.js';
import { servedRequestContract } from '../contract/contract.js';
import { type CallOutcome, callEvent } from '../events/call-event.js';
import { EventLog } from '../events/event-log.js';
import { transitionEvent } from '../events/transition-event.js';
import { continuesRun } from '../events/write-run.js';
import { FaultSet } from '../faults/fault-set.js';
import type {
  CommonInput,
  Operation,
  SimulationOperation,
  WithRequestId,
} from '../operations/operation.js';
import { type EcsError, ecsError } from '../shared/ecs-error.js';
import { IdAllocator } from '../shared/ids.js';
import { readParams } from '../shared/params.js';
import { hashTableGet, hashTableSet, taskHeapPeek } from '../shared/persistent/index.js';
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

  /** The context of the last call, kept while the clock shows the same time. */
  #context: { readonly clock: string; readonly ctx: TransitionContext } | undefined;

  /** The current time for transitions. */
  context(): TransitionContext {
    const clock = this.state.clock.now;
    if (this.#context?.clock !== clock) {
      const nowMs = millisOf(clock);
      this.#context = { clock, ctx: { now: apiTime(nowMs), nowMs } };
    }
    return this.#context.ctx;
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
    simulation = false,
  ): void {
    if (!this.events.enabled) return;
    this.events.record(callEvent(action, requestId, time, parameters, outcome, simulation));
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
      fields: servedRequestContract(op.action),
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
    const response = { ...result.value.response, requestId };
    // The call's event comes before the transitions it makes due at once (instant timings).
    // A call that changed nothing (a listing) keeps no response in the trail: pages of results
    // held by 10,000 events would make every garbage collection slower.
    const changed = result.value.state !== this.state;
    this.#recordCall(op.action, requestId, time, request, {
      response: changed ? response : undefined,
      notes: result.value.notes,
    });
    this.#commit(next, ctx.nowMs);
    return response;
  }

  /**
   * Commits a call's state (dooming armed snapshots), then completes what it made due at once.
   * The clock has not moved during the call, so with no task due the state is committed as is.
   */
  #commit(next: EcsState, nowMs: number): void {
    const armed = this.faults.armed ? this.faults.applyArmed(next) : next;
    const due = taskHeapPeek(armed.tasks.heap);
    this.state = due && due.due <= nowMs ? this.runDue(armed, nowMs) : armed;
    this.events.flush();
  }

  /**
   * Runs one simulation call (`writeDisk`, `readDisk`, volumes, block access, billing...) through
   * the steps of an ECS operation: the request read once, fault rules by its action, its reader,
   * the transition, the commit, the call event (marked `simulation`), the tasks it makes due.
   * It takes the next request id as every call does, spelled out only when something shows it (a
   * refusal, an event). A call that changes nothing (a read) keeps no event: it would copy its
   * parameters and hold the answer's memory for nothing. Its answer has no request id.
   *
   * @param op - The simulation call.
   * @param request - The caller's request.
   * @returns The call's answer.
   */
  simulate<I, R>(op: SimulationOperation<I, R>, request: unknown): R {
    const { action } = op;
    const position = this.#requestIds.counter++;
    const plain = plainRequest(request);
    if (!plain.ok) return this.#refuseSimulation(action, position, request, plain.error);
    const given = plain.value;
    const fault = this.faults.check(action, given, true);
    if (fault)
      return this.#refuseSimulation(action, position, given, ecsError(fault.code), fault.ruleId);
    const input = op.read ? readParams(given, op.read) : undefined;
    if (input && !input.ok) return this.#refuseSimulation(action, position, given, input.error);
    const ctx = this.context();
    const result = op.run(this.state, input ? input.value : (given as I), ctx);
    if (!result.ok) return this.#refuseSimulation(action, position, given, result.error);
    const { state: next, response, notes } = result.value;
    if (next === this.state) return response;
    if (this.events.enabled) this.#recordWrite(op, position, given, response, notes);
    this.#commit(next, ctx.nowMs);
    return response;
  }

  #refuseSimulation(
    action: string,
    position: number,
    request: unknown,
    error: EcsError,
    fault?: string,
  ): never {
    const requestId = this.#requestIds.requestIdAt(position);
    // A simulation call goes to no region's endpoint.
    const refusal = error.answeredAs(requestId, action, hostOf(undefined));
    const outcome = { error: refusal, fault };
    this.#recordCall(action, requestId, this.state.clock.now, request, outcome, true);
    this.events.flush();
    throw refusal;
  }

  /**
   * Records a simulation call that changed the world. A write continuing the run of the newest
   * event (same action, same target, same time) counts in it instead of adding one: 100,000 writes
   * keep one event, not 10,000 copies of their parameters. Only while no listener is subscribed:
   * a listener hears every call, and the trail keeps what listeners heard.
   */
  #recordWrite<I, R>(
    op: SimulationOperation<I, R>,
    position: number,
    request: unknown,
    response: R,
    notes: readonly TransitionNote[] | undefined,
  ): void {
    const { action, runKey } = op;
    const time = this.state.clock.now;
    const key = runKey?.(request);
    const last = key === undefined || this.events.listening ? undefined : this.events.last();
    if (last && runKey && key !== undefined && continuesRun(last, action, runKey, key, time)) {
      this.events.replaceLast({ ...last, calls: (last.calls ?? 1) + 1 });
      return;
    }
    const requestId = this.#requestIds.requestIdAt(position);
    const answer = response as object | undefined;
    this.#recordCall(op.action, requestId, time, request, { response: answer, notes }, true);
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
