import { apiTime, millisOf } from '../clock/timestamp.js';
import { type EcsError, ecsError } from '../shared/ecs-error.js';
import { IdAllocator } from '../shared/ids.js';
import type { ParamReader } from '../shared/params.js';
import { readParams } from '../shared/params.js';
import { hashTableGet, hashTableSet } from '../shared/persistent/index.js';
import { commit } from '../state/commit.js';
import type { TransitionContext, TransitionFn } from '../state/context.js';
import type { EcsState } from '../state/ecs-state.js';
import { runDueTasks } from '../tasks/run-due-tasks.js';

/**
 * Fields the engine handles for every operation that has them.
 *
 * @internal
 */
export interface CommonInput {
  readonly regionId?: string | undefined;
  readonly dryRun?: boolean | undefined;
  readonly clientToken?: string | undefined;
}

/**
 * Every response body carries the id of the request that produced it.
 *
 * @example
 * ```ts
 * const body: WithRequestId<{ diskId: string }> = { requestId: '...', diskId: 'd-...' };
 * ```
 * @category World
 */
export type WithRequestId<R> = R & {
  /** The id of the request (uppercase UUID), from the world's seeded generator. */
  requestId: string;
};

/**
 * One ECS operation as the engine runs it.
 *
 * @internal
 */
export interface Operation<I extends CommonInput, R> {
  /** The PascalCase operation name, e.g. `AttachDisk`. */
  readonly action: string;
  /** Reads the request into a typed input. */
  readonly read: (p: ParamReader) => I;
  /** The pure transition. */
  readonly run: TransitionFn<I, R>;
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
 * The stateful core behind the facade: it holds the current state, hands out request ids, runs a
 * transition, commits it on success, completes tasks that are due, and turns failures into thrown
 * `EcsError`s. A refused call leaves the state exactly as it was.
 *
 * @internal
 */
export class Engine {
  /** The committed state. */
  state: EcsState;
  /** Request ids live outside the state, so a refused call leaves the state byte-identical. */
  readonly #requestIds: IdAllocator;

  /**
   * @param state - The initial state.
   * @param requestCounter - Where the request-id stream continues from.
   */
  constructor(state: EcsState, requestCounter = 0) {
    this.state = state;
    this.#requestIds = new IdAllocator({ seed: state.ids.seed, counter: requestCounter });
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
    const requestId = this.nextRequestId();
    const fail = (error: EcsError, regionId?: string): never => {
      const host = regionId ? `ecs.${regionId}.aliyuncs.com` : 'ecs.aliyuncs.com';
      throw error.answeredAs(requestId, op.action, host);
    };
    const parsed = readParams(request, op.read);
    if (!parsed.ok) {
      // The request still went to its region's endpoint, even when one of its parameters is bad.
      const regionId = (request as { regionId?: unknown } | null | undefined)?.regionId;
      return fail(parsed.error, typeof regionId === 'string' ? regionId : undefined);
    }
    const input = parsed.value;
    const tokenKey = input.clientToken ? `${op.action}:${input.clientToken}` : undefined;
    // A dry run only validates: it neither replays nor records a token's response.
    const remembered =
      tokenKey && !input.dryRun ? hashTableGet(this.state.idempotency, tokenKey) : undefined;
    if (remembered) {
      if (remembered.fingerprint !== fingerprint(input))
        return fail(ecsError('IdempotentParameterMismatch'), input.regionId);
      return { ...(remembered.response as R), requestId };
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
    this.state = runDueTasks(next, ctx.nowMs);
    return { ...result.value.response, requestId };
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
