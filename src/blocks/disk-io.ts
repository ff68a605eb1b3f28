import { invariant } from '../shared/invariant.js';
import {
  type BlockVersion,
  type BytesBlockVersion,
  blockBytes,
  bytesOfBlock,
  copyBlockBytes,
  copyLayer,
  type FillBlockVersion,
  fillBlockVersion,
  overlayVersion,
  ownedBytesVersion,
} from './block-content.js';
import type { BlockMap } from './block-map.js';
import type { BlockMapBatch } from './block-map-batch.js';

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

/** Overlays stacked on one block before a write puts the block together as bytes instead. */
const MAX_OVERLAY_DEPTH = 8;

/**
 * One `writeToBlocks` call: its batch, and the bytes versions it made. Those are not in any map
 * the caller can see yet, so a later write of the same call may change their bytes in place
 * (many small writes to one block in one batch put it together once, not once per write).
 */
interface Session {
  readonly batch: Batch;
  readonly blockSize: number;
  readonly made: Set<BlockVersion>;
  /** Where this call copies small written pieces (see {@link copyPiece}), and its version. */
  slab: BytesBlockVersion;
  /** Bytes of `slab` handed out so far. */
  slabUsed: number;
  /** The layer being laid over one block (reused from write to write: see {@link layOver}). */
  readonly layer: Layer;
}

/** `[from, to)` of `block` becomes `top` (its bytes from `topStart` on, or a fill). */
interface Layer {
  block: number;
  from: number;
  to: number;
  top: BytesBlockVersion | FillBlockVersion;
  topStart: number;
}

/** Pieces up to this long share slabs; longer ones get a buffer of their own. */
const SLAB_PIECE_MAX = 4096;
const SLAB_MAX = 65536;
const NO_SLAB = ownedBytesVersion(new Uint8Array(0));

/**
 * Copies `data[from, to)` privately and makes it the layer's top: small pieces go into the call's
 * slab, one bytes version that every overlay of the call shares (a buffer, a view and a version
 * per written byte range were most of the cost, and of the garbage, of many small writes). The
 * slab is append-only and never written twice, so what an overlay reads of it never changes; slabs
 * grow from 64 bytes, so a lone small write keeps little alive.
 */
function copyPiece(session: Session, data: Uint8Array, from: number, to: number): void {
  const { layer } = session;
  const length = to - from;
  if (length > SLAB_PIECE_MAX) {
    layer.top = ownedBytesVersion(data.slice(from, to));
    layer.topStart = 0;
    return;
  }
  const size = session.slab.data.length;
  if (session.slabUsed + length > size) {
    const grown = Math.max(length, Math.min(SLAB_MAX, Math.max(64, 2 * size)));
    session.slab = ownedBytesVersion(new Uint8Array(grown));
    session.slabUsed = 0;
  }
  const start = session.slabUsed;
  const { data: slab } = session.slab;
  for (let i = 0; i < length; i++) slab[start + i] = data[from + i] as number;
  session.slabUsed = start + length;
  layer.top = session.slab;
  layer.topStart = start;
}

/** A version of bytes this call made (so never shared: later writes of the call may change them). */
function ownedBytes(session: Session, data: Uint8Array): BytesBlockVersion {
  const version = ownedBytesVersion(data);
  session.made.add(version);
  return version;
}

/**
 * The session's layer over the block's current content `base`: an overlay that keeps the old
 * content by reference, or, past the depth bound, the block put together as bytes. A bytes
 * version this call made is written in place. One function for every write (no closure each).
 */
function layOver(base: BlockVersion | undefined, session: Session): BlockVersion {
  const { layer, blockSize } = session;
  const { block, from, to } = layer;
  if (base?.kind === 'overlay' && base.depth >= MAX_OVERLAY_DEPTH) {
    const bytes = blockBytes(base, block * blockSize, blockSize);
    copyLayer(layer, block * blockSize, [from, to], bytes, from);
    return ownedBytes(session, bytes);
  }
  if (base?.kind === 'bytes' && session.made.has(base)) {
    const bytes = bytesOfBlock(base, block * blockSize, blockSize);
    copyLayer(layer, block * blockSize, [from, to], bytes, from);
    return base;
  }
  return overlayVersion(base, from, to, layer.top, layer.topStart);
}

