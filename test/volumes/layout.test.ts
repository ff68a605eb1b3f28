import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diskRangeInVolume, volumeDiskRanges, volumePieces } from '../../src/volumes/layout.js';

const KIB = 1024;
const striped = {
  stripeSize: 8 * KIB,
  extents: ['a', 'b', 'c'].map((diskId) => ({ diskId, offset: 0, size: 64 * KIB })),
};
const concatenated = {
  stripeSize: null,
  extents: [
    { diskId: 'a', offset: 4 * KIB, size: 10 * KIB },
    { diskId: 'b', offset: 0, size: 6 * KIB },
    { diskId: 'a', offset: 40 * KIB, size: 8 * KIB },
  ],
};

/** Where one volume byte lies, computed the naive way. */
function naive(layout: typeof striped | typeof concatenated, v: number): [string, number] {
  if (layout.stripeSize === null) {
    let start = 0;
    for (const e of layout.extents) {
      if (v < start + e.size) return [e.diskId, e.offset + v - start];
      start += e.size;
    }
    throw new Error('beyond');
  }
  const s = layout.stripeSize;
  const k = Math.floor(v / s);
  const n = layout.extents.length;
  const e = layout.extents[k % n];
  if (!e) throw new Error('no extent');
  return [e.diskId, e.offset + Math.floor(k / n) * s + (v % s)];
}

/** Disk byte intervals, merged where they touch, sorted. */
function intervals(list: { diskId: string; diskOffset: number; length: number }[]): string[] {
  const sorted = [...list].sort((x, y) =>
    x.diskId === y.diskId ? x.diskOffset - y.diskOffset : x.diskId.localeCompare(y.diskId),
  );
  const merged: { diskId: string; from: number; to: number }[] = [];
  for (const p of sorted) {
    const last = merged.at(-1);
    if (last && last.diskId === p.diskId && last.to === p.diskOffset) last.to += p.length;
    else merged.push({ diskId: p.diskId, from: p.diskOffset, to: p.diskOffset + p.length });
  }
  return merged.map((m) => `${m.diskId}:${m.from}-${m.to}`);
}

function expectOnDisk(
  layout: typeof striped | typeof concatenated,
  r: { offset: number; length: number },
  diskId: string,
  [from, to]: [number, number],
): void {
  for (const i of [0, r.length - 1]) {
    const [disk, at] = naive(layout, r.offset + i);
    expect(disk).toBe(diskId);
    expect(at).toBeGreaterThanOrEqual(from);
    expect(at).toBeLessThan(to);
  }
}

const sizeOf = (l: typeof striped | typeof concatenated) =>
  l.extents.reduce((sum, e) => sum + e.size, 0);

describe('volume layout', () => {
  for (const [name, layout] of [
    ['striped', striped],
    ['concatenated', concatenated],
  ] as const) {
    describe(`when ${name}`, () => {
      it('maps every byte of a range where the naive layout does', () => {
        fc.assert(
          fc.property(fc.nat(sizeOf(layout) - 1), fc.nat(30 * KIB), (offset, len) => {
            const length = Math.min(len, sizeOf(layout) - offset);
            let expected = offset;
            for (const p of volumePieces(layout, offset, length)) {
              expect(p.volumeOffset).toBe(expected);
              for (const i of [0, p.length - 1]) {
                expect([p.diskId, p.diskOffset + i]).toEqual(naive(layout, p.volumeOffset + i));
              }
              expected += p.length;
            }
            expect(expected).toBe(offset + length);
          }),
          { seed: 5, numRuns: 200 },
        );
      });

      it('covers, per extent, one contiguous disk range holding exactly the pieces', () => {
        fc.assert(
          fc.property(fc.nat(sizeOf(layout) - 1), fc.nat(60 * KIB), (offset, len) => {
            const length = Math.max(1, Math.min(len, sizeOf(layout) - offset));
            expect(intervals(volumeDiskRanges(layout, offset, length))).toEqual(
              intervals([...volumePieces(layout, offset, length)]),
            );
          }),
          { seed: 6, numRuns: 200 },
        );
      });

      it('maps a disk range back to the volume bytes that lie there', () => {
        fc.assert(
          fc.property(fc.nat(50 * KIB), fc.nat(20 * KIB), (diskOffset, length) => {
            for (const r of diskRangeInVolume(layout, 'a', diskOffset, length)) {
              expectOnDisk(layout, r, 'a', [diskOffset, diskOffset + length]);
            }
            const covered = diskRangeInVolume(layout, 'a', diskOffset, length).reduce(
              (sum, r) => sum + r.length,
              0,
            );
            let inExtents = 0;
            for (const e of layout.extents.filter((x) => x.diskId === 'a')) {
              inExtents += Math.max(
                0,
                Math.min(diskOffset + length, e.offset + e.size) - Math.max(diskOffset, e.offset),
              );
            }
            expect(covered).toBe(inExtents);
          }),
          { seed: 7, numRuns: 100 },
        );
      });
    });
  }
});
