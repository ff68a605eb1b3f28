// A caller's request, read once into plain data before anything looks at it. Every reader after
// this sees the same values: an accessor that answers 0 to the check and 2^40 to the use (a 1 TiB
// write into a 20 GiB disk), a proxy, or a list with holes cannot make a check and its use
// disagree, and a request JSON cannot describe (a cycle) is refused here with the ECS error.

import type { EcsError } from './ecs-error.js';
import { invalidParameter } from './invalid-parameter.js';
import { setOwnField } from './own-field.js';
import { err, ok, type Result } from './result.js';

/** The most entries of one list or fields of one object read (ECS lists hold at most 100). */
const MAX_ENTRIES = 100_000;
/** The deepest nesting read (ECS requests nest three levels). */
const MAX_DEPTH = 16;

/** Thrown inside {@link plainRequest} only; turned into a `Result` before it leaves. */
class Unreadable {
  readonly why: string;
  constructor(why: string) {
    this.why = why;
  }
}

/** Values kept as they are: bytes (`writeDisk` data) and instants (billing periods). */
function isLeafObject(o: object): boolean {
  return (
    ArrayBuffer.isView(o) ||
    o instanceof ArrayBuffer ||
    Object.prototype.toString.call(o) === '[object Date]'
  );
}

// `ancestors` is the path from the request down to `value`: at most MAX_DEPTH objects, so a list
// (one small array per call) rather than a Set.
function copyOf(value: unknown, depth: number, ancestors: object[]): unknown {
  if (typeof value !== 'object' || value === null || isLeafObject(value)) return value;
  if (depth > MAX_DEPTH) throw new Unreadable(`it nests deeper than ${MAX_DEPTH} levels`);
  if (ancestors.includes(value)) throw new Unreadable('it contains itself (a cycle)');
  ancestors.push(value);
  try {
    if (Array.isArray(value)) {
      const length = value.length;
      if (length > MAX_ENTRIES) throw new Unreadable(`a list has more than ${MAX_ENTRIES} entries`);
      // Dense: a hole of a sparse list is read as undefined, which readers refuse by name.
      const list = new Array<unknown>(length);
      for (let i = 0; i < length; i++) list[i] = copyOf(value[i], depth + 1, ancestors);
      return list;
    }
    const keys = Object.keys(value);
    if (keys.length > MAX_ENTRIES)
      throw new Unreadable(`an object has more than ${MAX_ENTRIES} fields`);
    const copy: Record<string, unknown> = {};
    for (const key of keys) {
      // 100,000 writes in one writeDisk call are 100,000 copies: see setOwnField for the cost.
      setOwnField(copy, key, copyOf((value as Record<string, unknown>)[key], depth + 1, ancestors));
    }
    return copy;
  } finally {
    ancestors.pop();
  }
}

/**
 * Reads a request once into plain data: own enumerable fields and list entries (accessors called
 * exactly once each, holes as `undefined`), bytes and `Date`s kept as they are.
 *
 * @param request - What the caller passed.
 * @returns The plain copy, or `InvalidParameter` when it cannot be read (a getter or proxy that
 *   throws, a cycle, more than 100,000 entries, more than 16 levels).
 * @internal
 */
export function plainRequest(request: unknown): Result<unknown, EcsError> {
  try {
    return ok(copyOf(request, 1, []));
  } catch (error) {
    // What a getter or proxy threw is not looked at: it could throw again.
    const why = error instanceof Unreadable ? error.why : 'reading one of its fields threw';
    return err(invalidParameter('(request)', `the request cannot be read: ${why}`));
  }
}