/**
 * Writes the part of `[start, end)` that lies in `block`, short of the whole block: a fill, or
 * the bytes of `source` (whose first byte is at disk offset `sourceOffset`).
 */
function writePartial(
  session: Session,
  block: number,
  start: number,
  end: number,
  source: FillBlockVersion | Uint8Array,
  sourceOffset: number,
): void {
  const { layer } = session;
  const blockOffset = block * session.blockSize;
  layer.block = block;
  layer.from = Math.max(start, blockOffset) - blockOffset;
  layer.to = Math.min(end, blockOffset + session.blockSize) - blockOffset;
  if (source instanceof Uint8Array) {
    const at = blockOffset - sourceOffset;
    copyPiece(session, source, at + layer.from, at + layer.to);
  } else {
    layer.top = source;
    layer.topStart = 0;
  }
  session.batch.update(block, layOver, session);
}

function writeData(session: Session, write: BlockDataWrite): void {
  const { batch, blockSize } = session;
  const { offset, data } = write;
  requireSpan(blockSize, offset, data.length);
  if (data.length === 0) return;
  const end = offset + data.length;
  const head = Math.floor(offset / blockSize);
  if (offset % blockSize !== 0 && end - head * blockSize < blockSize) {
    // Inside one block, touching neither of its ends: the common small write, one overlay.
    writePartial(session, head, offset, end, data, offset);
    return;
  }
  const firstWhole = Math.ceil(offset / blockSize);
  const endWhole = Math.floor(end / blockSize);
  if (firstWhole < endWhole) {
    // One version for all the whole blocks, as an extent: one range write in the map however
    // many blocks. slice() copies: a version never aliases the caller's memory.
    const bytes = data.slice(firstWhole * blockSize - offset, endWhole * blockSize - offset);
    const version = ownedBytesVersion(bytes, endWhole - firstWhole > 1 ? firstWhole : undefined);
    session.made.add(version);
    batch.setRange(firstWhole, endWhole - firstWhole, version);
  }
  for (const block of partialBlocks(offset, end, blockSize))
    writePartial(session, block, offset, end, data, offset);
}

const NO_BLOCKS: readonly number[] = [];

/** The blocks a write of [offset, end) covers only in part: its head and tail, at most two. */
function partialBlocks(offset: number, end: number, blockSize: number): readonly number[] {
  const headPartial = offset % blockSize !== 0;
  const tailPartial = end % blockSize !== 0;
  const head = Math.floor(offset / blockSize);
  const tail = Math.floor((end - 1) / blockSize);
  if (head === tail) return headPartial || tailPartial ? [head] : NO_BLOCKS;
  if (headPartial && tailPartial) return [head, tail];
  if (headPartial) return [head];
  return tailPartial ? [tail] : NO_BLOCKS;
}

function writeFill(session: Session, write: BlockFillWrite): void {
  const { batch, blockSize } = session;
  const { offset, length } = write;
  requireSpan(blockSize, offset, length);
  if (length === 0) return;
  const end = offset + length;
  // One version object for every whole block: its bytes depend on the absolute offset only.
  const version: FillBlockVersion = fillBlockVersion(write.fill);
  const firstWhole = Math.ceil(offset / blockSize);
  const endWhole = Math.floor(end / blockSize);
  if (firstWhole < endWhole) batch.setRange(firstWhole, endWhole - firstWhole, version);
  for (const block of partialBlocks(offset, end, blockSize))
    writePartial(session, block, offset, end, version, 0);
}

/**
 * Applies guest writes, in order and in one batch, to a disk's block map.
 *
 * The whole blocks covered by a data write share one new bytes version (a copy of the caller's
 * bytes, an extent); the whole blocks covered by a fill write share one new fill version; a partly covered block gets
 * an overlay version: the written range over the block's old content (zeros if never written),
 * kept by reference, so a small write copies only its own bytes. Every written block gets a new
 * version object, even when its bytes are equal.
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
    const session: Session = {
      batch,
      blockSize,
      made: new Set(),
      slab: NO_SLAB,
      slabUsed: 0,
      layer: { block: 0, from: 0, to: 0, top: NO_SLAB, topStart: 0 },
    };
    for (const write of writes) {
      if ('data' in write) writeData(session, write);
      else writeFill(session, write);
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
