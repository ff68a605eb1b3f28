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
  if (typeof value !== 'object' || value === null) return value;
  if (isDraft(value)) return freeze(current(castDraft(value)), true);
  return Object.isFrozen(value) ? value : freeze(value, true);
}
