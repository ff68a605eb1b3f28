import { isDraft, produce } from 'immer';
import { describe, expect, it } from 'vitest';
import type { HashTableBranch } from '../../../src/shared/persistent/hash-table-node.js';
import {
  emptyHashTable,
  emptyOrderedIndex,
  emptyTaskHeap,
  type HashTable,
  hashTableEntries,
  hashTableGet,
  hashTableSet,
  type OrderedIndex,
  orderedIndexInsert,
  orderedIndexSlice,
  type TaskHeap,
  taskHeapPeek,
  taskHeapPop,
  taskHeapPush,
} from '../../../src/shared/persistent/index.js';
import { everyNodeFrozen } from './plain-structure.js';

interface Disk {
  readonly id: string;
  readonly sizeGiB: number;
  readonly tags: readonly string[];
}

interface World {
  readonly disks: { readonly byId: HashTable<Disk>; readonly order: OrderedIndex };
  readonly tasks: TaskHeap<{ readonly diskId: string }>;
  readonly template: Disk;
}

function aDisk(n: number): Disk {
  return { id: `d-${n}`, sizeGiB: n, tags: [] };
}

function aWorld(disks: number): World {
  let byId = emptyHashTable<Disk>();
  let order = emptyOrderedIndex();
  for (let n = 1; n <= disks; n++) {
    byId = hashTableSet(byId, `d-${n}`, aDisk(n));
    order = orderedIndexInsert(order, n, `d-${n}`);
  }
  return { disks: { byId, order }, tasks: emptyTaskHeap(), template: aDisk(0) };
}

describe('hashTableSet', () => {
  describe('when called on a table read through an immer draft', () => {
    it('produces a plain frozen state without proxies', () => {
      const next = produce(aWorld(100), (d) => {
        d.disks.byId = hashTableSet(d.disks.byId, 'd-101', aDisk(101));
        d.disks.byId = hashTableSet(d.disks.byId, 'd-1', { ...aDisk(1), sizeGiB: 99 });
      });
      expect(hashTableGet(next.disks.byId, 'd-101')).toEqual(aDisk(101));
      expect(hashTableGet(next.disks.byId, 'd-1')?.sizeGiB).toBe(99);
      expect(() => JSON.stringify(next)).not.toThrow();
      expect(everyNodeFrozen(next)).toBe(true);
    });

    it('shares every untouched subtree with the previous state', () => {
      const world = aWorld(2000);
      const next = produce(world, (d) => {
        d.disks.byId = hashTableSet(d.disks.byId, 'd-1', { ...aDisk(1), sizeGiB: 7 });
      });
      // 2000 keys always need a branch at the root; this test may look inside it.
      const before = world.disks.byId.root as HashTableBranch<Disk>;
      const after = next.disks.byId.root as HashTableBranch<Disk>;
      const shared = after.children.filter((child, i) => child === before.children[i]);
      expect(after.children).toHaveLength(before.children.length);
      expect(shared).toHaveLength(before.children.length - 1);
      expect(next.disks.order).toBe(world.disks.order);
    });
  });

  describe('when the recipe read into the table before writing it', () => {
    it('still produces a plain frozen state that shares the untouched nodes', () => {
      const world = aWorld(2000);
      const next = produce(world, (d) => {
        // Reading `root` drafts it: the table's draft now holds a draft child.
        expect(isDraft(d.disks.byId.root)).toBe(true);
        d.disks.byId = hashTableSet(d.disks.byId, 'd-1', { ...aDisk(1), sizeGiB: 7 });
      });
      const before = world.disks.byId.root as HashTableBranch<Disk>;
      const after = next.disks.byId.root as HashTableBranch<Disk>;
      const shared = after.children.filter((child, i) => child === before.children[i]);
      expect(hashTableGet(next.disks.byId, 'd-1')?.sizeGiB).toBe(7);
      expect(shared).toHaveLength(before.children.length - 1);
      expect(everyNodeFrozen(next)).toBe(true);
    });
  });

  describe('when the value is itself an immer draft', () => {
    it('stores a frozen snapshot of it', () => {
      const next = produce(aWorld(1), (d) => {
        d.disks.byId = hashTableSet(d.disks.byId, 'd-copy', d.template);
      });
      const stored = hashTableGet(next.disks.byId, 'd-copy');
      expect(stored).toEqual(aDisk(0));
      expect(isDraft(stored)).toBe(false);
      expect(Object.isFrozen(stored)).toBe(true);
    });
  });
});

describe('hashTableGet', () => {
  describe('when called on a table read through an immer draft', () => {
    it('returns the stored frozen value, not a draft', () => {
      produce(aWorld(3), (d) => {
        const disk = hashTableGet(d.disks.byId, 'd-2');
        expect(isDraft(disk)).toBe(false);
        expect(Object.isFrozen(disk)).toBe(true);
      });
    });
  });
});

describe('hashTableEntries', () => {
  describe('when the generator outlives the recipe that made it', () => {
    it('still iterates the table', () => {
      let entries: Iterable<{ readonly key: string }> = [];
      produce(aWorld(3), (d) => {
        entries = hashTableEntries(d.disks.byId);
      });
      expect([...entries].map((e) => e.key).sort()).toEqual(['d-1', 'd-2', 'd-3']);
    });
  });
});

describe('orderedIndexInsert', () => {
  describe('when called on an index read through an immer draft', () => {
    it('produces a plain index that pages in order', () => {
      const next = produce(aWorld(40), (d) => {
        d.disks.order = orderedIndexInsert(d.disks.order, 41, 'd-41');
      });
      expect(orderedIndexSlice(next.disks.order, 39, 5)).toEqual([
        { key: 40, value: 'd-40' },
        { key: 41, value: 'd-41' },
      ]);
      expect(everyNodeFrozen(next)).toBe(true);
    });
  });
});

describe('taskHeapPush', () => {
  describe('when called on a heap read through an immer draft', () => {
    it('produces a plain heap that pops in order', () => {
      const next = produce(aWorld(0), (d) => {
        d.tasks = taskHeapPush(d.tasks, 20, 2, { diskId: 'd-2' });
        d.tasks = taskHeapPush(d.tasks, 10, 1, { diskId: 'd-1' });
      });
      const after = produce(next, (d) => {
        d.tasks = taskHeapPop(d.tasks);
      });
      expect(taskHeapPeek(next.tasks)?.item).toEqual({ diskId: 'd-1' });
      expect(taskHeapPeek(after.tasks)?.item).toEqual({ diskId: 'd-2' });
      expect(everyNodeFrozen(after)).toBe(true);
    });
  });
});

describe('HashTable', () => {
  describe('when a value of another type is written', () => {
    it('is rejected by the type checker', () => {
      const table = aWorld(1).disks.byId;
      // @ts-expect-error a number is not a Disk
      const wrong = hashTableSet(table, 'd-9', 42);
      expect(hashTableGet(wrong, 'd-9')).toBe(42);
    });
  });
});
