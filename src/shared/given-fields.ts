/**
 * The fields a request stated: an absent parameter leaves no key behind, so an entity stores only
 * what it was given (and saved worlds of earlier versions, which have none, read the same).
 *
 * @param fields - Field -> value or `undefined`.
 * @returns The fields whose value is defined.
 * @example
 * ```ts
 * givenFields<{ hostName?: string }>({ hostName: undefined }); //=> {}
 * ```
 * @internal
 */
export function givenFields<T extends object>(fields: { [K in keyof T]: T[K] | undefined }): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) out[key] = value;
  return out as T;
}
