// The request pipeline: limits, parsing, routing, signature, then one facade call. No business
// rules live here: every ECS rule runs in the facade, exactly as for in-process callers.

import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isEcsAction } from '../contract/contract.js';
import { OPERATION_ROWS } from '../operations/table.js';
import { isEcsErrorLike } from '../sdk/ecs-error-like.js';
import type { SdkClientTarget, SdkOperationName } from '../sdk/sdk-types.js';
import { ecsError } from '../shared/ecs-error.js';
import { authenticate } from './authenticate.js';
import type { NonceStore } from './nonce-store.js';
import { readBody } from './read-body.js';
import { gatewayError, operationError, type Reply, send } from './reply.js';
import type { ServerClock } from './server-clock.js';
import type { ServerCredential } from './signed-claims.js';
import { toWireJson } from './wire-names.js';
import { parseForm, requestOfPairs, type WirePairs } from './wire-params.js';
import { headerOf, paramOf, type WireRequest } from './wire-request.js';

/**
 * What every request is answered with.
 *
 * @internal
 */
export interface ServerContext {
  readonly ecs: SdkClientTarget;
  /** The accepted AccessKey pairs, or `'any'` for no signature check. */
  readonly credentials: readonly ServerCredential[] | 'any';
  readonly nonces: NonceStore;
  readonly maxRequestBytes: number;
  readonly clock: ServerClock;
  /** The wall clock, for signature timestamps. */
  readonly realNow: () => number;
}

const API_VERSION = '2014-05-26';
const EMPTY_SHA256 = createHash('sha256').update('').digest('hex');
/** Parameters of the protocol itself, not of the operation. */
const PROTOCOL_KEYS = new Set([
  'Action',
  'Version',
  'Format',
  'Timestamp',
  'SignatureNonce',
  'SignatureMethod',
  'SignatureVersion',
  'AccessKeyId',
  'Signature',
  'SecurityToken',
]);

/** Every operation of the table is served, by its action name. */
const ACTIONS: ReadonlyMap<string, SdkOperationName> = new Map(
  OPERATION_ROWS.map((row) => [row.action, row.method]),
);

/**
 * The answer to an action fake-ecs does not serve: an operation of the ECS API is named as not
 * modelled (so nobody concludes real ECS lacks it); any other name is not an API at all.
 */
function unservedAction(action: string) {
  if (!isEcsAction(action)) return ecsError('InvalidAction.NotFound');
  return ecsError(
    'NotImplemented.FakeEcs',
    `The operation ${action} is part of the ECS API, but fake-ecs does not model it; docs/fidelity.md lists the operations it serves.`,
  );
}

function regionOf(pairs: WirePairs): string | undefined {
  return paramOf(pairs, 'RegionId') ?? paramOf(pairs, 'regionId');
}

/**
 * A part of the request read, or the answer refusing it. Told apart by `ok`, never by looking
 * into the value: what a client sends may carry any name (`Status` included).
 */
type Read<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly reply: Reply };

function refused(reply: Reply): { readonly ok: false; readonly reply: Reply } {
  return { ok: false, reply };
}

async function readWire(
  req: IncomingMessage,
  path: string,
  query: WirePairs,
  limit: number,
): Promise<Read<WireRequest>> {
  const body = await readBody(req, limit);
  if (body === 'too-large')
    return refused(
      gatewayError(
        ecsError('Request.TooLarge', `The request body is larger than ${limit} bytes.`),
        undefined,
        regionOf(query),
        true,
      ),
    );
  let form: WirePairs = [];
  if (body.length > 0) {
    const type = headerOf(req.headers, 'content-type') ?? '';
    if (!type.toLowerCase().startsWith('application/x-www-form-urlencoded'))
      return refused(
        gatewayError(
          ecsError(
            'InvalidParameter',
            'The request body must be empty or application/x-www-form-urlencoded parameters.',
          ),
          undefined,
          regionOf(query),
        ),
      );
    const parsed = parseForm(body.toString('utf8'));
    if (!parsed.ok) return refused(gatewayError(parsed.error, undefined, regionOf(query)));
    form = parsed.value;
  }
  const bodySha256 =
    body.length === 0 ? EMPTY_SHA256 : createHash('sha256').update(body).digest('hex');
  return {
    ok: true,
    value: { method: req.method ?? '', path, query, form, headers: req.headers, bodySha256 },
  };
}

function actionOf(wire: WireRequest, regionId: string | undefined): string | Reply {
  const header = headerOf(wire.headers, 'x-acs-action');
  const param = paramOf(wire.query, 'Action') ?? paramOf(wire.form, 'Action');
  const action = header ?? param;
  if (!action)
    return gatewayError(
      ecsError(
        'MissingParameter',
        'The input parameter Action that is mandatory for processing this request is not supplied (x-acs-action header or Action parameter).',
      ),
      undefined,
      regionId,
    );
  if (header !== undefined && param !== undefined && header !== param)
    return gatewayError(
      ecsError('InvalidParameter', 'The x-acs-action header and the Action parameter differ.'),
      undefined,
      regionId,
    );
  // Like Action, Version may come in the query or in a form body (all-in-body requests).
  const version =
    headerOf(wire.headers, 'x-acs-version') ??
    paramOf(wire.query, 'Version') ??
    paramOf(wire.form, 'Version');
  if (!version)
    return gatewayError(
      ecsError(
        'MissingParameter',
        'The input parameter Version that is mandatory for processing this request is not supplied (x-acs-version header or Version parameter).',
      ),
      action,
      regionId,
    );
  if (version !== API_VERSION) return gatewayError(ecsError('InvalidVersion'), action, regionId);
  return action;
}

