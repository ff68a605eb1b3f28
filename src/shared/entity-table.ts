import {
  emptyHashTable,
  emptyOrderedIndex,
  type HashTable,
  hashTableEntries,
  hashTableGet,
  hashTableRemove,
  hashTableSet,
  type OrderedIndex,
  orderedIndexInsert,
  orderedIndexRank,
  orderedIndexRemove,
  orderedIndexSize,
  orderedIndexValuesFrom,
} from './persistent/index.js';

/**
 * What every stored entity carries: its creation sequence number, which orders listings.
 *
 * @internal
 */
export interface Sequenced {
  /** Creation order within its table. */
  readonly seq: number;
}

/**
 * A table of entities with secondary indexes, all persistent: one write costs O(log n), never a
 * copy of the table. Each index key (`region:cn-hangzhou`, `instance:i-...`) maps to the ordered
 * set of entity ids that have it, so filtered listings and paging cost O(log n + page).
 *
 * @example
 * ```ts
 * ecs.state.disks.rows; // the disks by id
 * ```
 * @category World
 */
export interface EntityTable<E> {
  /** Entities by id. */
  readonly rows: HashTable<E>;
  /** Index key -> ids in creation order. */
  readonly indexes: HashTable<OrderedIndex>;
  /** The sequence number the next entity gets. */
  readonly nextSeq: number;
}

/**
 * The index keys an entity belongs to (one function per aggregate).
 *
 * @internal
 */
export type IndexKeysOf<E> = (entity: E) => readonly string[];

/**
 * An empty table.
 *
 * @returns A table with no entities.
 * @internal
 */
export function emptyEntityTable<E>(): EntityTable<E> {
  return { rows: emptyHashTable<E>(), indexes: emptyHashTable<OrderedIndex>(), nextSeq: 1 };
}

/**
 * Looks an entity up by id.
 *
 * @param table - The table.
 * @param id - The entity id.
 * @returns The entity, or `undefined`.
 * @internal
 */
export function entityGet<E>(table: EntityTable<E>, id: string): E | undefined {
  return hashTableGet(table.rows, id);
}

function reindex(
  indexes: HashTable<OrderedIndex>,
  keys: readonly string[],
  seq: number,
  id: string | null,
): HashTable<OrderedIndex> {
  let next = indexes;
  for (const key of keys) {
    const current = hashTableGet(next, key) ?? emptyOrderedIndex();
    const updated =
      id === null ? orderedIndexRemove(current, seq) : orderedIndexInsert(current, seq, id);
    next =
      orderedIndexSize(updated) === 0
        ? hashTableRemove(next, key)
        : hashTableSet(next, key, updated);
  }
  return next;
}

/** Whether two key lists are the same, in the same order (an update that moved no index). */
function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Inserts or replaces an entity, moving it between indexes when its keys changed.
 *
 * @param table - The table.
 * @param id - The entity id.
 * @param entity - The new entity (its `seq` must not change on update).
 * @param keysOf - The aggregate's index keys.
 * @returns The new table.
 * @internal
 */
export function entityPut<E extends Sequenced>(
  table: EntityTable<E>,
  id: string,
  entity: E,
  keysOf: IndexKeysOf<E>,
): EntityTable<E> {
  const before = hashTableGet(table.rows, id);
  const newKeys = keysOf(entity);
  let indexes = table.indexes;
  if (before === undefined) indexes = reindex(indexes, newKeys, entity.seq, id);
  else {
    const oldKeys = keysOf(before);
    if (!sameKeys(oldKeys, newKeys)) {
      const removed = oldKeys.filter((k) => !newKeys.includes(k));
      const added = newKeys.filter((k) => !oldKeys.includes(k));
      indexes = reindex(reindex(indexes, removed, entity.seq, null), added, entity.seq, id);
    }
  }
  return Object.freeze({
    rows: hashTableSet(table.rows, id, entity),
    indexes,
    nextSeq: Math.max(table.nextSeq, entity.seq + 1),
  });
}

/**
 * Adds a new entity at the end of the table's creation order (its `seq` is the table's next).
 *
 * @param table - The table.
 * @param id - The new entity's id.
 * @param fields - The entity without its `seq`.
 * @param keysOf - The aggregate's index keys.
 * @returns The new table.
 * @internal
 */
