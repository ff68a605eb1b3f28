import type { EntityPage } from './entity-query.js';
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
 * Reads the paging fields of a Describe request.
 *
 * @param p - The request reader.
 * @param limits - The operation's limits.
 * @returns The paging to apply.
 * @internal
 */
export function readPaging(p: ParamReader, limits: PagingLimits): Paging {
  const pageNumber = p.int('pageNumber', { min: 1 }) ?? 1;
  const pageSize = p.int('pageSize', { min: 1, max: limits.maxPageSize });
  const tokens = limits.tokens ?? true;
  const maxResults = tokens ? p.int('maxResults', limits.maxResults) : undefined;
  const token = tokens ? p.string('nextToken') : undefined;
  let afterSeq: number | undefined;
  if (token !== undefined && token !== '') {
    afterSeq = decodeNextToken(token);
    if (afterSeq === undefined) p.reject('nextToken', 'not a token this endpoint issued');
  }
  const tokenMode = maxResults !== undefined || afterSeq !== undefined;
  const size = tokenMode ? (maxResults ?? limits.defaultSize) : (pageSize ?? limits.defaultSize);
  return {
    pageNumber: tokenMode ? 1 : pageNumber,
    pageSize: size,
    skip: tokenMode ? 0 : (pageNumber - 1) * size,
    afterSeq,
    tokenMode,
  };
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
