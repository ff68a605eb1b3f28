import { invariant } from '../shared/invariant.js';
import {
  type BlockVersion,
  blockBytes,
  copyBlockBytes,
  type FillBlockVersion,
  fillBlockVersion,
  ownedBytesVersion,
} from './block-content.js';
import type { BlockMap } from './block-map.js';
import type { BlockMapBatch } from './block-map-batch.js';
import { writeFillPattern } from './fill-pattern.js';

/**
 * A write of real bytes at an absolute disk byte offset.
 *
 * @example
 * ```ts
 * const write: BlockDataWrite = { offset: 4096, data: new Uint8Array([1, 2, 3]) };
 * ```
 */
export interface BlockDataWrite {
  /** Absolute disk byte offset of the first byte. */
  readonly offset: number;
  /** The bytes to write; they are copied. */
  readonly data: Uint8Array;
}

/**
 * A write of synthetic fill bytes, which lets a test write gigabytes without allocating them.
 *
 * @example
 * ```ts
 * const write: BlockFillWrite = { offset: 0, length: 100 * 2 ** 30, fill: 'db-pages' };
 * ```
 */
export interface BlockFillWrite {
  /** Absolute disk byte offset of the first byte. */
  readonly offset: number;
  /** Number of bytes to write. */
  readonly length: number;
  /** The fill's name: the bytes are a pure function of this name and the absolute offset. */
  readonly fill: string;
}

/**
 * One guest write to a disk: real bytes or a synthetic fill.
 *
 * @example
 * ```ts
 * const writes: BlockWrite[] = [{ offset: 0, length: 8192, fill: 'boot' }, { offset: 10, data: new Uint8Array(5) }];
 * ```
 */
export type BlockWrite = BlockDataWrite | BlockFillWrite;

type Batch = BlockMapBatch<BlockVersion>;

function requireSpan(blockSize: number, offset: number, length: number): void {
  invariant(Number.isSafeInteger(blockSize) && blockSize > 0, 'block size must be positive');
  invariant(Number.isSafeInteger(offset) && offset >= 0, 'offset must be a natural number');
  invariant(Number.isSafeInteger(length) && length >= 0, 'length must be a natural number');
  invariant(Number.isSafeInteger(offset + length), 'range ends past 2^53');
}

/** Replaces one block with a fresh bytes version: its old content (or zeros) with `lay` over it. */
function overlay(batch: Batch, blockSize: number, block: number, lay: (bytes: Uint8Array) => void) {
  const bytes = blockBytes(batch.get(block), block * blockSize, blockSize);
  lay(bytes);
  batch.set(block, ownedBytesVersion(bytes));
}

function writeData(batch: Batch, blockSize: number, write: BlockDataWrite): void {
  const { offset, data } = write;
  requireSpan(blockSize, offset, data.length);
  if (data.length === 0) return;
  const end = offset + data.length;
  for (let block = Math.floor(offset / blockSize); block * blockSize < end; block++) {
    const blockOffset = block * blockSize;
    const from = Math.max(offset, blockOffset) - blockOffset;
    const to = Math.min(end, blockOffset + blockSize) - blockOffset;
    const source = data.subarray(blockOffset + from - offset, blockOffset + to - offset);
    if (from === 0 && to === blockSize) {
      // slice() copies: a version never aliases the caller's memory.
      batch.set(block, ownedBytesVersion(source.slice()));
    } else {
      overlay(batch, blockSize, block, (bytes) => bytes.set(source, from));
    }
  }
}

function writeFill(batch: Batch, blockSize: number, write: BlockFillWrite): void {
  const { offset, length } = write;
  requireSpan(blockSize, offset, length);
  if (length === 0) return;
  const end = offset + length;
  // One version object for every whole block: its bytes depend on the absolute offset only.
  const version: FillBlockVersion = fillBlockVersion(write.fill);
  const firstWhole = Math.ceil(offset / blockSize);
  const endWhole = Math.floor(end / blockSize);
  if (firstWhole < endWhole) batch.setRange(firstWhole, endWhole - firstWhole, version);
  // Block-aligned writes (the common case) have no partial head or tail block.
  if (offset % blockSize === 0 && end % blockSize === 0) return;
  const head = Math.floor(offset / blockSize);
  const tail = Math.floor((end - 1) / blockSize);
  for (const block of head === tail ? [head] : [head, tail]) {
    const blockOffset = block * blockSize;
    const from = Math.max(offset, blockOffset) - blockOffset;
    const to = Math.min(end, blockOffset + blockSize) - blockOffset;
    if (from === 0 && to === blockSize) continue;
    overlay(batch, blockSize, block, (bytes) => {
      writeFillPattern(version.fillSeed, blockOffset + from, to - from, bytes, from);
    });
  }
}

/**
 * Applies guest writes, in order and in one batch, to a disk's block map.
 *
 * Whole blocks covered by a data write get new bytes versions (copies of the caller's bytes);
 * whole blocks covered by a fill write share one new fill version; a partly covered block is
 * rewritten as a new bytes version holding its old content (zeros if never written) with the new
 * bytes laid over. Every written block gets a new version object, even when its bytes are equal.
 * Ranges are not checked against the disk size: the caller does that.
 *
 * @param map - The disk's current block map; it is not changed.
 * @param blockSize - Bytes per block.
 * @param writes - Writes applied in order; a later write wins where they overlap.
 * @returns The new block map.
 * @example
 * ```ts
 * const blocks = writeToBlocks(BlockMap.empty<BlockVersion>(), 4096, [
 *   { offset: 0, length: 100 * 2 ** 30, fill: 'db-pages' },
 *   { offset: 10, data: new Uint8Array([1, 2, 3]) },
 * ]);
 * readFromBlocks(blocks, 4096, 10, 3); //=> Uint8Array [1, 2, 3]
 * ```
 */
export function writeToBlocks(
  map: BlockMap<BlockVersion>,
  blockSize: number,
  writes: readonly BlockWrite[],
): BlockMap<BlockVersion> {
  if (writes.length === 0) return map;
  return map.edit((batch) => {
    for (const write of writes) {
      if ('data' in write) writeData(batch, blockSize, write);
      else writeFill(batch, blockSize, write);
    }
  });
}

/**
 * Reads a byte range of a disk from its block map.
 *
 * Never-written bytes read as zeros; fill blocks produce their deterministic bytes. The cost
 * grows with the number of written blocks in the range, not with the disk size.
 *
 * @param map - The disk's block map.
 * @param blockSize - Bytes per block.
 * @param offset - Absolute disk byte offset of the first byte.
 * @param length - Number of bytes to read.
 * @returns A new array of `length` bytes.
 * @example
 * ```ts
 * readFromBlocks(BlockMap.empty<BlockVersion>(), 4096, 0, 4); //=> Uint8Array [0, 0, 0, 0]
 * ```
 */
export function readFromBlocks(
  map: BlockMap<BlockVersion>,
  blockSize: number,
  offset: number,
  length: number,
): Uint8Array {
  requireSpan(blockSize, offset, length);
  const out = new Uint8Array(length);
  if (length === 0) return out;
  const end = offset + length;
  const last = Math.floor((end - 1) / blockSize);
  for (const [block, version] of map.entries(Math.floor(offset / blockSize))) {
    if (block > last) break;
    const blockOffset = block * blockSize;
    const from = Math.max(offset, blockOffset) - blockOffset;
    const to = Math.min(end, blockOffset + blockSize) - blockOffset;
    copyBlockBytes(version, blockOffset, blockSize, [from, to], out, blockOffset + from - offset);
  }
  return out;
}
