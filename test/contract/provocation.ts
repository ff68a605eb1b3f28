// The parts every provocation of test/contract/error-matrix.test.ts is made of: the world it
// starts from, the call it stages, and the served request it changes.

import type { Ecs, EcsErrorCode } from '../../src/index.js';
import type { SdkOperationName } from '../../src/sdk/index.js';
import { aServedWorld, SERVED_REQUESTS, type ServedIds } from '../fixtures/served-requests.js';

/** The world a provocation starts from (refused calls leave it as it is). */
export interface Served {
  readonly ecs: Ecs;
  readonly ids: ServedIds;
}

/** A call ready to be refused, and the world whose state it must leave unchanged. */
export interface Stage {
  readonly ecs: Ecs;
  readonly call: () => unknown;
}

/**
 * A provocation: fields merged over the operation's served request (`undefined` removes one), or
 * a function that stages the call (it may first change the world, or make its own).
 */
export type Provocation =
  | Readonly<Record<string, unknown>>
  | ((w: Served, method: SdkOperationName) => Stage);

/** Provocations by operation, then by code. */
export type OperationProvocations = Partial<
  Record<SdkOperationName, Partial<Record<EcsErrorCode, Provocation>>>
>;

/** Calls an operation of a world by its method name. */
export function invoke(ecs: Ecs, method: SdkOperationName, request: unknown): unknown {
  const fn = ecs[method] as (request: never) => unknown;
  return fn.call(ecs, request as never);
}

/** The served request of an operation with fields merged over it. */
export function served(
  w: Served,
  method: SdkOperationName,
  fields: Readonly<Record<string, unknown>> = {},
): Record<string, unknown> {
  const request: Record<string, unknown> = { ...SERVED_REQUESTS[method](w.ids), ...fields };
  for (const [key, value] of Object.entries(fields)) if (value === undefined) delete request[key];
  return request;
}

/**
 * The stage of a call with fields merged over the served request, sent to the served world or to
 * another one (`ecs`) made for a code the served world cannot say.
 */
export function merged(
  w: Served,
  method: SdkOperationName,
  fields: Readonly<Record<string, unknown>>,
  ecs: Ecs = w.ecs,
): Stage {
  return { ecs, call: () => invoke(ecs, method, served(w, method, fields)) };
}

/** Calls `add` until the world refuses it (a quota is full), at most `limit` times. */
export function fillUp(add: (i: number) => void, limit = 1000): void {
  for (let i = 0; i < limit; i++) {
    try {
      add(i);
    } catch {
      return;
    }
  }
  throw new Error(`still not full after ${limit} calls`);
}

/**
 * A reused client token with other parameters: the first call succeeds (in a world of its own),
 * the second is refused.
 */
export const mismatch =
  (other: Readonly<Record<string, unknown>>): Provocation =>
  (_w, method) => {
    const w = aServedWorld();
    invoke(w.ecs, method, served(w, method, { clientToken: 'matrix-token' }));
    return merged(w, method, { clientToken: 'matrix-token', ...other });
  };
