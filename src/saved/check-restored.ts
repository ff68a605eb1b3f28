// A saved world is data from outside: a damaged one must be refused when it is read, with the
// documented TypeError, not accepted and then make later calls throw raw internal errors (`node.values
// is not iterable`, a hash table whose bitmap and children disagree, `Invalid time value`). The
// check walks every persistent structure the way the operations will, compares what each lookup
// path finds with what a walk finds, and then lists every region's entities through the
// operations themselves, read-only, on a scratch engine.

import { BlockMap } from '../blocks/block-map.js';
import { isRepresentable, millisOf } from '../clock/timestamp.js';
import { Engine } from '../engine/engine.js';
import { EventLog } from '../events/event-log.js';
import type { AnyOperation } from '../operations/operation.js';
import { OPERATION_ROWS } from '../operations/table.js';
import { EcsError } from '../shared/ecs-error.js';
import {
  hashTableEntries,
  hashTableGet,
  hashTableSize,
  type OrderedIndex,
  orderedIndexSize,
  orderedIndexValuesFrom,
} from '../shared/persistent/index.js';
import type { EcsState } from '../state/ecs-state.js';
import type { WorldConfig } from '../world/config.js';
import { resolveOptions } from '../world/options.js';

const TASK_KINDS = new Set([
  'instance',
  'disk',
  'image',
  'snapshot',
  'snapshot-expiry',
  'auto-snapshot-policy',
  'snapshot-fail',
]);

class Damage {
  readonly why: string;
  constructor(why: string) {
    this.why = why;
  }
}

function require(condition: unknown, why: string): asserts condition {
  if (!condition) throw new Damage(why);
}

function isTable(value: unknown): value is { rows: unknown; indexes: unknown; nextSeq: unknown } {
  return typeof value === 'object' && value !== null && 'rows' in value && 'indexes' in value;
}

/** What a saved node may hold, every field still unchecked. */
interface Unchecked {
  readonly size?: unknown;
  readonly root?: unknown;
  readonly shift?: unknown;
  readonly count?: unknown;
  readonly bitmap?: unknown;
  readonly children?: unknown;
  readonly values?: unknown;
  readonly entries?: unknown;
  readonly key?: unknown;
}

const isObject = (v: unknown): v is Unchecked => typeof v === 'object' && v !== null;

function popcount(bits: number): number {
  let n = bits >>> 0;
  let count = 0;
  for (; n !== 0; n &= n - 1) count++;
  return count;
}

/** A hash table's nodes, each of its kind's shape: branch, bucket or entry. */
function checkHashShape(name: string, table: unknown) {
  require(isObject(table) && Number.isSafeInteger(table.size), `${name} is not a hash table`);
  const stack: unknown[] = table.root === null ? [] : [table.root];
  // Popped until empty, not until `undefined`: a hole in a node's children is a missing node.
  while (stack.length > 0) {
    const node = stack.pop();
    require(isObject(node), `${name} has a missing node`);
    if ('children' in node) {
      const { bitmap, children } = node;
      require(Number.isInteger(bitmap) &&
        Array.isArray(children) &&
        children.length === popcount(bitmap as number) &&
        children.length > 0, `${name} has a branch whose bitmap and children disagree`);
      stack.push(...children);
    } else if ('entries' in node) {
      require(Array.isArray(node.entries) &&
        node.entries.length >= 2, `${name} has a malformed bucket`);
      stack.push(...node.entries);
    } else {
      require(typeof node.key === 'string' && 'value' in node, `${name} has a malformed entry`);
    }
  }
}

/** One node of an ordered index: 32 slots of children (a branch) or of ids (a leaf). */
function checkIndexNode(name: string, node: unknown, stack: unknown[]) {
  require(isObject(node) && Number.isSafeInteger(node.count), `${name} has a malformed node`);
  const branch = 'children' in node;
  const slots = branch ? node.children : node.values;
  require(Array.isArray(slots) && slots.length === 32, `${name} has a node without 32 slots`);
  for (const slot of slots) {
    if (slot === null) continue;
    if (branch) stack.push(slot);
    else require(typeof slot === 'string', `${name} holds a non-id`);
  }
}

/** An ordered index's nodes, each of its shape. */
function checkIndexShape(name: string, index: unknown) {
  require(isObject(index) && Number.isSafeInteger(index.size), `${name} is not an ordered index`);
  require(Number.isSafeInteger(index.shift), `${name} has no shift`);
  const stack: unknown[] = index.root === null ? [] : [index.root];
  while (stack.length > 0) checkIndexNode(name, stack.pop(), stack);
}

/** The tables whose rows hold blocks (`content`): a row without its block map is damaged. */
const TABLES_WITH_CONTENT = new Set(['disks', 'snapshots', 'lineageNodes']);

