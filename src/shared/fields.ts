// ONE DECLARATION PER PARAMETER. An operation declares its request's fields once, as data: a field
// spec (`{ diskId: text.required(), deleteWithInstance: flag, diskIds: ids(100) }`). From it:
// - the generic reader (`fieldReader`) reads every field, in the spec's order, with the
//   `ParamReader` method of its kind (so codes and messages are those of the hand-written reads);
// - the typed input is derived by the type system (`FieldValues<typeof FIELDS>`);
// - the documented public `...Request` interface (which carries the per-field TSDoc the docs show)
//   is checked against it: `fieldsOf<XRequest>()({ ... })` fails the type check when a key is
//   missing or extra on either side, or when the request declares a type the kind does not take.
// Rules across fields (exactly one of, at least one of, required if) stay small explicit checks in
// the reader's `shape` step, after the generic read.

import type { EcsError } from './ecs-error.js';
import type { Bounds, ParamReader } from './params.js';
import type { TagInput } from './tags.js';

/**
 * One request field's kind: how it is read, and (type-level only) what a documented request may
 * declare for it.
 *
 * @typeParam Out - What the reader yields (the typed input's field).
 * @typeParam Declared - The type the documented request must include (e.g. `number` for `int`).
 * @typeParam Accepts - The widest type the documented request may declare (e.g. `number | string`
 *   for `int`, since the wire's numeric strings are read too).
 * @example
 * ```ts
 * const size: Field<number | undefined, number, number | string> = int({ min: 1 });
 * ```
 * @internal
 */
export interface Field<Out, Declared = NonNullable<Out>, Accepts = Declared> {
  /** Reads the field named `key` (its SDK name) with the request's reader. */
  readonly read: (p: ParamReader, key: string) => Out;
  /** The same field, refused with `MissingParameter` when absent or empty. */
  readonly required: () => Field<Exclude<Out, undefined>, Declared, Accepts>;
  /** The same field, `value` when absent. */
  readonly default: <V extends Exclude<Out, undefined>>(
    value: V,
  ) => Field<Exclude<Out, undefined>, Declared, Accepts>;
  /**
   * The same field, a given value failing `modelled` refused with `UnsupportedParameter` (a
   * value fake-ecs does not model, e.g. `EnableCrossRegionCopy=true`).
   */
  readonly only: (
    modelled: (value: Exclude<Out, undefined>) => boolean,
  ) => Field<Out, Declared, Accepts>;
  /** The same field read and checked, its value left out of the input (accepted, no effect). */
  readonly discard: () => Field<undefined, Declared, Accepts>;
  /** Type-level only (never set): what a documented request must and may declare. */
  readonly types?: {
    readonly declared: () => Declared;
    readonly accepts: (value: Accepts) => void;
  };
}

/**
 * A request's fields by SDK name, in reading order.
 *
 * @internal
 */
export type FieldSpec = { readonly [key: string]: AnyField };

/** Any field, whatever its types (what a spec holds). */
interface AnyField {
  readonly read: (p: ParamReader, key: string) => unknown;
}

/**
 * The typed input a spec reads: each field's `Out`.
 *
 * @example
 * ```ts
 * type Input = FieldValues<{ diskId: Field<string, string> }>; //=> { readonly diskId: string }
 * ```
 * @internal
 */
export type FieldValues<S extends FieldSpec> = {
  readonly [K in keyof S]: ReturnType<S[K]['read']>;
};

/** What a spec's field must be for a request field declared as `T`. */
interface FieldFor<T> {
  readonly read: (p: ParamReader, key: string) => unknown;
  readonly types?: { readonly declared: () => T; readonly accepts: (value: T) => void };
}

/**
 * The spec a documented request type admits: the same keys, each of a kind that reads the
 * declared type. Used as `const FIELDS = fieldsOf<XRequest>()({ ... })`.
 *
 * @example
 * ```ts
 * const FIELDS = fieldsOf<DeleteDiskRequest>()({ diskId: text.required() });
 * ```
 * @internal
 */
export type RequestFields<R> = { readonly [K in keyof R]-?: FieldFor<NonNullable<R[K]>> };

/**
 * Declares the field spec of the documented request `R`: the type check fails when a key of `R`
 * has no field, when a field is not in `R` (spread-in fields included, which `satisfies` alone
 * lets through), or when a field's kind does not read the type `R` declares.
 *
 * @returns A function returning its spec unchanged.
 * @example
 * ```ts
 * const FIELDS = fieldsOf<DeleteDiskRequest>()({ diskId: text.required() });
 * ```
 * @internal
 */
