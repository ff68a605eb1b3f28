import type { EntityTable, Sequenced } from './entity-table.js';
import {
  emptyOrderedIndex,
  hashTableGet,
  type OrderedIndex,
  orderedIndexGet,
  orderedIndexRank,
  orderedIndexSize,
  orderedIndexSlice,
} from './persistent/index.js';

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
  /** Resume past this sequence number, in the listing's order (token paging). */
  readonly afterSeq?: number | undefined;
  /** The page size. */
  readonly limit: number;
  /** List the newest first (default: creation order, oldest first). */
  readonly newestFirst?: boolean | undefined;
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

const EMPTY_PAGE: EntityPage<never> = {
  items: [],
  totalCount: 0,
  lastSeq: undefined,
  hasMore: false,
};
const STRIDE = 64;

/** An index's entries in either direction, fetched one O(log n) slice per STRIDE entries. */
function* walk(index: OrderedIndex, newestFirst: boolean): Generator<string> {
  const size = orderedIndexSize(index);
  for (let done = 0; done < size; done += STRIDE) {
    const count = Math.min(STRIDE, size - done);
    const entries = orderedIndexSlice(index, newestFirst ? size - done - count : done, count);
    if (newestFirst) entries.reverse();
    for (const entry of entries) yield entry.value;
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
  query: EntityQuery<E>,
): EntityPage<E> {
  const { afterSeq, newestFirst = false } = query;
  const past = (seq: number) =>
    afterSeq !== undefined && (newestFirst ? seq >= afterSeq : seq <= afterSeq);
  const items: E[] = [];
  let matches = 0;
  let skip = query.skip ?? 0;
  let hasMore = false;
  for (const entity of rows) {
    if (required.some((ix) => orderedIndexGet(ix, entity.seq) === undefined)) continue;
    if (query.where && !query.where(entity)) continue;
    matches++;
    if (past(entity.seq)) continue;
    if (skip > 0) skip--;
    else if (items.length < query.limit) items.push(entity);
    else hasMore = true;
  }
  return { items, totalCount: matches, lastSeq: items.at(-1)?.seq, hasMore };
}

/** The page of one index with no other condition: O(log n + page) in either direction. */
function slicePage<E>(
  table: EntityTable<E>,
  index: OrderedIndex,
  query: EntityQuery<E>,
): EntityPage<E> {
  const total = orderedIndexSize(index);
  const { afterSeq, limit, newestFirst = false } = query;
  // `from` counts entries already passed, in the listing's order.
  const passedAsc = afterSeq === undefined ? undefined : orderedIndexRank(index, afterSeq + 1);
  const from =
    passedAsc === undefined
      ? (query.skip ?? 0)
      : newestFirst
        ? total - orderedIndexRank(index, afterSeq ?? 0)
        : passedAsc;
  const count = Math.max(0, Math.min(limit, total - from));
  const entries = orderedIndexSlice(index, newestFirst ? total - from - count : from, count);
  if (newestFirst) entries.reverse();
  return {
    items: [
      ...rowsOf(
        table,
        entries.map((e) => e.value),
      ),
    ],
    totalCount: total,
    lastSeq: entries.at(-1)?.key,
    hasMore: from + entries.length < total,
  };
}

/**
 * Lists entities matching every key (and `where`), oldest or newest first, one page at a time.
 * With a single key and no `where` it costs O(log n + page); otherwise it walks the smallest index.
 *
 * @param table - The table.
 * @param query - Keys, conditions, order and paging.
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
  if (!smallest) return EMPTY_PAGE;
  const newestFirst = query.newestFirst ?? false;
  if (query.ids) {
    const rows = [...rowsOf(table, new Set(query.ids))].sort((a, b) =>
      newestFirst ? b.seq - a.seq : a.seq - b.seq,
    );
    return scan(rows, indexes, query);
  }
  if (others.length > 0 || query.where)
    return scan(rowsOf(table, walk(smallest, newestFirst)), others, query);
  return slicePage(table, smallest, query);
}
