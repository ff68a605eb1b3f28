import {
  emptyHashTable,
  emptyOrderedIndex,
  type HashTable,
  hashTableGet,
  hashTableRemove,
  hashTableSet,
  type OrderedIndex,
  orderedIndexGet,
  orderedIndexInsert,
  orderedIndexRank,
  orderedIndexRemove,
  orderedIndexSize,
  orderedIndexSlice,
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
  const oldKeys = before ? keysOf(before) : [];
  const removed = oldKeys.filter((k) => !newKeys.includes(k));
  const added = before ? newKeys.filter((k) => !oldKeys.includes(k)) : newKeys;
  const indexes = reindex(reindex(table.indexes, removed, entity.seq, null), added, entity.seq, id);
  return {
    rows: hashTableSet(table.rows, id, entity),
    indexes,
    nextSeq: Math.max(table.nextSeq, entity.seq + 1),
  };
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
  return {
    rows: hashTableSet(table.rows, id, entity),
    indexes: table.indexes,
    nextSeq: table.nextSeq,
  };
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
 * A listing request against an {@link EntityTable}.
 *
 * @internal
 */
export interface EntityQuery<E> {
  /** Index keys every result must have (at least one, e.g. the region). */
  readonly keys: readonly string[];
  /** Only these ids (a short list, e.g. `DiskIds`): candidates come from it, not from an index. */
  readonly ids?: readonly string[] | undefined;
  /** Further conditions the indexes cannot answer. */
  readonly where?: ((entity: E) => boolean) | undefined;
  /** Skip this many matches (page-number paging). */
  readonly skip?: number | undefined;
  /** Start after this sequence number (token paging). */
  readonly afterSeq?: number | undefined;
  /** The page size. */
  readonly limit: number;
}

/**
 * One page of a listing: the entities, how many match in all, and the last sequence number.
 *
 * @internal
 */
export interface EntityPage<E> {
  readonly items: readonly E[];
  readonly totalCount: number;
  readonly lastSeq: number | undefined;
  readonly hasMore: boolean;
}

function fetchRows<E>(table: EntityTable<E>, ids: Iterable<string>): E[] {
  const items: E[] = [];
  for (const id of ids) {
    const entity = hashTableGet(table.rows, id);
    if (entity !== undefined) items.push(entity);
  }
  return items;
}

/**
 * Lists entities matching every key (and `where`), in creation order, one page at a time. With a
 * single key and no `where` it costs O(log n + page); otherwise it walks the smallest index.
 *
 * @param table - The table.
 * @param query - Keys, conditions and paging.
 * @returns The page.
 * @internal
 */
export function entityQuery<E extends Sequenced>(
  table: EntityTable<E>,
  query: EntityQuery<E>,
): EntityPage<E> {
  const indexes = query.keys.map((k) => hashTableGet(table.indexes, k) ?? emptyOrderedIndex());
  const [smallest, ...others] = [...indexes].sort(
    (a, b) => orderedIndexSize(a) - orderedIndexSize(b),
  );
  if (!smallest) return { items: [], totalCount: 0, lastSeq: undefined, hasMore: false };
  if (query.ids) {
    const rows = fetchRows(table, new Set(query.ids)).sort((a, b) => a.seq - b.seq);
    return scanQuery(rows, indexes, query);
  }
  const total = orderedIndexSize(smallest);
  if (others.length === 0 && !query.where) {
    const start =
      query.afterSeq === undefined
        ? (query.skip ?? 0)
        : orderedIndexRank(smallest, query.afterSeq + 1);
    const entries = orderedIndexSlice(smallest, start, query.limit);
    const items = fetchRows(
      table,
      entries.map((e) => e.value),
    );
    return {
      items,
      totalCount: total,
      lastSeq: entries.at(-1)?.key,
      hasMore: start + entries.length < total,
    };
  }
  return scanQuery(candidates(table, smallest), others, query);
}

function* candidates<E>(table: EntityTable<E>, index: OrderedIndex): Generator<E> {
  for (const id of orderedIndexValuesFrom(index, 0)) {
    const entity = hashTableGet(table.rows, id);
    if (entity !== undefined) yield entity;
  }
}

function scanQuery<E extends Sequenced>(
  rows: Iterable<E>,
  required: readonly OrderedIndex[],
  query: EntityQuery<E>,
): EntityPage<E> {
  const items: E[] = [];
  let matches = 0;
  let skip = query.skip ?? 0;
  let hasMore = false;
  for (const entity of rows) {
    if (required.some((ix) => orderedIndexGet(ix, entity.seq) === undefined)) continue;
    if (query.where && !query.where(entity)) continue;
    matches++;
    if (query.afterSeq !== undefined && entity.seq <= query.afterSeq) continue;
    if (skip > 0) {
      skip--;
    } else if (items.length < query.limit) {
      items.push(entity);
    } else {
      hasMore = true;
    }
  }
  return { items, totalCount: matches, lastSeq: items.at(-1)?.seq, hasMore };
}
