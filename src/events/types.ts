import type { TransitionNote } from '../state/context.js';
import type { PARAMETER_COPY_LIMITS } from './bounded-copy.js';

/**
 * The error a refused call got, as the audit trail keeps it.
 *
 * @example
 * ```ts
 * const error: CallEventError = { code: 'Throttling', statusCode: 403, message: 'Request was denied due to user flow control.' };
 * ```
 * @category Events
 */
export interface CallEventError {
  /** The ECS error code. */
  readonly code: string;
  /** The HTTP status. */
  readonly statusCode: number;
  /** The message without the SDK's decoration. */
  readonly message: string;
}

/**
 * One ECS API call (or simulation call) in the audit trail: what was asked, when, and how it
 * ended.
 *
 * @example
 * ```ts
 * const calls = ecs.events.filter((e): e is CallEvent => e.kind === 'call');
 * calls[0]?.action; //=> 'RunInstances'
 * ```
 * @category Events
 */
export interface CallEvent {
  /** Always `'call'`. */
  readonly kind: 'call';
  /** The virtual time of the call, `yyyy-MM-ddTHH:mm:ss.SSSZ`. */
  readonly time: string;
  /** The PascalCase operation, e.g. `CreateSnapshot`. */
  readonly action: string;
  /** The call's request id. */
  readonly requestId: string;
  /**
   * A copy of the request as the caller passed it: plain, frozen JSON data, bounded by
   * {@link PARAMETER_COPY_LIMITS} (longer strings and lists are cut and marked `…(truncated: …)`;
   * accessors, functions, symbols, BigInts and cycles are described as `[accessor]`, `[function]`,
   * `[symbol]`, `[bigint …]`, `[cycle]`).
   */
  readonly parameters: unknown;
  /** `true` when `parameters` was cut to fit {@link PARAMETER_COPY_LIMITS}. */
  readonly parametersTruncated?: true;
  /**
   * The response body (with its request id), when the call succeeded and changed the world (or
   * replayed a client token). A call that changed nothing (a `Describe*` listing) keeps none, so
   * a long trail does not hold pages of results: success is `error === undefined`.
   */
  readonly response?: unknown;
  /** The error, when the call was refused. */
  readonly error?: CallEventError;
  /**
   * `true` for a simulation call (`WriteDisk`, `WriteVolume`, `CreateVolume`, ...): what real ECS
   * does not have, recorded like an ECS operation when it changed the world or was refused.
   */
  readonly simulation?: true;
  /**
   * How many calls this event stands for, when more than one: consecutive successful writes
   * (`WriteDisk`, `WriteVolume`) to the same disk or volume at the same virtual time are kept as
   * one event, with the first call's request id and parameters (while no `ecs.on` listener is
   * subscribed; a listener hears each call as its own event).
   */
  readonly calls?: number;
  /** The id of the fault rule that made the call fail, when one did. */
  readonly fault?: string;
  /** What the transition told the audit trail beyond its response (e.g. a rollback verdict). */
  readonly notes?: readonly TransitionNote[];
}

/**
 * One timed transition in the audit trail: a scheduled task ran and changed an entity (a snapshot
 * accomplished, an instance stopped, a snapshot released when its retention ran out).
 *
 * @example
 * ```ts
 * ecs.events.find((e) => e.kind === 'transition' && e.to === 'accomplished');
 * //=> { kind: 'transition', action: 'snapshot', resourceId: 's-...', from: 'progressing', to: 'accomplished', ... }
 * ```
 * @category Events
 */
export interface TransitionEvent {
  /** Always `'transition'`. */
  readonly kind: 'transition';
  /** When the task ran (its due time), `yyyy-MM-ddTHH:mm:ss.SSSZ`. */
  readonly time: string;
  /**
   * The task that ran: `instance`, `disk` or `image` (the next status of a path), `snapshot`
   * (a copy accomplished), `snapshot-expiry` (a retention ran out), `snapshot-fail` (an injected
   * failure).
   */
  readonly action: string;
  /** Transitions are not requests: always `null`. */
  readonly requestId: null;
  /** The entity the task changed. */
  readonly resourceId: string;
  /** Its status before, or `null` when unknown. */
  readonly from: string | null;
  /** Its status after, or `null` when it is gone (released). */
  readonly to: string | null;
  /**
   * For an automatic snapshot policy's time point (`auto-snapshot-policy`): the automatic
   * snapshots it started, in the order of their disks.
   */
  readonly created?: readonly string[];
}

/**
 * An entry of the audit trail (`ecs.events`): a call or a timed transition.
 *
 * @example
 * ```ts
 * for (const event of ecs.events) if (event.kind === 'call' && event.error) event.error.code;
 * ```
 * @category Events
 */
export type EcsEvent = CallEvent | TransitionEvent;

/**
 * Observes the audit trail (`ecs.on(listener)`): called synchronously, in order, once the call or
 * clock move that produced the event has committed its state.
 *
 * @example
 * ```ts
 * const seen: string[] = [];
 * const off = ecs.on((event) => seen.push(event.action));
 * off();
 * ```
 * @category Events
 */
export type EcsEventListener = (event: EcsEvent) => void;

/**
 * How much of the audit trail a world keeps in memory (`createEcs({ events: { limit } })`).
 *
 * @example
 * ```ts
 * const ecs = createEcs({ events: { limit: 100 } }); // keep the newest 100 events
 * ```
 * @category Events
 */
export interface EventOptions {
  /**
   * The most events `ecs.events` keeps (the oldest go first): a whole number, or `Infinity` to
   * keep all. `0` keeps none (listeners are still called). Default 10,000.
   */
  readonly limit?: number | undefined;
}
