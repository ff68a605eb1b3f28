import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  emptyHashTable,
  type HashTable,
  hashTableEntries,
  hashTableGet,
  hashTableHas,
  hashTableRemove,
  hashTableSet,
  hashTableSize,
  hashTableValues,
} from '../../../src/shared/persistent/index.js';
import {
  COLLIDING_KEYS,
  COLLIDING_PAIRS,
  everyNodeFrozen,
  jsonRoundTrip,
} from './plain-structure.js';

type Op =
  | { readonly kind: 'set'; readonly key: string; readonly value: number }
  | {
      readonly kind: 'remove';
      readonly key: string;
    };

const keyArb = fc.oneof(
  fc.constantFrom(...COLLIDING_KEYS, ...COLLIDING_PAIRS.flat()),
  fc.integer({ min: 0, max: 400 }).map((n) => `d-${n}`),
  fc.string({ maxLength: 3 }),
);
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('set'), key: keyArb, value: fc.nat(5) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('remove'), key: keyArb }) },
) as fc.Arbitrary<Op>;
const opsArb = fc.array(opArb, { maxLength: 250, size: 'max' });

function apply(table: HashTable<number>, op: Op): HashTable<number> {
  return op.kind === 'set' ? hashTableSet(table, op.key, op.value) : hashTableRemove(table, op.key);
}

function applyToModel(model: Map<string, number>, op: Op): Map<string, number> {
  const next = new Map(model);
  if (op.kind === 'set') next.set(op.key, op.value);
  else next.delete(op.key);
  return next;
}

