// The control plane: simulation controls over HTTP under /__fake-ecs/, for tests that drive a
// server from another process and for the web console. JSON in and out; refusals in the ECS error
// shape. They are not signed (like Azurite's), and not ECS: real ECS has no such paths. The
// endpoints are listed in docs/console.md.

import type { IncomingMessage, ServerResponse } from 'node:http';
import { ecsError } from '../shared/ecs-error.js';
import { CLOCK_ROUTES } from './control-clock.js';
import { CONSOLE_ROUTES } from './control-console.js';
import type { ControlContext, ControlOutcome, ControlRoute } from './control-context.js';
import { EVENT_ROUTES } from './control-events.js';
import { FAULT_ROUTES } from './control-faults.js';
import { INSPECT_ROUTES } from './control-inspect.js';
import { controlError } from './control-reply.js';
import { WORLD_ROUTES } from './control-world.js';
import { gatewayError, send } from './reply.js';
import { parseForm } from './wire-params.js';
import { headerOf } from './wire-request.js';

/**
 * The path prefix of the simulation controls.
 *
 * @internal
 */
export const CONTROL_PREFIX = '/__fake-ecs/';

const ROUTES: readonly ControlRoute[] = [
  ...CLOCK_ROUTES,
  ...FAULT_ROUTES,
  ...WORLD_ROUTES,
  ...EVENT_ROUTES,
  ...INSPECT_ROUTES,
  ...CONSOLE_ROUTES,
];

const LISTING = [...new Set(ROUTES.map((r) => `${r.method} ${CONTROL_PREFIX}${r.path}`))].join(
  ', ',
);

/** The routes of a path, with the decoded variable segment; exact paths win over `:param` ones. */
function routesOf(rest: string): { routes: ControlRoute[]; param: string } | undefined {
  const exact = ROUTES.filter((r) => r.path === rest);
  if (exact.length > 0) return { routes: exact, param: '' };
  const slash = rest.lastIndexOf('/');
  const base = `${rest.slice(0, slash)}/:`;
  const routes = ROUTES.filter(
    (r) => r.path.startsWith(base) && !r.path.includes('/', base.length),
  );
  if (slash < 0 || routes.length === 0) return undefined;
  try {
    return { routes, param: decodeURIComponent(rest.slice(slash + 1)) };
  } catch {
    return undefined;
  }
}

/**
 * A browser sends `Origin` with a page's POST and DELETE: only the console's own page (same
 * origin) may steer the world, so another web site open in the same browser cannot reset it.
 */
function foreignOrigin(req: IncomingMessage): string | undefined {
  const origin = headerOf(req.headers, 'origin');
  if (origin === undefined || origin === `http://${headerOf(req.headers, 'host') ?? ''}`)
    return undefined;
  return origin;
}

async function answer(
  req: IncomingMessage,
  res: ServerResponse,
  ctx: ControlContext,
): Promise<ControlOutcome> {
  const origin = foreignOrigin(req);
  if (origin !== undefined)
    return controlError(
      'InvalidParameter',
      `Control requests from another origin are refused (Origin ${JSON.stringify(origin.slice(0, 128))}): the control plane answers its own console and clients that send no Origin.`,
      403,
    );
  const url = req.url ?? '/';
  const mark = url.indexOf('?');
  const path = mark < 0 ? url : url.slice(0, mark);
  const rawQuery = mark < 0 ? '' : url.slice(mark + 1);
  if (rawQuery.length > ctx.maxRequestBytes)
    return controlError(
      'Request.TooLarge',
      `The query string is longer than ${ctx.maxRequestBytes} bytes.`,
      414,
      true,
    );
  const query = parseForm(rawQuery);
  if (!query.ok) return gatewayError(query.error, undefined, undefined);
  const method = req.method ?? '';
  const found = routesOf(path.slice(CONTROL_PREFIX.length));
  if (!found)
    return controlError(
      'InvalidAction.NotFound',
      `No simulation control at ${method} ${JSON.stringify(path.slice(0, 64))}; the controls are: ${LISTING}.`,
    );
  const route = found.routes.find((r) => r.method === method);
  if (!route)
    return controlError(
      'UnsupportedHTTPMethod',
      `${JSON.stringify(path.slice(0, 64))} answers ${found.routes.map((r) => r.method).join(', ')}, not ${JSON.stringify(method.slice(0, 16))}.`,
    );
  return route.run(ctx, { req, res, query: query.value, param: found.param });
}

/**
 * Whether a request is for the control plane.
 *
 * @param url - The request's URL (path and query).
 * @returns The verdict.
 * @internal
 */
export function isControlRequest(url: string | undefined): boolean {
  return url?.startsWith(CONTROL_PREFIX) ?? false;
}

/**
 * Answers one control request. Never throws: anything unexpected becomes a 500 `InternalError`.
 *
 * @param req - The request.
 * @param res - The response.
 * @param ctx - The control plane's context.
 * @internal
 */
export async function handleControl(
  req: IncomingMessage,
  res: ServerResponse,
  ctx: ControlContext,
): Promise<void> {
  req.on('error', () => {});
  let outcome: ControlOutcome;
  try {
    outcome = await answer(req, res, ctx);
  } catch {
    outcome = gatewayError(ecsError('InternalError'), undefined, undefined, true);
  }
  if (outcome !== 'streamed') send(res, outcome);
}