export function fieldsOf<R>() {
  return <S extends FieldSpec>(
    spec: S & RequestFields<R> & { readonly [K in Exclude<keyof S, keyof R>]: never },
  ): S => spec;
}

function field<Out, D, A>(read: (p: ParamReader, key: string) => Out): Field<Out, D, A> {
  return {
    read,
    required: () =>
      field<Exclude<Out, undefined>, D, A>((p, key) =>
        p.required<Exclude<Out, undefined>>(key, read(p, key) as Exclude<Out, undefined>),
      ),
    default: (value) =>
      field<Exclude<Out, undefined>, D, A>(
        (p, key) => (read(p, key) ?? value) as Exclude<Out, undefined>,
      ),
    only: (modelled) =>
      field<Out, D, A>((p, key) => {
        const value = read(p, key);
        if (value !== undefined && !modelled(value as Exclude<Out, undefined>)) p.unsupported(key);
        return value;
      }),
    discard: () =>
      field<undefined, D, A>((p, key) => {
        read(p, key);
        return undefined;
      }),
  };
}

/**
 * A string (`ParamReader.string`).
 *
 * @internal
 */
export const text: Field<string | undefined, string> = field((p, key) => p.string(key));

/**
 * A boolean; the wire's `'true'`/`'false'` too (`ParamReader.bool`).
 *
 * @internal
 */
export const flag: Field<boolean | undefined, boolean, boolean | string> = field((p, key) =>
  p.bool(key),
);

/**
 * The idempotency token, bounded as ECS bounds it (`ParamReader.clientToken`); only under the
 * key `clientToken`.
 *
 * @internal
 */
export const clientToken: Field<string | undefined, string> = field((p, key) => {
  if (key !== 'clientToken') throw new Error(`clientToken read as ${key}`);
  return p.clientToken();
});

/**
 * Tags (`Tag.N.Key`/`Tag.N.Value`), kept as given for the operation to validate
 * (`ParamReader.passThrough`).
 *
 * @internal
 */
export const tags: Field<unknown, TagInput[], TagInput[]> = raw<TagInput[]>();

/**
 * A whole number within inclusive bounds; numeric strings too (`ParamReader.int`).
 *
 * @param bounds - The limits.
 * @returns The field.
 * @internal
 */
export function int(bounds: Bounds = {}): Field<number | undefined, number, number | string> {
  return field((p, key) => p.int(key, bounds));
}

/**
 * A value from a fixed set (`ParamReader.oneOf`).
 *
 * @param allowed - The accepted values.
 * @param onInvalid - The ECS error for another value (default `InvalidParameter`).
 * @returns The field.
 * @internal
 */
export function oneOf<T extends string>(
  allowed: readonly T[],
  onInvalid?: () => EcsError,
): Field<T | undefined, T, string> {
  return field((p, key) => p.oneOf(key, allowed, onInvalid));
}

/**
 * A repeat list of strings, `Key.N` (`ParamReader.stringList`).
 *
 * @param max - The most entries.
 * @returns The field.
 * @internal
 */
export function ids(
  max: number,
): Field<readonly string[] | undefined, string[], readonly string[]> {
  return field((p, key) => p.stringList(key, max));
}

/**
 * A JSON array of strings, `'["d-1","d-2"]'`, or the array itself (`ParamReader.jsonIds`).
 *
 * @param max - The most entries.
 * @param onInvalid - The ECS error for a malformed list (default `InvalidParameter`).
 * @returns The field.
 * @internal
 */
export function jsonIds(
  max: number,
  onInvalid?: () => EcsError,
): Field<readonly string[] | undefined, string, string | readonly string[]> {
  return field((p, key) => p.jsonIds(key, max, onInvalid));
}

/**
 * A value kept as given, for the operation to interpret (`ParamReader.passThrough`).
 *
 * @typeParam D - What the documented request declares.
 * @returns The field.
 * @internal
 */
export function raw<D>(): Field<unknown, D, D> {
  return field((p, key) => p.passThrough(key));
}

/**
 * A documented parameter fake-ecs accepts without effect: it is not read, so the contract's type
 * check settles it as for any unread documented parameter (and `strictParameters` refuses it);
 * `D` is what the documented request declares.
 *
 * @returns The field (its value is always `undefined`).
 * @internal
 */
export function accepted<D>(): Field<undefined, D, D> {
  return field(() => undefined);
}

/**
 * A name that is not a parameter of the operation but that clients send by mistake (e.g.
 * `PageNumber` where only token paging exists): refused with `InvalidParameter` saying why. Its
 * spec is checked against `XRequest & { pageNumber?: never }`.
 *
 * @param why - What to use instead.
 * @returns The field (its value is always `undefined`).
 * @internal
 */
