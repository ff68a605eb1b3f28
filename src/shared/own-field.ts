/**
 * Sets `key` on a fresh plain object as an own, enumerable, writable data field, whatever the key.
 *
 * @remarks
 * Plain assignment would call the `__proto__` setter instead of making a field (a request copy
 * must keep what the caller sent, and must not change its prototype); `defineProperty` for every
 * key would be several times slower on the paths that copy every call's parameters. So
 * `defineProperty` is used for `__proto__` only.
 *
 * @param target - The object being built.
 * @param key - The field's name.
 * @param value - The field's value.
 * @example
 * ```ts
 * const copy: Record<string, unknown> = {};
 * setOwnField(copy, '__proto__', 1);
 * Object.keys(copy); //=> ['__proto__']
 * ```
 * @internal
 */
export function setOwnField(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__')
    Object.defineProperty(target, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  else target[key] = value;
}
