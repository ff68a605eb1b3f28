import type { EcsError } from '../../shared/ecs-error.js';
import type { ParamReader } from '../../shared/params.js';
import { ok, type Result } from '../../shared/result.js';
import { decodePageToken, encodePageToken } from './page-token.js';

/** Entries per page when `maxResults` is not given, and the bounds it must stay in. */
const DEFAULT_MAX_RESULTS = 10_000;
const MIN_MAX_RESULTS = 100;

/**
 * The paging fields of a block listing, read and checked.
 *
 * @internal
 */
export interface BlockPaging {
  readonly startingBlockIndex: number | undefined;
  readonly maxResults: number;
  readonly nextToken: string | undefined;
}

/**
 * Reads `startingBlockIndex`, `maxResults` (100-10000, default 10000) and `nextToken`.
 *
 * @param p - The request reader.
 * @returns The paging fields.
 * @internal
 */
export function readBlockPaging(p: ParamReader): BlockPaging {
  const nextToken = p.string('nextToken');
  return {
    startingBlockIndex: p.int('startingBlockIndex', { min: 0 }),
    maxResults:
      p.int('maxResults', { min: MIN_MAX_RESULTS, max: DEFAULT_MAX_RESULTS }) ??
      DEFAULT_MAX_RESULTS,
    nextToken: nextToken === '' ? undefined : nextToken,
  };
}

/**
 * The block index a page starts at: the `nextToken`'s when given (it wins), else
 * `startingBlockIndex`, else 0.
 *
 * @param paging - The paging fields.
 * @param listing - The listing's identity, which a `nextToken` must match.
 * @returns The first block index, or `InvalidParameter` for a foreign or malformed token.
 * @internal
 */
export function pageStart(paging: BlockPaging, listing: string): Result<number, EcsError> {
  if (paging.nextToken !== undefined) return decodePageToken(paging.nextToken, listing);
  return ok(paging.startingBlockIndex ?? 0);
}

/**
 * Takes up to `maxResults` items from an ascending stream, and a `nextToken` when more remain.
 *
 * @param items - Items in ascending block order (only as many as needed are pulled).
 * @param indexOf - The block index of an item.
 * @param paging - The paging fields.
 * @param listing - The listing's identity, baked into the `nextToken`.
 * @returns The page, and the token of the next one (absent on the last page).
 * @internal
 */
export function takePage<T>(
  items: Iterable<T>,
  indexOf: (item: T) => number,
  paging: BlockPaging,
  listing: string,
): { readonly page: T[]; readonly nextToken?: string } {
  const page: T[] = [];
  for (const item of items) {
    if (page.length === paging.maxResults)
      return { page, nextToken: encodePageToken({ listing, next: indexOf(item) }) };
    page.push(item);
  }
  return { page };
}
