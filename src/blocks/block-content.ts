import { invariant } from '../shared/invariant.js';
import { fillSeedOf, writeFillPattern } from './fill-pattern.js';

/**
 * A block version holding real bytes.
 *
 * @example
 * ```ts
 * const version = bytesBlockVersion(new Uint8Array(4096));
 * version.kind; //=> 'bytes'
 * ```
 */
export interface BytesBlockVersion {
  /** Discriminant. */
  readonly kind: 'bytes';
  /**
   * The bytes, owned by the version: never mutate them. One block, or, when `firstBlock` is set,
   * consecutive whole blocks from `firstBlock` on (one version for a write of many blocks).
   */
  readonly data: Uint8Array;
  /** For a version shared by the blocks of one write: the block index `data` starts at. */
  readonly firstBlock?: number;
}

/**
 * A block version holding synthetic content: its bytes are a pure function of the fill's seed and
 * the absolute disk offset, so it costs no memory however many blocks share it.
 *
 * @example
 * ```ts
 * const version = fillBlockVersion('db-pages');
 * version.fillSeed === fillSeedOf('db-pages'); //=> true
 * ```
 */
export interface FillBlockVersion {
  /** Discriminant. */
  readonly kind: 'fill';
  /** The fill's name, as given by the writer. */
  readonly fill: string;
  /** The 32-bit FNV-1a hash of `fill`, which seeds the byte pattern. */
  readonly fillSeed: number;
}

/**
 * A block version made by a write smaller than the block: the byte range `[from, to)` laid over the
 * block's previous content, which is kept by reference rather than copied. The block's bytes are
 * put together only when read (into the reader's buffer), so a 1-byte write costs a few bytes,
 * not a block. Stacked overlays are bounded: past a small depth a write puts the block together
 * as a bytes version instead.
 *
 * @example
 * ```ts
 * const version: OverlayBlockVersion = {
 *   kind: 'overlay', base: fillBlockVersion('logs'), from: 10, to: 13,
 *   top: bytesBlockVersion(new Uint8Array([1, 2, 3])), depth: 1,
 * };
 * ```
 */
export interface OverlayBlockVersion {
  /** Discriminant. */
  readonly kind: 'overlay';
  /** The block's previous content (`undefined`: never written, zeros). */
  readonly base: BlockVersion | undefined;
  /** First byte of the block the write covers. */
  readonly from: number;
  /** One past the last byte of the block the write covers. */
  readonly to: number;
  /**
   * The written content: `to - from` bytes (from `topStart` on), or a fill (its pattern at the
   * block's offsets).
   */
  readonly top: BytesBlockVersion | FillBlockVersion;
  /**
   * Where the written bytes start in a bytes `top`, which the small writes of one call share;
   * absent: at 0.
   */
  readonly topStart?: number;
  /** Overlays stacked here, this one included (1 over a bytes or fill version or zeros). */
  readonly depth: number;
}

/**
 * The content of one block at one point in time.
 *
 * Identity matters: every write creates new version objects, and incremental snapshots count a
 * block as changed when its version object changes, even if the bytes are equal.
 *
 * @example
 * ```ts
 * const version: BlockVersion = fillBlockVersion('logs');
 * version.kind; //=> 'fill'
 * ```
 */
export type BlockVersion = BytesBlockVersion | FillBlockVersion | OverlayBlockVersion;

/**
 * A new overlay version: `[from, to)` of the block is `top`, the rest is `base`.
 *
 * @internal
 */
export function overlayVersion(
  base: BlockVersion | undefined,
  from: number,
  to: number,
  top: BytesBlockVersion | FillBlockVersion,
  topStart = 0,
): OverlayBlockVersion {
  const depth = base?.kind === 'overlay' ? base.depth + 1 : 1;
  return Object.freeze(
    topStart === 0
      ? { kind: 'overlay', base, from, to, top, depth }
      : { kind: 'overlay', base, from, to, top, topStart, depth },
  );
}

/**
 * Creates a new bytes version from a copy of `data`.
 *
 * @param data - One block of bytes; it is copied, so the caller may reuse it.
 * @returns A new frozen version object.
 * @example
 * ```ts
 * const bytes = new Uint8Array([1, 2, 3, 4]);
 * const version = bytesBlockVersion(bytes);
 * bytes[0] = 9;
 * version.data[0]; //=> 1
 * ```
 */
export function bytesBlockVersion(data: Uint8Array): BytesBlockVersion {
  return ownedBytesVersion(data.slice());
}

/**
 * A bytes version as stored: its own fields are `{ kind, data }` (and `firstBlock` for an extent),
 * and `toJSON` comes from the prototype. JSON.stringify would spell a Uint8Array as
 * {"0":..,"1":..}: megabytes per block; the shared `toJSON` writes the bytes as base64 instead.
 * A class rather than a per-object hidden `toJSON` property: defining that property on every
 * version was a fifth of the cost of a small write.
 */
class StoredBytes implements BytesBlockVersion {
  declare readonly kind: 'bytes';
  declare readonly data: Uint8Array;
  declare readonly firstBlock?: number;

