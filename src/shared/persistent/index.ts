export type { HashTable, HashTableEntry } from './hash-table.js';
export {
  emptyHashTable,
  hashTableEntries,
  hashTableGet,
  hashTableHas,
  hashTableRemove,
  hashTableSet,
  hashTableSize,
  hashTableValues,
} from './hash-table.js';
export type { OrderedIndex, OrderedIndexEntry } from './ordered-index.js';
export {
  emptyOrderedIndex,
  orderedIndexAt,
  orderedIndexGet,
  orderedIndexInsert,
  orderedIndexRank,
  orderedIndexRemove,
  orderedIndexSize,
  orderedIndexSlice,
  orderedIndexValuesFrom,
} from './ordered-index.js';
export type { TaskHeap, TaskHeapTop } from './task-heap.js';
export {
  emptyTaskHeap,
  taskHeapFirstDue,
  taskHeapPeek,
  taskHeapPop,
  taskHeapPush,
  taskHeapSize,
} from './task-heap.js';
