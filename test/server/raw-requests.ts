// Requests built by hand, following the documented signature algorithms independently of the
// server's code, for what the SDK cannot be made to send (an old timestamp, a replayed nonce,
// a missing header).

import { createHash, createHmac, randomBytes } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { DEFAULT_CREDENTIAL } from '../../src/server/index.js';

/** RFC 3986 with `! ' ( ) *` encoded, as the SDK encodes. */
function encode(text: string): string {
  return encodeURIComponent(text)
    .replace(/!/g, '%21')
    .replace(/'/g, '%27')
    .replace(/\(/g, '%28')
    .replace(/\)/g, '%29')
    .replace(/\*/g, '%2A');
}

function apiTime(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19)}Z`;
}

function queryString(params: Record<string, string>): string {
  return Object.keys(params)
    .sort()
    .map((k) => `${encode(k)}=${encode(params[k] ?? '')}`)
    .join('&');
}

/** A request ready to send: path with query, and headers. */
export interface RawRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: Readonly<Record<string, string>> & { readonly authorization?: string };
  readonly body?: string | Buffer;
}

/** Options of the signers. */
export interface SignOptions {
  readonly accessKeyId?: string;
  readonly accessKeySecret?: string;
  /** The signed time, epoch ms (default: now). */
  readonly timeMs?: number;
  readonly nonce?: string;
  /** HMAC-SHA1 only: name the action in the unsigned x-acs-action header, not as a parameter. */
  readonly actionInHeaderOnly?: boolean;
}

/** An ACS3-HMAC-SHA256 signed request, as the SDK's default mode sends it. */
export function acs3Request(
  endpoint: string,
  action: string,
  params: Record<string, string>,
  options: SignOptions = {},
): RawRequest {
  const query = queryString(params);
  const headers: Record<string, string> & { authorization?: string } = {
    host: endpoint,
    'x-acs-action': action,
    'x-acs-version': '2014-05-26',
    'x-acs-date': apiTime(options.timeMs ?? Date.now()),
    'x-acs-signature-nonce': options.nonce ?? randomBytes(32).toString('hex'),
    'x-acs-content-sha256': createHash('sha256').update('').digest('hex'),
  };
  const names = Object.keys(headers).sort();
  const canonical = [
    'POST',
    '/',
    query,
    names.map((n) => `${n}:${headers[n]}\n`).join(''),
    names.join(';'),
    headers['x-acs-content-sha256'],
  ].join('\n');
  const stringToSign = `ACS3-HMAC-SHA256\n${createHash('sha256').update(canonical).digest('hex')}`;
  const signature = createHmac(
    'sha256',
    options.accessKeySecret ?? DEFAULT_CREDENTIAL.accessKeySecret,
  )
    .update(stringToSign)
    .digest('hex');
  headers.authorization = `ACS3-HMAC-SHA256 Credential=${options.accessKeyId ?? DEFAULT_CREDENTIAL.accessKeyId},SignedHeaders=${names.join(';')},Signature=${signature}`;
  return { method: 'POST', path: query ? `/?${query}` : '/', headers };
}

/** A legacy HMAC-SHA1 RPC signed request. */
export function rpcRequest(
  endpoint: string,
  action: string,
  params: Record<string, string>,
  options: SignOptions = {},
): RawRequest {
  const all: Record<string, string> & { Signature?: string } = {
    ...params,
    Action: action,
    Format: 'json',
    Version: '2014-05-26',
    Timestamp: apiTime(options.timeMs ?? Date.now()),
    SignatureNonce: options.nonce ?? randomBytes(16).toString('hex'),
    SignatureMethod: 'HMAC-SHA1',
    SignatureVersion: '1.0',
    AccessKeyId: options.accessKeyId ?? DEFAULT_CREDENTIAL.accessKeyId,
  };
  if (options.actionInHeaderOnly) delete (all as { Action?: string }).Action;
  const stringToSign = `POST&${encode('/')}&${encode(queryString(all))}`;
  all.Signature = createHmac(
    'sha1',
    `${options.accessKeySecret ?? DEFAULT_CREDENTIAL.accessKeySecret}&`,
  )
    .update(stringToSign)
    .digest('base64');
  const headers = options.actionInHeaderOnly
    ? { host: endpoint, 'x-acs-action': action }
    : { host: endpoint };
  return { method: 'POST', path: `/?${queryString(all)}`, headers };
}

/** An unsigned request (for `credentials: 'any'`). */
export function unsignedRequest(action: string, params: Record<string, string>): RawRequest {
  return {
    method: 'POST',
    path: `/?${queryString(params)}`,
    headers: { 'x-acs-action': action, 'x-acs-version': '2014-05-26' },
  };
}

/** A JSON body as the endpoint writes it. */
export interface WireJson {
  readonly Code?: unknown;
  readonly Message?: unknown;
  readonly RequestId?: unknown;
  readonly HostId?: unknown;
  readonly Recommend?: unknown;
  readonly [key: string]: unknown;
}

/** What came back. */
export interface RawResponse {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly text: string;
  json(): WireJson;
}

/** Sends a request with node:http (no keep-alive), and reads the whole answer. */
export function send(port: number, raw: RawRequest): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method: raw.method,
        path: raw.path,
        headers: raw.headers,
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            text,
            json: () => JSON.parse(text) as WireJson,
          });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(raw.body);
  });
}
