import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { DEFAULT_EVENT_LIMIT } from '../events/event-log.js';
import type { Ecs } from '../facade/create-ecs.js';
import { ecsError } from '../shared/ecs-error.js';
import type { EcsOptions } from '../world/options.js';
import { loadConsoleFiles } from './console-files.js';
import type { ControlContext } from './control-context.js';
import { handleControl, isControlRequest } from './control-endpoint.js';
import { endStream } from './control-events.js';
import { EventTrail } from './event-trail.js';
import { handleRequest, type ServerContext } from './handle-request.js';
import { NonceStore } from './nonce-store.js';
import { gatewayError } from './reply.js';
import { MAX_CLOCK_SCALE, serverClock } from './server-clock.js';
import type { ServerCredential } from './signed-claims.js';
import { WorldSlot } from './world-slot.js';

/**
 * The AccessKey pair a server accepts when none is configured (`npx fake-ecs serve` prints it).
 * Like Azurite's well-known development key, it is public: the endpoint listens on loopback.
 *
 * @example
 * ```ts
 * const config = { ...DEFAULT_CREDENTIAL, endpoint: server.endpoint, protocol: 'http' };
 * ```
 * @category Server
 */
export const DEFAULT_CREDENTIAL: ServerCredential = Object.freeze({
  accessKeyId: 'fake-ecs-access-key-id',
  accessKeySecret: 'fake-ecs-access-key-secret',
});

/**
 * Options of {@link startServer}.
 *
 * @example
 * ```ts
 * const options: StartServerOptions = { ecs, port: 0, credentials: 'any', clock: 'manual' };
 * ```
 * @category Server
 */
export interface StartServerOptions {
  /**
   * The world to serve (from `createEcs`). `POST /__fake-ecs/world/reset` and `/world/import`
   * replace it: {@link RunningServer.ecs} is the world served now.
   */
  readonly ecs: Ecs;
  /** The TCP port; `0` (the default) picks a free one. */
  readonly port?: number | undefined;
  /** The interface to listen on; default `127.0.0.1` (loopback only). */
  readonly host?: string | undefined;
  /**
   * The AccessKey pairs whose signatures are accepted (ACS3-HMAC-SHA256 and the legacy HMAC-SHA1),
   * or `'any'` to accept every request unsigned. Default: {@link DEFAULT_CREDENTIAL}.
   */
  readonly credentials?: 'any' | ServerCredential | readonly ServerCredential[] | undefined;
  /**
   * `'real-time'` (default): the virtual clock follows the wall clock, times `clockScale`.
   * `'manual'`: it only moves when told (`ecs.clock`, or `POST /__fake-ecs/clock/advance?by=PT1H`).
   */
  readonly clock?: 'real-time' | 'manual' | undefined;
  /**
   * Virtual seconds per real second in real-time mode, e.g. `60`; default `1`, at most
   * 1,000,000 (a real second is then 11.6 virtual days). The clock stops at the last time it can
   * show, `9999-12-31T23:59:59.999Z`.
   */
  readonly clockScale?: number | undefined;
  /** The largest query string and the largest body accepted, in bytes; default 1 MiB. */
  readonly maxRequestBytes?: number | undefined;
  /** Milliseconds a client has to send a whole request before it is answered 408; default 30,000. */
  readonly requestTimeoutMs?: number | undefined;
  /** The largest saved world `POST /__fake-ecs/world/import` accepts, in bytes; default 256 MiB. */
  readonly maxWorldBytes?: number | undefined;
  /**
   * What `POST /__fake-ecs/world/reset` creates: these `createEcs` options, overridden by the
   * ones in the request's body. Default `{}` (createEcs's defaults).
   */
  readonly resetOptions?: Omit<EcsOptions, 'from'> | undefined;
  /**
   * Serve the web console at `/__fake-ecs/console/` (from the package's own files); default
   * `false`. `npx fake-ecs serve` turns it on.
   */
  readonly console?: boolean | undefined;
}

/**
 * A running server.
 *
 * @example
 * ```ts
 * const server: RunningServer = await startServer({ ecs });
 * server.url; //=> 'http://127.0.0.1:40123'
 * await server.close();
 * ```
 * @category Server
 */
