import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { BlockMap } from '../../src/blocks/index.js';

/** Every node reachable from the map's root, to check freezing. */
function nodesOf(map: BlockMap<unknown>): unknown[][] {
  const found: unknown[][] = [];
  const visit = (node: unknown, shift: number) => {
    if (!Array.isArray(node)) return;
    found.push(node);
    if (shift === 0) return;
    for (let slot = 0; slot < 32; slot++) visit(node[slot], shift - 5);
  };
  const { root, shift } = map.trie();
  visit(root, shift);
  return found;
}

describe('BlockMap.empty', () => {
  describe('when called twice', () => {
    it('returns the same frozen empty map', () => {
      expect(BlockMap.empty<string>()).toBe(BlockMap.empty<number>());
      expect(BlockMap.empty().size).toBe(0);
      expect(Object.isFrozen(BlockMap.empty())).toBe(true);
    });
  });
});

describe('BlockMap.set', () => {
  describe('when the index is new', () => {
    it('returns a larger map and leaves the original unchanged', () => {
      const v1 = BlockMap.empty<string>().set(5, 'a');
      const v2 = v1.set(6, 'b');
      expect([v1.size, v2.size]).toEqual([1, 2]);
      expect(v1.get(6)).toBeUndefined();
      expect(v2.get(6)).toBe('b');
    });
  });

  describe('when the index is at or beyond 2^31', () => {
    it('stores it apart from the low index with the same low bits', () => {
      const map = BlockMap.empty<string>()
        .set(7, 'low')
        .set(2 ** 31 + 7, 'mid')
        .set(2 ** 40 + 7, 'high')
        .set(2 ** 48 - 1, 'max');
      expect([
        map.get(7),
        map.get(2 ** 31 + 7),
        map.get(2 ** 40 + 7),
        map.get(2 ** 48 - 1),
      ]).toEqual(['low', 'mid', 'high', 'max']);
      expect([...map.entries()].map(([index]) => index)).toEqual([
        7,
        2 ** 31 + 7,
        2 ** 40 + 7,
        2 ** 48 - 1,
      ]);
    });
  });

  describe('when the index already holds the same value', () => {
    it('returns the same map', () => {
      const map = BlockMap.empty<string>().set(1, 'a');
      expect(map.set(1, 'a')).toBe(map);
    });
  });

  describe('when the index is not a block index', () => {
    it.each([-1, 1.5, Number.NaN, 2 ** 48])('throws a RangeError for %s', (index) => {
      expect(() => BlockMap.empty<string>().set(index, 'a')).toThrow(RangeError);
    });
  });

  describe('when the value is undefined', () => {
    it('throws a TypeError', () => {
      const map = BlockMap.empty<string | undefined>();
      expect(() => map.set(1, undefined)).toThrow(TypeError);
    });
  });

  describe('when a map is built', () => {
    it('freezes the map and every node', () => {
      const map = BlockMap.empty<number>()
        .set(3, 3)
        .set(40_000, 4)
        .setMany([[99, 1]]);
      const nodes = nodesOf(map);
      expect(nodes.length).toBeGreaterThan(3);
      expect(nodes.every((node) => Object.isFrozen(node))).toBe(true);
      expect(Object.isFrozen(map)).toBe(true);
    });
  });
});

describe('BlockMap.get', () => {
  describe('when the index is invalid or beyond the map', () => {
    it('returns undefined', () => {
      const map = BlockMap.empty<string>().set(1, 'a');
      expect([map.get(-1), map.get(0.5), map.get(2 ** 45), map.has(1), map.has(2)]).toEqual([
        undefined,
        undefined,
        undefined,
        true,
        false,
      ]);
    });
  });
});

describe('BlockMap.delete', () => {
  describe('when the index is set', () => {
    it('removes only that index', () => {
      const v1 = BlockMap.empty<string>().setMany([
        [1, 'a'],
        [2 ** 40, 'b'],
      ]);
      const v2 = v1.delete(2 ** 40);
      expect([...v2.entries()]).toEqual([[1, 'a']]);
      expect(v1.get(2 ** 40)).toBe('b');
      expect(v2.trie().shift).toBe(0);
    });
  });

  describe('when the index is not set', () => {
    it('returns the same map', () => {
      const map = BlockMap.empty<string>().set(1, 'a');
      expect(map.delete(2)).toBe(map);
    });
  });

  describe('when the last entry is deleted', () => {
    it('returns an empty map', () => {
      const map = BlockMap.empty<string>().set(70_000, 'a').delete(70_000);
      expect(map.size).toBe(0);
      expect(map.trie().root).toBeUndefined();
      expect([...map.entries()]).toEqual([]);
    });
  });
});

