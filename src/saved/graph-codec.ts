// A structure-tagged JSON form for the whole state, generic over its parts: every object becomes a
// node of a flat table and is referenced by number, so shared structure (a snapshot's block map
// shared with its disk, trie nodes shared between maps, the same block version object in many
// maps: identity is what incremental snapshots count) is saved once and restored shared. The
// flat table also keeps encoding and decoding free of recursion, whatever the depth of a
// structure (a leftist heap's left spine can be long). Plain objects, arrays and the persistent
// structures made of them (EntityTable, HashTable, OrderedIndex, TaskHeap) need no code of their
// own; only BlockMap (a class with private fields), block versions with bytes and typed arrays are
// tagged. Anything else (a Map, a Date, a class instance) cannot be saved, and says so.
//
// Values: a string starting with '@' is escaped as '@@...'; '@u' is undefined; '@n<number>' is a
// number JSON cannot hold (NaN, Infinity, -0); '@<id>' refers to node <id>. A node is a JSON array
// (an array), an object whose keys starting with '@' are escaped the same way (a plain object), or
// an object with the key '@' naming its tag.

import { fromBase64, isStoredBytes, ownedBytesVersion, toBase64 } from '../blocks/block-content.js';
import { BlockMap } from '../blocks/block-map.js';
import type { TrieNode } from '../blocks/trie-node.js';

/**
 * The JSON form of a value graph: the root value and the table of its objects.
 *
 * @example
 * ```ts
 * const saved: SavedGraph = { root: '@0', nodes: [{ version: 1 }] };
 * ```
 * @category World
 */
export interface SavedGraph {
  /** The root value (a reference `@0` for an object). */
  readonly root: unknown;
  /** Every object, once, by reference number. */
  readonly nodes: readonly unknown[];
}

const escapeAt = (text: string): string => (text.startsWith('@') ? `@${text}` : text);

function saveNumber(n: number): number | string {
  if (Object.is(n, -0)) return '@n-0';
  return Number.isFinite(n) ? n : `@n${String(n)}`;
}

function cannotSave(what: string): never {
  throw new TypeError(
    `ecs.export: cannot save ${what} found in the state; state parts must be EntityTable, HashTable, BlockMap or plain frozen JSON data.`,
  );
}

function refPrimitive(v: unknown): unknown {
  switch (typeof v) {
    case 'string':
      return escapeAt(v);
    case 'number':
      return saveNumber(v);
    case 'boolean':
      return v;
    case 'undefined':
      return '@u';
    default:
      return cannotSave(`a ${typeof v}`);
  }
}

/** Numbers every object it meets, once, and encodes them in that order. */
class GraphEncoder {
  readonly #ids = new Map<object, number>();
  readonly queue: object[] = [];

  ref(v: unknown): unknown {
    if (typeof v !== 'object' || v === null) return v === null ? null : refPrimitive(v);
    let id = this.#ids.get(v);
    if (id === undefined) {
      id = this.queue.length;
      this.#ids.set(v, id);
      this.queue.push(v);
    }
    return `@${id}`;
  }

  node(o: object): unknown {
    if (Array.isArray(o)) {
      const out = new Array<unknown>(o.length);
      for (let i = 0; i < o.length; i++) out[i] = this.ref(o[i]);
      return out;
    }
    if (o instanceof Uint8Array) return { '@': 'bytes', base64: toBase64(o) };
    if (isStoredBytes(o)) {
      const { data, firstBlock } = o;
      return firstBlock === undefined
        ? { '@': 'BytesBlockVersion', data: this.ref(data) }
        : { '@': 'BytesBlockVersion', data: this.ref(data), firstBlock };
    }
    if (o instanceof BlockMap) {
      const trie = o.trie();
      return { '@': 'BlockMap', root: this.ref(trie.root), shift: trie.shift, size: trie.size };
    }
    return this.#plain(o);
  }

  #plain(o: object): unknown {
    const proto = Object.getPrototypeOf(o);
    if (proto !== Object.prototype && proto !== null)
      cannotSave(`a ${(o.constructor as { name?: string } | undefined)?.name ?? 'class instance'}`);
    if (Object.getOwnPropertyDescriptor(o, 'toJSON')) cannotSave('an object with a toJSON method');
    const out: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(o)) out[escapeAt(key)] = this.ref(field);
    return out;
  }
}

/**
 * Encodes a value graph (the state) as JSON-safe data, each object once.
 *
 * @param value - The value.
 * @returns Its saved form.
 * @throws TypeError for a value it cannot save (a function, a Map, a class instance, ...).
 * @internal
 */