function sortedEntries(table: HashTable<number>): [string, number][] {
  return [...hashTableEntries(table)]
    .map((e): [string, number] => [e.key, e.value])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function sortedModel(model: Map<string, number>): [string, number][] {
  return [...model].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function matchesModel(table: HashTable<number>, model: Map<string, number>, probes: string[]) {
  const seen = {
    size: hashTableSize(table),
    gets: probes.map((key) => [hashTableGet(table, key), hashTableHas(table, key)]),
    entries: sortedEntries(table),
  };
  expect(seen).toEqual({
    size: model.size,
    gets: probes.map((key) => [model.get(key), model.has(key)]),
    entries: sortedModel(model),
  });
}

function build(entries: readonly (readonly [string, number])[]): HashTable<number> {
  return entries.reduce((t, [k, v]) => hashTableSet(t, k, v), emptyHashTable<number>());
}

describe('hashTableSet', () => {
  describe('when random sets and removes run against a Map model', () => {
    it('answers get, has, size and entries like the model', () => {
      fc.assert(
        fc.property(opsArb, (ops) => {
          let table = emptyHashTable<number>();
          let model = new Map<string, number>();
          for (const op of ops) {
            table = apply(table, op);
            model = applyToModel(model, op);
          }
          matchesModel(table, model, [...ops.map((o) => o.key), 'absent', '']);
        }),
      );
    });

    // A property over every version is quadratic: give it room on a loaded CI machine.
    it('leaves every earlier version unchanged', { timeout: 30_000 }, () => {
      fc.assert(
        fc.property(opsArb, (ops) => {
          const versions: [HashTable<number>, Map<string, number>][] = [
            [emptyHashTable(), new Map()],
          ];
          for (const op of ops) {
            const [table, model] = versions[versions.length - 1] ?? [emptyHashTable(), new Map()];
            versions.push([apply(table, op), applyToModel(model, op)]);
          }
          const probes = ops.map((o) => o.key);
          for (const [table, model] of versions) matchesModel(table, model, probes);
        }),
        { numRuns: 15 },
      );
    });

    it('freezes every node it creates', () => {
      fc.assert(
        fc.property(opsArb, (ops) => {
          expect(everyNodeFrozen(ops.reduce(apply, emptyHashTable<number>()))).toBe(true);
        }),
      );
    });

    it('gives a layout that depends only on the contents', () => {
      fc.assert(
        fc.property(opsArb, (ops) => {
          const table = ops.reduce(apply, emptyHashTable<number>());
          const contents = sortedEntries(table);
          const forwards = build(contents);
          const backwards = build([...contents].reverse());
          expect(JSON.stringify(forwards)).toBe(JSON.stringify(table));
          expect([...hashTableEntries(backwards)]).toEqual([...hashTableEntries(table)]);
        }),
      );
    });
  });

  describe('when the key already holds the same value', () => {
    it('returns the same table object', () => {
      const table = build([['d-1', 1]]);
      expect(hashTableSet(table, 'd-1', 1)).toBe(table);
    });
  });

  describe('when every key of a full-hash collision group is written', () => {
    it('keeps them all apart in one bucket', () => {
      const table = build(COLLIDING_KEYS.map((k, i) => [k, i]));
      COLLIDING_KEYS.forEach((k, i) => {
        expect(hashTableGet(table, k)).toBe(i);
      });
      expect(table.root).toHaveProperty('entries');
    });
  });

  describe('when the value is an unfrozen object', () => {
    it('stores it deep-frozen', () => {
      const value = { id: 'd-1', tags: [{ key: 'env' }] };
      const table = hashTableSet(emptyHashTable<typeof value>(), 'd-1', value);
      expect(everyNodeFrozen(table)).toBe(true);
      expect(Object.isFrozen(hashTableGet(table, 'd-1')?.tags[0])).toBe(true);
    });
  });

  describe('when the table holds 20,000 keys', () => {
    it('finds every key and counts them', () => {
      let table = emptyHashTable<number>();
      for (let i = 0; i < 20_000; i++) table = hashTableSet(table, `s-${i}`, i);
      expect(hashTableSize(table)).toBe(20_000);
      for (let i = 0; i < 20_000; i += 997) expect(hashTableGet(table, `s-${i}`)).toBe(i);
    });
  });
});

describe('hashTableRemove', () => {
  describe('when the key is absent', () => {
    it('returns the same table object', () => {
      const table = build([['d-1', 1]]);
      expect(hashTableRemove(table, 'd-2')).toBe(table);
      expect(hashTableRemove(table, COLLIDING_KEYS[0])).toBe(table);
    });
  });

  describe('when the last key is removed', () => {
    it('returns an empty table', () => {
      const table = hashTableRemove(build([['d-1', 1]]), 'd-1');
      expect(hashTableSize(table)).toBe(0);
      expect(table.root).toBeNull();
    });
  });

  describe('when a collision bucket shrinks to one key', () => {
    it('keeps the remaining key reachable', () => {
      const [a, b] = COLLIDING_KEYS;
      const table = hashTableRemove(
        build([
          [a, 1],
          [b, 2],
          ['d-9', 3],
        ]),
        a,
      );
      expect(hashTableGet(table, b)).toBe(2);
      expect(JSON.stringify(table)).toBe(
        JSON.stringify(
          build([
            [b, 2],
            ['d-9', 3],
          ]),
        ),
      );
    });
  });
});

describe('hashTableEntries', () => {
  describe('when the table went through JSON', () => {
    it('answers the same queries and accepts further writes', () => {
      fc.assert(
        fc.property(opsArb, opsArb, (before, after) => {
          const table = before.reduce(apply, emptyHashTable<number>());
          const model = before.reduce(applyToModel, new Map<string, number>());
          const copy = jsonRoundTrip(table);
          matchesModel(
            copy,
            model,
            before.map((o) => o.key),
          );
          matchesModel(after.reduce(apply, copy), after.reduce(applyToModel, model), [
            ...before.map((o) => o.key),
            ...after.map((o) => o.key),
          ]);
        }),
        { numRuns: 50 },
      );
    });
  });
});

describe('hashTableValues', () => {
  describe('when the table has entries', () => {
    it('yields the values in entry order', () => {
      const table = build([
        ['a', 1],
        ['b', 2],
        ['c', 3],
      ]);
      expect([...hashTableValues(table)]).toEqual([...hashTableEntries(table)].map((e) => e.value));
    });
  });
});
