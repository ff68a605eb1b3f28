import { castDraft, current, freeze, isDraft, original } from 'immer';

/**
 * Returns the committed base object behind an immer draft, or the value itself when it is no draft.
 *
 * @remarks
 * Callers write `d.disks.byId = hashTableSet(d.disks.byId, id, disk)`. Reading `d.disks.byId`
 * inside a recipe hands out a proxy; spreading proxied nodes would draft every child and leave
 * revoked proxies inside our frozen nodes. The structures are never written through drafts, so
 * the base object is always the current version.
 *
 * @param structure - A persistent structure, possibly reached through an immer draft.
 * @returns The plain frozen structure.
 *
 * @example
 * ```ts
 * produce(state, (d) => {
 *   const table = undraft(d.disks.byId); // the frozen table, not a proxy
 * });
 * ```
 */
export function undraft<S>(structure: S): S {
  // Our structures are frozen and a draft is not: one cheap check on the hot path.
  if (Object.isFrozen(structure)) return structure;
  return isDraft(structure) ? original(castDraft(structure)) : structure;
}

/**
 * Makes a value safe to store inside a frozen node: drafts are snapshotted and the result is
 * deep-frozen.
 *
 * @remarks
 * immer's auto-freeze stops at frozen objects, so it never reaches values stored inside our
 * nodes; freezing them here keeps the whole state immutable, as auto-freeze would have.
 * Already-frozen values cost one `Object.isFrozen` check.
 *
 * @param value - The value the caller wants to store.
 * @returns The same value (or a snapshot of a draft), deep-frozen.
 *
 * @example
 * ```ts
 * const disk = storable({ id: 'd-1', tags: ['a'] });
 * Object.isFrozen(disk.tags); //=> true
 * ```
 */
export function storable<V>(value: V): V {
  // Drafts are never frozen: a frozen value (every stored one) costs one check.
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  if (isDraft(value)) return freeze(current(castDraft(value)), true);
  return freezeData(value);
}

/** Plain objects and arrays: what immer would freeze (a class instance freezes itself, or not). */
function isData(value: unknown): value is object {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return false;
  if (Array.isArray(value)) return true;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Deep-freezes plain data as immer's `freeze(value, true)` does, without its per-value draft and
 * collection checks: it stops at frozen objects (every persistent structure) and leaves class
 * instances (block maps, byte arrays) as they are.
 *
 * @param value - A plain object or array, not a draft.
 * @returns The same value, frozen with every plain object and array it reaches.
 * @example
 * ```ts
 * Object.isFrozen(freezeData({ tags: [{ key: 'a' }] }).tags[0]); //=> true
 * ```
 * @internal
 */
export function freezeData<T extends object>(value: T): T {
  Object.freeze(value);
  if (Array.isArray(value)) {
    for (const item of value) if (isData(item)) freezeData(item);
  } else {
    for (const key of Object.keys(value)) {
      const field = (value as Record<string, unknown>)[key];
      if (isData(field)) freezeData(field);
    }
  }
  return value;
}
