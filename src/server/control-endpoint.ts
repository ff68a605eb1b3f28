// Simulation controls over HTTP, for tests that drive the server from another process:
//   GET  /__fake-ecs/clock                 -> { Now, Mode, Scale }
//   POST /__fake-ecs/clock/advance?by=PT1H  -> { Now }   (an ISO 8601 duration, or milliseconds)
//   POST /__fake-ecs/clock/settle           -> { Now, AdvancedMs }
// They are not signed (like Azurite's), and not ECS: real ECS has no such paths.

import { ecsError } from '../shared/ecs-error.js';
import type { ServerContext } from './handle-request.js';
import { gatewayError, gatewayRequestId, type Reply } from './reply.js';
import type { WirePairs } from './wire-params.js';
import { paramOf } from './wire-request.js';

/**
 * The path prefix of the simulation controls.
 *
 * @internal
 */
export const CONTROL_PREFIX = '/__fake-ecs/';

function ok(body: Record<string, unknown>): Reply {
  const requestId = gatewayRequestId();
  return { status: 200, json: JSON.stringify({ RequestId: requestId, ...body }), requestId };
}

function advance(ctx: ServerContext, query: WirePairs): Reply {
  const by = paramOf(query, 'by');
  if (by === undefined || by === '')
    return gatewayError(
      ecsError(
        'MissingParameter',
        'The input parameter by (an ISO 8601 duration such as PT1H, or milliseconds) is not supplied.',
      ),
      undefined,
      undefined,
    );
  ctx.clock.tick();
  try {
    const now = ctx.ecs.clock.advance(/^\d+$/.test(by) ? Number(by) : by);
    return ok({ Now: now });
  } catch {
    return gatewayError(
      ecsError(
        'InvalidParameter',
        `The specified parameter by is not valid: expected an ISO 8601 duration such as PT1H, or milliseconds; got ${JSON.stringify(by.slice(0, 64))}.`,
      ),
      undefined,
      undefined,
    );
  }
}

/**
 * Answers a request to the simulation controls.
 *
 * @param ctx - The server's context.
 * @param method - The HTTP method.
 * @param path - The path, starting with {@link CONTROL_PREFIX}.
 * @param query - The decoded query.
 * @returns The reply.
 * @internal
 */
export function answerControl(
  ctx: ServerContext,
  method: string,
  path: string,
  query: WirePairs,
): Reply {
  const route = `${method} ${path}`;
  if (route === 'GET /__fake-ecs/clock') {
    ctx.clock.tick();
    return ok({ Now: ctx.ecs.clock.now(), Mode: ctx.clock.mode, Scale: ctx.clock.scale });
  }
  if (route === 'POST /__fake-ecs/clock/advance') return advance(ctx, query);
  if (route === 'POST /__fake-ecs/clock/settle') {
    ctx.clock.tick();
    const advancedMs = ctx.ecs.clock.settle();
    return ok({ Now: ctx.ecs.clock.now(), AdvancedMs: advancedMs });
  }
  return gatewayError(
    ecsError(
      'InvalidAction.NotFound',
      `No simulation control at ${method} ${JSON.stringify(path.slice(0, 64))}: use GET /__fake-ecs/clock, POST /__fake-ecs/clock/advance?by=PT1H or POST /__fake-ecs/clock/settle.`,
    ),
    undefined,
    undefined,
  );
}
