import { createHash } from 'node:crypto';
import { TIMESTAMP_TOLERANCE_MS } from './signed-claims.js';

/**
 * The most nonces remembered at once (each at most `MAX_NONCE_LENGTH` characters): beyond it the
 * oldest is forgotten early, so memory stays bounded whatever the request rate.
 *
 * @internal
 */
export const MAX_REMEMBERED_NONCES = 100_000;

/**
 * The signature nonces seen recently, to refuse a replayed request. A nonce only needs to be
 * remembered while its request's timestamp would still be accepted (15 minutes after it), so the
 * store holds at most the requests of the last 30 minutes, and never more than `capacity` of
 * them: a replay of a request older than the newest `capacity` ones is not detected.
 *
 * @internal
 */
export class NonceStore {
  /** SHA-256 of `accessKeyId\nnonce` -> when it may be forgotten (epoch ms). */
  readonly #expiry = new Map<string, number>();
  readonly #capacity: number;

  /** @param capacity - The most nonces remembered at once. */
  constructor(capacity: number = MAX_REMEMBERED_NONCES) {
    this.#capacity = capacity;
  }

  /** How many nonces are remembered. */
  get size(): number {
    return this.#expiry.size;
  }

  /**
   * Records a nonce unless it was seen and has not expired.
   *
   * @param accessKeyId - Who signed.
   * @param nonce - The request's nonce.
   * @param timestampMs - The request's signed time.
   * @param nowMs - The server's real time.
   * @returns `false` when the nonce is a replay.
   */
  claim(accessKeyId: string, nonce: string, timestampMs: number, nowMs: number): boolean {
    // A digest, not the text: a nonce parsed out of a 1 MB query string is a slice that would
    // keep the whole query alive for the nonce's 15 minutes.
    const key = createHash('sha256').update(`${accessKeyId}\n${nonce}`).digest('base64');
    const until = this.#expiry.get(key);
    if (until !== undefined && until >= nowMs) return false;
    this.sweep(nowMs);
    this.#expiry.delete(key);
    this.#expiry.set(key, timestampMs + TIMESTAMP_TOLERANCE_MS);
    if (this.#expiry.size > this.#capacity) {
      const oldest = this.#expiry.keys().next();
      if (!oldest.done) this.#expiry.delete(oldest.value);
    }
    return true;
  }

  /**
   * Forgets the oldest nonces whose requests could no longer be accepted anyway. Nonces are kept
   * in arrival order, which is close to timestamp order: stopping at the first live one makes the
   * sweep O(1) per request on average, and an expired nonce behind it goes soon after.
   *
   * @param nowMs - The server's real time.
   */
  sweep(nowMs: number): void {
    for (const [key, until] of this.#expiry) {
      if (until >= nowMs) return;
      this.#expiry.delete(key);
    }
  }
}
