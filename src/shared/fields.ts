// ONE DECLARATION PER PARAMETER. An operation declares its request's fields once, as data: a field
// spec (`{ diskId: text.required(), deleteWithInstance: flag, diskIds: ids(100) }`). From it:
// - the generic reader (`fieldReader`) reads every field, in the spec's order, with the
//   `ParamReader` method of its kind (so codes and messages are those of the hand-written reads);
// - the typed input is derived by the type system (`FieldValues<typeof FIELDS>`);
// - the documented public `...Request` interface (which carries the per-field TSDoc the docs show)
//   is checked against it: `fieldsOf<XRequest>()(() => ({ ... }))` fails the type check when a
//   key is missing or extra on either side, or when the request declares a type the kind does not
//   take. The spec is built on the operation's first request, not when fake-ecs loads.
// Rules across fields (exactly one of, at least one of, required if) stay small explicit checks in
// the reader's `shape` step, after the generic read.

import type { EcsError } from './ecs-error.js';
import { lazy } from './lazy.js';
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
export type FieldValues<S extends SpecSource> =
  S extends LazyFields<infer Spec> ? ValuesOf<Spec> : S extends FieldSpec ? ValuesOf<S> : never;

type ValuesOf<S extends FieldSpec> = { readonly [K in keyof S]: ReturnType<S[K]['read']> };

/**
 * A spec built on its first use (what {@link fieldsOf} returns): the ~100 operations' specs are
 * not built by every import of fake-ecs, only by the first request of each operation.
 *
 * @example
 * ```ts
 * const FIELDS: LazyFields<{ diskId: Field<string, string> }> = () => ({ diskId: text.required() });
 * ```
 * @internal
 */
export type LazyFields<S extends FieldSpec> = () => S;

/**
 * A spec, or a spec built on first use.
 *
 * @example
 * ```ts
 * const source: SpecSource = { diskId: text.required() };
 * ```
 * @internal
 */
export type SpecSource = FieldSpec | LazyFields<FieldSpec>;

/** What a spec's field must be for a request field declared as `T`. */
interface FieldFor<T> {
  readonly read: (p: ParamReader, key: string) => unknown;
  readonly types?: { readonly declared: () => T; readonly accepts: (value: T) => void };
}

/**
 * The spec a documented request type admits: the same keys, each of a kind that reads the
 * declared type. Used as `const FIELDS = fieldsOf<XRequest>()(() => ({ ... }))`.
 *
 * @example
 * ```ts
 * const FIELDS = fieldsOf<DeleteDiskRequest>()(() => ({ diskId: text.required() }));
 * ```
 * @internal
 */
export type RequestFields<R> = { readonly [K in keyof R]-?: FieldFor<NonNullable<R[K]>> };

/** A spec `S` checked against the documented request `R` (see {@link fieldsOf}). */
type Checked<R, S> = S & RequestFields<R> & { readonly [K in Exclude<keyof S, keyof R>]: never };

/**
 * Declares the field spec of the documented request `R`, built on its first use: the type check
 * fails when a key of `R` has no field, when a field is not in `R` (spread-in fields included,
 * which `satisfies` alone lets through), or when a field's kind does not read the type `R`
 * declares.
 *
 * @remarks
 * Lazy because ~100 specs built at load were ~3 ms of every `import('fake-ecs')`: code that runs
 * once runs cold (each call and property access a cache miss). A spec other specs spread in is
 * declared with {@link checkedFields} instead.
 *
 * @returns A function taking a function that returns the spec; the result builds it once.
 * @example
 * ```ts
 * const FIELDS = fieldsOf<DeleteDiskRequest>()(() => ({ diskId: text.required() }));
 * ```
 * @internal
 */
export function fieldsOf<R>() {
  return <S extends FieldSpec>(spec: () => Checked<R, S>): LazyFields<S> => lazy(spec);
}

/**
 * The check of {@link fieldsOf} on a spec built now: for the building blocks other specs spread
 * in, and for checking an existing spec against one more documented request.
 *
 * @returns A function returning its spec unchanged.
 * @example
 * ```ts
 * const RULE = checkedFields<RuleRequest>()({ ipProtocol: text.required() });
 * ```
 * @internal
 */
export function checkedFields<R>() {
  return <S extends FieldSpec>(spec: Checked<R, S>): S => spec;
}

/**
 * A field as one object over a shared prototype: ~1,000 fields are declared when fake-ecs loads,
 * and five closures each (one per method) were a measurable part of every import's cost.
 */
class FieldKind<Out, D, A> implements Field<Out, D, A> {
  readonly read: (p: ParamReader, key: string) => Out;

  constructor(read: (p: ParamReader, key: string) => Out) {
    this.read = read;
  }

  required(): Field<Exclude<Out, undefined>, D, A> {
    const read = this.read;
    return field((p, key) =>
      p.required<Exclude<Out, undefined>>(key, read(p, key) as Exclude<Out, undefined>),
    );
  }

  default<V extends Exclude<Out, undefined>>(value: V): Field<Exclude<Out, undefined>, D, A> {
    const read = this.read;
    return field((p, key) => (read(p, key) ?? value) as Exclude<Out, undefined>);
  }

  only(modelled: (value: Exclude<Out, undefined>) => boolean): Field<Out, D, A> {
    const read = this.read;
    return field((p, key) => {
      const value = read(p, key);
      if (value !== undefined && !modelled(value as Exclude<Out, undefined>)) p.unsupported(key);
      return value;
    });
  }

  discard(): Field<undefined, D, A> {
    const read = this.read;
    return field((p, key) => {
      read(p, key);
      return undefined;
    });
  }
}

function field<Out, D, A>(read: (p: ParamReader, key: string) => Out): Field<Out, D, A> {
  return new FieldKind<Out, D, A>(read);
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
export function object<S extends SpecSource, T = FieldValues<S>>(
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
export function list<S extends SpecSource, T = FieldValues<S>>(
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
export function readFields<S extends SpecSource>(p: ParamReader, spec: S): FieldValues<S> {
  const values: Record<string, unknown> = {};
  const { keys, kinds } = columnsOf(spec);
  for (let i = 0; i < keys.length; i++)
    values[keys[i] as string] = (kinds[i] as AnyField).read(p, keys[i] as string);
  return values as FieldValues<S>;
}

/** A spec's keys and kinds, listed once per spec (specs are constants; every call reads one). */
const COLUMNS = new WeakMap<SpecSource, { keys: readonly string[]; kinds: readonly unknown[] }>();

function columnsOf(source: SpecSource) {
  let columns = COLUMNS.get(source);
  if (columns === undefined) {
    const spec = typeof source === 'function' ? source() : source;
    columns = { keys: Object.keys(spec), kinds: Object.values(spec) };
    COLUMNS.set(source, columns);
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
export function fieldReader<S extends SpecSource, T = FieldValues<S>>(
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
