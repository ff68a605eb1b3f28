import { type EcsError, ecsError } from '../shared/ecs-error.js';
import { err, ok, type Result } from '../shared/result.js';
import { sameSignature } from './percent-encode.js';

/**
 * An AccessKey pair the endpoint accepts.
 *
 * @example
 * ```ts
 * const key: ServerCredential = { accessKeyId: 'testAK', accessKeySecret: 'testSecret' };
 * ```
 * @category Server
 */
export interface ServerCredential {
  /** The AccessKey ID the SDK is configured with (`Config.accessKeyId`). */
  readonly accessKeyId: string;
  /** Its secret (`Config.accessKeySecret`). */
  readonly accessKeySecret: string;
}

/**
 * What a verified signature vouches for: who signed, when, and the nonce to remember.
 *
 * @internal
 */
export interface SignedClaims {
  readonly accessKeyId: string;
  readonly nonce: string;
  readonly timestampMs: number;
}

/**
 * How far a request's timestamp may be from the server's time: 15 minutes either way, as Alibaba
 * Cloud documents for both signature versions.
 *
 * @internal
 */
export const TIMESTAMP_TOLERANCE_MS = 15 * 60 * 1000;

const API_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

/**
 * Checks a signed timestamp (`x-acs-date` or `Timestamp`): present, `yyyy-MM-ddTHH:mm:ssZ`, and
 * within {@link TIMESTAMP_TOLERANCE_MS} of `nowMs`.
 *
 * @param name - The header or parameter name, for the message.
 * @param value - Its value.
 * @param nowMs - The server's real time.
 * @returns Epoch milliseconds, or `IllegalTimestamp`.
 * @internal
 */
export function checkTimestamp(
  name: string,
  value: string | undefined,
  nowMs: number,
): Result<number, EcsError> {
  if (value === undefined || value === '') return err(ecsError('IllegalTimestamp'));
  const ms = API_TIME.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(ms))
    return err(
      ecsError(
        'IllegalTimestamp',
        `The specified ${name} ${JSON.stringify(value.slice(0, 64))} is not a UTC time in the format yyyy-MM-ddTHH:mm:ssZ.`,
      ),
    );
  if (Math.abs(ms - nowMs) > TIMESTAMP_TOLERANCE_MS)
    return err(
      ecsError(
        'IllegalTimestamp',
        `The specified ${name} ${value} is more than 15 minutes away from the server's time ${new Date(nowMs).toISOString()}.`,
      ),
    );
  return ok(ms);
}

/**
 * The longest signature nonce accepted. The SDKs send 32 to 64 characters (a UUID, 64 hex digits);
 * every nonce is remembered for the timestamp window, so its length must be bounded.
 *
 * @internal
 */
export const MAX_NONCE_LENGTH = 128;

/**
 * Checks a signature nonce (`x-acs-signature-nonce` or `SignatureNonce`): present and at most
 * {@link MAX_NONCE_LENGTH} characters.
 *
 * @param name - The header or parameter name, for the message.
 * @param value - Its value.
 * @returns The nonce, or `IncompleteSignature`.
 * @internal
 */
export function checkNonce(name: string, value: string | undefined): Result<string, EcsError> {
  if (!value)
    return err(incomplete(`the ${name} ${name.includes('-') ? 'header' : 'parameter'} is missing`));
  if (value.length > MAX_NONCE_LENGTH)
    return err(
      incomplete(
        `the ${name} has ${value.length} characters; at most ${MAX_NONCE_LENGTH} are accepted`,
      ),
    );
  return ok(value);
}

/**
 * The secret of a known AccessKey ID.
 *
 * @param credentials - The accepted pairs.
 * @param accessKeyId - The ID the request names.
 * @returns The secret, or `InvalidAccessKeyId.NotFound`.
 * @internal
 */
export function secretOf(
  credentials: readonly ServerCredential[],
  accessKeyId: string,
): Result<string, EcsError> {
  const found = credentials.find((c) => c.accessKeyId === accessKeyId);
  return found ? ok(found.accessKeySecret) : err(ecsError('InvalidAccessKeyId.NotFound'));
}

/**
 * `IncompleteSignature` with a reason.
 *
 * @param why - What is missing or malformed.
 * @returns The error.
 * @internal
 */
export function incomplete(why: string): EcsError {
  return ecsError(
    'IncompleteSignature',
    `The request signature does not conform to Aliyun standards: ${why}.`,
  );
}

/**
 * Compares the signature a request carries with the one the server computed from its string to
 * sign (in constant time); a mismatch names that string, as ECS does, so a client author can diff
 * it with their own.
 *
 * @param expected - The signature the server computed.
 * @param given - The signature the request carries.
 * @param stringToSign - What the server signed.
 * @returns Nothing, or `SignatureDoesNotMatch`.
 * @internal
 */
export function requireSameSignature(
  expected: string,
  given: string,
  stringToSign: string,
): Result<void, EcsError> {
  if (sameSignature(expected, given)) return ok(undefined);
  return err(
    ecsError(
      'SignatureDoesNotMatch',
      `Specified signature is not matched with our calculation. server string to sign is:${stringToSign}`,
    ),
  );
}
