import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EcsOptions } from '../world/options.js';
import type { ConsoleFiles } from './console-files.js';
import type { EventTrail } from './event-trail.js';
import type { Reply } from './reply.js';
import type { ServerClock } from './server-clock.js';
import type { ServerCredential } from './signed-claims.js';
import type { WirePairs } from './wire-params.js';
import type { WorldSlot } from './world-slot.js';

/**
 * What the control plane (`/__fake-ecs/...`) works with.
 *
 * @internal
 */
export interface ControlContext {
  /** The world served now (reset and import replace it). */
  readonly world: WorldSlot;
  readonly clock: ServerClock;
  /** The served world's events, numbered for cursors. */
  readonly trail: EventTrail;
  /** The largest query string and JSON body of a control request, in bytes. */
  readonly maxRequestBytes: number;
  /** The largest saved world `POST /__fake-ecs/world/import` accepts, in bytes. */
  readonly maxWorldBytes: number;
  /** What `POST /__fake-ecs/world/reset` creates when its body names no option. */
  readonly resetOptions: EcsOptions;
  /** The accepted AccessKey pairs (the console signs its ECS calls with the first). */
  readonly credentials: readonly ServerCredential[] | 'any';
  /** The web console's files, when the console is on. */
  readonly console: ConsoleFiles | undefined;
  /** The open event streams, ended when the server closes. */
  readonly streams: Set<ServerResponse>;
}

/**
 * One control request, routed.
 *
 * @internal
 */
export interface ControlRequest {
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  /** The decoded query. */
  readonly query: WirePairs;
  /** The path's variable part (`:id` in a route), decoded. */
  readonly param: string;
}

/**
 * A control handler's outcome: a JSON reply, or `'streamed'` when it answered on `res` itself.
 *
 * @internal
 */
export type ControlOutcome = Reply | 'streamed';

/**
 * One control endpoint.
 *
 * @internal
 */
export interface ControlRoute {
  readonly method: 'GET' | 'POST' | 'DELETE';
  /** The path after `/__fake-ecs/`; a trailing `/:param` takes one more segment. */
  readonly path: string;
  readonly run: (
    ctx: ControlContext,
    request: ControlRequest,
  ) => ControlOutcome | Promise<ControlOutcome>;
}
