import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BlockMap } from '../../src/blocks/index.js';

type Op =
  | { readonly kind: 'set'; readonly index: number; readonly value: string }
  | { readonly kind: 'delete'; readonly index: number }
  | { readonly kind: 'setMany'; readonly entries: readonly (readonly [number, string])[] }
  | {
      readonly kind: 'setRange';
      readonly start: number;
      readonly count: number;
      readonly value: string;
    }
  | { readonly kind: 'deleteRange'; readonly start: number; readonly count: number };

// Mostly small, clustered indices (shared leaves, collisions), plus a few far ones that make
// the root grow and take the division path beyond 2^31.
const anIndex = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 3000 }) },
  { weight: 1, arbitrary: fc.integer({ min: 2 ** 31 - 40, max: 2 ** 31 + 40 }) },
  { weight: 1, arbitrary: fc.integer({ min: 2 ** 48 - 3000, max: 2 ** 48 - 1 }) },
);
const aValue = fc.constantFrom('a', 'b', 'c', 'd');
const aRangeStart = fc.oneof(
  fc.integer({ min: 0, max: 3000 }),
  fc.integer({ min: 2 ** 48 - 5000, max: 2 ** 48 - 3001 }),
);

const anOp: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('set'), index: anIndex, value: aValue }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete'), index: anIndex }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('setMany'),
      entries: fc.array(fc.tuple(anIndex, aValue), { maxLength: 40 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('setRange'),
      start: aRangeStart,
      count: fc.integer({ min: 0, max: 2000 }),
      value: aValue,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('deleteRange'),
      start: aRangeStart,
      count: fc.integer({ min: 0, max: 2000 }),
    }),
  },
);

function applyToMap(map: BlockMap<string>, op: Op): BlockMap<string> {
  switch (op.kind) {
    case 'set':
      return map.set(op.index, op.value);
    case 'delete':
      return map.delete(op.index);
    case 'setMany':
      return map.setMany(op.entries);
    case 'setRange':
      return map.setRange(op.start, op.count, op.value);
    case 'deleteRange':
      return map.deleteRange(op.start, op.count);
  }
}

function applyToModel(model: Map<number, string>, op: Op): Map<number, string> {
  const next = new Map(model);
  if (op.kind === 'set') next.set(op.index, op.value);
  if (op.kind === 'delete') next.delete(op.index);
  if (op.kind === 'setMany') for (const [index, value] of op.entries) next.set(index, value);
  if (op.kind === 'setRange') for (let i = 0; i < op.count; i++) next.set(op.start + i, op.value);
  if (op.kind === 'deleteRange') for (let i = 0; i < op.count; i++) next.delete(op.start + i);
  return next;
}

function sortedEntries(model: Map<number, string>): [number, string][] {
  return [...model].sort(([a], [b]) => a - b);
}

function modelDiff(before: Map<number, string>, after: Map<number, string>) {
  const indices = new Set([...before.keys(), ...after.keys()]);
  return [...indices]
    .sort((a, b) => a - b)
    .filter((index) => before.get(index) !== after.get(index))
    .map((index) => ({ index, before: before.get(index), after: after.get(index) }));
}

/** Problems with the trie's shape: every node must be frozen, non-empty and count its entries. */
function shapeProblems(map: BlockMap<string>): string[] {
  const problems: string[] = [];
  const countEntries = (node: unknown, shift: number): number => {
    if (!Array.isArray(node)) return Number.NaN;
    const children = node.slice(0, 32).filter((child) => child !== undefined);
    const total =
      shift === 0
        ? children.length
        : children.reduce((sum, child) => sum + countEntries(child, shift - 5), 0);
    if (!Object.isFrozen(node)) problems.push(`unfrozen node at shift ${shift}`);
    if (total === 0) problems.push(`empty node at shift ${shift}`);
    if (node[32] !== total) problems.push(`count ${node[32]} but ${total} entries`);
    return total;
  };
  const { root, shift, size } = map.trie();
  const total = root === undefined ? 0 : countEntries(root, shift);
  if (total !== size) problems.push(`size ${size} but ${total} entries`);
  return problems;
}

