// Single random mutations of a saved world, spread over every kind of node: each entity kind's
// fields, table and index nodes, block maps, the clock, the id generator, the world, tasks, client
// tokens, usage, and the engine's request counter, fault rules and events. A mutation first picks
// a kind (so the few clock or id nodes are hit as often as the many block-map nodes), then a node
// of that kind, then a place in it and a value fitting what was there (a number becomes a string,
// a time garbage, a reference another node...), or replaces or empties the whole node.

import type { EcsExport } from '../../src/index.js';

type Json = Record<string, unknown> | unknown[];

/** The kind of a node, from the first path that reaches it from the state's root. */
function kindOf(path: readonly string[]): string {
  const [part, ...rest] = path;
  if (part === undefined) return 'state';
  if (rest.includes('content') || rest.includes('volumeCapture')) return 'blocks';
  const rows = rest.indexOf('rows');
  if (rows >= 0) return rest.indexOf('value', rows) >= 0 ? `entity:${part}` : `table:${part}`;
  if (rest.includes('indexes')) return `index:${part}`;
  if (part === 'idempotency') return rest.includes('value') ? 'token' : 'table:idempotency';
  return part;
}

/** Every node of the saved state graph, by kind (breadth first: the shortest path names it). */
function stateNodesByKind(nodes: readonly unknown[]): Map<string, number[]> {
  const byKind = new Map<string, number[]>();
  const seen = new Set<number>([0]);
  const queue: [number, string[]][] = [[0, []]];
  for (let i = 0; i < queue.length; i++) {
    const [id, path] = queue[i] as [number, string[]];
    const kind = kindOf(path);
    byKind.set(kind, [...(byKind.get(kind) ?? []), id]);
    for (const [key, value] of Object.entries(nodes[id] as object)) {
      if (typeof value !== 'string' || !/^@\d+$/.test(value)) continue;
      const child = Number(value.slice(1));
      if (seen.has(child)) continue;
      seen.add(child);
      queue.push([child, [...path, key]]);
    }
  }
  return byKind;
}

/** A place to mutate: a JSON container (object or array) of the saved world. */
interface Target {
  readonly kind: string;
  readonly container: Json;
  /** For a state node: its table and number, so the whole node can be replaced. */
  readonly node?: { readonly nodes: unknown[]; readonly id: number };
}

/** Every container of a plain JSON value (the engine's part), each with its kind. */
function containersOf(kind: string, root: unknown): Target[] {
  const out: Target[] = [];
  const stack: unknown[] = [root];
  for (let value = stack.pop(); value !== undefined; value = stack.pop()) {
    if (typeof value !== 'object' || value === null) continue;
    out.push({ kind, container: value as Json });
    stack.push(...Object.values(value));
  }
  return out;
}

/** The places of a saved world, grouped by kind. */
export function targetsOf(saved: EcsExport): Target[][] {
  const nodes = saved.state.nodes as unknown[];
  const groups: Target[][] = [];
  for (const [kind, ids] of stateNodesByKind(nodes))
    groups.push(ids.map((id) => ({ kind, container: nodes[id] as Json, node: { nodes, id } })));
  groups.push([{ kind: 'saved', container: saved as unknown as Json }]);
  groups.push([{ kind: 'engine', container: saved.engine as unknown as Json }]);
  groups.push(containersOf('engine:faults', saved.engine.faults));
  groups.push(containersOf('engine:events', saved.engine.events));
  return groups;
}

const ANY: readonly unknown[] = [null, 0, -1, 1.5, 1e308, '', 'x', true, [], {}, '@u'];

/** Values that fit in place of `value` but may be wrong for it. */
function replacementsFor(value: unknown, nodeCount: number, pick: number): readonly unknown[] {
  const someNode = `@${pick % nodeCount}`;
  if (typeof value === 'number')
    return [String(value), -1, 1.5, 1e308, 2 ** 53, '@nNaN', '@nInfinity', '@n-0', null, value + 1];
  if (typeof value === 'boolean') return [!value, 0, 'true', null];
  if (typeof value === 'string' && /^@\d+$/.test(value))
    return [someNode, '@u', null, '@999999', '@-1', {}, 'x'];
  if (typeof value === 'string')
    return [
      '',
      'x',
      '2026-13-45T99:00:00.000Z',
      '9999-12-31T23:59:59.999Z',
      '@u',
      '@@x',
      someNode,
      `${value}x`,
      0,
    ];
  return ANY;
}

/** The numbers a mutation is drawn from (fast-check's shrinkable naturals). */
export interface MutationDraw {
  readonly kind: number;
  readonly target: number;
  readonly place: number;
  readonly value: number;
}

/**
 * Applies one mutation to `saved` (in place) and says what it did.
 *
 * @returns A short description: kind, place, new value.
 */
export function mutate(saved: EcsExport, draw: MutationDraw): string {
  const groups = targetsOf(saved);
  const group = groups[draw.kind % groups.length] as Target[];
  const target = group[draw.target % group.length] as Target;
  const keys = Object.keys(target.container);
  // One draw in eight replaces or empties the whole node; a node without places always does.
  if (target.node && (keys.length === 0 || draw.place % 8 === 7)) {
    const whole = [{}, [], null, 0][draw.value % 4];
    target.node.nodes[target.node.id] = whole;
    return `${target.kind}: node ${target.node.id} := ${JSON.stringify(whole)}`;
  }
  if (keys.length === 0) return `${target.kind}: nothing to mutate`;
  const key = keys[draw.place % keys.length] as string;
  const container = target.container as Record<string, unknown>;
  const options = replacementsFor(container[key], saved.state.nodes.length, draw.value);
  const choice = draw.value % (options.length + 1);
  if (choice === options.length) {
    if (Array.isArray(container)) container.splice(Number(key), 1);
    else delete container[key];
    return `${target.kind}: deleted ${key}`;
  }
  container[key] = options[choice];
  return `${target.kind}: ${key} := ${JSON.stringify(options[choice])}`;
}
