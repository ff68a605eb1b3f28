// Checks a saved value against its shape (src/saved/shape.ts), derived from the state's type
// declarations (src/saved/state-schema.ts): every entity kind's fields, the clock, the ids, the
// tasks, the client tokens. The persistent containers (entity tables, hash tables, the task heap)
// and block maps are walked by the caller's hooks, which check their structure and hand each
// value back here.

import { isTimestamp } from '../clock/timestamp.js';
import { lazy } from '../shared/lazy.js';
import type { Shape } from './shape.js';
import { STATE_KINDS, STATE_ROOT } from './state-schema.js';

/** A damaged saved world: why, in words. @internal */
export class Damage {
  readonly why: string;
  constructor(why: string) {
    this.why = why;
  }
}

/**
 * Throws a {@link Damage} unless `condition` holds.
 *
 * @internal
 */
export function require(condition: unknown, why: string): asserts condition {
  if (!condition) throw new Damage(why);
}

// Parsed on first use (a saved world opened), not by every import of fake-ecs.
const kinds = lazy(
  () => new Map(Object.entries(STATE_KINDS).map(([name, text]) => [name, JSON.parse(text)])),
);

/**
 * The shape of the whole state.
 *
 * @returns The shape, parsed on first use.
 * @internal
 */
export const stateShape: () => Shape = lazy(() => JSON.parse(STATE_ROOT) as Shape);

/**
 * The shape a named kind stands for (`#Disk` -> the Disk fields), or the shape itself.
 *
 * @internal
 */
export function resolved(shape: Shape): Shape {
  return typeof shape === 'string' && shape.startsWith('#')
    ? (kinds().get(shape.slice(1)) as Shape)
    : shape;
}

/** The persistent containers: entity tables, hash tables, the task heap, block maps. @internal */
export type ContainerKind = 'table' | 'hash' | 'heap' | 'blocks';

/** What walks the persistent containers of a shape. @internal */
export interface ContainerHooks {
  /** An entity table (`table`), a hash table (`hash`) or the task heap (`heap`) of `item`s. */
  container(kind: ContainerKind, item: Shape, value: unknown, path: string): void;
}

const PRIMITIVES: Readonly<Record<string, (value: unknown) => boolean>> = {
  string: (v) => typeof v === 'string',
  number: (v) => Number.isFinite(v),
  boolean: (v) => typeof v === 'boolean',
  null: (v) => v === null,
  undefined: (v) => v === undefined,
  unknown: () => true,
  time: isTimestamp,
  bytes: (v) => v instanceof Uint8Array,
};

const NAMES: Readonly<Record<string, string>> = {
  number: 'a finite number',
  time: 'a time',
  bytes: 'bytes',
  string: 'a string',
  boolean: 'a boolean',
};

/** What a shape expects, in words. */
function expected(shape: Shape): string {
  if (Array.isArray(shape)) return shape.map(expected).join(' or ');
  if (typeof shape !== 'string') return 'list' in shape ? 'a list' : 'an object';
  if (shape.startsWith('=')) return JSON.stringify(shape.slice(1));
  if (shape.startsWith('~')) return shape.slice(1);
  if (shape.startsWith('#')) return `a ${shape.slice(1)}`;
  return NAMES[shape] ?? shape;
}

function shown(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.slice(0, 40));
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object' && value !== null) return 'an object';
  return String(value);
}

/**
 * Checks values against shapes, handing containers to the hooks.
 *
 * @internal
 */
export class ShapeChecker {
  readonly #hooks: ContainerHooks;

  constructor(hooks: ContainerHooks) {
    this.#hooks = hooks;
  }

  /** Throws a {@link Damage} naming `path` unless `value` fits `shape`. */
  check(shape: Shape, value: unknown, path: string): void {
    if (!this.#fits(shape, value, path))
      throw new Damage(`${path} is ${shown(value)}, not ${expected(shape)}`);
  }

  /** Whether it fits; throws for a damage found deeper inside a value of the right kind. */
  #fits(shape: Shape, value: unknown, path: string): boolean {
    if (Array.isArray(shape)) return this.#union(shape, value, path);
    if (typeof shape === 'string') return this.#atom(shape, value, path);
    const object = shape as { list?: Shape; fields?: Record<string, Shape>; record?: Shape };
    if ('list' in object) return this.#list(object.list as Shape, value, path);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    const fields = value as Record<string, unknown>;
    if ('fields' in object) {
      for (const [name, field] of Object.entries(object.fields as Record<string, Shape>))
        this.check(field, fields[name], `${path}.${name}`);
      return true;
    }
    if ('record' in object) {
      for (const [key, item] of Object.entries(fields))
        this.check(object.record as Shape, item, `${path}[${JSON.stringify(key)}]`);
      return true;
    }
    const [kind, item] = Object.entries(object)[0] as [ContainerKind, Shape];
    this.#hooks.container(kind, item, value, path);
    return true;
  }

  #atom(shape: string, value: unknown, path: string): boolean {
    if (shape.startsWith('#')) return this.#fits(resolved(shape), value, path);
    if (shape.startsWith('=')) return value === shape.slice(1);
    if (shape.startsWith('~')) return value === JSON.parse(shape.slice(1));
    const test = PRIMITIVES[shape];
    if (test === undefined) throw new Damage(`${path} has a shape this fake-ecs does not know`);
    return test(value);
  }

  #list(item: Shape, value: unknown, path: string): boolean {
    if (!Array.isArray(value)) return false;
    for (let i = 0; i < value.length; i++) this.check(item, value[i], `${path}[${i}]`);
    return true;
  }

  /** One alternative fits: the first whose kind matches decides (objects are never mixed). */
  #union(shapes: readonly Shape[], value: unknown, path: string): boolean {
    for (const shape of shapes) {
      try {
        if (this.#fits(shape, value, path)) return true;
      } catch (error) {
        if (!(error instanceof Damage) || shapes.length === 1) throw error;
      }
    }
    return false;
  }
}
