// The contract every ECS operation is written against. It lives below the domain (it names only
// shared and state types), so rules import it without reaching up into the facade that runs them.

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
