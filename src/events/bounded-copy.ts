// The copy of a call's parameters that its event keeps. The audit trail lives as long as the world
// (10,000 events by default), so what it holds must be bounded by that configuration, not by what
// callers send: a 1 MB `DiskName` kept by every event grew a server past 3 GB. It must also stay
// JSON data whatever the caller passed (a BigInt, a cycle, a throwing `toJSON`), or `ecs.export()`
// would throw until the event left the trail. And it must not run the caller's code a second time
// (an accessor, a `toJSON`): the copy reads own data properties only.

import { setOwnField } from '../shared/own-field.js';

/**
 * How much of a call's parameters its event keeps: longer strings, lists and deeper nesting are
 * cut, marked where they were cut (`…(truncated: …)`), and the event says `parametersTruncated`.
 *
 * @example
 * ```ts
 * PARAMETER_COPY_LIMITS.stringLength; //=> 4096
 * ```
 * @category Events
 */
export const PARAMETER_COPY_LIMITS = Object.freeze({
  /** The most characters of one string (a value or a key). */
  stringLength: 4096,
  /** The most characters of all strings of one call together. */
  totalCharacters: 8192,
  /** The most entries of one list, or fields of one object. */
  entries: 100,
  /** The most values (objects, lists and primitives) of one call together. */
  values: 256,
  /** The deepest nesting kept (the request object itself is depth 1). */
  depth: 6,
});

/** A value the copy could not keep as it was, described instead. */
const MARK = {
  accessor: '[accessor]',
  cycle: '[cycle]',
  function: '[function]',
  symbol: '[symbol]',
  unreadable: '[unreadable]',
  tooDeep: '…(truncated: nested too deep)',
  tooMany: '…(truncated: too many values)',
} as const;

/** The largest BigInt written out in full; larger ones are described by size only. */
const BIGINT_SHOWN = 10n ** 30n;

/**
 * A string that owns its characters: a short piece cut from a long string (or a value a parser
 * cut from a whole query) may otherwise keep the whole original alive. V8 makes a slice of 13
 * characters or more a view of its source; slicing a fresh concatenation makes it copy the
 * characters first (a fresh flat string the slice views, as long as the text plus one), ~3x
 * cheaper than the JSON round trip that did the same.
 */
function detached(text: string): string {
  return text.length < 13 ? text : ` ${text}`.slice(1);
}

/** Cuts before a lone high surrogate, so a cut string stays well-formed. */
function cut(text: string, length: number): string {
  const end = /[\uD800-\uDBFF]/.test(text.charAt(length - 1)) ? length - 1 : length;
  return text.slice(0, Math.max(0, end));
}

class BoundedCopier {
  truncated = false;
  #characters = PARAMETER_COPY_LIMITS.totalCharacters;
  #values = PARAMETER_COPY_LIMITS.values;
  /** The path down to the object being copied (at most `depth` objects: a list, not a Set). */
  readonly #ancestors: object[] = [];

  string(text: string): string {
    const room = Math.min(PARAMETER_COPY_LIMITS.stringLength, this.#characters);
    if (text.length <= room) {
      this.#characters -= text.length;
      return detached(text);
    }
    this.truncated = true;
    const kept = cut(text, room);
    this.#characters -= kept.length;
    return `${detached(kept)}…(truncated: ${text.length - kept.length} more characters)`;
  }

  value(v: unknown, depth: number): unknown {
    if (this.#values <= 0) {
      this.truncated = true;
      return MARK.tooMany;
    }
    this.#values--;
    switch (typeof v) {
      case 'string':
        return this.string(v);
      case 'number':
      case 'boolean':
      case 'undefined':
        return v;
      case 'bigint':
        return v < BIGINT_SHOWN && v > -BIGINT_SHOWN ? `[bigint ${v}]` : '[bigint]';
      case 'symbol':
        return MARK.symbol;
      case 'function':
        return MARK.function;
      default:
        return v === null ? null : this.#object(v as object, depth);
    }
  }

  #object(o: object, depth: number): unknown {
    if (depth > PARAMETER_COPY_LIMITS.depth) {
      this.truncated = true;
      return MARK.tooDeep;
    }
    if (this.#ancestors.includes(o)) return MARK.cycle;
    this.#ancestors.push(o);
    try {
      return this.#contents(o, depth);
    } catch {
      // A proxy whose traps throw, a revoked proxy: nothing of it can be read.
      return MARK.unreadable;
    } finally {
      this.#ancestors.pop();
    }
  }

  #contents(o: object, depth: number): unknown {
    if (ArrayBuffer.isView(o) || o instanceof ArrayBuffer)
      return `[${Object.prototype.toString.call(o).slice(8, -1)}, ${o.byteLength} bytes]`;
    if (Array.isArray(o)) return Object.freeze(this.#list(o, depth));
    const copy: Record<string, unknown> = {};
    const keys = Object.keys(o);
    const kept = Math.min(keys.length, PARAMETER_COPY_LIMITS.entries);
    for (let i = 0; i < kept; i++) {
      const key = keys[i] as string;
      const field = this.#field(o, key, depth);
      setOwnField(copy, this.string(key), field);
    }
    if (keys.length > kept) {
      this.truncated = true;
      copy['…'] = `(truncated: ${keys.length - kept} more fields)`;
    }
    return Object.freeze(copy);
  }

  #list(list: readonly unknown[], depth: number): unknown[] {
    const kept = Math.min(list.length, PARAMETER_COPY_LIMITS.entries);
    const copy = new Array<unknown>(kept);
    for (let i = 0; i < kept; i++) copy[i] = this.#field(list, String(i), depth);
    if (list.length > kept) {
      this.truncated = true;
      copy.push(`…(truncated: ${list.length - kept} more entries)`);
    }
    return copy;
  }

  /** One own field, without calling an accessor (a missing index of a sparse list is `undefined`). */
  #field(o: object, key: string, depth: number): unknown {
    const descriptor = Object.getOwnPropertyDescriptor(o, key);
    if (descriptor === undefined) return undefined;
    if (!('value' in descriptor)) return MARK.accessor;
    return this.value(descriptor.value, depth + 1);
  }
}

/**
 * A bounded, frozen, JSON-safe copy of a call's parameters (see {@link PARAMETER_COPY_LIMITS}):
 * own data properties only, accessors, functions, symbols and cycles described, never called.
 *
 * @param parameters - What the caller passed.
 * @returns The copy, and whether anything was cut.
 * @internal
 */
export function boundedCopy(parameters: unknown): { value: unknown; truncated: boolean } {
  const copier = new BoundedCopier();
  const value = copier.value(parameters, 1);
  return { value, truncated: copier.truncated };
}

/**
 * A text the audit trail keeps (an error message, which may quote a caller's parameter name),
 * cut at {@link PARAMETER_COPY_LIMITS}' string length.
 *
 * @param text - The text.
 * @returns The text, or its start marked as truncated.
 * @internal
 */
export function boundedText(text: string): string {
  return new BoundedCopier().string(text);
}

/**
 * A caller's value written into an error message: JSON of its bounded copy, at most 200
 * characters. Never calls the caller's code (`toJSON`, getters), so writing the message of a
 * refusal cannot throw.
 *
 * @param value - What the caller passed.
 * @returns Its description.
 * @internal
 */
export function describeValue(value: unknown): string {
  const text = JSON.stringify(boundedCopy(value).value) ?? String(value);
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}