describe('BlockMap.setRange', () => {
  describe('when the range covers 200,000 blocks', () => {
    it('sets every block in the range and none outside it', () => {
      const map = BlockMap.empty<string>().set(5, 'old').setRange(10, 200_000, 'x');
      expect(map.size).toBe(200_001);
      expect([
        map.get(9),
        map.get(10),
        map.get(123_456),
        map.get(200_009),
        map.get(200_010),
      ]).toEqual([undefined, 'x', 'x', 'x', undefined]);
    });
  });

  describe('when the range spans 2^40 blocks', () => {
    it('shares filled subtrees instead of storing each block', () => {
      const map = BlockMap.empty<string>().setRange(0, 2 ** 40, 'x');
      expect(map.size).toBe(2 ** 40);
      expect(map.get(2 ** 40 - 1)).toBe('x');
      expect(map.nth(2 ** 39)).toEqual([2 ** 39, 'x']);
      const changed = map.set(777_777_777, 'y');
      expect(map.countDiff(changed)).toBe(1);
      expect([...map.diff(changed)]).toEqual([{ index: 777_777_777, before: 'x', after: 'y' }]);
    });
  });

  describe('when the count is 0', () => {
    it('returns the same map', () => {
      const map = BlockMap.empty<string>().set(1, 'a');
      expect(map.setRange(4, 0, 'b')).toBe(map);
    });
  });

  describe('when the count is negative', () => {
    it('throws a RangeError', () => {
      expect(() => BlockMap.empty<string>().setRange(4, -1, 'b')).toThrow(RangeError);
    });
  });
});

describe('BlockMap.deleteRange', () => {
  describe('when the range holds entries', () => {
    it('removes exactly the entries in the range', () => {
      const map = BlockMap.empty<string>().setRange(0, 5000, 'a').deleteRange(100, 4000);
      expect(map.size).toBe(1000);
      expect([map.get(99), map.get(100), map.get(4099), map.get(4100)]).toEqual([
        'a',
        undefined,
        undefined,
        'a',
      ]);
    });
  });

  describe('when the range holds no entries', () => {
    it('returns the same map', () => {
      const map = BlockMap.empty<string>().setMany([
        [1, 'a'],
        [5000, 'b'],
      ]);
      expect(map.deleteRange(2, 4000)).toBe(map);
      expect(map.deleteRange(2 ** 40, 10)).toBe(map);
    });
  });
});

describe('BlockMap.edit', () => {
  describe('when the batch reads its own writes', () => {
    it('sees the earlier writes of the same batch', () => {
      const map = BlockMap.empty<number>().edit((batch) => {
        batch.set(1, 10);
        batch.set(2, (batch.get(1) ?? 0) + 1);
        batch.delete(1);
      });
      expect([...map.entries()]).toEqual([[2, 11]]);
    });
  });

  describe('when the batch is used after edit returns', () => {
    it('throws', () => {
      let kept: { set(index: number, value: number): void } | undefined;
      BlockMap.empty<number>().edit((batch) => {
        kept = batch;
      });
      expect(() => kept?.set(1, 1)).toThrow(/after its edit\(\) returned/);
    });
  });
});

describe('BlockMap.entries', () => {
  describe('when given a start index', () => {
    it('yields entries from that index in ascending order', () => {
      const map = BlockMap.empty<string>().setMany([
        [2 ** 33, 'd'],
        [40, 'b'],
        [3, 'a'],
        [1100, 'c'],
      ]);
      expect([...map.entries(41)]).toEqual([
        [1100, 'c'],
        [2 ** 33, 'd'],
      ]);
      expect([...map.entries(2 ** 34)]).toEqual([]);
    });
  });
});

describe('BlockMap.nth', () => {
  describe('when n is within the size', () => {
    it('returns the n-th entry in index order', () => {
      const map = BlockMap.empty<string>().setMany([
        [900, 'c'],
        [4, 'a'],
        [70, 'b'],
      ]);
      expect([map.nth(0), map.nth(1), map.nth(2), map.nth(3)]).toEqual([
        [4, 'a'],
        [70, 'b'],
        [900, 'c'],
        undefined,
      ]);
    });
  });
});

describe('BlockMap.toJSON', () => {
  describe('when stringified', () => {
    it('writes the size, the distinct values and the runs in index order', () => {
      const map = BlockMap.empty<string>().setMany([
        [9, 'b'],
        [2, 'a'],
      ]);
      expect(JSON.parse(JSON.stringify(map))).toEqual({
        size: 2,
        values: ['a', 'b'],
        runs: [
          [2, 1, 0],
          [9, 1, 1],
        ],
      });
    });
  });
});

describe('BlockMap', () => {
  describe('when held in immer state and replaced inside produce', () => {
    it('stays the same opaque instance', () => {
      const blocks = BlockMap.empty<string>().set(1, 'a');
      const state = { disk: { blocks } };
      const next = produce(state, (draft) => {
        draft.disk.blocks = draft.disk.blocks.set(2, 'b');
      });
      expect(next.disk.blocks).toBeInstanceOf(BlockMap);
      expect(next.disk.blocks.get(2)).toBe('b');
      expect(state.disk.blocks).toBe(blocks);
      expect(blocks.has(2)).toBe(false);
    });
  });
});
