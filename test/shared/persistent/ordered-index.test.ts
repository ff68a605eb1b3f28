import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  emptyOrderedIndex,
  type OrderedIndex,
  orderedIndexAt,
  orderedIndexGet,
  orderedIndexInsert,
  orderedIndexRank,
  orderedIndexRemove,
  orderedIndexSize,
  orderedIndexSlice,
  orderedIndexValuesFrom,
} from '../../../src/shared/persistent/index.js';
import { everyNodeFrozen, jsonRoundTrip } from './plain-structure.js';

type Op =
  | { readonly kind: 'insert'; readonly key: number; readonly value: string }
  | {
      readonly kind: 'remove';
      readonly key: number;
    };

const keyArb = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 300 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 100_000 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.integer({ min: 0, max: 255 }), fc.nat())
      .map(([high, low]) => high * 2 ** 32 + low),
  },
  { weight: 1, arbitrary: fc.constantFrom(2 ** 40, 2 ** 32, 2 ** 30, Number.MAX_SAFE_INTEGER) },
);
const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('insert'),
      key: keyArb,
      value: fc.constantFrom('s-a', 's-b', 's-c'),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('remove'), key: keyArb }) },
) as fc.Arbitrary<Op>;
const opsArb = fc.array(opArb, { maxLength: 200, size: 'max' });

function apply(index: OrderedIndex, op: Op): OrderedIndex {
  return op.kind === 'insert'
    ? orderedIndexInsert(index, op.key, op.value)
    : orderedIndexRemove(index, op.key);
}

function applyToModel(model: Map<number, string>, op: Op): Map<number, string> {
  const next = new Map(model);
  if (op.kind === 'insert') next.set(op.key, op.value);
  else next.delete(op.key);
  return next;
}

function sortedModel(model: Map<number, string>): { key: number; value: string }[] {
  return [...model].sort(([a], [b]) => a - b).map(([key, value]) => ({ key, value }));
}

function observe(index: OrderedIndex, probes: readonly number[]) {
  const size = orderedIndexSize(index);
  return {
    size,
    gets: probes.map((k) => orderedIndexGet(index, k)),
    ranks: probes.map((k) => orderedIndexRank(index, k)),
    all: orderedIndexSlice(index, 0, size + 1),
    at: Array.from({ length: size + 1 }, (_, r) => orderedIndexAt(index, r)),
  };
}

function expected(model: Map<number, string>, probes: readonly number[]) {
  const sorted = sortedModel(model);
  return {
    size: model.size,
    gets: probes.map((k) => model.get(k)),
    ranks: probes.map((k) => sorted.filter((e) => e.key < k).length),
    all: sorted,
    at: [...sorted, undefined],
  };
}

function probesOf(ops: readonly Op[]): number[] {
  return [0, 1, 31, 32, 33, 2 ** 40 + 1, ...ops.flatMap((o) => [o.key, o.key + 1])];
}

describe('orderedIndexInsert', () => {
  describe('when random inserts and removes run against a sorted model', () => {
    it('answers get, rank, at and slice like the model', () => {
      fc.assert(
        fc.property(opsArb, (ops) => {
          const index = ops.reduce(apply, emptyOrderedIndex());
          const model = ops.reduce(applyToModel, new Map<number, string>());
          expect(observe(index, probesOf(ops))).toEqual(expected(model, probesOf(ops)));
        }),
      );
    });

    // A property over every version is quadratic: give it room on a loaded CI machine.
    it('leaves every earlier version unchanged', { timeout: 30_000 }, () => {
      fc.assert(
        fc.property(opsArb, (ops) => {
          const versions: [OrderedIndex, Map<number, string>][] = [
            [emptyOrderedIndex(), new Map()],
          ];
          for (const op of ops) {
            const [index, model] = versions[versions.length - 1] ?? [
              emptyOrderedIndex(),
              new Map(),
            ];
            versions.push([apply(index, op), applyToModel(model, op)]);
          }
          const probes = probesOf(ops.slice(0, 20));
          for (const [index, model] of versions) {
            expect(observe(index, probes)).toEqual(expected(model, probes));
          }
        }),
        { numRuns: 15 },
      );
    });

    it('freezes every node it creates', () => {
      fc.assert(
        fc.property(opsArb, (ops) => {
          expect(everyNodeFrozen(ops.reduce(apply, emptyOrderedIndex()))).toBe(true);
        }),
      );
    });

    it('gives a layout that depends only on the contents', () => {
      fc.assert(
        fc.property(opsArb, (ops) => {
          const index = ops.reduce(apply, emptyOrderedIndex());
          const entries = orderedIndexSlice(index, 0, orderedIndexSize(index));
          const rebuilt = [...entries]
            .reverse()
            .reduce((ix, e) => orderedIndexInsert(ix, e.key, e.value), emptyOrderedIndex());
          expect(JSON.stringify(rebuilt)).toBe(JSON.stringify(index));
        }),
      );
    });
  });

  describe('when the key already holds the same value', () => {
    it('returns the same index object', () => {
      const index = orderedIndexInsert(emptyOrderedIndex(), 5, 's-5');
      expect(orderedIndexInsert(index, 5, 's-5')).toBe(index);
    });
  });

  describe('when the key is not a non-negative safe integer', () => {
    it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53])('throws for %s', (key) => {
      expect(() => orderedIndexInsert(emptyOrderedIndex(), key, 'x')).toThrow(RangeError);
    });
  });

  describe('when 50,000 sequence numbers are inserted in order', () => {
    it('serves any page in order', () => {
      let index = emptyOrderedIndex();
      for (let seq = 1; seq <= 50_000; seq++) index = orderedIndexInsert(index, seq, `s-${seq}`);
      expect(orderedIndexSize(index)).toBe(50_000);
      expect(orderedIndexSlice(index, 31_234, 3).map((e) => e.key)).toEqual([
        31_235, 31_236, 31_237,
      ]);
      expect(orderedIndexRank(index, 40_000)).toBe(39_999);
    });
  });
});

