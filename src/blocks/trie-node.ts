// Node layout and index arithmetic shared by the block map's trie modules.
//
// A node is an array of 33 slots: 32 children (leaf values at level 0, child nodes above it;
// `undefined` when empty) followed by the number of entries set in its subtree. Keeping the count
// in the array itself costs one slot instead of a wrapper object per node, and makes `size`,
// `nth` and one-sided diffs O(1) per node.
//
// Extents: a range write stores one value in a whole subtree by sharing one frozen node per level
// whose 32 slots all hold the level below ("uniform" nodes, see trie-range.ts). Such a node is
// registered here with its value, so walks (runs, diffs, counts) treat a whole uniform subtree as
// one extent in O(1) instead of visiting its blocks: that is what makes a 100 GiB write, and every
// diff or count over it, cost O(log n) rather than O(blocks). Copies of a uniform node (made to
// edit part of it) are new arrays and so are never registered: registration cannot go stale.

/** Children per node (5 bits of the index per level). @internal */
export const WIDTH = 32;

/** Bits of the index consumed per level. @internal */
export const BITS = 5;

/** Slot holding the subtree's entry count. @internal */
export const COUNT = 32;

/**
 * Largest block index a map accepts: 2^48 - 1, so every byte offset below 2^48 has a block even
 * with a 1-byte block size.
 *
 * @internal
 */
export const MAX_BLOCK_INDEX = 2 ** 48 - 1;

/** A frozen trie node: 32 slots then the subtree's entry count. @internal */
export type TrieNode = readonly unknown[];

/** A node being built or edited by its owner before it is frozen. @internal */
export type MutableNode = unknown[];

/** The raw parts of a map: root node, root level shift and entry count. @internal */
export interface Trie {
  /** Root node, or `undefined` when the map is empty. */
  readonly root: TrieNode | undefined;
  /** Bit shift of the root level (0 when the root is a leaf). */
  readonly shift: number;
  /** Number of entries set. */
  readonly size: number;
}

const TWO_31 = 2 ** 31;

/**
 * The slot index of `index` at the level with bit shift `shift`.
 *
 * @internal
 */
export function digit(index: number, shift: number): number {
  // Bit operators only see 32 bits, so large indices take the (slower) division path.
  if (index < TWO_31) return shift < 31 ? (index >>> shift) & 31 : 0;
  return Math.floor(index / 2 ** shift) % WIDTH;
}

/**
 * The largest index a root at bit shift `shift` can hold.
 *
 * @internal
 */
export function maxIndexAt(shift: number): number {
  // `**` is a slow Math.pow call on hot paths; shifts up to 25 fit a 31-bit shift.
  return shift <= 25 ? (1 << (shift + BITS)) - 1 : 2 ** (shift + BITS) - 1;
}

/**
 * The smallest root bit shift whose subtree can hold `index`.
 *
 * @internal
 */
export function shiftFor(index: number): number {
  let shift = 0;
  while (index > maxIndexAt(shift)) shift += BITS;
  return shift;
}

/**
 * A fresh, unfrozen node with every slot empty and a count of 0.
 *
 * @internal
 */
export function emptyNode(): MutableNode {
  // A literal keeps V8's packed element kind (new Array(n) starts holey), the same kind that
  // spread copies get, so node reads stay monomorphic.
  // biome-ignore format: one slot per child, then the count
  return [
    undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined,
    undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined,
    undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined,
    undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined,
    0,
  ];
}

const UNIFORM = new WeakMap<TrieNode, unknown>();

/**
 * Records that every index below `node` (a frozen, completely filled subtree) holds `value`.
 *
 * @internal
 */
export function markUniform(node: TrieNode, value: unknown): void {
  UNIFORM.set(node, value);
}

/**
 * Sentinel of `uniformValue` for a subtree holding more than one value (or some empty slots).
 *
 * @internal
 */
export const MIXED: unique symbol = Symbol('mixed');

/**
 * The one value every index below `node` holds: `undefined` for an empty subtree, `MIXED` when it
 * is not known to be uniform.
 *
 * @internal
 */
export function uniformValue(node: TrieNode | undefined): unknown {
  if (node === undefined) return undefined;
  const value = UNIFORM.get(node);
  return value === undefined ? MIXED : value;
}

/**
 * The entry count of a node, 0 for an empty subtree.
 *
 * @internal
 */
export function countOf(node: TrieNode | undefined): number {
  return node === undefined ? 0 : (node[COUNT] as number);
}

/**
 * The child node in slot `slot` of an inner node.
 *
 * @internal
 */
export function childAt(node: TrieNode | undefined, slot: number): TrieNode | undefined {
  return node === undefined ? undefined : (node[slot] as TrieNode | undefined);
}

/**
 * Wraps `root` in frozen parent nodes (in slot 0) until its level reaches `toShift`.
 *
 * @internal
 */
export function liftRoot(
  root: TrieNode | undefined,
  fromShift: number,
  toShift: number,
): TrieNode | undefined {
  if (root === undefined) return undefined;
  let node = root;
  for (let shift = fromShift; shift < toShift; shift += BITS) {
    const parent = emptyNode();
    parent[0] = node;
    parent[COUNT] = node[COUNT];
    node = Object.freeze(parent);
  }
  return node;
}

/**
 * Drops root levels whose only child is slot 0, so a map that shrank does not keep a tall spine.
 *
 * @internal
 */
export function trimRoot(trie: Trie): Trie {
  let { root, shift } = trie;
  while (root !== undefined && shift > 0) {
    const first = childAt(root, 0);
    if (first === undefined || countOf(first) !== countOf(root)) break;
    root = first;
    shift -= BITS;
  }
  return root === undefined ? { root, shift: 0, size: 0 } : { root, shift, size: trie.size };
}

/**
 * Whether `index` is an integer block index the map can hold.
 *
 * @internal
 */
export function isBlockIndex(index: number): boolean {
  return Number.isInteger(index) && index >= 0 && index <= MAX_BLOCK_INDEX;
}

/**
 * Throws a `RangeError` unless `index` is a valid block index.
 *
 * @internal
 */
export function requireBlockIndex(index: number): void {
  if (!isBlockIndex(index)) {
    throw new RangeError(`Block index must be an integer in [0, 2^48), got ${index}.`);
  }
}
