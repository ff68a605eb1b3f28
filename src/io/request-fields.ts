import { type EcsError, ecsError } from '../shared/ecs-error.js';
import { invalidParameter } from '../shared/invalid-parameter.js';
import { err, ok, type Result } from '../shared/result.js';

/**
 * The most one guest read may return: a test reading more wants a loop, not a 4 GiB buffer.
 *
 * @internal
 */
export const MAX_READ = 256 * 1024 * 1024;

/**
 * Refuses a field a guest I/O call does not read with `UnsupportedParameter`, as every ECS
 * operation does, rather than ignoring it (a misspelt `lenght` must not write nothing quietly).
 * A plain own-key loop, not a `ParamReader`: a batch checks 100,000 writes.
 *
 * @param request - The request or one write of a batch; a non-object passes (the shape check
 *   that follows refuses it with its own message).
 * @param fields - The fields the call reads.
 * @param prefix - The parameter path of a write in a batch (`Writes.3.`), or `''`.
 * @returns Nothing, or the error naming the first unknown field.
 * @internal
 */
export function requireKnownFields(
  request: unknown,
  fields: readonly string[],
  prefix = '',
): Result<void, EcsError> {
  if (typeof request !== 'object' || request === null) return ok(undefined);
  for (const key in request) {
    if (!Object.hasOwn(request, key) || fields.includes(key)) continue;
    if ((request as Record<string, unknown>)[key] === undefined) continue;
    const name = `${prefix}${key.charAt(0).toUpperCase()}${key.slice(1)}`;
    return err(
      ecsError(
        'UnsupportedParameter',
        `The parameter ${name} is not supported by fake-ecs; leave it unset.`,
      ),
    );
  }
  return ok(undefined);
}

/**
 * A write gives real bytes, or a synthetic `fill` of a `length` — never both, since one of them
 * would be ignored.
 *
 * @param write - The write (an object).
 * @param prefix - The parameter path of a write in a batch (`Writes.3.`), or `''`.
 * @returns Nothing, or `InvalidParameter`.
 * @internal
 */
export function requireOneWriteSource(write: object, prefix = ''): Result<void, EcsError> {
  const w = write as { data?: unknown; length?: unknown; fill?: unknown };
  if ('data' in w && (w.fill !== undefined || w.length !== undefined))
    return err(
      invalidParameter(`${prefix}Data`, 'give either data, or length with fill, not both'),
    );
  return ok(undefined);
}