export interface RunningServer {
  /** The base URL, e.g. `http://127.0.0.1:40123`. */
  readonly url: string;
  /** What the SDK's `Config.endpoint` takes: `host:port`, no scheme. */
  readonly endpoint: string;
  /** The port listened on. */
  readonly port: number;
  /** The accepted AccessKey pairs, or `'any'`. */
  readonly credentials: readonly ServerCredential[] | 'any';
  /** The world served now: the one given, until a reset or an import over HTTP replaces it. */
  readonly ecs: Ecs;
  /** The web console's address (`<url>/__fake-ecs/console/`), when it is on. */
  readonly consoleUrl: string | undefined;
  /** Stops listening, ends the event streams and closes every connection. */
  close(): Promise<void>;
}

const MIB = 1024 * 1024;

function credentialsOf(
  option: StartServerOptions['credentials'],
): readonly ServerCredential[] | 'any' {
  if (option === 'any') return 'any';
  const list =
    option === undefined ? [DEFAULT_CREDENTIAL] : Array.isArray(option) ? option : [option];
  for (const c of list as readonly ServerCredential[]) {
    if (
      typeof c?.accessKeyId !== 'string' ||
      !c.accessKeyId ||
      typeof c.accessKeySecret !== 'string' ||
      !c.accessKeySecret
    )
      throw new TypeError(
        "startServer: credentials must be 'any', or AccessKey pairs { accessKeyId, accessKeySecret } of non-empty strings.",
      );
  }
  return Object.freeze([...(list as readonly ServerCredential[])]);
}

function resetOptionsOf(option: StartServerOptions['resetOptions']): EcsOptions {
  if (option === undefined) return {};
  if (typeof option !== 'object' || option === null || 'from' in option)
    throw new TypeError('startServer: resetOptions must be createEcs options without "from".');
  return option;
}

function positive(
  name: string,
  value: number | undefined,
  fallback: number,
  max = Number.MAX_VALUE,
): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value <= 0)
    throw new RangeError(`startServer: ${name} must be a positive number; got ${String(value)}.`);
  if (value > max)
    throw new RangeError(`startServer: ${name} must be at most ${max}; got ${String(value)}.`);
  return value;
}

const REASONS: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  408: 'Request Timeout',
  414: 'URI Too Long',
  431: 'Request Header Fields Too Large',
};

/**
 * Node counts the request line towards its header limit and says only "header overflow". When the
 * part of the last packet parsed before the overflow holds no line break, the parser was inside
 * one line of tens of KiB: in
 * practice the request line with its query string (414, as a query over `maxRequestBytes` gets;
 * a single header line that long is answered the same); too many header lines get 431.
 */
function overflowStatus(packet: unknown, parsed: unknown): 414 | 431 {
  if (!Buffer.isBuffer(packet)) return 431;
  const end = typeof parsed === 'number' ? parsed : packet.length;
  return packet.subarray(0, end).includes(10) ? 431 : 414;
}

/** Parse errors happen before there is a request to answer: write the JSON error to the socket. */
function answerClientError(
  error: Error & { code?: string; rawPacket?: unknown; bytesParsed?: unknown },
  socket: Socket,
): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const status =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? overflowStatus(error.rawPacket, error.bytesParsed)
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? 408
        : 400;
  const reply = gatewayError(
    status === 414
      ? ecsError(
          'Request.TooLarge',
          'A line of the request is longer than the server accepts (a query string over maxRequestBytes).',
          414,
        )
      : ecsError(
          'InvalidParameter',
          `The request is not valid HTTP (${error.code ?? 'parse error'}).`,
          status,
        ),
    undefined,
    undefined,
  );
  // An answer to HEAD has no body, even when it is an error.
  const head =
    Buffer.isBuffer(error.rawPacket) &&
    error.rawPacket.subarray(0, 5).toString('latin1') === 'HEAD ';
  const text = head ? '' : reply.json;
  socket.end(
    `HTTP/1.1 ${status} ${REASONS[status]}\r\n` +
      `content-type: application/json;charset=utf-8\r\ncontent-length: ${Buffer.byteLength(text)}\r\n` +
      `x-acs-request-id: ${reply.requestId}\r\nconnection: close\r\n\r\n${text}`,
  );
}

