import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { EcsError, EcsErrorData } from '../shared/ecs-error.js';

/**
 * What the endpoint answers: a status and a JSON body.
 *
 * @internal
 */
export interface Reply {
  readonly status: number;
  /** The body, as JSON text. */
  readonly json: string;
  readonly requestId: string;
  /** Close the connection afterwards (the request's body was not read to its end). */
  readonly close?: boolean;
}

/**
 * A request id for an answer the gateway gives before any operation runs. Those do not take ids
 * from the world's seeded stream, so a refused request leaves the world's future ids unchanged.
 *
 * @returns An uppercase UUID.
 * @internal
 */
export function gatewayRequestId(): string {
  return randomUUID().toUpperCase();
}

/**
 * The host id of an answer: `ecs.<region>.aliyuncs.com` for a plausible region, as real ECS says.
 *
 * @param regionId - The request's region, if any.
 * @returns The host.
 * @internal
 */
export function hostOf(regionId: string | undefined): string {
  return regionId && /^[a-z0-9-]{1,64}$/.test(regionId)
    ? `ecs.${regionId}.aliyuncs.com`
    : 'ecs.aliyuncs.com';
}

/**
 * An error answer from the gateway (signature, routing, limits).
 *
 * @param error - The error.
 * @param action - The operation, if known.
 * @param regionId - The request's region, if any.
 * @param close - Whether to close the connection.
 * @returns The reply.
 * @internal
 */
export function gatewayError(
  error: EcsError,
  action: string | undefined,
  regionId: string | undefined,
  close = false,
): Reply {
  const answered = error.answeredAs(gatewayRequestId(), action ?? '', hostOf(regionId));
  return {
    status: answered.statusCode,
    json: JSON.stringify(answered.data),
    requestId: answered.requestId,
    close,
  };
}

/**
 * An error answer from an operation (the facade's `EcsError`, recognised by shape).
 *
 * @param statusCode - Its HTTP status.
 * @param data - Its error body.
 * @returns The reply.
 * @internal
 */
export function operationError(statusCode: number, data: EcsErrorData): Reply {
  return { status: statusCode, json: JSON.stringify(data), requestId: data.RequestId };
}

/**
 * Writes a reply. Never throws: a client that went away just misses it.
 *
 * @param res - The response.
 * @param reply - What to send.
 * @internal
 */
export function send(res: ServerResponse, reply: Reply): void {
  try {
    if (res.headersSent || res.destroyed) return;
    const text = reply.json;
    const headers: Record<string, string | number> = {
      'content-type': 'application/json;charset=utf-8',
      'content-length': Buffer.byteLength(text),
      'x-acs-request-id': reply.requestId,
      ...(reply.close ? { connection: 'close' } : {}),
    };
    res.writeHead(reply.status, headers);
    res.end(text);
  } catch {
    res.destroy();
  }
}
