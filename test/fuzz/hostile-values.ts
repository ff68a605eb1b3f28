// Hostile values for the fuzz suite: what a careless or malicious caller can hand a JavaScript
// API. Objects with behaviour (accessors, proxies, cycles) are drawn as a `Recipe` and made fresh
// by `materialize` just before the call: fast-check itself inspects what it generates, and a
// revoked proxy would break it.

import fc from 'fast-check';

/** One million characters, made once. */
const HUGE_TEXT = 'x'.repeat(1_000_000);

/** A list whose entries are holes, but for the last. */
function sparse(value: unknown): unknown[] {
  const list = new Array<unknown>(3);
  list[2] = value;
  return list;
}

/** A value nested `depth` lists deep. */
function nested(depth: number): unknown {
  let value: unknown = 'deep';
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

/** Values that behave: each factory makes a fresh one. */
const BEHAVING: readonly (() => unknown)[] = [
  () => {
    const cycle: { a: number; self?: unknown } = { a: 1 };
    cycle.self = cycle;
    return cycle;
  },
  () => {
    let reads = 0;
    return Object.defineProperty({}, 'diskId', {
      enumerable: true,
      get: () => (reads++ === 0 ? 'd-x' : 2 ** 40),
    });
  },
  () => ({
    get offset() {
      throw new Error('getter throws');
    },
  }),
  () => ({
    toJSON() {
      throw new Error('toJSON throws');
    },
  }),
  () =>
    new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('ownKeys trap throws');
        },
        get() {
          throw new Error('get trap throws');
        },
      },
    ),
  () => {
    const revocable = Proxy.revocable({}, {});
    revocable.revoke();
    return revocable.proxy;
  },
  () => new Proxy([1, 2], { get: (t, k) => (k === 'length' ? 2 ** 32 - 1 : Reflect.get(t, k)) }),
  () => new Array(2 ** 32 - 1),
  () => sparse('d-x'),
  () => sparse({ diskId: 'd-x' }),
  () => new Uint8Array(16),
  () => new Date(Number.NaN),
  () => new Map([['a', 1]]),
  () => Object.create(null),
  () => () => 'function',
  () => ({ __proto__: { polluted: true } }),
  () => JSON.parse('{"__proto__": {"polluted": true}}'),
  () => nested(40),
];

/** A value with behaviour, made by {@link materialize}. */
export class Recipe {
  readonly index: number;
  constructor(index: number) {
    this.index = index;
  }
}

const recipe = fc.nat(BEHAVING.length - 1).map((i) => new Recipe(i));

/**
 * Makes the values with behaviour of a drawn request (recipes in it, its lists and objects).
 *
 * @param drawn - What fast-check drew.
 * @returns The value to pass.
 */
export function materialize(drawn: unknown): unknown {
  if (drawn instanceof Recipe) return BEHAVING[drawn.index]?.();
  if (Array.isArray(drawn)) return drawn.map(materialize);
  if (typeof drawn !== 'object' || drawn === null) return drawn;
  const made: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(drawn))
    Object.defineProperty(made, key, {
      value: materialize(value),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return made;
}

/** A hostile leaf value. */
export const hostileLeaf: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    undefined,
    null,
    '',
    ' ',
    'true',
    '[]',
    '["d-1",',
    '[1,2]',
    '{}',
    HUGE_TEXT,
    `[${'"d-1",'.repeat(10_000)}"d-1"]`,
    '\u0000',
    '\uD800',
    0,
    -0,
    -1,
    1.5,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    Number.MAX_SAFE_INTEGER,
    2 ** 53 + 2,
    1e308,
    -1e308,
    2 ** 40,
    10n,
    10n ** 400n,
    true,
    false,
    Symbol('hostile'),
    [],
    {},
  ),
  fc.string({ maxLength: 30 }),
  fc.integer(),
  fc.double(),
  fc.bigInt(),
  recipe,
);

/** A hostile value: a leaf, or a list or object of them. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: hostileLeaf },
  { weight: 1, arbitrary: fc.array(hostileLeaf, { maxLength: 4 }) },
  {
    weight: 1,
    arbitrary: fc.dictionary(
      fc.constantFrom('diskId', 'size', 'key', 'value', 'offset'),
      hostileLeaf,
      {
        maxKeys: 3,
      },
    ),
  },
);

/** A whole request that is not an object of parameters at all. */
export const hostileRequest: fc.Arbitrary<unknown> = fc.oneof(hostileLeaf, recipe);