function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server.address() as AddressInfo);
    });
  });
}

/**
 * Serves a world over HTTP as an ECS endpoint that the unmodified official SDK
 * (`@alicloud/ecs20140526`) can call: RPC-style `POST /` with the parameters in the query string,
 * the action in the `x-acs-action` header (or the `Action` parameter), signatures checked,
 * PascalCase JSON answers, errors as 4xx/5xx with `{ RequestId, HostId, Code, Message, Recommend }`.
 * It holds no business rules: every request becomes one call of the facade.
 *
 * @param options - The world, port, host, credentials, clock mode and limits.
 * @returns The running server, once it listens.
 * @throws TypeError or RangeError for invalid options; the listen error (e.g. `EADDRINUSE`).
 * @example
 * ```ts
 * import Ecs, * as $Ecs from '@alicloud/ecs20140526';
 * import { createEcs } from 'fake-ecs';
 * import { startServer } from 'fake-ecs/server';
 *
 * const server = await startServer({ ecs: createEcs({ seed: 1 }) });
 * const client = new Ecs({
 *   accessKeyId: 'fake-ecs-access-key-id', accessKeySecret: 'fake-ecs-access-key-secret',
 *   endpoint: server.endpoint, protocol: 'http', regionId: 'cn-hangzhou',
 * });
 * await client.describeSnapshots(new $Ecs.DescribeSnapshotsRequest({ regionId: 'cn-hangzhou' }));
 * await server.close();
 * ```
 * @category Server
 */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const { ecs } = options;
  if (typeof ecs?.clock?.advance !== 'function' || typeof ecs.on !== 'function')
    throw new TypeError('startServer: ecs must be a world made by createEcs.');
  const credentials = credentialsOf(options.credentials);
  const mode = options.clock ?? 'real-time';
  if (mode !== 'real-time' && mode !== 'manual')
    throw new RangeError(
      `startServer: clock must be 'real-time' or 'manual'; got ${String(mode)}.`,
    );
  const maxRequestBytes = positive('maxRequestBytes', options.maxRequestBytes, MIB);
  const world = new WorldSlot(ecs);
  const clock = serverClock(
    () => world.current.clock,
    mode,
    positive('clockScale', options.clockScale, 1, MAX_CLOCK_SCALE),
    Date.now,
  );
  const ctx: ServerContext = {
    get ecs() {
      return world.current;
    },
    credentials,
    nonces: new NonceStore(),
    maxRequestBytes,
    clock,
    realNow: Date.now,
  };
  const trail = new EventTrail(DEFAULT_EVENT_LIMIT);
  const control: ControlContext = {
    world,
    clock,
    trail,
    maxRequestBytes,
    maxWorldBytes: positive('maxWorldBytes', options.maxWorldBytes, 256 * MIB),
    resetOptions: resetOptionsOf(options.resetOptions),
    credentials,
    console: options.console ? loadConsoleFiles() : undefined,
    streams: new Set(),
  };
  const requestTimeout = positive('requestTimeoutMs', options.requestTimeoutMs, 30_000);
  const server = createServer(
    {
      // The query string travels in the request line: let it through to be refused with JSON.
      maxHeaderSize: maxRequestBytes + 64 * 1024,
      requestTimeout,
      headersTimeout: Math.min(requestTimeout, 10_000),
      connectionsCheckingInterval: Math.min(requestTimeout, 1000),
    },
    (req, res) =>
      void (isControlRequest(req.url)
        ? handleControl(req, res, control)
        : handleRequest(req, res, ctx)),
  );
  server.on('clientError', answerClientError);
  const host = options.host ?? '127.0.0.1';
  const address = await listen(server, options.port ?? 0, host);
  trail.follow(ecs);
  world.onReplace((next, reason) => trail.follow(next, reason));
  const hostPart = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const endpoint = `${hostPart}:${address.port}`;
  const url = `http://${endpoint}`;
  return {
    url,
    endpoint,
    port: address.port,
    credentials,
    get ecs() {
      return world.current;
    },
    consoleUrl: control.console ? `${url}/__fake-ecs/console/` : undefined,
    close: () =>
      new Promise<void>((resolve, reject) => {
        trail.stop();
        for (const stream of control.streams) endStream(stream);
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
