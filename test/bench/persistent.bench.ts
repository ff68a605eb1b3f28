import { produce } from 'immer';
import { bench, describe } from 'vitest';
import {
  emptyHashTable,
  emptyOrderedIndex,
  type HashTable,
  hashTableSet,
  type OrderedIndex,
  orderedIndexInsert,
  orderedIndexSlice,
} from '../../src/shared/persistent/index.js';

interface Row {
  readonly id: string;
  readonly n: number;
}

// A fixed-seed generator keeps runs comparable (Math.random would change the keys every run).
function lcg(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function tableOf(n: number): { table: HashTable<Row>; map: Map<string, Row>; keys: string[] } {
  let table = emptyHashTable<Row>();
  const map = new Map<string, Row>();
  const keys: string[] = [];
  for (let i = 0; i < n; i++) {
    const row = Object.freeze({ id: `s-${i}`, n: i });
    table = hashTableSet(table, row.id, row);
    map.set(row.id, row);
    keys.push(row.id);
  }
  const random = lcg(n);
  const shuffled = Array.from({ length: 4096 }, () => keys[Math.floor(random() * n)] ?? 's-0');
  return { table, map, keys: shuffled };
}

// Each call overwrites one random existing key with a fresh frozen row.
function writeBenches(n: number) {
  const { table, map, keys } = tableOf(n);
  let i = 0;
  bench(`hashTableSet (${n} entries)`, () => {
    const key = keys[i++ & 4095] ?? 's-0';
    hashTableSet(table, key, Object.freeze({ id: key, n: i }));
  });
  bench(`Map.set, mutable baseline (${n} entries)`, () => {
    const key = keys[i++ & 4095] ?? 's-0';
    map.set(key, Object.freeze({ id: key, n: i }));
  });
  const state = { rows: table, other: { counter: 0 } };
  bench(`immer produce + hashTableSet in state (${n} entries)`, () => {
    const key = keys[i++ & 4095] ?? 's-0';
    produce(state, (d) => {
      d.rows = hashTableSet(d.rows, key, Object.freeze({ id: key, n: i }));
    });
  });
  const record = produce({ rows: Object.fromEntries(map) }, () => {});
  bench(
    `immer produce over a plain Record, the O(n) shape (${n} entries)`,
    () => {
      const key = keys[i++ & 4095] ?? 's-0';
      produce(record, (d) => {
        d.rows[key] = { id: key, n: i };
      });
    },
    { time: 300 },
  );
}

function indexOf(n: number): { index: OrderedIndex; sorted: { key: number; value: string }[] } {
  let index = emptyOrderedIndex();
  const sorted: { key: number; value: string }[] = [];
  for (let seq = 1; seq <= n; seq++) {
    index = orderedIndexInsert(index, seq, `s-${seq}`);
    sorted.push({ key: seq, value: `s-${seq}` });
  }
  return { index, sorted };
}

function pageBenches(n: number) {
  const { index, sorted } = indexOf(n);
  const random = lcg(n);
  const starts = Array.from({ length: 4096 }, () => Math.floor(random() * Math.max(1, n - 100)));
  let i = 0;
  bench(`orderedIndexSlice 100 at a random rank (${n} entries)`, () => {
    orderedIndexSlice(index, starts[i++ & 4095] ?? 0, 100);
  });
  bench(`Array#slice 100 of a sorted array, baseline (${n} entries)`, () => {
    const start = starts[i++ & 4095] ?? 0;
    sorted.slice(start, start + 100);
  });
}

describe('hashTableSet: one write into 1,000 entries', () => writeBenches(1_000));
describe('hashTableSet: one write into 100,000 entries', () => writeBenches(100_000));
describe('orderedIndexSlice: a page of 100 from 100 entries', () => pageBenches(100));
describe('orderedIndexSlice: a page of 100 from 10,000 entries', () => pageBenches(10_000));
