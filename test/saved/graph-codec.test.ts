import { describe, expect, it } from 'vitest';
import { BlockMap } from '../../src/blocks/block-map.js';
import { bytesBlockVersion, fillBlockVersion } from '../../src/blocks/index.js';
import { decodeGraph, encodeGraph } from '../../src/saved/graph-codec.js';

const roundTrip = (value: unknown) => decodeGraph(JSON.parse(JSON.stringify(encodeGraph(value))));

describe('encodeGraph / decodeGraph', () => {
  it('keeps strings and keys that start with @, undefined, NaN, -0 and Infinity', () => {
    const value = {
      '@': '@x',
      '@@k': ['@u', undefined, Number.NaN, -0, Number.POSITIVE_INFINITY],
      n: null,
    };
    const back = roundTrip(value) as typeof value;
    expect(Object.keys(back)).toEqual(['@', '@@k', 'n']);
    expect(back['@']).toBe('@x');
    expect(back['@@k']).toHaveLength(5);
    expect(back['@@k'][0]).toBe('@u');
    expect(back['@@k'][1]).toBeUndefined();
    expect(back['@@k'][2]).toBeNaN();
    expect(Object.is(back['@@k'][3], -0)).toBe(true);
    expect(back['@@k'][4]).toBe(Number.POSITIVE_INFINITY);
    expect(back.n).toBeNull();
  });

  it('restores shared objects shared, and freezes every object', () => {
    const shared = { tag: 'x' };
    const back = roundTrip({ a: shared, b: [shared] }) as { a: object; b: object[] };
    expect(back.b[0]).toBe(back.a);
    expect(Object.isFrozen(back)).toBe(true);
    expect(Object.isFrozen(back.a)).toBe(true);
    expect(Object.isFrozen(back.b)).toBe(true);
  });

  it('restores block maps with their sharing and the identity of their block versions', () => {
    const fill = fillBlockVersion('db');
    const bytes = bytesBlockVersion(new Uint8Array([1, 2, 3]));
    const v1 = BlockMap.empty<object>().setRange(0, 5000, fill).set(7000, bytes);
    const v2 = v1.set(3, bytesBlockVersion(new Uint8Array([9])));
    const back = roundTrip({ v1, v2 }) as { v1: BlockMap<object>; v2: BlockMap<object> };
    expect(back.v1).toBeInstanceOf(BlockMap);
    expect(back.v1.get(4999)).toBe(back.v2.get(4999));
    expect(back.v1.countDiff(back.v2)).toBe(1);
    expect(JSON.stringify(back)).toBe(JSON.stringify({ v1, v2 }));
    const restoredBytes = back.v1.get(7000) as { data: Uint8Array };
    expect([...restoredBytes.data]).toEqual([1, 2, 3]);
  });

  it('handles structures far deeper than the call stack', () => {
    let list: { next: unknown; n: number } | null = null;
    for (let n = 0; n < 200_000; n++) list = { next: list, n };
    const back = roundTrip(list) as { n: number; next: { n: number } };
    expect(back.n).toBe(199_999);
    expect(back.next.n).toBe(199_998);
  });

  it.each([
    ['a Map', new Map()],
    ['a Date', new Date(0)],
    ['a function', () => 1],
  ])('refuses %s with a TypeError', (_name, value) => {
    expect(() => encodeGraph({ part: value })).toThrow(TypeError);
    expect(() => encodeGraph({ part: value })).toThrow('ecs.export: cannot save');
  });

  it('refuses malformed input with a TypeError', () => {
    expect(() => decodeGraph({ root: '@3', nodes: [] })).toThrow(TypeError);
    expect(() => decodeGraph({ root: '@0', nodes: [{ '@': 'Mystery' }] })).toThrow('unknown tag');
    expect(() => decodeGraph({ root: '@0', nodes: [{ a: { inlined: true } }] })).toThrow(TypeError);
  });
});
