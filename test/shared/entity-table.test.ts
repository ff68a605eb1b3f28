import { describe, expect, it } from 'vitest';
import { entityQuery } from '../../src/shared/entity-query.js';
import {
  type EntityTable,
  emptyEntityTable,
  entityGet,
  entityIdsByKey,
  entityPut,
  entityRemove,
} from '../../src/shared/entity-table.js';

interface Row {
  readonly seq: number;
  readonly id: string;
  readonly color: 'red' | 'blue';
  readonly size: number;
}

const keysOf = (row: Row) => ['all', `color:${row.color}`];

/** Rows r1..r{n}, odd ones red, with size = seq. */
function aTable(n: number): EntityTable<Row> {
  let table = emptyEntityTable<Row>();
  for (let seq = 1; seq <= n; seq++) {
    table = entityPut(
      table,
      `r${seq}`,
      { seq, id: `r${seq}`, color: seq % 2 ? 'red' : 'blue', size: seq },
      keysOf,
    );
  }
  return table;
}

const idsOf = (page: { items: readonly Row[] }) => page.items.map((r) => r.id);

describe('entityPut', () => {
  describe('when the keys of a row change', () => {
    it('moves it between indexes and leaves the old table as it was', () => {
      const before = aTable(3);
      const after = entityPut(before, 'r1', { seq: 1, id: 'r1', color: 'blue', size: 1 }, keysOf);
      expect(entityIdsByKey(after, 'color:red')).toEqual(['r3']);
      expect(entityIdsByKey(after, 'color:blue')).toEqual(['r1', 'r2']);
      expect(entityIdsByKey(before, 'color:red')).toEqual(['r1', 'r3']);
      expect(entityGet(before, 'r1')?.color).toBe('red');
      expect(after.nextSeq).toBe(4);
    });
  });
});

describe('entityRemove', () => {
  describe('when the row exists', () => {
    it('drops it and its index entries, keeping nextSeq', () => {
      const table = entityRemove(aTable(3), 'r2', keysOf);
      expect(entityGet(table, 'r2')).toBeUndefined();
      expect(entityIdsByKey(table, 'color:blue')).toEqual([]);
      expect(table.nextSeq).toBe(4);
    });
  });

  describe('when the row does not exist', () => {
    it('returns the same table', () => {
      const table = aTable(2);
      expect(entityRemove(table, 'nope', keysOf)).toBe(table);
    });
  });
});

describe('entityQuery', () => {
  describe('when one key is asked for', () => {
    it('pages by skip and by sequence number', () => {
      const table = aTable(10);
      const first = entityQuery(table, { keys: ['all'], limit: 4 });
      expect(first).toMatchObject({ totalCount: 10, lastSeq: 4, hasMore: true });
      expect(idsOf(first)).toEqual(['r1', 'r2', 'r3', 'r4']);
      expect(idsOf(entityQuery(table, { keys: ['all'], skip: 8, limit: 4 }))).toEqual([
        'r9',
        'r10',
      ]);
      const last = entityQuery(table, { keys: ['all'], afterSeq: 8, limit: 4 });
      expect(idsOf(last)).toEqual(['r9', 'r10']);
      expect(last.hasMore).toBe(false);
    });
  });

  describe('when several keys, a condition or ids are given', () => {
    it('returns rows matching all of them, in creation order, with the total count', () => {
      const table = aTable(10);
      const page = entityQuery(table, {
        keys: ['all', 'color:red'],
        where: (r) => r.size > 2,
        limit: 2,
      });
      expect(idsOf(page)).toEqual(['r3', 'r5']);
      expect(page).toMatchObject({ totalCount: 4, hasMore: true, lastSeq: 5 });
      expect(
        idsOf(
          entityQuery(table, {
            keys: ['all', 'color:red'],
            where: (r) => r.size > 2,
            afterSeq: 5,
            limit: 2,
          }),
        ),
      ).toEqual(['r7', 'r9']);
      expect(
        idsOf(
          entityQuery(table, { keys: ['color:blue'], ids: ['r4', 'r3', 'r2', 'zz'], limit: 10 }),
        ),
      ).toEqual(['r2', 'r4']);
    });

    it('returns nothing for a key no row has', () => {
      expect(entityQuery(aTable(3), { keys: ['all', 'color:green'], limit: 10 })).toMatchObject({
        items: [],
        totalCount: 0,
        hasMore: false,
      });
    });
  });
});

describe('entityQuery (newest first)', () => {
  describe('when one key is asked for', () => {
    it('pages from the newest by skip and by resuming past a sequence number', () => {
      const table = aTable(10);
      const first = entityQuery(table, { keys: ['all'], limit: 4, newestFirst: true });
      expect(idsOf(first)).toEqual(['r10', 'r9', 'r8', 'r7']);
      expect(first).toMatchObject({ totalCount: 10, lastSeq: 7, hasMore: true });
      const next = entityQuery(table, { keys: ['all'], afterSeq: 7, limit: 4, newestFirst: true });
      expect(idsOf(next)).toEqual(['r6', 'r5', 'r4', 'r3']);
      const last = entityQuery(table, { keys: ['all'], skip: 8, limit: 4, newestFirst: true });
      expect(idsOf(last)).toEqual(['r2', 'r1']);
      expect(last.hasMore).toBe(false);
    });
  });

  describe('when a condition or ids narrow the listing', () => {
    it('walks the index from the top and resumes past the token the same way', () => {
      const table = aTable(150);
      const where = (r: Row) => r.size % 10 === 0;
      const first = entityQuery(table, { keys: ['all'], where, limit: 5, newestFirst: true });
      expect(idsOf(first)).toEqual(['r150', 'r140', 'r130', 'r120', 'r110']);
      expect(first.totalCount).toBe(15);
      const next = entityQuery(table, {
        keys: ['all'],
        where,
        afterSeq: first.lastSeq,
        limit: 5,
        newestFirst: true,
      });
      expect(idsOf(next)).toEqual(['r100', 'r90', 'r80', 'r70', 'r60']);
      const picked = entityQuery(table, {
        keys: ['color:red'],
        ids: ['r1', 'r3', 'r4', 'r149'],
        limit: 10,
        newestFirst: true,
      });
      expect(idsOf(picked)).toEqual(['r149', 'r3', 'r1']);
    });
  });
});
