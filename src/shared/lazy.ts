/**
 * A module constant built on its first use instead of when fake-ecs loads: every import of the
 * package (every test worker of every user) pays for what is built at load, whether it is used
 * or not.
 *
 * @param build - Builds the value; called once, on the first call of the result.
 * @returns A function returning the value.
 * @example
 * ```ts
 * const shapes = lazy(() => new Map(Object.entries(KINDS)));
 * shapes().get('Disk');
 * ```
 * @internal
 */
export function lazy<T>(build: () => T): () => T {
  let built = false;
  let value: T | undefined;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value as T;
  };
}
