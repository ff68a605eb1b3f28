/**
 * One queued task of a `TaskHeap`: a node of a persistent leftist heap.
 *
 * @typeParam T - The type of the queued items.
 *
 * @example
 * ```ts
 * const node: TaskHeapNode<string> = { due: 10, seq: 1, item: 'a', rank: 1, left: null, right: null };
 * ```
 */
export interface TaskHeapNode<T> {
  /** When the task is due; smaller comes out first. */
  readonly due: number;
  /** Breaks ties between equal `due` values; smaller comes out first. */
  readonly seq: number;
  /** The queued item. */
  readonly item: T;
  /** The length of the right spine, which the leftist shape keeps at O(log n). */
  readonly rank: number;
  /** The subtree with the longer right spine, or `null`. */
  readonly left: TaskHeapNode<T> | null;
  /** The subtree with the shorter right spine, or `null`. */
  readonly right: TaskHeapNode<T> | null;
}

function comesFirst<T>(a: TaskHeapNode<T>, b: TaskHeapNode<T>): boolean {
  return a.due < b.due || (a.due === b.due && a.seq < b.seq);
}

function rankOf<T>(node: TaskHeapNode<T> | null): number {
  return node === null ? 0 : node.rank;
}

function withChildren<T>(
  top: TaskHeapNode<T>,
  a: TaskHeapNode<T> | null,
  b: TaskHeapNode<T> | null,
): TaskHeapNode<T> {
  const [left, right] = rankOf(a) >= rankOf(b) ? [a, b] : [b, a];
  const { due, seq, item } = top;
  return Object.freeze({ due, seq, item, rank: rankOf(right) + 1, left, right });
}

/**
 * Melds two leftist heaps by path copying along their right spines, in O(log n).
 *
 * @remarks
 * The walk down both right spines is a loop and the rebuild goes bottom-up, so the stack depth
 * does not depend on the heap's shape.
 *
 * @param x - One heap's top node, or `null`.
 * @param y - The other heap's top node, or `null`.
 * @returns The top node of a heap holding both, or `null` when both are empty.
 *
 * @example
 * ```ts
 * merge(null, single)?.item; //=> single.item
 * ```
 */
export function merge<T>(
  x: TaskHeapNode<T> | null,
  y: TaskHeapNode<T> | null,
): TaskHeapNode<T> | null {
  const spine: TaskHeapNode<T>[] = [];
  let a = x;
  let b = y;
  while (a !== null && b !== null) {
    if (comesFirst(b, a)) [a, b] = [b, a];
    spine.push(a);
    a = a.right;
  }
  let merged = a ?? b;
  for (let i = spine.length - 1; i >= 0; i--) {
    const top = spine[i];
    if (top !== undefined) merged = withChildren(top, top.left, merged);
  }
  return merged;
}
