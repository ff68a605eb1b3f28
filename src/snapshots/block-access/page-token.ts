import { type EcsError, ecsError } from '../../shared/ecs-error.js';
import { err, ok, type Result } from '../../shared/result.js';

// `nextToken` of the block listings: opaque to callers, but plain data inside (the listing it
// continues and the block index it resumes at), so a world needs no cursor state and a token
// stays valid for as long as its snapshots exist.

/** What a page token encodes. @internal */
export interface PageCursor {
  /** Which listing issued it, with its snapshot ids: a token only continues that listing. */
  readonly listing: string;
  /** The block index the next page starts at. */
  readonly next: number;
}

const PREFIX = 'fake-ecs-blocks-v1';

/**
 * Encodes where the next page of a listing starts.
 *
 * @param cursor - The listing and the next block index.
 * @returns The opaque `nextToken`.
 * @internal
 */
export function encodePageToken(cursor: PageCursor): string {
  return btoa(JSON.stringify([PREFIX, cursor.listing, cursor.next]));
}

function invalidToken(why: string): EcsError {
  return ecsError('InvalidParameter', `The specified parameter NextToken is not valid: ${why}.`);
}

function parse(token: string): unknown {
  try {
    return JSON.parse(atob(token));
  } catch {
    return undefined;
  }
}

/**
 * Reads a `nextToken` back, refusing one that another listing (or nobody) issued.
 *
 * @param token - The caller's `nextToken`.
 * @param listing - The listing being continued.
 * @returns The block index to resume at, or `InvalidParameter`.
 * @internal
 */
export function decodePageToken(token: string, listing: string): Result<number, EcsError> {
  const value = parse(token);
  if (!Array.isArray(value) || value.length !== 3 || value[0] !== PREFIX)
    return err(invalidToken('it was not issued by this listing'));
  const [, issuedFor, next] = value as [unknown, unknown, unknown];
  if (issuedFor !== listing) return err(invalidToken('it continues a listing of other snapshots'));
  if (typeof next !== 'number' || !Number.isSafeInteger(next) || next < 0)
    return err(invalidToken('it was not issued by this listing'));
  return ok(next);
}
