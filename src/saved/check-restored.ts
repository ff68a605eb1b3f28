// A saved world is data from outside: a damaged one must be refused when it is read, with the
// documented TypeError, not accepted and then make later calls throw raw internal errors. The
// check walks every persistent structure the way the operations will (check-persistent.ts,
// check-blocks.ts), checks every value against its type's shape (check-shape.ts, from the schema
// `npm run schema` derives from the state's declarations), then the invariants types cannot say
// (check-invariants.ts), and finally lists every region's entities through the operations
// themselves, read-only, on a scratch engine.

import { BlockMap } from '../blocks/block-map.js';
import { isTimestamp, millisOf } from '../clock/timestamp.js';
import { Engine } from '../engine/engine.js';
import { EventLog } from '../events/event-log.js';
import type { AnyOperation } from '../operations/operation.js';
import { OPERATION_ROWS } from '../operations/table.js';
import { EcsError } from '../shared/ecs-error.js';
import { taskHeapPeek } from '../shared/persistent/index.js';
import type { EcsState } from '../state/ecs-state.js';
import type { WorldConfig } from '../world/config.js';
import { resolveOptions } from '../world/options.js';
import { TrieChecker } from './check-blocks.js';
import { checkInvariants } from './check-invariants.js';
import { checkEntries, checkHeap, checkTable, type ItemCheck } from './check-persistent.js';
import { type ContainerKind, Damage, require, ShapeChecker, stateShape } from './check-shape.js';
import type { Shape } from './shape.js';

/** The walks of the persistent containers, for the shape checker. */
function containerHooks(checker: () => ShapeChecker) {
  const tries = new TrieChecker();
  const walks: Record<ContainerKind, (name: string, value: unknown, item: ItemCheck) => void> = {
    table: checkTable,
    hash: checkEntries,
    heap: checkHeap,
    blocks: (name, map, item) => {
      require(map instanceof BlockMap, `${name} is not a block map`);
      tries.check(map, name, (version) => item(version, `a block version of ${name}`));
    },
  };
  return {
    container(kind: ContainerKind, item: Shape, value: unknown, path: string) {
      walks[kind](path, value, (v, p) => checker().check(item, v, p));
    },
  };
}

/** Every page of one listing (or its one answer, for a listing that does not page by token). */
function listAll(engine: Engine, op: AnyOperation, regionId: string) {
  let nextToken = '';
  for (let page = 0; page < 10_000; page++) {
    let body: object & { nextToken?: unknown };
    try {
      body = engine.call(op, { regionId, maxResults: 100, ...(nextToken ? { nextToken } : {}) });
    } catch (error) {
      if (!(error instanceof EcsError)) throw error;
      if (page === 0) tryOnce(engine, op, regionId);
      return;
    }
    if (typeof body.nextToken !== 'string' || body.nextToken === '') return;
    nextToken = body.nextToken;
  }
}

function tryOnce(engine: Engine, op: AnyOperation, regionId: string) {
  try {
    engine.call(op, { regionId });
  } catch (error) {
    if (!(error instanceof EcsError)) throw error;
  }
}

/** Every field the valid configuration has, the saved one has too, of the same kind. */
function sameShape(valid: unknown, saved: unknown, path: string) {
  require(typeof saved === typeof valid, `its world's ${path} is malformed`);
  if (typeof valid === 'number')
    require(Number.isFinite(saved), `its world's ${path} is not a number`);
  if (typeof valid !== 'object' || valid === null) return;
  require(saved !== null &&
    Array.isArray(saved) === Array.isArray(valid), `its world's ${path} is malformed`);
  for (const [key, field] of Object.entries(valid))
    sameShape(field, (saved as Record<string, unknown>)[key], `${path}.${key}`);
}

/** The world's configuration is one `createEcs` would accept, complete. */
function checkWorld(state: EcsState) {
  let valid: WorldConfig;
  try {
    valid = resolveOptions({ ...state.world, seed: 0 }).world;
  } catch (error) {
    throw new Damage(`its world is not valid: ${(error as Error).message}`);
  }
  sameShape(valid, state.world, 'configuration');
}

/** Lists every region's entities through the operations, on a scratch engine that keeps nothing. */
function probe(state: EcsState) {
  const engine = new Engine(state, { events: new EventLog(0) });
  const regions = state.world.regions.map((region) => region.regionId);
  for (const row of OPERATION_ROWS) {
    if (!row.method.startsWith('describe')) continue;
    for (const regionId of regions) listAll(engine, row.op, regionId);
  }
}

/**
 * Checks a restored state before the world uses it.
 *
 * @param state - The decoded state.
 * @param base - An empty state of the same world: the parts and their kinds.
 * @returns Why it is damaged, or `undefined` when it is sound.
 * @internal
 */
export function damageOf(state: EcsState, base: EcsState): string | undefined {
  try {
    for (const [name, part] of Object.entries(base)) {
      const restored = (state as unknown as Record<string, unknown>)[name];
      require(typeof restored === typeof part, `its state part "${name}" has the wrong type`);
    }
    require(isTimestamp(state.clock?.now), 'its clock is not a valid time');
    require(Array.isArray(state.world?.regions), 'its world has no regions');
    checkWorld(state);
    const checker: ShapeChecker = new ShapeChecker(containerHooks(() => checker));
    checker.check(stateShape(), state, 'state');
    checkInvariants(state);
    // Every call runs the tasks due by now first, so a saved world has none: a past one is damage
    // (a clock moved years ahead would make the first call run years of policy timers).
    const first = taskHeapPeek(state.tasks.heap);
    require(first === undefined || first.due >= millisOf(state.clock.now), 'a task is overdue');
    probe(state);
    return undefined;
  } catch (error) {
    if (error instanceof Damage) return error.why;
    return `reading it failed: ${error instanceof Error ? error.message.slice(0, 200) : 'an unknown error'}`;
  }
}
