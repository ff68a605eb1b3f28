import { describe, expect, it } from 'vitest';
import { IdAllocator, seedHash } from '../../src/shared/ids.js';

describe('IdAllocator', () => {
  describe('when two allocators start at the same position', () => {
    it('hands out the same ids and request ids', () => {
      const draw = () => {
        const ids = new IdAllocator({ seed: seedHash('s'), counter: 0 });
        return [
          ids.next('d-', 'cn-hangzhou'),
          ids.requestId(),
          ids.next('s-', 'cn-shanghai'),
          ids.counter,
        ];
      };
      expect(draw()).toEqual(draw());
    });
  });

  describe('when continuing from a saved position', () => {
    it('draws what the original would have drawn next', () => {
      const original = new IdAllocator({ seed: 9, counter: 0 });
      original.next('i-', 'cn-hangzhou');
      const resumed = new IdAllocator(original.position());
      expect(resumed.next('i-', 'cn-hangzhou')).toBe(original.next('i-', 'cn-hangzhou'));
    });
  });

  describe('when drawing ids', () => {
    it('starts the body with the region code and keeps 20 lowercase alphanumerics', () => {
      const ids = new IdAllocator({ seed: 1, counter: 0 });
      expect(ids.next('d-', 'cn-hangzhou')).toMatch(/^d-bp[0-9a-z]{18}$/);
      expect(ids.next('sp-', 'cn-shanghai')).toMatch(/^sp-uf[0-9a-z]{18}$/);
      expect(ids.next('ssg-', 'mars-north-1')).toMatch(/^ssg-[a-z][0-9a-z]{19}$/);
      expect(ids.requestId()).toMatch(
        /^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/,
      );
    });

    it('draws the ids nanoid customRandom drew before it was inlined (saved worlds and seeds keep their ids)', () => {
      const ids = new IdAllocator({ seed: 7, counter: 0 });
      expect([
        ids.next('d-', 'cn-hangzhou'),
        ids.requestId(),
        ids.next('ssg-', 'mars-north-1'),
      ]).toEqual([
        'd-bp8cjbfpn1yudoe5ont2',
        '91798040-A2A1-B15C-8DFF-2D1C32ECC763',
        'ssg-eux0o49gz3gk4fno2wn8',
      ]);
    });

    it('does not repeat itself over many draws', () => {
      const ids = new IdAllocator({ seed: 3, counter: 0 });
      const drawn = new Set(Array.from({ length: 5000 }, () => ids.next('s-', 'cn-hangzhou')));
      expect(drawn.size).toBe(5000);
    });
  });
});

describe('seedHash', () => {
  it('is stable and tells seeds apart, the number 1 from the string "1" included', () => {
    expect(seedHash(1)).toBe(seedHash(1));
    expect(new Set([seedHash(0), seedHash(1), seedHash('1'), seedHash('a')]).size).toBe(4);
    expect(Number.isInteger(seedHash('x')) && seedHash('x') >= 0 && seedHash('x') < 2 ** 32).toBe(
      true,
    );
  });
});
