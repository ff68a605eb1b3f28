import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  emptyTaskHeap,
  type TaskHeap,
  type TaskHeapTop,
  taskHeapPeek,
  taskHeapPop,
  taskHeapPush,
  taskHeapSize,
} from '../../../src/shared/persistent/index.js';
import type { TaskHeapNode } from '../../../src/shared/persistent/task-heap-node.js';
import { everyNodeFrozen, jsonRoundTrip } from './plain-structure.js';

type Task = TaskHeapTop<string>;

// `null` pops; a number pushes a task with that due time (few values, so ties are common).
const opsArb = fc.array(fc.option(fc.integer({ min: 0, max: 8 }), { freq: 4 }), {
  maxLength: 200,
  size: 'max',
});

function byDueThenSeq(a: Task, b: Task): number {
  return a.due - b.due || a.seq - b.seq;
}

function run(ops: readonly (number | null)[]): { heaps: TaskHeap<string>[]; models: Task[][] } {
  const heaps = [emptyTaskHeap<string>()];
  const models: Task[][] = [[]];
  ops.forEach((op, seq) => {
    const heap = heaps[heaps.length - 1] ?? emptyTaskHeap<string>();
    const model = models[models.length - 1] ?? [];
    if (op === null) {
      heaps.push(taskHeapPop(heap));
      models.push([...model].sort(byDueThenSeq).slice(1));
    } else {
      heaps.push(taskHeapPush(heap, op, seq, `task-${seq}`));
      models.push([...model, { due: op, seq, item: `task-${seq}` }]);
    }
  });
  return { heaps, models };
}

function drain(heap: TaskHeap<string>): Task[] {
  const out: Task[] = [];
  for (
    let h = heap, top = taskHeapPeek(h);
    top !== undefined;
    h = taskHeapPop(h), top = taskHeapPeek(h)
  ) {
    out.push(top);
  }
  return out;
}

function isLeftist(node: TaskHeapNode<string> | null): boolean {
  if (node === null) return true;
  const leftRank = node.left?.rank ?? 0;
  const rightRank = node.right?.rank ?? 0;
  return (
    leftRank >= rightRank &&
    node.rank === rightRank + 1 &&
    isLeftist(node.left) &&
    isLeftist(node.right)
  );
}

describe('taskHeapPop', () => {
  describe('when random pushes and pops run against a sorted model', () => {
    it('always peeks the smallest (due, seq) and counts the tasks', () => {
      fc.assert(
        fc.property(opsArb, (ops) => {
          const { heaps, models } = run(ops);
          const seen = heaps.map((h) => [taskHeapSize(h), taskHeapPeek(h)]);
          expect(seen).toEqual(models.map((m) => [m.length, [...m].sort(byDueThenSeq)[0]]));
        }),
      );
    });

    it('pops every task in (due, seq) order', () => {
      fc.assert(
        fc.property(opsArb, (ops) => {
          const { heaps, models } = run(ops);
          const last = heaps[heaps.length - 1] ?? emptyTaskHeap<string>();
          expect(drain(last)).toEqual([...(models[models.length - 1] ?? [])].sort(byDueThenSeq));
        }),
      );
    });

    // A property over every version is quadratic: give it room on a loaded CI machine.
    it('leaves every earlier version unchanged', { timeout: 30_000 }, () => {
      fc.assert(
        fc.property(opsArb, (ops) => {
          const { heaps, models } = run(ops);
          expect(heaps.map(drain)).toEqual(models.map((m) => [...m].sort(byDueThenSeq)));
        }),
        { numRuns: 15 },
      );
    });

    it('keeps the leftist shape and freezes every node', () => {
      fc.assert(
        fc.property(opsArb, (ops) => {
          const { heaps } = run(ops);
          const last = heaps[heaps.length - 1] ?? emptyTaskHeap<string>();
          expect(isLeftist(last.root as TaskHeapNode<string> | null)).toBe(true);
          expect(everyNodeFrozen(last)).toBe(true);
        }),
      );
    });
  });

  describe('when the heap went through JSON', () => {
    it('pops the same tasks and accepts further pushes', () => {
      fc.assert(
        fc.property(opsArb, (ops) => {
          const { heaps, models } = run(ops);
          const copy = jsonRoundTrip(heaps[heaps.length - 1] ?? emptyTaskHeap<string>());
          const model = models[models.length - 1] ?? [];
          expect(drain(copy)).toEqual([...model].sort(byDueThenSeq));
          const more = taskHeapPush(copy, 4, -1, 'late');
          expect(drain(more)).toEqual(
            [...model, { due: 4, seq: -1, item: 'late' }].sort(byDueThenSeq),
          );
        }),
        { numRuns: 50 },
      );
    });
  });

  describe('when the heap is empty', () => {
    it('returns the same heap', () => {
      const heap = emptyTaskHeap<string>();
      expect(taskHeapPop(heap)).toBe(heap);
      expect(taskHeapPeek(heap)).toBeUndefined();
    });
  });
});

describe('taskHeapPush', () => {
  describe('when 100,000 tasks arrive in descending and then ascending due order', () => {
    it('pops them all in order without deep recursion', () => {
      let heap = emptyTaskHeap<number>();
      for (let i = 0; i < 50_000; i++) heap = taskHeapPush(heap, 50_000 - i, i, i);
      for (let i = 0; i < 50_000; i++) heap = taskHeapPush(heap, 50_000 + i, 50_000 + i, i);
      const dues: number[] = [];
      for (let top = taskHeapPeek(heap); top !== undefined; top = taskHeapPeek(heap)) {
        dues.push(top.due);
        heap = taskHeapPop(heap);
      }
      expect(dues).toHaveLength(100_000);
      expect(dues.every((due, i) => i === 0 || due >= (dues[i - 1] ?? due))).toBe(true);
    });
  });

  describe('when the item is an unfrozen object', () => {
    it('stores it deep-frozen', () => {
      const heap = taskHeapPush(emptyTaskHeap<{ ids: string[] }>(), 1, 1, { ids: ['d-1'] });
      expect(Object.isFrozen(taskHeapPeek(heap)?.item.ids)).toBe(true);
    });
  });

  describe('when due or seq is not a finite number', () => {
    it.each([
      [Number.NaN, 1],
      [1, Number.POSITIVE_INFINITY],
    ])('throws a RangeError for (%s, %s)', (due, seq) => {
      expect(() => taskHeapPush(emptyTaskHeap<string>(), due, seq, 'x')).toThrow(RangeError);
    });
  });
});
