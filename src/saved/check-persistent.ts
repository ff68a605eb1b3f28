// The persistent structures of a saved state, walked node by node before anything uses them: hash
// tables, ordered indexes, entity tables (rows found by their lookup path and by their indexes)
// and the task heap. Each walk meets a node once: a node met again is a cycle a damaged save made,
// refused instead of walked forever. Values are handed to the caller's check.

import {
  type HashTable,
  hashTableEntries,
  hashTableGet,
  hashTableSize,
} from '../shared/persistent/index.js';
import { require } from './check-shape.js';

const isSequence = (n: unknown): n is number => Number.isSafeInteger(n) && (n as number) >= 0;

/** Throws a Damage when a walk meets `node` a second time. */
function once(seen: Set<unknown>, node: unknown, name: string): void {
  require(!seen.has(node), `${name} reaches one node twice`);
  seen.add(node);
}

export function isTable(
  value: unknown,
): value is { rows: unknown; indexes: unknown; nextSeq: unknown } {
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
  const seen = new Set<unknown>();
  // Popped until empty, not until `undefined`: a hole in a node's children is a missing node.
  while (stack.length > 0) {
    const node = stack.pop();
    require(isObject(node), `${name} has a missing node`);
    once(seen, node, name);
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

/**
 * One node of an ordered index and its subtree: 32 slots of children (a branch) or of ids (a
 * leaf), counts that add up; `visit` receives each id with its key (the slot's position).
 */
function checkIndexNode(
  name: string,
  node: unknown,
  at: { shift: number; base: number },
  visit: (key: number, id: string) => void,
): number {
  require(isObject(node) && 'count' in node, `${name} has a malformed node`);
  const branch = 'children' in node;
  const slots = branch ? node.children : node.values;
  require(Array.isArray(slots) && slots.length === 32, `${name} has a node without 32 slots`);
  require(branch === at.shift > 0, `${name} has a node at the wrong level`);
  let count = 0;
  for (let i = 0; i < 32; i++) {
    const slot = slots[i] as unknown;
    if (slot === null) continue;
    const base = at.base + i * 2 ** at.shift;
    if (branch) count += checkIndexNode(name, slot, { shift: at.shift - 5, base }, visit);
    else {
      require(typeof slot === 'string', `${name} holds a non-id`);
      visit(base, slot);
      count++;
    }
  }
  require(node.count === count, `${name} miscounts its entries`);
  return count;
}

/** An ordered index's nodes, each of its shape (a tree: levels descend, so no node recurs). */
function checkIndexShape(name: string, index: unknown, visit: (key: number, id: string) => void) {
  require(isObject(index) && Number.isSafeInteger(index.size), `${name} is not an ordered index`);
  const { shift } = index;
  require(Number.isSafeInteger(shift) &&
    (shift as number) >= 0 &&
    (shift as number) <= 50 &&
    (shift as number) % 5 === 0, `${name} has no shift`);
  const count =
    index.root === null
      ? 0
      : checkIndexNode(name, index.root, { shift: shift as number, base: 0 }, visit);
  require(count === index.size, `${name} miscounts its entries`);
}

/** Each value of one shape, checked by the caller. */
export type ItemCheck = (value: unknown, path: string) => void;

/** Every entry is found by its lookup path, as many as counted; each value checked. */
export function checkEntries(name: string, table: unknown, item: ItemCheck) {
  checkHashShape(name, table);
  const hash = table as HashTable<unknown>;
  let count = 0;
  for (const { key, value } of hashTableEntries(hash)) {
    count++;
    require(hashTableGet(hash, key) === value, `${name} cannot find its entry ${key}`);
    item(value, `${name}[${JSON.stringify(key)}]`);
  }
  require(count ===
    hashTableSize(hash), `${name} holds ${count} entries but counts ${hashTableSize(hash)}`);
}

/** Every row found by the walk is found by its lookup path and by its indexes, as counted. */
export function checkTable(name: string, table: unknown, item: ItemCheck) {
  require(isTable(table), `${name} is not a table`);
  const { nextSeq } = table;
  require(isSequence(nextSeq) && nextSeq >= 1, `${name}.nextSeq is not a sequence number`);
  // Sequence numbers order listings (they key the ordered indexes): whole, below the next one.
  checkEntries(name, table.rows, (row, path) => {
    const seq = (row as { seq?: unknown } | null)?.seq;
    require(isSequence(seq) && seq < nextSeq, `${path} has no sequence number below ${nextSeq}`);
    item(row, path);
  });
  const rows = table.rows as HashTable<unknown>;
  checkEntries(`${name} indexes`, table.indexes, (index, path) => {
    // Each id sits at its row's sequence number: the key listings page by.
    checkIndexShape(path, index, (key, id) => {
      const row = hashTableGet(rows, id) as { seq?: unknown } | undefined;
      require(row !== undefined, `${path} names a missing row ${id}`);
      require(row.seq === key, `${path} holds ${id} out of its place`);
    });
  });
}

/** Walks the scheduler's heap: well-formed tasks, in heap order, as many as it counts. */
export function checkHeap(name: string, heap: unknown, item: ItemCheck) {
  type Node = { due: unknown; seq: unknown; item: unknown; left: Node | null; right: Node | null };
  const { root, size } = (heap ?? {}) as { root?: unknown; size?: unknown };
  require(root === null || typeof root === 'object', `${name} is not a task heap`);
  const stack: Node[] = root === null ? [] : [root as Node];
  const seen = new Set<unknown>();
  let count = 0;
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    count++;
    require(typeof node === 'object' && node !== null, `${name} has a missing node`);
    once(seen, node, name);
    require(Number.isFinite(node.due), `${name} has a task without a due time`);
    require(isSequence(node.seq), `${name} has a task without a sequence number`);
    item(node.item, `${name} task ${String(node.seq)}`);
    for (const child of [node.left, node.right]) {
      if (child === null) continue;
      require(typeof child === 'object' &&
        (child.due as number) >= (node.due as number), `${name} is out of order`);
      stack.push(child);
    }
  }
  require(count === size, `${name} holds ${count} tasks but counts ${String(size)}`);
}
