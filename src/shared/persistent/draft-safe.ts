/**
 * The registered symbol immer marks every draft with (its `DRAFT_STATE`; immer's own `isDraft`
 * reads it). Reading it here, instead of importing immer, keeps immer out of fake-ecs's load:
 * no fake-ecs code makes drafts, so this module only has to recognise one handed in.
 */
const DRAFT_STATE = Symbol.for('immer-state');

/** Whether a value is an immer draft (a proxy over state being produced). */
function isDraft(value: object): boolean {
  return Boolean((value as { readonly [DRAFT_STATE]?: unknown })[DRAFT_STATE]);
}

/**
 * A plain copy of a draft (or of plain data holding drafts) with no proxy left inside, as immer's
 * `current` makes: frozen values and class instances are kept as they are, drafts and plain data
 * are copied.
 *
 * @remarks
 * A draft's fields are read through their property descriptors: immer answers those with the
 * stored value, where an ordinary read would draft the child (and copy a whole persistent
 * structure node by node).
 */
function copyOut<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  const draft = isDraft(value);
  if (!draft && !isData(value)) return value;
  const source = value as Record<string, unknown>;
  const copy: Record<string, unknown> = Array.isArray(value)
    ? []
    : Object.create(Object.getPrototypeOf(value));
  for (const key of Object.keys(source)) {
    const field = draft ? Object.getOwnPropertyDescriptor(source, key)?.value : source[key];
    copy[key] = copyOut(field);
  }
  return copy as T;
}

/**
 * Returns the committed base object behind an immer draft, or the value itself when it is no draft.
 *
 * @remarks
 * Callers write `d.disks.byId = hashTableSet(d.disks.byId, id, disk)`. Reading `d.disks.byId`
 * inside a recipe hands out a proxy; spreading proxied nodes would draft every child and leave
 * revoked proxies inside our frozen nodes. The structures are never written through drafts, so
 * a frozen copy of the draft's top object (its nodes are the committed, frozen ones) is the
 * current version.
 *
 * @param structure - A persistent structure, possibly reached through an immer draft.
 * @returns The plain frozen structure (a frozen copy of a draft's top object, sharing its nodes).
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
  if (typeof structure !== 'object' || structure === null || !isDraft(structure)) return structure;
  return freezeData(copyOut(structure));
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
  return freezeData(isDraft(value) ? copyOut(value) : value);
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
