import type { EntityPage, EntityTable, Sequenced } from '../shared/entity-table.js';
import {
  emptyOrderedIndex,
  hashTableGet,
  type OrderedIndex,
  orderedIndexGet,
  orderedIndexRank,
  orderedIndexSize,
  orderedIndexSlice,
} from '../shared/persistent/index.js';

/**
 * A newest-first listing request: like `entityQuery`'s, but a token resumes *before* a sequence
 * number, since the listing walks from the newest entity back.
 *
 * @internal
 */
export interface NewestFirstQuery<E> {
  /** Index keys every result must have (at least one, e.g. the region). */
  readonly keys: readonly string[];
  /** Only these ids: candidates come from the list, not from an index. */
  readonly ids?: readonly string[] | undefined;
  /** Further conditions the indexes cannot answer. */
  readonly where?: ((entity: E) => boolean) | undefined;
  /** Skip this many matches (page-number paging). */
  readonly skip?: number | undefined;
  /** Start below this sequence number (token paging). */
  readonly beforeSeq?: number | undefined;
  /** The page size. */
  readonly limit: number;
}

const PAGE = 64;

/** The values of an index from the largest key down, one O(log n) slice per PAGE values. */
function* valuesDescending(index: OrderedIndex): Generator<string> {
  for (let end = orderedIndexSize(index); end > 0; end -= PAGE) {
    const start = Math.max(0, end - PAGE);
    const entries = orderedIndexSlice(index, start, end - start);
    for (let i = entries.length - 1; i >= 0; i--) {
      const entry = entries[i];
      if (entry) yield entry.value;
    }
  }
}

function* rowsOf<E>(table: EntityTable<E>, ids: Iterable<string>): Generator<E> {
  for (const id of ids) {
    const entity = hashTableGet(table.rows, id);
    if (entity !== undefined) yield entity;
  }
}

function scan<E extends Sequenced>(
  rows: Iterable<E>,
  required: readonly OrderedIndex[],
  query: NewestFirstQuery<E>,
): EntityPage<E> {
  const items: E[] = [];
  let matches = 0;
  let skip = query.skip ?? 0;
  let hasMore = false;
  for (const entity of rows) {
    if (required.some((ix) => orderedIndexGet(ix, entity.seq) === undefined)) continue;
    if (query.where && !query.where(entity)) continue;
    matches++;
    if (query.beforeSeq !== undefined && entity.seq >= query.beforeSeq) continue;
    if (skip > 0) skip--;
    else if (items.length < query.limit) items.push(entity);
    else hasMore = true;
  }
  return { items, totalCount: matches, lastSeq: items.at(-1)?.seq, hasMore };
}

/**
 * Lists entities matching every key (and `where`), newest first, one page at a time. With a single
 * key and no `where` it costs O(log n + page); otherwise it walks the smallest index from the top.
 *
 * @param table - The table.
 * @param query - Keys, conditions and paging.
 * @returns The page; `lastSeq` is the oldest entity served, where the next page resumes below.
 * @example
 * ```ts
 * newestFirst(state.snapshots, { keys: ['region:cn-hangzhou'], limit: 10 }).items;
 * ```
 * @internal
 */
export function newestFirst<E extends Sequenced>(
  table: EntityTable<E>,
  query: NewestFirstQuery<E>,
): EntityPage<E> {
  const indexes = query.keys.map((k) => hashTableGet(table.indexes, k) ?? emptyOrderedIndex());
  const [smallest, ...others] = [...indexes].sort(
    (a, b) => orderedIndexSize(a) - orderedIndexSize(b),
  );
  if (!smallest) return { items: [], totalCount: 0, lastSeq: undefined, hasMore: false };
  if (query.ids) {
    const rows = [...rowsOf(table, new Set(query.ids))].sort((a, b) => b.seq - a.seq);
    return scan(rows, indexes, query);
  }
  if (others.length > 0 || query.where) {
    return scan(rowsOf(table, valuesDescending(smallest)), others, query);
  }
  const total = orderedIndexSize(smallest);
  const top =
    query.beforeSeq === undefined
      ? total - (query.skip ?? 0)
      : orderedIndexRank(smallest, query.beforeSeq);
  const end = Math.min(Math.max(top, 0), total);
  const start = Math.max(0, end - query.limit);
  const entries = orderedIndexSlice(smallest, start, end - start).reverse();
  return {
    items: [
      ...rowsOf(
        table,
        entries.map((e) => e.value),
      ),
    ],
    totalCount: total,
    lastSeq: entries.at(-1)?.key,
    hasMore: start > 0,
  };
}
