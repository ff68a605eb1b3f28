// The whole world over HTTP (`ecs.export()` and `createEcs`):
//   GET  /__fake-ecs/world          -> the saved world (what ecs.export() returns), as a file
//   POST /__fake-ecs/world/import   -> { Now }   body: a saved world
//   POST /__fake-ecs/world/reset    -> { Now }   body (optional): createEcs options, e.g. { "seed": 7 }
// Reset and import put a new world in the server's slot: later requests, the clock and the event
// trail follow it.

import { createEcs } from '../facade/create-ecs.js';
import type { ControlContext, ControlRoute } from './control-context.js';
import { controlError, controlOk, isJsonObject, readJson, refusal } from './control-reply.js';
import { gatewayRequestId, type Reply } from './reply.js';

function exportReply(ctx: ControlContext): Reply {
  ctx.clock.tick();
  try {
    const requestId = gatewayRequestId();
    return { status: 200, json: JSON.stringify(ctx.world.current.export()), requestId };
  } catch (error) {
    // A fault rule with a predicate cannot be saved: a conflict with the world's state.
    const reply = refusal(error);
    return reply.status === 400 ? { ...reply, status: 409 } : reply;
  }
}

function serve(
  ctx: ControlContext,
  make: () => ReturnType<typeof createEcs>,
  reason: 'reset' | 'import',
) {
  let next: ReturnType<typeof createEcs>;
  try {
    next = make();
  } catch (error) {
    return refusal(error);
  }
  ctx.world.replace(next, reason);
  return controlOk({ Now: next.clock.now() });
}

/**
 * The world endpoints.
 *
 * @internal
 */
export const WORLD_ROUTES: readonly ControlRoute[] = [
  { method: 'GET', path: 'world', run: exportReply },
  {
    method: 'POST',
    path: 'world/import',
    async run(ctx, { req }) {
      const body = await readJson(req, ctx.maxWorldBytes);
      if (!body.ok) return body.reply;
      if (body.value === undefined)
        return controlError(
          'MissingParameter',
          'The body must be a saved world (what GET /__fake-ecs/world returns).',
        );
      return serve(ctx, () => createEcs({ from: body.value as never }), 'import');
    },
  },
  {
    method: 'POST',
    path: 'world/reset',
    async run(ctx, { req }) {
      const body = await readJson(req, ctx.maxRequestBytes);
      if (!body.ok) return body.reply;
      const options = body.value ?? {};
      if (!isJsonObject(options))
        return controlError(
          'InvalidParameter',
          'The body must be a JSON object of createEcs options, e.g. { "seed": 7 }.',
        );
      if ('from' in options)
        return controlError(
          'InvalidParameter',
          'The reset options cannot hold "from": POST the saved world to /__fake-ecs/world/import.',
        );
      return serve(ctx, () => createEcs({ ...ctx.resetOptions, ...options }), 'reset');
    },
  },
];