  constructor(data: Uint8Array, firstBlock: number | undefined) {
    // Assigned, not declared as fields: an extent-less version has no `firstBlock` key at all.
    const self = this as { kind: 'bytes'; data: Uint8Array; firstBlock?: number };
    self.kind = 'bytes';
    self.data = data;
    if (firstBlock !== undefined) self.firstBlock = firstBlock;
  }

  toJSON(): unknown {
    return { kind: 'bytes', base64: toBase64(this.data), firstBlock: this.firstBlock };
  }
}

/**
 * Wraps bytes the caller has just allocated and will not touch again, without copying.
 *
 * @internal
 */
export function ownedBytesVersion(data: Uint8Array, firstBlock?: number): BytesBlockVersion {
  return Object.freeze(new StoredBytes(data, firstBlock));
}

/**
 * Tells a stored bytes version (made by {@link bytesBlockVersion} or a write) from other objects.
 *
 * @param value - Any object.
 * @returns `true` for a bytes version.
 * @example
 * ```ts
 * isStoredBytes(bytesBlockVersion(new Uint8Array(4))); //=> true
 * isStoredBytes({ kind: 'bytes', data: new Uint8Array(4) }); //=> false
 * ```
 * @internal
 */
export function isStoredBytes(value: object): value is BytesBlockVersion {
  return value instanceof StoredBytes;
}

/**
 * The bytes of block `blockOffset / blockSize` inside a bytes version (a view, not a copy).
 *
 * @internal
 */
export function bytesOfBlock(
  version: BytesBlockVersion,
  blockOffset: number,
  blockSize: number,
): Uint8Array {
  if (version.firstBlock === undefined) {
    invariant(version.data.length === blockSize, 'bytes version is not one block long');
    return version.data;
  }
  const start = blockOffset - version.firstBlock * blockSize;
  invariant(start >= 0 && start + blockSize <= version.data.length, 'block outside its extent');
  return version.data.subarray(start, start + blockSize);
}

/**
 * Base64 of bytes (a block's JSON form, a saved world).
 *
 * @internal
 */
export function toBase64(data: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < data.length; i += 0x8000)
    binary += String.fromCharCode(...data.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * The bytes of a base64 string.
 *
 * @throws DOMException when `text` is not base64.
 * @internal
 */
export function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * Creates a new fill version; each call returns a distinct object.
 *
 * @param fill - The fill's name; equal names give equal bytes at equal offsets.
 * @returns A new frozen version object.
 * @example
 * ```ts
 * fillBlockVersion('a') === fillBlockVersion('a'); //=> false
 * ```
 */
export function fillBlockVersion(fill: string): FillBlockVersion {
  return Object.freeze({ kind: 'fill', fill, fillSeed: fillSeedOf(fill) });
}

/**
 * Copies bytes [from, to) of a block whose first byte is at absolute disk offset `blockOffset`
 * into `target` at `targetStart`. A missing version reads as zeros.
 *
 * @internal
 */
export function copyBlockBytes(
  version: BlockVersion | undefined,
  blockOffset: number,
  blockSize: number,
  range: readonly [from: number, to: number],
  target: Uint8Array,
  targetStart: number,
): void {
  const [from, to] = range;
  invariant(from >= 0 && from <= to && to <= blockSize, 'block byte range out of bounds');
  if (version === undefined) {
    target.fill(0, targetStart, targetStart + to - from);
  } else if (version.kind === 'bytes') {
    target.set(bytesOfBlock(version, blockOffset, blockSize).subarray(from, to), targetStart);
  } else if (version.kind === 'fill') {
    writeFillPattern(version.fillSeed, blockOffset + from, to - from, target, targetStart);
  } else {
    // The base first, then the written range over it: straight into the reader's buffer, so a
    // read allocates nothing whatever the overlays (their depth is bounded by the writer).
    copyBlockBytes(version.base, blockOffset, blockSize, range, target, targetStart);
    const lo = Math.max(from, version.from);
    const hi = Math.min(to, version.to);
    if (lo < hi) copyLayer(version, blockOffset, [lo, hi], target, targetStart + lo - from);
  }
}

/**
 * Copies bytes [from, to) of the block (inside the overlay's own range) from an overlay's written
 * content alone into `target` at `targetStart`.
 *
 * @internal
 */
export function copyLayer(
  layer: Pick<OverlayBlockVersion, 'from' | 'top' | 'topStart'>,
  blockOffset: number,
  range: readonly [from: number, to: number],
  target: Uint8Array,
  targetStart: number,
): void {
  const [from, to] = range;
  const { top } = layer;
  if (top.kind === 'bytes') {
    const start = (layer.topStart ?? 0) - layer.from;
    target.set(top.data.subarray(start + from, start + to), targetStart);
  } else writeFillPattern(top.fillSeed, blockOffset + from, to - from, target, targetStart);
}

/**
 * The full content of a block as a new array (zeros for a missing version).
 *
 * @internal
 */
export function blockBytes(
  version: BlockVersion | undefined,
  blockOffset: number,
  blockSize: number,
): Uint8Array {
  const bytes = new Uint8Array(blockSize);
  if (version !== undefined)
    copyBlockBytes(version, blockOffset, blockSize, [0, blockSize], bytes, 0);
  return bytes;
}
