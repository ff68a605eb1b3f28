/**
 * The outcome of a pure transition: a value, or a typed error. Transitions return it instead of
 * throwing, so a failed call can never leave a half-applied change behind.
 *
 * @example
 * ```ts
 * const r: Result<number, string> = ok(1);
 * if (r.ok) r.value; //=> 1
 * ```
 * @category Errors
 */
export type Result<T, E> =
  | { readonly ok: true; readonly value: T; readonly error?: never }
  | { readonly ok: false; readonly error: E; readonly value?: never };

/**
 * Wraps a value as a successful {@link Result}.
 *
 * @param value - The value.
 * @returns `{ ok: true, value }`.
 * @example
 * ```ts
 * ok(42).value; //=> 42
 * ```
 * @category Errors
 */
export function ok<T>(value: T): Result<T, never> {
  return { ok: true, value };
}

/**
 * Wraps an error as a failed {@link Result}.
 *
 * @param error - The error.
 * @returns `{ ok: false, error }`.
 * @example
 * ```ts
 * err('nope').ok; //=> false
 * ```
 * @category Errors
 */
export function err<E>(error: E): Result<never, E> {
  return { ok: false, error };
}