export function entityAppend<E extends Sequenced>(
  table: EntityTable<E>,
  id: string,
  fields: Omit<E, 'seq'>,
  keysOf: IndexKeysOf<E>,
): EntityTable<E> {
  return entityPut(table, id, { ...fields, seq: table.nextSeq } as E, keysOf);
}

/**
 * Replaces an entity whose indexed fields did not change (a disk's content, a name that is not
 * indexed): one hash-table write, no index work. The hot path of guest writes.
 *
 * @param table - The table.
 * @param id - The entity id; it must already be stored.
 * @param entity - The new entity, equal to the stored one in every indexed field.
 * @returns The new table.
 * @internal
 */
export function entityReplaceUnindexed<E>(
  table: EntityTable<E>,
  id: string,
  entity: E,
): EntityTable<E> {
  return Object.freeze({
    rows: hashTableSet(table.rows, id, entity),
    indexes: table.indexes,
    nextSeq: table.nextSeq,
  });
}

/**
 * Removes an entity and its index entries.
 *
 * @param table - The table.
 * @param id - The entity id.
 * @param keysOf - The aggregate's index keys.
 * @returns The new table (the same one when the id is absent).
 * @internal
 */
export function entityRemove<E extends Sequenced>(
  table: EntityTable<E>,
  id: string,
  keysOf: IndexKeysOf<E>,
): EntityTable<E> {
  const before = hashTableGet(table.rows, id);
  if (!before) return table;
  return {
    rows: hashTableRemove(table.rows, id),
    indexes: reindex(table.indexes, keysOf(before), before.seq, null),
    nextSeq: table.nextSeq,
  };
}

/**
 * The table with its indexes built anew from its rows: for a table restored from a save whose
 * index keys an earlier fake-ecs chose differently.
 *
 * @param table - The table.
 * @param keysOf - The aggregate's current index keys.
 * @returns The same rows, indexed by `keysOf`.
 * @example
 * ```ts
 * const snapshots = entityReindexed(restored.snapshots, snapshotIndexKeys);
 * ```
 * @internal
 */
export function entityReindexed<E extends Sequenced>(
  table: EntityTable<E>,
  keysOf: IndexKeysOf<E>,
): EntityTable<E> {
  let indexes = emptyHashTable<OrderedIndex>();
  for (const { key: id, value } of hashTableEntries(table.rows))
    indexes = reindex(indexes, keysOf(value), value.seq, id);
  return Object.freeze({ rows: table.rows, indexes, nextSeq: table.nextSeq });
}

/**
 * The ids under one index key, in creation order.
 *
 * @param table - The table.
 * @param key - The index key.
 * @returns The ids (a small list: use it for selective keys such as `instance:i-...`).
 * @internal
 */
export function entityIdsByKey<E>(table: EntityTable<E>, key: string): string[] {
  const index = hashTableGet(table.indexes, key);
  return index ? [...orderedIndexValuesFrom(index, 0)] : [];
}

/**
 * How many entities have an index key, in O(1).
 *
 * @param table - The table.
 * @param key - The index key.
 * @returns The count.
 * @internal
 */
export function entityCountByKey<E>(table: EntityTable<E>, key: string): number {
  const index = hashTableGet(table.indexes, key);
  return index ? orderedIndexSize(index) : 0;
}

/**
 * The ids under one index key, oldest first, read lazily: stopping after the first few costs
 * O(log n), however many entities have the key.
 *
 * @param table - The table.
 * @param key - The index key.
 * @returns The ids, as a lazy iterable.
 * @internal
 */
export function entityWalkByKey<E>(table: EntityTable<E>, key: string): Iterable<string> {
  const index = hashTableGet(table.indexes, key);
  return index ? orderedIndexValuesFrom(index, 0) : [];
}

/**
 * The ids under one index key stored at or after a sequence number, oldest first: what a step
 * added, read in O(log n + k) from the end of the index.
 *
 * @param table - The table.
 * @param key - The index key.
 * @param sinceSeq - The table's `nextSeq` before the step.
 * @returns The ids.
 * @internal
 */
export function entityIdsByKeySince<E>(
  table: EntityTable<E>,
  key: string,
  sinceSeq: number,
): string[] {
  const index = hashTableGet(table.indexes, key);
  return index ? [...orderedIndexValuesFrom(index, orderedIndexRank(index, sinceSeq))] : [];
}