function call(ctx: ServerContext, name: SdkOperationName, request: object): Reply {
  try {
    const method: (request: never) => { requestId: string } = ctx.ecs[name];
    const body = method.call(ctx.ecs, request as never);
    return { status: 200, json: toWireJson(body), requestId: body.requestId };
  } catch (error) {
    if (isEcsErrorLike(error)) return operationError(error.statusCode, error.data);
    throw error;
  }
}

interface Target {
  readonly path: string;
  readonly query: WirePairs;
  readonly regionId: string | undefined;
}

function targetOf(url: string, limit: number): Read<Target> {
  const mark = url.indexOf('?');
  const path = mark < 0 ? url : url.slice(0, mark);
  const rawQuery = mark < 0 ? '' : url.slice(mark + 1);
  if (rawQuery.length > limit)
    return refused(
      gatewayError(
        ecsError('Request.TooLarge', `The query string is longer than ${limit} bytes.`, 414),
        undefined,
        undefined,
        true,
      ),
    );
  const query = parseForm(rawQuery);
  if (!query.ok) return refused(gatewayError(query.error, undefined, undefined));
  return { ok: true, value: { path, query: query.value, regionId: regionOf(query.value) } };
}

/**
 * The operation's parameters, or the gateway's refusal. Told apart by `ok`, never by looking
 * into the parameters: a request may well carry a `Status` (DescribeInstances, DescribeDisks...).
 */
function operationRequest(
  wire: WireRequest,
  action: string,
  regionId: string | undefined,
): { readonly ok: true; readonly request: object } | { readonly ok: false; readonly reply: Reply } {
  const format = paramOf(wire.query, 'Format') ?? paramOf(wire.form, 'Format');
  if (format !== undefined && format.toLowerCase() !== 'json') {
    const error = ecsError(
      'InvalidParameter',
      'The specified parameter Format is not valid: fake-ecs answers JSON only.',
    );
    return { ok: false, reply: gatewayError(error, action, regionId) };
  }
  const business = [...wire.query, ...wire.form].filter(([key]) => !PROTOCOL_KEYS.has(key));
  const request = requestOfPairs(business);
  return request.ok
    ? { ok: true, request: request.value }
    : { ok: false, reply: gatewayError(request.error, action, regionId) };
}

function dispatch(ctx: ServerContext, wire: WireRequest, regionId: string | undefined): Reply {
  const action = actionOf(wire, regionId);
  if (typeof action !== 'string') return action;
  const name = ACTIONS.get(action);
  if (!name) return gatewayError(unservedAction(action), action, regionId);
  if (ctx.credentials !== 'any') {
    const refused = authenticate(wire, ctx.credentials, ctx.nonces, ctx.realNow());
    if (refused) return gatewayError(refused, action, regionId);
  }
  const read = operationRequest(wire, action, regionId);
  if (!read.ok) return read.reply;
  ctx.clock.tick();
  return call(ctx, name, read.request);
}

async function answer(req: IncomingMessage, ctx: ServerContext): Promise<Reply> {
  const target = targetOf(req.url ?? '/', ctx.maxRequestBytes);
  if (!target.ok) return target.reply;
  const { path, query, regionId } = target.value;
  const method = req.method ?? '';
  if (path !== '/')
    return gatewayError(
      ecsError(
        'InvalidAction.NotFound',
        `Specified api is not found: the path must be /, not ${JSON.stringify(path.slice(0, 64))}.`,
      ),
      undefined,
      regionId,
      true,
    );
  if (method !== 'POST' && method !== 'GET')
    return gatewayError(ecsError('UnsupportedHTTPMethod'), undefined, regionId, true);
  const wire = await readWire(req, path, query, ctx.maxRequestBytes);
  return wire.ok ? dispatch(ctx, wire.value, regionId) : wire.reply;
}

function ignore(): void {}

/**
 * Answers one HTTP request. Never throws and never leaves a request unanswered: anything
 * unexpected becomes a 500 `InternalError` answer.
 *
 * @param req - The request.
 * @param res - The response.
 * @param ctx - The server's context.
 * @internal
 */
export async function handleRequest(
  req: IncomingMessage,
  res: ServerResponse,
  ctx: ServerContext,
): Promise<void> {
  // A client that goes away mid-body makes the request stream fail; nobody needs to hear it.
  req.on('error', ignore);
  let reply: Reply;
  try {
    reply = await answer(req, ctx);
  } catch {
    reply = gatewayError(ecsError('InternalError'), undefined, undefined, true);
  }
  send(res, reply);
}
