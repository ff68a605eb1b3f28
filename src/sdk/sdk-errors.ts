import type { EcsErrorData } from '../shared/ecs-error.js';

/**
 * What the official SDK needs to raise an error: the HTTP status and the parsed error body.
 * An `EcsError` is one.
 *
 * @example
 * ```ts
 * const source: SdkErrorSource = { statusCode: 404, data: error.data };
 * ```
 * @category SDK client
 */
export interface SdkErrorSource {
  /** The HTTP status of the answer (400-599). */
  readonly statusCode: number;
  /** The error body: `Code`, `Message`, `RequestId`, `HostId`, `Recommend`. */
  readonly data: EcsErrorData;
}

/**
 * What an SDK-shaped error is made from, as the SDK's `@alicloud/openapi-core` fills it from an
 * error answer.
 *
 * @example
 * ```ts
 * new ServerError({
 *   statusCode: 500, code: 'InternalError', requestId: 'R', data,
 *   message: 'code: 500, The request processing has failed due to some unknown error. request id: R',
 * });
 * ```
 * @category SDK client
 */
export interface SdkErrorFields {
  /** The HTTP status. */
  readonly statusCode: number;
  /** The body's `Code`. */
  readonly code: string;
  /** `"code: <status>, <Message> request id: <RequestId>"`; the error's message prefixes the code. */
  readonly message: string;
  /** The body's `RequestId`. */
  readonly requestId: string;
  /** The whole error body. */
  readonly data: EcsErrorData;
  /** What caused it, if anything (the facade's `EcsError`). */
  readonly cause?: unknown;
}

/**
 * The base of the errors an SDK-shaped client rejects with: the same fields and message as the
 * official SDK's `AlibabaCloudError` (from `@alicloud/openapi-core`), which fake-ecs does not
 * depend on at run time. `instanceof` the SDK's own classes is therefore false; `name`, `code`,
 * `statusCode`, `requestId`, `data`, `description` and `message` are the SDK's.
 *
 * @example
 * ```ts
 * try {
 *   await client.deleteDisk({ diskId: 'd-nope' });
 * } catch (e) {
 *   if (e instanceof AlibabaCloudError) e.message;
 *   //=> 'InvalidDiskId.NotFound: code: 404, The specified disk does not exist. request id: 473469C7-...'
 * }
 * ```
 * @category SDK client
 */
export class AlibabaCloudError extends Error {
  /** The class name: `ClientError`, `ServerError` or `ThrottlingError`. */
  override name = 'AlibabaCloudError';
  /** The ECS error code, e.g. `InvalidDiskId.NotFound`. */
  readonly code: string;
  /** The HTTP status (a number). */
  readonly statusCode: number;
  /** The request id of the failed call. */
  readonly requestId: string;
  /** The whole error body, as the SDK parses it: `Code`, `Message`, `RequestId`, `HostId`, `Recommend`. */
  readonly data: EcsErrorData;
  /** The body's `Description`: ECS sends none, so it is the string `'undefined'`, as in the SDK. */
  readonly description: string;
  /** The body's `Detail`: ECS sends none, so it is the string `'undefined'`, as in the SDK. */
  readonly detail: string;
  /** Seconds to wait before retrying, from the `x-acs-retry-after` header: never sent here. */
  readonly retryAfter: number | undefined = undefined;
  /** The body's `AccessDeniedDetail`: set on {@link ClientError} only. */
  readonly accessDeniedDetail: Readonly<Record<string, unknown>> | null | undefined = undefined;

  /**
   * @param fields - What the SDK reads from the answer; `cause` is the facade's `EcsError`.
   */
  constructor(fields: SdkErrorFields) {
    super(`${fields.code}: ${fields.message}`, { cause: fields.cause });
    this.code = fields.code;
    this.statusCode = fields.statusCode;
    this.requestId = fields.requestId;
    this.data = fields.data;
    this.description = 'undefined';
    this.detail = 'undefined';
  }
}

/**
 * A 4xx answer whose code does not contain `Throttling`, like the official SDK's `ClientError`.
 *
 * @example
 * ```ts
 * await client.deleteDisk({ diskId: 'd-nope' }).catch((e) => e.name); //=> 'ClientError'
 * ```
 * @category SDK client
 */
export class ClientError extends AlibabaCloudError {
  override name = 'ClientError';
  /** The body's `AccessDeniedDetail`, `null` when absent (always, for ECS block storage). */
  override readonly accessDeniedDetail: Readonly<Record<string, unknown>> | null = null;
}

/**
 * A 5xx answer whose code does not contain `Throttling`, like the official SDK's `ServerError`.
 *
 * @example
 * ```ts
 * toSdkError(new EcsError('InternalError')).name; //=> 'ServerError'
 * ```
 * @category SDK client
 */
export class ServerError extends AlibabaCloudError {
  override name = 'ServerError';
}

/**
 * An answer whose code contains `Throttling` (whatever its status), like the official SDK's
 * `ThrottlingError`.
 *
 * @example
 * ```ts
 * const e = toSdkError({ statusCode: 400, data: { ...body, Code: 'Throttling.User' } });
 * e instanceof ThrottlingError; //=> true
 * ```
 * @category SDK client
 */
export class ThrottlingError extends AlibabaCloudError {
  override name = 'ThrottlingError';
}

/**
 * Turns an error answer into the error the official SDK throws for it: `ThrottlingError` when the
 * code contains `Throttling`, else `ClientError` for 4xx and `ServerError` for 5xx, with the SDK's
 * message `"<Code>: code: <status>, <Message> request id: <RequestId>"`.
 *
 * @param source - The status and error body; an `EcsError` is accepted as is.
 * @returns The SDK-shaped error, with `source` as its `cause`.
 * @example
 * ```ts
 * const e = toSdkError(new EcsError('InvalidDiskId.NotFound', { requestId: 'R' }));
 * e.name; //=> 'ClientError'
 * e.message; //=> 'InvalidDiskId.NotFound: code: 404, The specified disk does not exist. request id: R'
 * ```
 * @category SDK client
 */
export function toSdkError(source: SdkErrorSource): AlibabaCloudError {
  const data: EcsErrorData = { ...source.data };
  const { statusCode } = source;
  const fields: SdkErrorFields = {
    statusCode,
    code: data.Code,
    message: `code: ${statusCode}, ${data.Message} request id: ${data.RequestId}`,
    requestId: data.RequestId,
    data,
    cause: source,
  };
  if (data.Code.includes('Throttling')) return new ThrottlingError(fields);
  return statusCode >= 500 ? new ServerError(fields) : new ClientError(fields);
}
