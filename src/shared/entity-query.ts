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

/** Whether a sequence number is in every one of the indexes (each lookup O(log n)). */
function inAll(indexes: readonly OrderedIndex[], seq: number): boolean {
  for (const index of indexes) if (orderedIndexGet(index, seq) === undefined) return false;
  return true;
}

/**
 * The running state of a scan: how many matched, what the page holds. Plain loops rather than
 * generators: listings are the hot path of every Describe call, and a generator per listing plus
 * one per row lookup cost more than the walk itself on small tables.
 */
class PageBuilder<E extends Sequenced> {
  readonly items: E[] = [];
  matches = 0;
  hasMore = false;
  #skip: number;
  readonly #query: EntityQuery<E>;
  readonly #required: readonly OrderedIndex[];

  constructor(required: readonly OrderedIndex[], query: EntityQuery<E>) {
    this.#skip = query.skip ?? 0;
    this.#query = query;
    this.#required = required;
  }

  offer(entity: E): void {
    const query = this.#query;
    if (!inAll(this.#required, entity.seq)) return;
    if (query.where && !query.where(entity)) return;
    this.matches++;
    const { afterSeq } = query;
    if (
      afterSeq !== undefined &&
      (query.newestFirst ? entity.seq >= afterSeq : entity.seq <= afterSeq)
    )
      return;
    if (this.#skip > 0) this.#skip--;
    else if (this.items.length < query.limit) this.items.push(entity);
    else this.hasMore = true;
  }

  page(): EntityPage<E> {
    const { items } = this;
    return { items, totalCount: this.matches, lastSeq: items.at(-1)?.seq, hasMore: this.hasMore };
  }
}

/** Every entity of the smallest index, in the listing's order: one O(log n) slice per STRIDE. */
function scanIndex<E extends Sequenced>(
  table: EntityTable<E>,
  index: OrderedIndex,
  required: readonly OrderedIndex[],
  query: EntityQuery<E>,
): EntityPage<E> {
  const newestFirst = query.newestFirst ?? false;
  const builder = new PageBuilder(required, query);
  const size = orderedIndexSize(index);
  for (let done = 0; done < size; done += STRIDE) {
    const count = Math.min(STRIDE, size - done);
    const entries = orderedIndexSlice(index, newestFirst ? size - done - count : done, count);
    for (let i = 0; i < count; i++) {
      const entry = entries[newestFirst ? count - 1 - i : i];
      const entity = entry && hashTableGet(table.rows, entry.value);
      if (entity !== undefined) builder.offer(entity);
    }
  }
  return builder.page();
}

function rowsOf<E>(table: EntityTable<E>, ids: Iterable<string>): E[] {
  const rows: E[] = [];
  for (const id of ids) {
    const entity = hashTableGet(table.rows, id);
    if (entity !== undefined) rows.push(entity);
  }
  return rows;
}

/** The page of one index with no other condition: O(log n + page) in either direction. */
function slicePage<E>(
  table: EntityTable<E>,
  index: OrderedIndex,
  query: EntityQuery<E>,
): EntityPage<E> {
  const total = orderedIndexSize(index);
  const { afterSeq, limit, newestFirst = false } = query;
  // `from` counts entries already passed, in the listing's order. A page past the end (or a skip
  // past 2^53, from a huge page number) passes them all: an empty page, not a slice before 0.
  const passedAsc = afterSeq === undefined ? undefined : orderedIndexRank(index, afterSeq + 1);
  const from = Math.min(
    total,
    passedAsc === undefined
      ? (query.skip ?? 0)
      : newestFirst
        ? total - orderedIndexRank(index, afterSeq ?? 0)
        : passedAsc,
  );
  const count = Math.max(0, Math.min(limit, total - from));
  const entries = orderedIndexSlice(index, newestFirst ? total - from - count : from, count);
  if (newestFirst) entries.reverse();
  return {
    items: rowsOf(
      table,
      entries.map((e) => e.value),
    ),
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
    const rows = rowsOf(table, new Set(query.ids)).sort((a, b) =>
      newestFirst ? b.seq - a.seq : a.seq - b.seq,
    );
    const builder = new PageBuilder(indexes, query);
    for (const row of rows) builder.offer(row);
    return builder.page();
  }
  if (others.length > 0 || query.where) return scanIndex(table, smallest, others, query);
  return slicePage(table, smallest, query);
}
