import type { IncomingHttpHeaders } from 'node:http';
import type { WirePairs } from './wire-params.js';

/**
 * One HTTP request as the endpoint has read it: everything the signature checks cover.
 *
 * @internal
 */
export interface WireRequest {
  /** `POST` (what the SDK sends) or `GET`. */
  readonly method: string;
  /** The path as sent, e.g. `/`. */
  readonly path: string;
  /** The decoded query parameters. */
  readonly query: WirePairs;
  /** The decoded parameters of a form body (`application/x-www-form-urlencoded`), if any. */
  readonly form: WirePairs;
  /** The headers, as node:http parsed them (lowercase names). */
  readonly headers: IncomingHttpHeaders;
  /** Hex SHA-256 of the body (of the empty string when there is none). */
  readonly bodySha256: string;
}

/**
 * A header's value as one string (node joins repeated headers; a list is joined with `,`).
 *
 * @param headers - The request headers.
 * @param name - The lowercase name.
 * @returns The value, or `undefined`.
 * @internal
 */
export function headerOf(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value.join(',') : value;
}

/**
 * A parameter's value.
 *
 * @param pairs - Decoded pairs.
 * @param key - The exact key.
 * @returns The value, or `undefined`.
 * @internal
 */
export function paramOf(pairs: WirePairs, key: string): string | undefined {
  for (const [k, v] of pairs) if (k === key) return v;
  return undefined;
}
