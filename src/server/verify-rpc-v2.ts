// The legacy RPC signature (`signatureAlgorithm: 'v2'` in the SDK's Config, reference 1.2):
//   string to sign = METHOD & encode("/") & encode(sorted "encode(k)=encode(v)" joined by &)
//                    over every query and form parameter but Signature
//   Signature      = base64(HMAC-SHA1(secret + "&", string to sign))

import { createHmac } from 'node:crypto';
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
import { paramOf, type WireRequest } from './wire-request.js';

/**
 * The string a legacy RPC request signs, computed from what the server received.
 *
 * @param request - The request.
 * @returns The string to sign.
 * @internal
 */
export function rpcStringToSign(request: WireRequest): string {
  const canonical = [...request.query, ...request.form]
    .filter(([k]) => k !== 'Signature')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${percentEncode(k)}=${percentEncode(v)}`)
    .join('&');
  return `${request.method}&${percentEncode('/')}&${percentEncode(canonical)}`;
}

/**
 * Verifies a legacy HMAC-SHA1 RPC signature.
 *
 * @param request - The request.
 * @param credentials - The accepted AccessKey pairs.
 * @param nowMs - The server's real time.
 * @returns Who signed and the nonce, or the gateway's error.
 * @internal
 */
export function verifyRpcV2(
  request: WireRequest,
  credentials: readonly ServerCredential[],
  nowMs: number,
): Result<SignedClaims, EcsError> {
  const param = (key: string) => paramOf(request.query, key) ?? paramOf(request.form, key);
  const method = param('SignatureMethod');
  if (method !== 'HMAC-SHA1')
    return err(
      method === undefined
        ? incomplete('the SignatureMethod parameter is missing')
        : ecsError(
            'InvalidSignatureMethod',
            `The SignatureMethod ${JSON.stringify(method.slice(0, 64))} is not supported; use HMAC-SHA1.`,
          ),
    );
  const version = param('SignatureVersion');
  if (version !== undefined && version !== '1.0')
    return err(incomplete('SignatureVersion must be 1.0'));
  const accessKeyId = param('AccessKeyId');
  if (!accessKeyId) return err(incomplete('the AccessKeyId parameter is missing'));
  const signature = param('Signature');
  if (!signature) return err(incomplete('the Signature parameter is missing'));
  const secret = secretOf(credentials, accessKeyId);
  if (!secret.ok) return secret;
  const timestamp = checkTimestamp('Timestamp', param('Timestamp'), nowMs);
  if (!timestamp.ok) return timestamp;
  // The signature covers the parameters, not the headers: an action named only by the
  // x-acs-action header would let one signed parameter set run as whichever operation it names.
  if (param('Action') === undefined)
    return err(
      incomplete(
        'the Action parameter is missing: with HMAC-SHA1 the action must be among the signed parameters, not only in the x-acs-action header',
      ),
    );
  const nonce = checkNonce('SignatureNonce', param('SignatureNonce'));
  if (!nonce.ok) return nonce;
  const stringToSign = rpcStringToSign(request);
  const expected = createHmac('sha1', `${secret.value}&`).update(stringToSign).digest('base64');
  const matched = requireSameSignature(expected, signature, stringToSign);
  if (!matched.ok) return matched;
  return ok({ accessKeyId, nonce: nonce.value, timestampMs: timestamp.value });
}
