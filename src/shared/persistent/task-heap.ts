import { storable, undraft } from './draft-safe.js';
import type { TaskHeapNode } from './task-heap-node.js';
import { merge } from './task-heap-node.js';

/**
 * A persistent min-priority queue ordered by `(due, seq)`, made of frozen plain objects.
 *
 * @remarks
 * `root` is typed `unknown` on purpose: immer's `Draft` type then leaves the heap alone, so
 * `d.tasks = taskHeapPush(d.tasks, due, seq, task)` type-checks inside a recipe. At run time it
 * is a `TaskHeapNode` or `null`, and only this module reads it.
 *
 * @typeParam T - The type of the queued items.
 *
 * @example
 * ```ts
 * produce(state, (d) => {
 *   d.clock.tasks = taskHeapPush(d.clock.tasks, dueAt, seq, { kind: 'settle', diskId });
 * });
 * ```
 */
export interface TaskHeap<T> {
  /** The number of queued tasks. */
  readonly size: number;
  /** The first task (a `TaskHeapNode`), or `null` when the queue is empty. */
  readonly root: unknown;
  /** Carries `T` for the type checker only; never present at run time. */
  readonly __itemType?: () => T;
}

/**
 * The first task of a {@link TaskHeap}, as returned by {@link taskHeapPeek}.
 *
 * @typeParam T - The type of the queued items.
 *
 * @example
 * ```ts
 * taskHeapPeek(taskHeapPush(emptyTaskHeap<string>(), 10, 1, 'a')); //=> { due: 10, seq: 1, item: 'a' }
 * ```
 */
export interface TaskHeapTop<T> {
  /** When the task is due. */
  readonly due: number;
  /** The task's tie-breaking sequence number. */
  readonly seq: number;
  /** The queued item. */
  readonly item: T;
}

const EMPTY: TaskHeap<never> = Object.freeze({ size: 0, root: null });

function rootOf<T>(heap: TaskHeap<T>): TaskHeapNode<T> | null {
  return heap.root as TaskHeapNode<T> | null;
}

/**
 * Returns the empty task heap.
 *
 * @typeParam T - The type of the items the heap will hold.
 * @returns A frozen heap with no tasks.
 *
 * @example
 * ```ts
 * taskHeapSize(emptyTaskHeap<string>()); //=> 0
 * ```
 */
export function emptyTaskHeap<T>(): TaskHeap<T> {
  return EMPTY;
}

/**
 * Returns a heap with one more task, in O(log n).
 *
 * @param heap - The heap to start from (may be read through an immer draft); it is not changed.
 * @param due - When the task is due, such as epoch milliseconds.
 * @param seq - A tie-breaker: tasks with equal `due` come out in ascending `seq`.
 * @param item - The task itself; object items are deep-frozen when stored.
 * @returns A new frozen heap.
 * @throws RangeError when `due` or `seq` is not a finite number.
 *
 * @example
 * ```ts
 * const h = taskHeapPush(emptyTaskHeap<string>(), 1000, 1, 'settle d-1');
 * taskHeapPeek(h)?.item; //=> 'settle d-1'
 * ```
 */
export function taskHeapPush<T>(heap: TaskHeap<T>, due: number, seq: number, item: T): TaskHeap<T> {
  if (!Number.isFinite(due) || !Number.isFinite(seq)) {
    throw new RangeError(`A task needs a finite due time and sequence number, got ${due}, ${seq}.`);
  }
  const base = undraft(heap);
  const single = Object.freeze({
    due,
    seq,
    item: storable(item),
    rank: 1,
    left: null,
    right: null,
  });
  return Object.freeze({ size: base.size + 1, root: merge(rootOf(base), single) });
}

/**
 * Returns the task with the smallest `(due, seq)` in O(1), without removing it.
 *
 * @param heap - The heap to read.
 * @returns The first task, or `undefined` when the heap is empty.
 *
 * @example
 * ```ts
 * const h = taskHeapPush(taskHeapPush(emptyTaskHeap<string>(), 20, 1, 'b'), 10, 2, 'a');
 * taskHeapPeek(h); //=> { due: 10, seq: 2, item: 'a' }
 * ```
 */
export function taskHeapPeek<T>(heap: TaskHeap<T>): TaskHeapTop<T> | undefined {
  const root = rootOf(undraft(heap));
  return root === null ? undefined : { due: root.due, seq: root.seq, item: root.item };
}

/**
 * Returns a heap without its first task, in O(log n).
 *
 * @param heap - The heap to start from; it is not changed.
 * @returns A new frozen heap, or `heap` itself when it is empty.
 *
 * @example
 * ```ts
 * const h = taskHeapPush(taskHeapPush(emptyTaskHeap<string>(), 20, 1, 'b'), 10, 2, 'a');
 * taskHeapPeek(taskHeapPop(h))?.item; //=> 'b'
 * ```
 */
export function taskHeapPop<T>(heap: TaskHeap<T>): TaskHeap<T> {
  const base = undraft(heap);
  const top = rootOf(base);
  if (top === null) return base;
  const root = merge(top.left, top.right);
  return root === null ? EMPTY : Object.freeze({ size: base.size - 1, root });
}

/**
 * Returns the number of queued tasks in O(1).
 *
 * @param heap - The heap to measure.
 * @returns The number of tasks.
 *
 * @example
 * ```ts
 * taskHeapSize(taskHeapPush(emptyTaskHeap<string>(), 10, 1, 'a')); //=> 1
 * ```
 */
export function taskHeapSize<T>(heap: TaskHeap<T>): number {
  return heap.size;
}

/**
 * Returns the earliest due time among the tasks `passOver` does not pass over, walking only the
 * passed-over tasks above it (the heap order prunes the rest): O(passed over) nodes, a loop.
 *
 * @param heap - The heap to read.
 * @param passOver - Which items to ignore.
 * @returns That due time, or `undefined` when every task is passed over.
 *
 * @example
 * ```ts
 * const h = taskHeapPush(taskHeapPush(emptyTaskHeap<string>(), 10, 1, 'timer'), 20, 2, 'work');
 * taskHeapFirstDue(h, (item) => item === 'timer'); //=> 20
 * ```
 */
export function taskHeapFirstDue<T>(
  heap: TaskHeap<T>,
  passOver: (item: T) => boolean,
): number | undefined {
  let best: number | undefined;
  const stack: TaskHeapNode<T>[] = [];
  const root = rootOf(undraft(heap));
  if (root !== null) stack.push(root);
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    // Everything below a node is due no earlier than it.
    if (best !== undefined && node.due >= best) continue;
    if (!passOver(node.item)) {
      best = node.due;
      continue;
    }
    if (node.left !== null) stack.push(node.left);
    if (node.right !== null) stack.push(node.right);
  }
  return best;
}
