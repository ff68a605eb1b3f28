// The contract every ECS operation is written against. It lives below the domain (it names only
// shared and state types), so rules import it without reaching up into the facade that runs them.

import type { FieldValues, SpecSource } from '../shared/fields.js';
import type { ParamReader } from '../shared/params.js';
import type { TransitionFn } from '../state/context.js';

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

/** Common fields a value may lack (`dryRun`, `clientToken`...), optional; the others as they are. */
type CommonOptional<V> = {
  readonly [K in keyof V as K extends keyof CommonInput
    ? undefined extends V[K]
      ? never
      : K
    : K]: V[K];
} & {
  readonly [K in keyof V as K extends keyof CommonInput
    ? undefined extends V[K]
      ? K
      : never
    : never]?: V[K];
};

/**
 * The typed input of an operation whose request is declared by the field spec `S` (or of what its
 * reader's shape step returns, with `InputOf<ReturnType<typeof read>>`): what is read, the
 * engine's common fields optional unless required.
 *
 * @internal
 */
export type InputOf<S extends SpecSource> = Input<FieldValues<S>>;

/**
 * An input of the shape `V` (what an operation's reader returns), the engine's common fields
 * optional unless required.
 *
 * @internal
 */
export type Input<V> = CommonOptional<V> & CommonInput;

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
 * One ECS operation as the engine runs it: how its request is read and its pure transition.
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
  /**
   * Wire names of the documented parameters the operation keeps on the resource only to return
   * them in its describe (`ResourceGroupId`, `HostName`...), for docs/fidelity.md's parameter
   * list; the reader must read them. Parameters it reads and acts on are "modelled" without this.
   */
  readonly stores?: readonly string[];
}

/**
 * Any operation, whatever its input and response (what a table of operations holds).
 *
 * @internal
 */
// biome-ignore lint/suspicious/noExplicitAny: the table holds operations of every input type
export type AnyOperation = Operation<any, object>;

/**
 * A simulation call (`writeDisk`, `readDisk`, volumes, block access, billing, `checkConsistency`,
 * `diskPerformance`): what real ECS does not have, run by the engine through the same path as an
 * ECS operation (the request read once, fault rules by its action, the reader, the transition,
 * the commit, the call event, due tasks, refusals as `EcsError`). It is kept out of the ECS
 * action map: the SDK-shaped client and the HTTP server do not serve it, and its answer carries
 * no request id.
 *
 * @internal
 */
export interface SimulationOperation<I, R> {
  /** The PascalCase name fault rules and events use, e.g. `WriteDisk`. */
  readonly action: string;
  /** Reads the request into a typed input; absent, the transition checks the plain request. */
  readonly read?: (p: ParamReader) => I;
  /** The pure transition; a call that only reads returns the state it was given. */
  readonly run: TransitionFn<I, R>;
  /**
   * For a write: what it writes to (the disk or volume id of a plain request, or of the copy an
   * event keeps). Consecutive successful writes of one action to one target at one time share
   * one event in the audit trail (`calls` counts them).
   */
  readonly runKey?: (request: unknown) => string | undefined;
}

/**
 * Any simulation call, whatever its input and answer.
 *
 * @internal
 */
// biome-ignore lint/suspicious/noExplicitAny: the table holds calls of every input type
export type AnySimulation = SimulationOperation<any, unknown>;
