import { deepFreeze } from './deep-freeze.js';
import { lazy } from './lazy.js';

/**
 * The fields of a response item that fake-ecs does not model, with the values real ECS gives for a
 * resource that does not use the feature (empty string, `false`, `0`, an empty double-wrapped
 * list). Frozen all the way down: views share the nested values between items, so no item can
 * change another's. docs/fidelity.md lists every table (test/docs/response-defaults-doc.test.ts
 * checks it).
 *
 * @param fields - Field -> the value real ECS gives when the feature is unused.
 * @returns The same table, frozen.
 * @example
 * ```ts
 * const DEFAULTS = viewDefaults({ productCode: '', mountInstances: { mountInstance: [] } });
 * ```
 * @internal
 */
export function viewDefaults<T extends object>(fields: T): Readonly<T> {
  return deepFreeze(fields);
}

/**
 * The object a view is spread from (`{ ...TEMPLATE(), diskId, ... }`): every field of the item,
 * the modelled ones first (with placeholder values of their type, each overwritten by the view)
 * and then the defaults. A view written as one literal over a template that already has every
 * field is cloned and filled in place: several times faster than adding fields to a spread of
 * the defaults alone, whose objects leave V8's fast-property mode once they grow past a dozen
 * added fields. The template is left unfrozen on purpose (V8 clones a frozen object slowly); it
 * never leaves the module that builds it. It is built on the first view, not when fake-ecs loads.
 *
 * @param modelled - Returns every modelled field with a placeholder of its type (the type checker
 *   makes the list complete).
 * @param defaults - The table of {@link viewDefaults}.
 * @returns A function returning the template (the same object on every call).
 * @example
 * ```ts
 * const TEMPLATE = viewTemplate<DiskView, typeof DISK_VIEW_DEFAULTS>(() => ({ diskId: '', ... }), DISK_VIEW_DEFAULTS);
 * ```
 * @internal
 */
export function viewTemplate<V extends object, D extends Partial<V>>(
  modelled: () => Omit<V, keyof D>,
  defaults: D,
): () => V {
  return lazy(() => {
    // Placeholders a view keeps (nested parts it spreads from) are shared: frozen like the defaults.
    const placeholders = Object.entries(modelled()).map(([key, value]) => [key, deepFreeze(value)]);
    // Object.fromEntries builds an object in fast-property mode (a loop of keyed stores would not).
    return Object.fromEntries([...placeholders, ...Object.entries(defaults)]) as V;
  });
}
