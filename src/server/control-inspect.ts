// What the web console (or any client) needs to see that the ECS API does not tell:
//   GET /__fake-ecs/health                      -> { Status: 'ok', Now, Mode, Scale, Console }
//   GET /__fake-ecs/catalog                     -> { Operations, ErrorCodes, Regions }
//   GET /__fake-ecs/snapshot-blocks?snapshotId=s-...&maxResults=1000&nextToken=...
//       -> ecs.listSnapshotBlocks(...) { snapshotId, blockSize, volumeSize, blocks, nextToken? }
//   GET /__fake-ecs/billing?regionId=cn-hangzhou&from=...&to=...
//       -> ecs.billing.statement(...) { currency, regionId, from, to, unitPrice, lines, total }

import { SDK_OPERATIONS } from '../sdk/create-client.js';
import { ERROR_CATALOG } from '../shared/error-catalog.js';
import type { ControlContext, ControlRequest, ControlRoute } from './control-context.js';
import { controlError, controlOk, refusal } from './control-reply.js';
import type { Reply } from './reply.js';
import { wireOfField } from './wire-names.js';
import type { WirePairs } from './wire-params.js';

/** The query as a facade request: every value a string, as the operation's reader expects. */
function requestOf(
  query: WirePairs,
  known: readonly string[],
): { request: Record<string, string> } | { refused: Reply } {
  const request: Record<string, string> = {};
  for (const [key, value] of query) {
    if (!known.includes(key))
      return {
        refused: controlError(
          'InvalidParameter',
          `The parameter ${JSON.stringify(key.slice(0, 64))} is not known here; known: ${known.join(', ')}.`,
        ),
      };
    request[key] = value;
  }
  return { request };
}

function inspect(
  known: readonly string[],
  read: (ctx: ControlContext, request: Record<string, string>) => object,
): ControlRoute['run'] {
  return (ctx: ControlContext, { query }: ControlRequest) => {
    const parsed = requestOf(query, known);
    if ('refused' in parsed) return parsed.refused;
    ctx.clock.tick();
    try {
      return controlOk({ ...read(ctx, parsed.request) });
    } catch (error) {
      return refusal(error);
    }
  };
}

/**
 * The inspection endpoints.
 *
 * @internal
 */
export const INSPECT_ROUTES: readonly ControlRoute[] = [
  {
    method: 'GET',
    path: 'health',
    run(ctx) {
      ctx.clock.tick();
      return controlOk({
        Status: 'ok',
        Now: ctx.world.current.clock.now(),
        Mode: ctx.clock.mode,
        Scale: ctx.clock.scale,
        Console: ctx.console !== undefined,
      });
    },
  },
  {
    method: 'GET',
    path: 'catalog',
    run: (ctx) =>
      controlOk({
        Operations: SDK_OPERATIONS.map(wireOfField),
        ErrorCodes: Object.keys(ERROR_CATALOG),
        Regions: ctx.world.current.state.world.regions.map((r) => ({
          RegionId: r.regionId,
          ZoneIds: r.zoneIds,
        })),
      }),
  },
  {
    method: 'GET',
    path: 'snapshot-blocks',
    run: inspect(['snapshotId', 'startingBlockIndex', 'maxResults', 'nextToken'], (ctx, q) =>
      ctx.world.current.listSnapshotBlocks(q as never),
    ),
  },
  {
    method: 'GET',
    path: 'billing',
    run: inspect(['regionId', 'from', 'to'], (ctx, q) =>
      ctx.world.current.billing.statement(q as never),
    ),
  },
];
