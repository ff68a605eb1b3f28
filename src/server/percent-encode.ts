import { timingSafeEqual } from 'node:crypto';

/** RFC 3986 unreserved characters: the only ones both encodings leave as they are. */
const UNRESERVED = /^[A-Za-z0-9\-_.~]*$/;

/**
 * RFC 3986 percent-encoding as both Alibaba Cloud signatures use it: `encodeURIComponent`, plus
 * `! ' ( ) *` encoded (the official SDK's `encode` in `@alicloud/openapi-core`).
 *
 * @param text - Any text.
 * @returns The encoded text.
 * @internal
 */
export function percentEncode(text: string): string {
  // Ids, regions, numbers: nothing to encode, and this test is far cheaper than the encoding.
  if (UNRESERVED.test(text)) return text;
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/**
 * Compares two signatures in constant time.
 *
 * @param expected - What the server computed.
 * @param given - What the request carries.
 * @returns Whether they are equal.
 * @internal
 */
export function sameSignature(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
