/**
 * Freezes a plain value and everything reachable from it (typed arrays cannot be frozen and are
 * left as they are). For constants and the initial state: immer's auto-freeze covers the rest.
 *
 * @param value - A plain value.
 * @returns The same value, frozen all the way down.
 * @internal
 */
export function deepFreeze<T>(value: T): T {
  if (
    typeof value === 'object' &&
    value !== null &&
    !ArrayBuffer.isView(value) &&
    !Object.isFrozen(value)
  ) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
