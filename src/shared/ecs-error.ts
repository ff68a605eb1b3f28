import { type EcsErrorCode, ERROR_CATALOG, type ErrorCatalogEntry } from './error-catalog.js';

/**
 * The error body real ECS sends, as the official SDK exposes it in `error.data`.
 *
 * @example
 * ```ts
 * const data: EcsErrorData = {
 *   Code: 'InvalidDiskId.NotFound', Message: 'The specified disk does not exist.',
 *   RequestId: '473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E', HostId: 'ecs.aliyuncs.com', Recommend: '...',
 * };
 * ```
 * @category Errors
 */
export interface EcsErrorData {
  /** The error code, e.g. `IncorrectDiskStatus`. */
  readonly Code: string;
  /** The human-readable message. */
  readonly Message: string;
  /** The request id of the failed call (uppercase UUID). */
  readonly RequestId: string;
  /** The endpoint host that answered. */
  readonly HostId: string;
  /** The troubleshooting link real ECS adds. */
  readonly Recommend: string;
}

/**
 * Options for {@link EcsError}: what varies from one occurrence of a code to the next.
 *
 * @example
 * ```ts
 * const options: EcsErrorOptions = { message: 'The input parameter DiskId is not supplied.' };
 * ```
 * @category Errors
 */
export interface EcsErrorOptions {
  /** A message more precise than the catalogue's default. */
  readonly message?: string | undefined;
  /** The request id; the facade sets it when it throws. */
  readonly requestId?: string | undefined;
  /** The ECS operation (PascalCase, e.g. `AttachDisk`); it selects per-operation statuses. */
  readonly action?: string | undefined;
  /** The answering host; defaults to `ecs.aliyuncs.com`. */
  readonly hostId?: string | undefined;
  /** The HTTP status, where the reference gives one case of a code its own status. */
  readonly statusCode?: number | undefined;
}

/**
 * The error every failed ECS call throws: the real code, HTTP status and message, and a
 * `message` formatted exactly like the official SDK's
 * (`"<Code>: code: <status>, <Message> request id: <RequestId>"`).
 *
 * @example
 * ```ts
 * try {
 *   ecs.deleteDisk({ diskId: 'd-nope' });
 * } catch (e) {
 *   if (e instanceof EcsError) e.code; //=> 'InvalidDiskId.NotFound'
 * }
 * ```
 * @category Errors
 */
export class EcsError<C extends EcsErrorCode = EcsErrorCode> extends Error {
  /** Always `'EcsError'`. */
  override readonly name = 'EcsError';
  /** The ECS error code. */
  readonly code: C;
  /** The HTTP status real ECS answers with. */
  readonly statusCode: number;
  /** The request id of the failed call; empty until the facade assigns one. */
  readonly requestId: string;
  /** The message without the SDK's decoration. */
  readonly description: string;
  /** The ECS operation that failed, when known. */
  readonly action: string | undefined;
  /** The error body, as the SDK exposes it. */
  readonly data: EcsErrorData;
  /** A status given for this very case, kept when the facade answers with the error. */
  readonly #statusOverride: number | undefined;

  /**
   * @param code - A code from {@link ERROR_CATALOG}.
   * @param options - Message, request id and operation.
   */
  constructor(code: C, options: EcsErrorOptions = {}) {
    const entry: ErrorCatalogEntry = ERROR_CATALOG[code];
    const statusCode =
      options.statusCode ??
      ((options.action && entry.statusByAction?.[options.action]) || entry.httpStatus);
    const description = options.message ?? entry.message;
    const requestId = options.requestId ?? '';
    super(`${code}: code: ${statusCode}, ${description} request id: ${requestId}`);
    this.code = code;
    this.statusCode = statusCode;
    this.requestId = requestId;
    this.description = description;
    this.action = options.action;
    this.#statusOverride = options.statusCode;
    this.data = Object.freeze({
      Code: code,
      Message: description,
      RequestId: requestId,
      HostId: options.hostId ?? 'ecs.aliyuncs.com',
      Recommend: `https://api.alibabacloud.com/troubleshoot?intl_lang=EN_US&q=${code}&product=Ecs&requestId=${requestId}`,
    });
  }

  /**
   * The same error, as answered to one call: with its request id, operation and host.
   *
   * @param requestId - The request id of the call.
   * @param action - The ECS operation.
   * @param hostId - The answering host.
   * @returns A new `EcsError` with the same code and message.
   */
  answeredAs(requestId: string, action: string, hostId: string): EcsError<C> {
    return new EcsError(this.code, {
      message: this.description,
      requestId,
      action,
      hostId,
      statusCode: this.#statusOverride,
    });
  }
}

/**
 * Tells whether a value is an {@link EcsError}, optionally with a given code.
 *
 * @param value - Anything caught.
 * @param code - The code to match, if any.
 * @returns `true` when `value` is an `EcsError` (with that code).
 * @example
 * ```ts
 * isEcsError(new EcsError('IncorrectDiskStatus'), 'IncorrectDiskStatus'); //=> true
 * ```
 * @category Errors
 */
export function isEcsError<C extends EcsErrorCode>(value: unknown, code?: C): value is EcsError<C> {
  return value instanceof EcsError && (code === undefined || value.code === code);
}

/**
 * Makes a domain error: shorthand used by transitions.
 *
 * @param code - The catalogue code.
 * @param message - A more precise message, if any.
 * @param statusCode - The status, where the reference gives this case its own.
 * @returns The error, without request id (the facade adds it).
 * @internal
 */
export function ecsError<C extends EcsErrorCode>(
  code: C,
  message?: string,
  statusCode?: number,
): EcsError<C> {
  return new EcsError(code, { message, statusCode });
}
