// The virtual clock over HTTP:
//   GET  /__fake-ecs/clock                  -> { Now, Mode, Scale }
//   POST /__fake-ecs/clock/advance?by=PT1H   -> { Now }   (an ISO 8601 duration, or milliseconds)
//   POST /__fake-ecs/clock/settle            -> { Now, AdvancedMs }

import { addDuration } from '../clock/duration.js';
import { millisOf } from '../clock/timestamp.js';
import type { ControlRoute } from './control-context.js';
import { controlError, controlOk, refusal } from './control-reply.js';
import { paramOf } from './wire-request.js';

/** The longest move one request may ask for: a year and a day of virtual time. */
const MAX_ADVANCE_MS = 366 * 86_400_000;
const MAX_BY_LENGTH = 64;

/**
 * The clock endpoints.
 *
 * @internal
 */
export const CLOCK_ROUTES: readonly ControlRoute[] = [
  {
    method: 'GET',
    path: 'clock',
    run(ctx) {
      ctx.clock.tick();
      const ecs = ctx.world.current;
      return controlOk({ Now: ecs.clock.now(), Mode: ctx.clock.mode, Scale: ctx.clock.scale });
    },
  },
  {
    method: 'POST',
    path: 'clock/advance',
    run(ctx, { query }) {
      const by = paramOf(query, 'by');
      if (by === undefined || by === '')
        return controlError(
          'MissingParameter',
          'The input parameter by (an ISO 8601 duration such as PT1H, or milliseconds) is not supplied.',
        );
      ctx.clock.tick();
      const ecs = ctx.world.current;
      const nowMs = millisOf(ecs.state.clock.now);
      const target =
        by.length > MAX_BY_LENGTH
          ? undefined
          : addDuration(/^\d+$/.test(by) ? Number(by) : by, nowMs);
      if (target === undefined)
        return controlError(
          'InvalidParameter',
          `The specified parameter by is not valid: expected an ISO 8601 duration such as PT1H, or milliseconds; got ${JSON.stringify(by.slice(0, MAX_BY_LENGTH))}.`,
        );
      if (target - nowMs > MAX_ADVANCE_MS)
        return controlError(
          'InvalidParameter',
          `The specified parameter by is not valid: one request moves the clock by at most P366D; got ${JSON.stringify(by)}.`,
        );
      try {
        return controlOk({ Now: ecs.clock.advance(target - nowMs) });
      } catch (error) {
        // Past the last time the clock can show: InvalidParameter saying so.
        return refusal(error);
      }
    },
  },
  {
    method: 'POST',
    path: 'clock/settle',
    run(ctx) {
      ctx.clock.tick();
      const ecs = ctx.world.current;
      try {
        const advancedMs = ecs.clock.settle();
        return controlOk({ Now: ecs.clock.now(), AdvancedMs: advancedMs });
      } catch (error) {
        // An operation that would end past the last time the clock can show.
        return refusal(error);
      }
    },
  },
];
