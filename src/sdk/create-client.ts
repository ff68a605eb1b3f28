import { addDuration } from '../clock/duration.js';
import { describeValue } from '../events/bounded-copy.js';
import { OPERATION_ROWS } from '../operations/table.js';
import { isEcsErrorLike } from './ecs-error-like.js';
import { toSdkError } from './sdk-errors.js';
import type {
  EcsSdkClient,
  SdkClientOptions,
  SdkClientTarget,
  SdkOperationName,
  SdkResponse,
} from './sdk-types.js';

/**
 * Every operation an {@link EcsSdkClient} has, each as `op` and `opWithOptions`.
 *
 * @example
 * ```ts
 * SDK_OPERATIONS.includes('createSnapshot'); //=> true
 * ```
 * @category SDK client
 */
export const SDK_OPERATIONS: readonly SdkOperationName[] = Object.freeze(
  OPERATION_ROWS.map((row) => row.method),
);

/** The own enumerable data of a request: SDK model instances lose their methods. */
function plainData(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plainData);
  if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value)) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (typeof field !== 'function') copy[key] = plainData(field);
  }
  return copy;
}

/**
 * The request's plain data, or the request itself when it cannot be read (a throwing getter, a
 * cycle, a revoked proxy): the world then refuses it with `InvalidParameter`, as it refuses any
 * request it cannot read, instead of a raw exception escaping here.
 */
function readable(request: unknown): unknown {
  try {
    return plainData(request);
  } catch {
    return request;
  }
}

/**
 * Wraps a world in an async client with the official SDK client's method signatures, for code
 * that expects `@alicloud/ecs20140526`'s `Client`: `createSnapshot(request)` and
 * `createSnapshotWithOptions(request, runtime)` resolve with `{ headers, statusCode, body }` and
 * reject with {@link ClientError}, {@link ServerError} or {@link ThrottlingError}. Every call runs
 * on the facade at once, in call order; `runtime` options are accepted and ignored.
 *
 * @param ecs - The world (from `createEcs`).
 * @param options - `autoAdvance`: virtual time that passes after every call.
 * @returns The client.
 * @throws RangeError when `autoAdvance` is not a valid non-negative duration.
 * @example
 * ```ts
 * import { createEcs } from 'fake-ecs';
 * import { createClient } from 'fake-ecs/sdk';
 *
 * const ecs = createEcs({ seed: 1 });
 * const client = createClient(ecs, { autoAdvance: 'PT10S' });
 * const { body } = await client.createSnapshot({ diskId, snapshotName: 'daily' });
 * body.snapshotId; //=> 's-bp1...'
 * ```
 * @category SDK client
 */
export function createClient(ecs: SdkClientTarget, options: SdkClientOptions = {}): EcsSdkClient {
  const { autoAdvance } = options;
  if (autoAdvance !== undefined && addDuration(autoAdvance, 0) === undefined)
    throw new RangeError(
      `createClient: autoAdvance must be an ISO 8601 duration such as "PT10S", a number of milliseconds >= 0, or a date-fns Duration; got ${describeValue(autoAdvance)}.`,
    );

  const run = async (name: SdkOperationName, request: unknown): Promise<SdkResponse<object>> => {
    try {
      const method: (request: never) => { requestId: string } = ecs[name];
      const body = method.call(ecs, readable(request) as never);
      return {
        headers: {
          'content-type': 'application/json;charset=utf-8',
          'x-acs-request-id': body.requestId,
        },
        statusCode: 200,
        body,
      };
    } catch (error) {
      throw isEcsErrorLike(error) ? toSdkError(error) : error;
    } finally {
      if (autoAdvance !== undefined) ecs.clock.advance(autoAdvance);
    }
  };

  const client: Record<
    string,
    (request: unknown, runtime?: object) => Promise<SdkResponse<object>>
  > = {};
  for (const name of SDK_OPERATIONS) {
    client[name] = (request) => run(name, request);
    client[`${name}WithOptions`] = (request) => run(name, request);
  }
  return Object.freeze(client) as unknown as EcsSdkClient;
}