/** Every row found by the walk is found by its lookup path, and the counts agree. */
function checkTable(name: string, table: { rows: unknown; indexes: unknown; nextSeq: unknown }) {
  require(Number.isSafeInteger(table.nextSeq), `${name}.nextSeq is not a whole number`);
  checkHashShape(`${name}.rows`, table.rows);
  checkHashShape(`${name}.indexes`, table.indexes);
  const rows = table.rows as Parameters<typeof hashTableGet>[0];
  let count = 0;
  for (const { key, value } of hashTableEntries(rows)) {
    count++;
    require(hashTableGet(rows, key) === value, `${name} cannot find its row ${key}`);
    const seq = (value as { seq?: unknown } | null)?.seq;
    require(Number.isSafeInteger(seq), `${name} row ${key} has no sequence number`);
    if (TABLES_WITH_CONTENT.has(name))
      require((value as { content?: unknown }).content instanceof
        BlockMap, `${name} row ${key} has no blocks`);
    for (const field of Object.values(value as object))
      if (field instanceof BlockMap) field.toJSON();
  }
  require(count ===
    hashTableSize(rows), `${name} holds ${count} rows but counts ${hashTableSize(rows)}`);
  const indexes = table.indexes as Parameters<typeof hashTableGet<OrderedIndex>>[0];
  for (const { key, value: index } of hashTableEntries(indexes)) {
    checkIndexShape(`${name} index ${key}`, index);
    let ids = 0;
    for (const id of orderedIndexValuesFrom(index, 0)) {
      ids++;
      require(hashTableGet(rows, id) !==
        undefined, `${name} index ${key} names a missing row ${id}`);
    }
    require(ids === orderedIndexSize(index), `${name} index ${key} miscounts its entries`);
  }
}

/** The remembered client tokens: each found by its lookup path, as many as counted. */
function checkTokens(state: EcsState) {
  checkHashShape('idempotency', state.idempotency);
  let count = 0;
  for (const { key, value } of hashTableEntries(state.idempotency)) {
    count++;
    require(hashTableGet(state.idempotency, key) ===
      value, `a client token ${key} cannot be found`);
    require(typeof value?.fingerprint === 'string', `the client token ${key} is malformed`);
  }
  require(count === hashTableSize(state.idempotency), 'the client tokens miscount');
}

/** Walks the scheduler's heap: well-formed tasks, in heap order, as many as it counts. */
function checkTasks(state: EcsState) {
  const { heap, operations, nextSeq } = state.tasks;
  require(Number.isSafeInteger(operations) && Number.isSafeInteger(nextSeq), 'tasks are malformed');
  type Node = { due: unknown; seq: unknown; item: unknown; left: Node | null; right: Node | null };
  const stack: Node[] = heap.root === null ? [] : [heap.root as Node];
  let count = 0;
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    count++;
    const item = node.item as { kind?: unknown; id?: unknown } | null;
    require(typeof node.due === 'number' && !Number.isNaN(node.due), 'a task has no due time');
    require(Number.isSafeInteger(node.seq), 'a task has no sequence number');
    require(TASK_KINDS.has(String(item?.kind)) &&
      typeof item?.id === 'string', 'a task is malformed');
    for (const child of [node.left, node.right]) {
      if (child === null) continue;
      require(typeof child === 'object' &&
        (child.due as number) >= (node.due as number), 'the task heap is out of order');
      stack.push(child);
    }
  }
  require(count === heap.size, `the task heap holds ${count} tasks but counts ${heap.size}`);
}

const isWholeList = (v: unknown) => Array.isArray(v) && v.every((n) => Number.isSafeInteger(n));

/**
 * The numbers a policy's timer computes with (retention, time points, weekdays, next run): a
 * missing one would give the scheduler a NaN due time long after the world was accepted.
 */
function checkPolicies(state: EcsState) {
  for (const { key, value } of hashTableEntries(state.autoSnapshotPolicies.rows)) {
    const policy = value as unknown as Record<string, unknown>;
    require(Number.isSafeInteger(policy['retentionDays']) &&
      isWholeList(policy['timePoints']) &&
      isWholeList(policy['repeatWeekdays']) &&
      Number.isFinite(policy['nextRunMs']), `the automatic snapshot policy ${key} is malformed`);
  }
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
      require(!isTable(part) || isTable(restored), `its state part "${name}" is not a table`);
    }
    require(Number.isSafeInteger(state.ids?.counter), 'its id generator is malformed');
    require(typeof state.clock?.now === 'string', 'its clock has no time');
    require(isRepresentable(millisOf(state.clock.now)), 'its clock is not a valid time');
    require(Array.isArray(state.world?.regions), 'its world has no regions');
    checkWorld(state);
    for (const [name, part] of Object.entries(state)) if (isTable(part)) checkTable(name, part);
    checkTokens(state);
    checkTasks(state);
    checkPolicies(state);
    probe(state);
    return undefined;
  } catch (error) {
    if (error instanceof Damage) return error.why;
    return `reading it failed: ${error instanceof Error ? error.message.slice(0, 200) : 'an unknown error'}`;
  }
}