/** Every version of a random history, from the empty map on. */
function history(ops: readonly Op[]): { maps: BlockMap<string>[]; models: Map<number, string>[] } {
  const maps = [BlockMap.empty<string>()];
  const models = [new Map<number, string>()];
  for (const op of ops) {
    maps.push(applyToMap(maps[maps.length - 1] ?? BlockMap.empty(), op));
    models.push(applyToModel(models[models.length - 1] ?? new Map(), op));
  }
  return { maps, models };
}

describe('BlockMap', () => {
  describe('when a random history of changes is applied', () => {
    it('keeps every version equal to its Map model, even after later writes', () => {
      fc.assert(
        fc.property(fc.array(anOp, { maxLength: 20 }), (ops) => {
          const { maps, models } = history(ops);
          maps.forEach((map, version) => {
            const model = models[version] ?? new Map();
            const entries = sortedEntries(model);
            // One string comparison per version: thousands of expect() calls would dominate.
            expect(JSON.stringify([...map.entries()])).toBe(JSON.stringify(entries));
            expect(entries.filter(([index, value]) => map.get(index) !== value)).toEqual([]);
            expect(map.size).toBe(model.size);
            expect(shapeProblems(map)).toEqual([]);
          });
        }),
        { numRuns: 150 },
      );
    });

    it('diffs any two versions exactly like their models', () => {
      fc.assert(
        fc.property(
          fc.array(anOp, { minLength: 1, maxLength: 20 }),
          fc.nat(),
          fc.nat(),
          (ops, i, j) => {
            const { maps, models } = history(ops);
            const a = i % maps.length;
            const b = j % maps.length;
            const expected = modelDiff(models[a] ?? new Map(), models[b] ?? new Map());
            const [mapA, mapB] = [maps[a] ?? BlockMap.empty(), maps[b] ?? BlockMap.empty()];
            expect([...mapA.diff(mapB)]).toEqual(expected);
            expect(mapA.countDiff(mapB)).toBe(expected.length);
          },
        ),
        { numRuns: 150 },
      );
    });

    it('returns the n-th and from-index entries of the model', () => {
      fc.assert(
        fc.property(fc.array(anOp, { maxLength: 15 }), fc.nat(), anIndex, (ops, n, from) => {
          const { maps, models } = history(ops);
          const map = maps[maps.length - 1] ?? BlockMap.empty();
          const sorted = sortedEntries(models[models.length - 1] ?? new Map());
          expect(map.nth(n % (sorted.length + 1))).toEqual(sorted[n % (sorted.length + 1)]);
          expect([...map.entries(from)]).toEqual(sorted.filter(([index]) => index >= from));
        }),
        { numRuns: 100 },
      );
    });
  });
});

describe('BlockMap.setMany', () => {
  describe('when compared with repeated set', () => {
    it('gives the same entries and leaves the base map unchanged', () => {
      fc.assert(
        fc.property(
          fc.array(fc.tuple(anIndex, aValue), { maxLength: 30 }),
          fc.array(fc.tuple(anIndex, aValue), { maxLength: 200 }),
          (seed, entries) => {
            const base = BlockMap.empty<string>().setMany(seed);
            const before = [...base.entries()];
            const batched = base.setMany(entries);
            const stepped = entries.reduce((map, [index, value]) => map.set(index, value), base);
            expect([...batched.entries()]).toEqual([...stepped.entries()]);
            expect(batched.countDiff(stepped)).toBe(0);
            expect(batched.size).toBe(stepped.size);
            expect([...base.entries()]).toEqual(before);
          },
        ),
        { numRuns: 150 },
      );
    });
  });
});

describe('BlockMap.setRange', () => {
  describe('when compared with repeated set', () => {
    it('gives the same entries', () => {
      fc.assert(
        fc.property(
          fc.array(fc.tuple(anIndex, aValue), { maxLength: 30 }),
          aRangeStart,
          fc.integer({ min: 0, max: 3000 }),
          (seed, start, count) => {
            const base = BlockMap.empty<string>().setMany(seed);
            const ranged = base.setRange(start, count, 'r');
            let stepped = base;
            for (let i = 0; i < count; i++) stepped = stepped.set(start + i, 'r');
            expect(ranged.size).toBe(stepped.size);
            expect(ranged.countDiff(stepped)).toBe(0);
            expect([...ranged.diff(base)].length).toBe(stepped.countDiff(base));
          },
        ),
        { numRuns: 100 },
      );
    });
  });
});
