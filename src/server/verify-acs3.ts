// ACS3-HMAC-SHA256, the official SDK's default signature (reference 1.2):
//   canonical request = METHOD \n path \n sorted query (k=v, RFC 3986) \n "name:value\n" of each
//                       signed header \n signed header names joined by ; \n x-acs-content-sha256
//   string to sign    = "ACS3-HMAC-SHA256\n" + hex(SHA-256(canonical request))
//   signature         = hex(HMAC-SHA256(secret, string to sign))

import { createHmac, hash } from 'node:crypto';
import { type EcsError, ecsError } from '../shared/ecs-error.js';
import { err, ok, type Result } from '../shared/result.js';
import { percentEncode } from './percent-encode.js';
import {
  checkNonce,
  checkTimestamp,
  incomplete,
  requireSameSignature,
  type ServerCredential,
  type SignedClaims,
  secretOf,
} from './signed-claims.js';
import { headerOf, type WireRequest } from './wire-request.js';

const ALGORITHM = 'ACS3-HMAC-SHA256';

interface Authorization {
  readonly accessKeyId: string;
  readonly signedHeaders: readonly string[];
  readonly signature: string;
}

function parseAuthorization(value: string): Result<Authorization, EcsError> {
  const space = value.indexOf(' ');
  const algorithm = space < 0 ? value : value.slice(0, space);
  if (algorithm !== ALGORITHM)
    return err(
      ecsError(
        'InvalidSignatureMethod',
        `The signature algorithm ${JSON.stringify(algorithm.slice(0, 64))} is not supported; use ${ALGORITHM}.`,
      ),
    );
  const fields = new Map<string, string>();
  for (const part of value.slice(space + 1).split(',')) {
    const eq = part.indexOf('=');
    if (eq > 0) fields.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  const accessKeyId = fields.get('Credential');
  const signedHeaders = fields.get('SignedHeaders');
  const signature = fields.get('Signature');
  if (!accessKeyId || signedHeaders === undefined || !signature)
    return err(
      incomplete('the Authorization header needs Credential, SignedHeaders and Signature'),
    );
  return ok({ accessKeyId, signedHeaders: signedHeaders.split(';'), signature });
}

function canonicalQuery(request: WireRequest): string {
  return [...request.query]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${percentEncode(k)}=${percentEncode(v)}`)
    .join('&');
}

function unsignedHeader(request: WireRequest, signed: readonly string[]): string | undefined {
  const required = Object.keys(request.headers).filter(
    (name) => name === 'host' || name.startsWith('x-acs-'),
  );
  return required.find((name) => !signed.includes(name));
}

/**
 * The string an ACS3-HMAC-SHA256 request signs, computed from what the server received.
 *
 * @param request - The request.
 * @param signedHeaders - The header names the Authorization header lists.
 * @param payloadHash - The `x-acs-content-sha256` header.
 * @returns The string to sign.
 * @internal
 */
export function acs3StringToSign(
  request: WireRequest,
  signedHeaders: readonly string[],
  payloadHash: string,
): string {
  const headers = signedHeaders
    .map((name) => `${name}:${(headerOf(request.headers, name) ?? '').trim()}\n`)
    .join('');
  const canonical = [
    request.method,
    request.path,
    canonicalQuery(request),
    headers,
    signedHeaders.join(';'),
    payloadHash,
  ].join('\n');
  return `${ALGORITHM}\n${hash('sha256', canonical, 'hex')}`;
}

/**
 * Verifies an ACS3-HMAC-SHA256 signed request.
 *
 * @param request - The request.
 * @param authorization - Its Authorization header.
 * @param credentials - The accepted AccessKey pairs.
 * @param nowMs - The server's real time.
 * @returns Who signed and the nonce, or the gateway's error.
 * @internal
 */
export function verifyAcs3(
  request: WireRequest,
  authorization: string,
  credentials: readonly ServerCredential[],
  nowMs: number,
): Result<SignedClaims, EcsError> {
  const auth = parseAuthorization(authorization);
  if (!auth.ok) return auth;
  const { accessKeyId, signedHeaders, signature } = auth.value;
  const secret = secretOf(credentials, accessKeyId);
  if (!secret.ok) return secret;
  const timestamp = checkTimestamp('x-acs-date', headerOf(request.headers, 'x-acs-date'), nowMs);
  if (!timestamp.ok) return timestamp;
  const nonce = checkNonce(
    'x-acs-signature-nonce',
    headerOf(request.headers, 'x-acs-signature-nonce'),
  );
  if (!nonce.ok) return nonce;
  const missing = unsignedHeader(request, signedHeaders);
  if (missing) return err(incomplete(`the ${missing} header must be signed`));
  const payloadHash = headerOf(request.headers, 'x-acs-content-sha256');
  if (!payloadHash) return err(incomplete('the x-acs-content-sha256 header is missing'));
  if (payloadHash !== request.bodySha256)
    return err(
      ecsError(
        'SignatureDoesNotMatch',
        `Specified signature is not matched with our calculation: x-acs-content-sha256 is not the SHA-256 of the body (${request.bodySha256}).`,
      ),
    );
  const stringToSign = acs3StringToSign(request, signedHeaders, payloadHash);
  const expected = createHmac('sha256', secret.value).update(stringToSign).digest('hex');
  const matched = requireSameSignature(expected, signature, stringToSign);
  if (!matched.ok) return matched;
  return ok({ accessKeyId, nonce: nonce.value, timestampMs: timestamp.value });
}
