// How the console talks to the server: the ECS API (the RPC endpoint at `/`, signed with the
// legacy HMAC-SHA1 signature like any client) and the control plane (`/__fake-ecs/...`).

const VERSION = '2014-05-26';
let session;

/** An answer the server refused: the ECS error code and message. */
export class ApiError extends Error {
  constructor(data, status) {
    super(data?.Message ?? `HTTP ${status}`);
    this.code = data?.Code ?? `HTTP ${status}`;
    this.requestId = data?.RequestId;
    this.status = status;
  }
}

async function answer(res) {
  const text = await res.text();
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    data = { Code: `HTTP ${res.status}`, Message: text.slice(0, 200) };
  }
  if (!res.ok) throw new ApiError(data, res.status);
  return data;
}

/** Calls a control endpoint: `control('POST', 'clock/settle')`. */
export async function control(method, path, body) {
  const init = { method };
  if (body !== undefined) {
    init.body = JSON.stringify(body);
    init.headers = { 'content-type': 'application/json' };
  }
  return answer(await fetch(`/__fake-ecs/${path}`, init));
}

/** RFC 3986 encoding as Alibaba Cloud signatures use it. */
function encode(text) {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

async function sign(pairs, secret) {
  const canonical = [...pairs]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${encode(k)}=${encode(v)}`)
    .join('&');
  const text = `POST&${encode('/')}&${encode(canonical)}`;
  if (!crypto.subtle)
    throw new ApiError({
      Code: 'Console.InsecureContext',
      Message:
        'The browser signs ECS calls with WebCrypto: open the console at 127.0.0.1 or localhost.',
    });
  const key = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(`${secret}&`),
    { name: 'HMAC', hash: 'SHA-1' },
    false,
    ['sign'],
  );
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(text)));
  return btoa(String.fromCharCode(...mac));
}

function nonce() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Calls an ECS operation with PascalCase parameters, as the API spells them:
 * `rpc('CreateSnapshot', { DiskId, SnapshotName })`. Resolves with the PascalCase body; rejects
 * with an {@link ApiError} carrying the real ECS code.
 */
export async function rpc(action, params = {}) {
  session ??= await control('GET', 'console/session');
  const pairs = [
    ['Action', action],
    ['Version', VERSION],
    ['Format', 'JSON'],
  ];
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') pairs.push([key, String(value)]);
  }
  if (session.AccessKeyId) {
    pairs.push(
      ['AccessKeyId', session.AccessKeyId],
      ['SignatureMethod', 'HMAC-SHA1'],
      ['SignatureVersion', '1.0'],
      ['SignatureNonce', nonce()],
      ['Timestamp', new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')],
    );
    pairs.push(['Signature', await sign(pairs, session.AccessKeySecret)]);
  }
  const query = pairs.map(([k, v]) => `${encode(k)}=${encode(v)}`).join('&');
  return answer(await fetch(`/?${query}`, { method: 'POST' }));
}