describe('orderedIndexRemove', () => {
  describe('when the key is absent', () => {
    it('returns the same index object', () => {
      const index = orderedIndexInsert(emptyOrderedIndex(), 5, 's-5');
      for (const key of [4, 6, 2 ** 40, -1, 0.5])
        expect(orderedIndexRemove(index, key)).toBe(index);
    });
  });

  describe('when the largest key is removed', () => {
    it('lowers the root to the smallest level that covers the rest', () => {
      const index = orderedIndexInsert(
        orderedIndexInsert(emptyOrderedIndex(), 3, 'a'),
        2 ** 40,
        'b',
      );
      expect(orderedIndexRemove(index, 2 ** 40)).toEqual(
        orderedIndexInsert(emptyOrderedIndex(), 3, 'a'),
      );
    });
  });
});

describe('orderedIndexSlice', () => {
  describe('when the index went through JSON', () => {
    it('answers the same queries and accepts further writes', () => {
      fc.assert(
        fc.property(opsArb, opsArb, (before, after) => {
          const copy = jsonRoundTrip(before.reduce(apply, emptyOrderedIndex()));
          const model = before.reduce(applyToModel, new Map<number, string>());
          const probes = probesOf([...before, ...after]);
          expect(observe(copy, probes)).toEqual(expected(model, probes));
          expect(observe(after.reduce(apply, copy), probes)).toEqual(
            expected(after.reduce(applyToModel, model), probes),
          );
        }),
        { numRuns: 50 },
      );
    });
  });

  describe('when a page starts at a random rank', () => {
    it('returns the entries of the sorted model from that rank', () => {
      fc.assert(
        fc.property(opsArb, fc.nat(250), fc.nat(40), (ops, from, count) => {
          const index = ops.reduce(apply, emptyOrderedIndex());
          const sorted = sortedModel(ops.reduce(applyToModel, new Map<number, string>()));
          expect(orderedIndexSlice(index, from, count)).toEqual(sorted.slice(from, from + count));
        }),
      );
    });
  });

  describe('when the start or count is negative or fractional', () => {
    it('throws a RangeError', () => {
      const index = orderedIndexInsert(emptyOrderedIndex(), 5, 's-5');
      expect(() => orderedIndexSlice(index, -1, 1)).toThrow(RangeError);
      expect(() => orderedIndexSlice(index, 0, 1.5)).toThrow(RangeError);
    });
  });
});

describe('orderedIndexRank', () => {
  describe('when the key is fractional or outside the keys', () => {
    it('counts the integer keys below it', () => {
      const index = [3, 9, 2 ** 35].reduce(
        (ix, k) => orderedIndexInsert(ix, k, `s-${k}`),
        emptyOrderedIndex(),
      );
      expect(
        [-5, 3, 3.5, 9, 10, 2 ** 35, Number.POSITIVE_INFINITY].map((k) =>
          orderedIndexRank(index, k),
        ),
      ).toEqual([0, 0, 1, 1, 2, 2, 3]);
    });
  });
});

describe('orderedIndexValuesFrom', () => {
  describe('when the index spans several pages of the generator', () => {
    it('yields every value from the rank on, in key order', () => {
      fc.assert(
        fc.property(opsArb, fc.nat(250), (ops, from) => {
          const index = ops.reduce(apply, emptyOrderedIndex());
          const sorted = sortedModel(ops.reduce(applyToModel, new Map<number, string>()));
          expect([...orderedIndexValuesFrom(index, from)]).toEqual(
            sorted.slice(from).map((e) => e.value),
          );
        }),
      );
    });
  });
});
