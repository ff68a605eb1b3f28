import type { EntityPage } from './entity-query.js';
import { custom, type FieldValues, int, readFields } from './fields.js';
import type { ParamReader } from './params.js';

/**
 * Paging as a request asked for it: page numbers (`pageNumber`/`pageSize`) or tokens
 * (`maxResults`/`nextToken`). Token paging wins when either of its fields is present.
 *
 * @internal
 */
export interface Paging {
  readonly pageNumber: number;
  readonly pageSize: number;
  readonly skip: number;
  readonly afterSeq: number | undefined;
  readonly tokenMode: boolean;
}

/**
 * Limits of one operation's paging parameters.
 *
 * @internal
 */
export interface PagingLimits {
  readonly maxPageSize: number;
  readonly maxResults: { readonly min: number; readonly max: number };
  readonly defaultSize: number;
  /** Whether the operation has `MaxResults`/`NextToken` (default true). */
  readonly tokens?: boolean;
}

const TOKEN_PREFIX = 'fe';

/**
 * Encodes a position as an opaque `NextToken`.
 *
 * @param seq - The sequence number of the last item returned.
 * @returns The token.
 * @internal
 */
export function encodeNextToken(seq: number): string {
  return `${TOKEN_PREFIX}${seq.toString(36).padStart(8, '0')}`;
}

function decodeNextToken(token: string): number | undefined {
  if (!token.startsWith(TOKEN_PREFIX) || !/^[0-9a-z]+$/.test(token.slice(2))) return undefined;
  const seq = Number.parseInt(token.slice(TOKEN_PREFIX.length), 36);
  return Number.isSafeInteger(seq) ? seq : undefined;
}

/**
 * `NextToken`: a token this endpoint issued (anything else is refused), read as the position it
 * stands for; an empty token is no token.
 *
 * @internal
 */
export const pageToken = custom<number | undefined, string>((p, key) => {
  const token = p.string(key);
  if (token === undefined || token === '') return undefined;
  const afterSeq = decodeNextToken(token);
  if (afterSeq === undefined) p.reject(key, 'not a token this endpoint issued');
  return afterSeq;
});

/**
 * The page-number paging fields of a Describe request (`PageNumber`, `PageSize`).
 *
 * @param maxPageSize - The largest `PageSize`.
 * @returns The fields, for an operation's spec.
 * @internal
 */
export function pageNumberFields(maxPageSize: number) {
  return { pageNumber: int({ min: 1 }).default(1), pageSize: int({ min: 1, max: maxPageSize }) };
}

/**
 * Both paging styles' fields of a Describe request (`PageNumber`, `PageSize`, `MaxResults`,
 * `NextToken`).
 *
 * @param maxPageSize - The largest `PageSize`.
 * @param maxResults - The bounds of `MaxResults`.
 * @returns The fields, for an operation's spec.
 * @internal
 */
export function pagingFields(maxPageSize: number, maxResults: PagingLimits['maxResults']) {
  return { ...pageNumberFields(maxPageSize), maxResults: int(maxResults), nextToken: pageToken };
}

/** The paging fields as read (the token ones absent where the operation has none). */
type PagingValues = FieldValues<ReturnType<typeof pageNumberFields>> &
  Partial<FieldValues<ReturnType<typeof pagingFields>>>;

/**
 * The paging a request's paging fields ask for.
 *
 * @param values - The fields as read.
 * @param defaultSize - The page size when none is given.
 * @returns The paging to apply.
 * @internal
 */
export function pagingOf(values: PagingValues, defaultSize: number): Paging {
  const { pageNumber, pageSize, maxResults, nextToken: afterSeq } = values;
  const tokenMode = maxResults !== undefined || afterSeq !== undefined;
  const size = tokenMode ? (maxResults ?? defaultSize) : (pageSize ?? defaultSize);
  return {
    pageNumber: tokenMode ? 1 : pageNumber,
    pageSize: size,
    skip: tokenMode ? 0 : (pageNumber - 1) * size,
    afterSeq,
    tokenMode,
  };
}

/**
 * An operation's shape step adding `paging` to what its spec read.
 *
 * @param defaultSize - The page size when none is given.
 * @returns The shape step (`fieldReader(FIELDS, withPaging(10))`).
 * @internal
 */
export function withPaging(defaultSize: number) {
  return <V extends PagingValues>(values: V): V & { readonly paging: Paging } => ({
    ...values,
    paging: pagingOf(values, defaultSize),
  });
}

/**
 * Reads the paging fields of a Describe request.
 *
 * @param p - The request reader.
 * @param limits - The operation's limits.
 * @returns The paging to apply.
 * @internal
 */
export function readPaging(p: ParamReader, limits: PagingLimits): Paging {
  const fields =
    (limits.tokens ?? true)
      ? pagingFields(limits.maxPageSize, limits.maxResults)
      : pageNumberFields(limits.maxPageSize);
  return pagingOf(readFields(p, fields), limits.defaultSize);
}

/**
 * The paging fields of a Describe response.
 *
 * @param paging - The request's paging.
 * @param page - The page served.
 * @returns `totalCount`, `pageNumber`, `pageSize` and `nextToken` (empty when there is no more).
 * @internal
 */
export function pagingView(
  paging: Paging,
  page: EntityPage<unknown>,
): { totalCount: number; pageNumber: number; pageSize: number; nextToken: string } {
  return {
    totalCount: page.totalCount,
    pageNumber: paging.pageNumber,
    pageSize: paging.pageSize,
    nextToken: page.hasMore && page.lastSeq !== undefined ? encodeNextToken(page.lastSeq) : '',
  };
}
