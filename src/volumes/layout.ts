import type { Volume } from './types.js';

/**
 * A contiguous run of volume bytes that lies contiguously on one member disk.
 *
 * @internal
 */
export interface VolumePiece {
  /** The member disk. */
  readonly diskId: string;
  /** Its first byte on the disk. */
  readonly diskOffset: number;
  /** Its first byte in the volume. */
  readonly volumeOffset: number;
  /** Its length in bytes. */
  readonly length: number;
}

type Layout = Pick<Volume, 'extents' | 'stripeSize'>;

function* concatenatedPieces(volume: Layout, offset: number, length: number) {
  const end = offset + length;
  let start = 0;
  for (const extent of volume.extents) {
    const from = Math.max(offset, start);
    const to = Math.min(end, start + extent.size);
    if (from < to) {
      yield {
        diskId: extent.diskId,
        diskOffset: extent.offset + from - start,
        volumeOffset: from,
        length: to - from,
      };
    }
    start += extent.size;
    if (start >= end) return;
  }
}

function stripeLocation(volume: Layout, stripeSize: number, volumeOffset: number) {
  const stripe = Math.floor(volumeOffset / stripeSize);
  const n = volume.extents.length;
  const extent = volume.extents[stripe % n];
  if (!extent) throw new Error('volume layout: a striped volume has no extents');
  const row = Math.floor(stripe / n);
  return { extent, diskOffset: extent.offset + row * stripeSize + (volumeOffset % stripeSize) };
}

function* stripedPieces(volume: Layout, stripeSize: number, offset: number, length: number) {
  const end = offset + length;
  let at = offset;
  while (at < end) {
    const { extent, diskOffset } = stripeLocation(volume, stripeSize, at);
    const to = Math.min(end, (Math.floor(at / stripeSize) + 1) * stripeSize);
    yield { diskId: extent.diskId, diskOffset, volumeOffset: at, length: to - at };
    at = to;
  }
}

/**
 * Maps a volume byte range to disk byte ranges, in volume order: one piece per extent crossed
 * (concatenated and partitioned volumes), or per stripe crossed (striped volumes).
 *
 * @param volume - The volume's layout.
 * @param offset - First volume byte.
 * @param length - Number of bytes (the range lies within the volume).
 * @returns The pieces.
 * @internal
 */
export function volumePieces(
  volume: Layout,
  offset: number,
  length: number,
): Generator<VolumePiece> {
  return volume.stripeSize === null
    ? concatenatedPieces(volume, offset, length)
    : stripedPieces(volume, volume.stripeSize, offset, length);
}

/**
 * The disk ranges a volume byte range covers, one contiguous range per extent touched: whatever
 * the number of stripes crossed, the part of a striped range that falls on one disk is
 * contiguous on that disk (whole rows of stripes follow each other). A synthetic fill of 100 GiB
 * therefore costs one disk write per member, not one per stripe.
 *
 * @param volume - The volume's layout.
 * @param offset - First volume byte.
 * @param length - Number of bytes (the range lies within the volume).
 * @returns `{ diskId, diskOffset, length }` per extent touched (`volumeOffset` is the first
 *   volume byte that lands there).
 * @internal
 */
export function volumeDiskRanges(volume: Layout, offset: number, length: number): VolumePiece[] {
  const s = volume.stripeSize;
  if (s === null || length === 0) return [...volumePieces(volume, offset, length)];
  const n = volume.extents.length;
  const first = Math.floor(offset / s);
  const last = Math.floor((offset + length - 1) / s);
  const ranges: VolumePiece[] = [];
  for (let i = 0; i < n; i++) {
    // The first and last stripe of the range that lie on member i.
    const k1 = first + ((i - (first % n) + n) % n);
    const k2 = last - (((last % n) - i + n) % n);
    if (k1 > last || k2 < first) continue;
    const startByte = Math.max(offset, k1 * s);
    const endByte = Math.min(offset + length, (k2 + 1) * s);
    const start = stripeLocation(volume, s, startByte);
    const end = stripeLocation(volume, s, endByte - 1);
    ranges.push({
      diskId: start.extent.diskId,
      diskOffset: start.diskOffset,
      volumeOffset: startByte,
      length: end.diskOffset + 1 - start.diskOffset,
    });
  }
  return ranges;
}

/**
 * Where a disk block range lands in a volume: the volume byte ranges that hold those disk bytes
 * (one per extent for concatenated volumes, one per stripe for striped ones), in volume order.
 *
 * @param volume - The volume's layout.
 * @param diskId - The member disk.
 * @param diskOffset - First disk byte.
 * @param length - Number of bytes.
 * @returns `{ offset, length }` volume ranges (disk bytes outside every extent are left out).
 * @internal
 */
export function diskRangeInVolume(
  volume: Layout,
  diskId: string,
  diskOffset: number,
  length: number,
): { offset: number; length: number }[] {
  const out: { offset: number; length: number }[] = [];
  const end = diskOffset + length;
  const s = volume.stripeSize;
  const n = volume.extents.length;
  let start = 0;
  for (const [i, extent] of volume.extents.entries()) {
    const from = Math.max(diskOffset, extent.offset);
    const to = Math.min(end, extent.offset + extent.size);
    if (extent.diskId === diskId && from < to) {
      if (s === null) out.push({ offset: start + from - extent.offset, length: to - from });
      else {
        for (let at = from; at < to; ) {
          const inExtent = at - extent.offset;
          const row = Math.floor(inExtent / s);
          const stop = Math.min(to, extent.offset + (row + 1) * s);
          out.push({ offset: (row * n + i) * s + (inExtent % s), length: stop - at });
          at = stop;
        }
      }
    }
    start += extent.size;
  }
  return out.sort((a, b) => a.offset - b.offset);
}
