import { sha256 } from '../shared/sha256.js';

const encoder = new TextEncoder();

/** Base64 of bytes, without `Buffer` (not available in every runtime the library targets). */
function base64(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return btoa(text);
}

/** A run of deterministic pseudo-random bytes derived from a seed text. */
function bytesFrom(seed: string, length: number): Uint8Array {
  const out = new Uint8Array(length);
  for (let block = 0; block * 32 < length; block++) {
    const digest = sha256(encoder.encode(`${seed}#${block}`));
    out.set(digest.subarray(0, Math.min(32, length - block * 32)), block * 32);
  }
  return out;
}

/**
 * The fingerprint fake-ecs gives a public key: 16 bytes of the SHA-256 of its text, as
 * colon-separated hex (the shape of real ECS's MD5 fingerprint, not its value).
 *
 * @param publicKey - The public key text.
 * @returns E.g. `89:f0:ba:...`.
 * @internal
 */
export function keyFingerprint(publicKey: string): string {
  const digest = sha256(encoder.encode(publicKey.trim()));
  return [...digest.subarray(0, 16)].map((b) => b.toString(16).padStart(2, '0')).join(':');
}

/**
 * A deterministic placeholder key pair for `CreateKeyPair`: an OpenSSH-shaped public key and a
 * PEM-shaped private key derived from the key pair's id. They are not a usable RSA pair: fake-ecs
 * runs no guest one could log into.
 *
 * @param keyPairId - The new key pair's id (seeded, so the material is reproducible).
 * @returns The public and private key texts.
 * @internal
 */
export function placeholderKeyPair(keyPairId: string): { publicKey: string; privateKey: string } {
  const publicKey = `ssh-rsa ${base64(bytesFrom(`${keyPairId}:public`, 279))} ${keyPairId}`;
  const body = base64(bytesFrom(`${keyPairId}:private`, 1190)).replace(/.{64}/g, '$&\n');
  const privateKey = `-----BEGIN RSA PRIVATE KEY-----\n${body.trimEnd()}\n-----END RSA PRIVATE KEY-----`;
  return { publicKey, privateKey };
}

const PUBLIC_KEY =
  /^(?:ssh-rsa|ssh-dss|ssh-ed25519|ecdsa-sha2-nistp(?:256|384|521)) [A-Za-z0-9+/]+={0,2}(?: [^\r\n]*)?$/;

/**
 * Whether a text is an OpenSSH public key (`ssh-rsa AAAA... comment`), the format
 * `ImportKeyPair` takes.
 *
 * @param text - The `PublicKeyBody`.
 * @returns `true` when it has that shape.
 * @internal
 */
export function isPublicKey(text: string): boolean {
  return PUBLIC_KEY.test(text.trim());
}
