/**
 * Throws a plain `Error` when an internal invariant is broken. Business rules never use it: they
 * return an `EcsError` value instead; this is for "cannot happen" states.
 *
 * @param condition - What must hold.
 * @param message - What broke, for the stack trace.
 * @internal
 */
export function invariant(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`fake-ecs internal invariant broken: ${message}`);
}

/**
 * Marks a switch as exhaustive: the type system proves `value` is `never`.
 *
 * @param value - The value no case matched.
 * @internal
 */
export function assertNever(value: never): never {
  throw new Error(`fake-ecs internal invariant broken: unexpected ${JSON.stringify(value)}`);
}
