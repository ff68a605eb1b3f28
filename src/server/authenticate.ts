import { type EcsError, ecsError } from '../shared/ecs-error.js';
import type { NonceStore } from './nonce-store.js';
import type { ServerCredential } from './signed-claims.js';
import { incomplete } from './signed-claims.js';
import { verifyAcs3 } from './verify-acs3.js';
import { verifyRpcV2 } from './verify-rpc-v2.js';
import { headerOf, paramOf, type WireRequest } from './wire-request.js';

/**
 * Checks who sent a request: the legacy RPC signature when the request carries `Signature` or
 * `SignatureMethod` parameters, ACS3-HMAC-SHA256 when it has an Authorization header. Then refuses
 * a nonce seen before.
 *
 * @param request - The request.
 * @param credentials - The accepted AccessKey pairs.
 * @param nonces - The replay store.
 * @param nowMs - The server's real time.
 * @returns `undefined` when the request is authentic, else the gateway's error.
 * @internal
 */
export function authenticate(
  request: WireRequest,
  credentials: readonly ServerCredential[],
  nonces: NonceStore,
  nowMs: number,
): EcsError | undefined {
  const legacy = ['Signature', 'SignatureMethod'].some(
    (key) => paramOf(request.query, key) !== undefined || paramOf(request.form, key) !== undefined,
  );
  const authorization = headerOf(request.headers, 'authorization');
  if (!legacy && authorization === undefined)
    return incomplete(
      'the request carries neither an Authorization header (ACS3-HMAC-SHA256) nor a Signature parameter (HMAC-SHA1)',
    );
  const verified = legacy
    ? verifyRpcV2(request, credentials, nowMs)
    : verifyAcs3(request, authorization ?? '', credentials, nowMs);
  if (!verified.ok) return verified.error;
  const { accessKeyId, nonce, timestampMs } = verified.value;
  if (!nonces.claim(accessKeyId, nonce, timestampMs, nowMs))
    return ecsError(
      'SignatureNonceUsed',
      `Specified signature nonce was used already: ${JSON.stringify(nonce.slice(0, 128))}.`,
    );
  return undefined;
}