export function refused(why: string): Field<undefined, never, never> {
  return field((p, key) => {
    if (p.passThrough(key) !== undefined) p.reject(key, why);
    return undefined;
  });
}

/**
 * A documented parameter fake-ecs refuses in any value with `UnsupportedParameter` (e.g.
 * `CreateImage`'s `InstanceId`): its spec is checked against `XRequest & { instanceId?: never }`,
 * the documented request leaving it out.
 *
 * @returns The field (its value is always `undefined`).
 * @internal
 */
export function notModelled(): Field<undefined, never, never> {
  return raw<never>()
    .only(() => false)
    .discard();
}

/**
 * A field read by a reader of its own (e.g. a rate with its own message); `D` is what the
 * documented request declares.
 *
 * @param read - Reads the field.
 * @returns The field.
 * @internal
 */
export function custom<Out, D>(read: (p: ParamReader, key: string) => Out): Field<Out, D, D> {
  return field(read);
}

/**
 * A nested object (`SystemDisk.Category`), read by its own spec (`ParamReader.object`); check
 * its documented type with its own `fieldsOf<...>()`.
 *
 * @param spec - Its fields.
 * @param shape - Its cross-field rules and final shape.
 * @returns The field.
 * @internal
 */
export function object<S extends FieldSpec, T = FieldValues<S>>(
  spec: S,
  shape?: (values: FieldValues<S>, p: ParamReader) => T,
): Field<T | undefined, never, object> {
  const read = fieldReader(spec, shape);
  return field((p, key) => p.object(key, read));
}

/**
 * A list of nested objects (`DataDisk.N.Size`), each read by the spec (`ParamReader.list`).
 *
 * @param spec - An element's fields.
 * @param max - The most elements.
 * @param shape - An element's cross-field rules and final shape.
 * @returns The field.
 * @internal
 */
export function list<S extends FieldSpec, T = FieldValues<S>>(
  spec: S,
  max: number,
  shape?: (values: FieldValues<S>, p: ParamReader) => T,
): Field<readonly T[] | undefined, never, readonly object[]> {
  const read = fieldReader(spec, shape);
  return field((p, key) => p.list(key, read, max));
}

/**
 * Reads every field of a spec, in its order.
 *
 * @param p - The request's reader.
 * @param spec - The fields.
 * @returns The values, by key.
 * @internal
 */
export function readFields<S extends FieldSpec>(p: ParamReader, spec: S): FieldValues<S> {
  const values: Record<string, unknown> = {};
  const { keys, kinds } = columnsOf(spec);
  for (let i = 0; i < keys.length; i++)
    values[keys[i] as string] = (kinds[i] as S[string]).read(p, keys[i] as string);
  return values as FieldValues<S>;
}

/** A spec's keys and kinds, listed once per spec (specs are constants; every call reads one). */
const COLUMNS = new WeakMap<FieldSpec, { keys: readonly string[]; kinds: readonly unknown[] }>();

function columnsOf<S extends FieldSpec>(spec: S) {
  let columns = COLUMNS.get(spec);
  if (columns === undefined) {
    columns = { keys: Object.keys(spec), kinds: Object.values(spec) };
    COLUMNS.set(spec, columns);
  }
  return columns;
}

/**
 * An operation's reader: the generic read of its spec, then (optionally) its cross-field rules
 * and final shape, which may refuse with `p.required` / `p.reject`.
 *
 * @param spec - The fields.
 * @param shape - The rules across fields and the input's shape (default: the values as read).
 * @returns The reader (`Operation.read`).
 * @example
 * ```ts
 * const read = fieldReader({ diskId: text.required() });
 * ```
 * @internal
 */
export function fieldReader<S extends FieldSpec, T = FieldValues<S>>(
  spec: S,
  shape?: (values: FieldValues<S>, p: ParamReader) => T,
): (p: ParamReader) => T {
  const read = (p: ParamReader): T => {
    const values = readFields(p, spec);
    return shape ? shape(values, p) : (values as T);
  };
  FIELD_READERS.add(read);
  return read;
}

/** The readers {@link fieldReader} made. */
const FIELD_READERS = new WeakSet<object>();

/**
 * Whether a reader was made by {@link fieldReader} from a field spec (a test checks every
 * operation's).
 *
 * @param read - An operation's reader.
 * @returns `true` for a spec-driven reader.
 * @internal
 */
export function isFieldReader(read: unknown): boolean {
  return typeof read === 'function' && FIELD_READERS.has(read);
}
