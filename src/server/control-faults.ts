// Fault rules over HTTP (`ecs.faults`):
//   GET    /__fake-ecs/faults                      -> { Rules }
//   POST   /__fake-ecs/faults                      -> { RuleId }   body: { action, code, times?, probability?, match? }
//   DELETE /__fake-ecs/faults/fault-1              -> { Removed: true }
//   DELETE /__fake-ecs/faults                      -> { Removed: <count> }
//   POST   /__fake-ecs/faults/fail-next-snapshot   -> {}           body: { diskId }

import type { ControlRoute } from './control-context.js';
import { controlError, controlOk, readJsonObject, refusal } from './control-reply.js';

/**
 * The fault endpoints.
 *
 * @internal
 */
export const FAULT_ROUTES: readonly ControlRoute[] = [
  {
    method: 'GET',
    path: 'faults',
    run: (ctx) => controlOk({ Rules: ctx.world.current.faults.rules }),
  },
  {
    method: 'POST',
    path: 'faults',
    async run(ctx, { req }) {
      const body = await readJsonObject(
        req,
        ctx.maxRequestBytes,
        '{ action, code, times?, probability?, match? }',
      );
      if (!body.ok) return body.reply;
      try {
        return controlOk({ RuleId: ctx.world.current.faults.add(body.value as never) });
      } catch (error) {
        return refusal(error);
      }
    },
  },
  {
    method: 'DELETE',
    path: 'faults',
    run(ctx) {
      const { faults } = ctx.world.current;
      const count = faults.rules.length;
      faults.clear();
      return controlOk({ Removed: count });
    },
  },
  {
    method: 'DELETE',
    path: 'faults/:id',
    run(ctx, { param }) {
      if (!ctx.world.current.faults.remove(param))
        return controlError(
          'InvalidParameter',
          `No fault rule ${JSON.stringify(param.slice(0, 64))}: GET /__fake-ecs/faults lists the rules in force.`,
          404,
        );
      return controlOk({ Removed: true });
    },
  },
  {
    method: 'POST',
    path: 'faults/fail-next-snapshot',
    async run(ctx, { req }) {
      const body = await readJsonObject(req, ctx.maxRequestBytes, '{ diskId }');
      if (!body.ok) return body.reply;
      try {
        ctx.world.current.faults.failNextSnapshot(body.value as never);
        return controlOk({});
      } catch (error) {
        return refusal(error);
      }
    },
  },
];