export function encodeGraph(value: unknown): SavedGraph {
  const encoder = new GraphEncoder();
  const root = encoder.ref(value);
  const nodes: unknown[] = [];
  // The queue grows while nodes are encoded: a loop, not recursion, whatever the depth.
  for (let i = 0; i < encoder.queue.length; i++)
    nodes.push(encoder.node(encoder.queue[i] as object));
  return { root, nodes };
}

/** A tagged node as saved: its tag and the fields of its kind. */
interface TaggedNode {
  readonly '@': unknown;
  readonly base64?: unknown;
  readonly data?: unknown;
  readonly firstBlock?: unknown;
  readonly root?: unknown;
  readonly shift?: unknown;
  readonly size?: unknown;
}

function fail(message: string): never {
  throw new TypeError(message);
}

function specialValue(v: string): unknown {
  if (v.startsWith('@@')) return v.slice(1);
  if (v === '@u') return undefined;
  return v === '@n-0' ? -0 : Number(v.slice(2));
}

/** Rebuilds nodes on demand: arrays and objects as empty shells first, filled afterwards. */
class GraphDecoder {
  readonly #nodes: readonly unknown[];
  readonly #built: unknown[];
  readonly #made: Uint8Array;
  readonly #toFill: number[] = [];

  constructor(nodes: readonly unknown[]) {
    this.#nodes = nodes;
    this.#built = new Array<unknown>(nodes.length);
    this.#made = new Uint8Array(nodes.length);
  }

  value(v: unknown): unknown {
    if (typeof v === 'string' && v.startsWith('@')) {
      return /^@\d/.test(v) ? this.#resolve(Number(v.slice(1))) : specialValue(v);
    }
    if (typeof v === 'object' && v !== null) fail('an object is inlined instead of referenced');
    return v;
  }

  #resolve(id: number): unknown {
    if (!Number.isInteger(id) || id < 0 || id >= this.#nodes.length) fail(`no node ${id}`);
    if (this.#made[id]) return this.#built[id];
    const node = this.#nodes[id];
    if (typeof node !== 'object' || node === null) fail(`node ${id} is not an object or array`);
    let result: unknown;
    if (Array.isArray(node)) result = new Array(node.length);
    else if ('@' in node) result = this.#tagged(node as TaggedNode, id);
    else result = {};
    if (Array.isArray(node) || !('@' in node)) this.#toFill.push(id);
    this.#built[id] = result;
    this.#made[id] = 1;
    return result;
  }

  #tagged(node: TaggedNode, id: number): unknown {
    switch (node['@']) {
      case 'bytes':
        return fromBase64(String(node.base64));
      case 'BytesBlockVersion': {
        const data = this.value(node.data);
        if (!(data instanceof Uint8Array)) fail(`node ${id}: a block version without bytes`);
        const { firstBlock } = node;
        if (firstBlock !== undefined && !Number.isSafeInteger(firstBlock))
          fail(`node ${id}: a block version with a bad first block`);
        return ownedBytesVersion(data, firstBlock as number | undefined);
      }
      case 'BlockMap': {
        const root = this.value(node.root) as TrieNode | undefined;
        const { shift, size } = node;
        if (typeof shift !== 'number' || typeof size !== 'number')
          fail(`node ${id}: a block map without shift or size`);
        return new BlockMap({ root, shift, size });
      }
      default:
        return fail(`node ${id} has the unknown tag ${JSON.stringify(node['@'])}`);
    }
  }

  /** Fills every shell (more are found while filling: a loop, not recursion), then freezes them. */
  fillAll(): void {
    const toFill = this.#toFill;
    for (let i = 0; i < toFill.length; i++) this.#fill(toFill[i] as number);
    for (const id of toFill) Object.freeze(this.#built[id]);
  }

  #fill(id: number): void {
    const node = this.#nodes[id];
    if (Array.isArray(node)) {
      const array = this.#built[id] as unknown[];
      for (let j = 0; j < node.length; j++) array[j] = this.value(node[j]);
      return;
    }
    const object = this.#built[id] as Record<string, unknown>;
    for (const [key, field] of Object.entries(node as object)) {
      object[key.startsWith('@@') ? key.slice(1) : key] = this.value(field);
    }
  }
}

/**
 * Decodes a saved value graph: every object is rebuilt once (shared where it was shared) and
 * frozen, block maps and block versions as their classes.
 *
 * @param saved - The saved form.
 * @returns The value.
 * @throws TypeError when the saved form is malformed.
 * @internal
 */
export function decodeGraph(saved: SavedGraph): unknown {
  if (!Array.isArray(saved.nodes)) fail('"nodes" is not an array');
  const decoder = new GraphDecoder(saved.nodes);
  const root = decoder.value(saved.root);
  decoder.fillAll();
  return root;
}
