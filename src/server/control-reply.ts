import type { IncomingMessage } from 'node:http';
import { isEcsErrorLike } from '../sdk/ecs-error-like.js';
import { ecsError } from '../shared/ecs-error.js';
import type { EcsErrorCode } from '../shared/error-catalog.js';
import { readBody } from './read-body.js';
import { gatewayError, gatewayRequestId, operationError, type Reply } from './reply.js';
import { headerOf } from './wire-request.js';

/**
 * A successful control answer: `{ RequestId, ...body }`.
 *
 * @param body - The fields.
 * @returns The reply.
 * @internal
 */
export function controlOk(body: Record<string, unknown>): Reply {
  const requestId = gatewayRequestId();
  return { status: 200, json: JSON.stringify({ RequestId: requestId, ...body }), requestId };
}

/**
 * A refused control request, in the ECS error shape `{ RequestId, HostId, Code, Message, Recommend }`.
 *
 * @param code - The code.
 * @param message - What was wrong, precisely.
 * @param status - The HTTP status, when not the code's own.
 * @param close - Whether to close the connection (a body left unread).
 * @returns The reply.
 * @internal
 */
export function controlError(
  code: EcsErrorCode,
  message: string,
  status?: number,
  close = false,
): Reply {
  return gatewayError(ecsError(code, message, status), undefined, undefined, close);
}

/**
 * What a facade call threw, as an answer: an `EcsError` keeps its code and status; a `TypeError`
 * or `RangeError` (a rejected control argument: fault rule, world options, saved world) becomes
 * `InvalidParameter` with its message. Anything else is a bug and is rethrown (a 500).
 *
 * @param error - What was thrown.
 * @returns The reply.
 * @internal
 */
export function refusal(error: unknown): Reply {
  if (isEcsErrorLike(error)) return operationError(error.statusCode, error.data);
  if (error instanceof TypeError || error instanceof RangeError)
    return controlError('InvalidParameter', error.message);
  throw error;
}

/**
 * Reads a control request's JSON body, bounded.
 *
 * @param req - The request.
 * @param limit - The most bytes accepted.
 * @returns The parsed value (`undefined` for an empty body), or the refusal.
 * @internal
 */
export async function readJson(
  req: IncomingMessage,
  limit: number,
): Promise<{ ok: true; value: unknown } | { ok: false; reply: Reply }> {
  const body = await readBody(req, limit);
  if (body === 'too-large')
    return {
      ok: false,
      reply: controlError(
        'Request.TooLarge',
        `The request body is larger than ${limit} bytes.`,
        413,
        true,
      ),
    };
  if (body.length === 0) return { ok: true, value: undefined };
  const type = (headerOf(req.headers, 'content-type') ?? '').toLowerCase();
  if (!type.startsWith('application/json'))
    return {
      ok: false,
      reply: controlError(
        'InvalidParameter',
        `The request body must be application/json; got content-type ${JSON.stringify(type.slice(0, 64))}.`,
        415,
      ),
    };
  try {
    return { ok: true, value: JSON.parse(body.toString('utf8')) };
  } catch (error) {
    return {
      ok: false,
      reply: controlError(
        'InvalidParameter',
        `The request body is not valid JSON: ${(error as Error).message}.`,
      ),
    };
  }
}

/**
 * Whether a value is a plain JSON object (not an array or null).
 *
 * @param value - A parsed body.
 * @returns The check.
 * @internal
 */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads a control request's body that must be a JSON object.
 *
 * @param req - The request.
 * @param limit - The most bytes accepted.
 * @param shape - What the object holds, for the refusal, e.g. `{ diskId }`.
 * @returns The object, or the refusal (`MissingParameter` when the body is not an object).
 * @internal
 */
export async function readJsonObject(
  req: IncomingMessage,
  limit: number,
  shape: string,
): Promise<{ ok: true; value: Record<string, unknown> } | { ok: false; reply: Reply }> {
  const body = await readJson(req, limit);
  if (!body.ok) return body;
  if (!isJsonObject(body.value))
    return {
      ok: false,
      reply: controlError('MissingParameter', `The body must be a JSON object ${shape}.`),
    };
  return { ok: true, value: body.value };
}
