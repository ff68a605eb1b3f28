import { readFromBlocks } from '../blocks/index.js';
import type { Disk } from '../disks/types.js';
import { MAX_READ, requireKnownFields, requireOneWriteSource } from '../io/request-fields.js';
import type { DiskWrite } from '../io/write-disk.js';
import { writeDisk } from '../io/write-disk.js';
import { type EcsError, ecsError } from '../shared/ecs-error.js';
import { invalidParameter } from '../shared/invalid-parameter.js';
import { err, ok, type Result } from '../shared/result.js';
import type { EcsState } from '../state/ecs-state.js';
import { volumeDiskRanges, volumePieces } from './layout.js';
import { requireUsableVolume } from './require-volume.js';
import type { Volume } from './types.js';

/**
 * `ecs.writeVolume` parameters: one write at a volume offset, real bytes or synthetic `fill`.
 *
 * @example
 * ```ts
 * const request: WriteVolumeRequest = { volumeId: 'vol-bp1...', offset: 0, data: 'hello' };
 * ```
 * @category Volumes
 */
export type WriteVolumeRequest = {
  /** The volume; every member disk must be `In_use` on its `Running` instance. */
  volumeId: string;
} & DiskWrite;

/**
 * `ecs.readVolume` parameters.
 *
 * @example
 * ```ts
 * const request: ReadVolumeRequest = { volumeId: 'vol-bp1...', offset: 0, length: 5 };
 * ```
 * @category Volumes
 */
export interface ReadVolumeRequest {
  /** The volume; every member disk must be `In_use` on its `Running` instance. */
  volumeId: string;
  /** First volume byte. */
  offset: number;
  /** Number of bytes (at most 256 MiB per call). */
  length: number;
}

const encoder = new TextEncoder();

function requireVolumeRange(
  volume: Volume,
  offset: unknown,
  length: unknown,
): Result<void, EcsError> {
  if (typeof offset !== 'number' || !Number.isSafeInteger(offset) || offset < 0)
    return err(invalidParameter('Offset', 'expected a whole number of bytes >= 0'));
  if (typeof length !== 'number' || !Number.isSafeInteger(length) || length < 0)
    return err(invalidParameter('Length', 'expected a whole number of bytes >= 0'));
  if (offset + length > volume.size) {
    return err(
      ecsError(
        'InvalidParameter',
        `The specified range ${offset}+${length} ends beyond the ${volume.size}-byte volume ${volume.volumeId}.`,
      ),
    );
  }
  return ok(undefined);
}

/** The request's write as disk writes, grouped by member disk in volume order. */
function diskWrites(volume: Volume, request: unknown): Result<Map<string, DiskWrite[]>, EcsError> {
  const w = request as { offset?: unknown; data?: unknown; length?: unknown; fill?: unknown };
  const byDisk = new Map<string, DiskWrite[]>(volume.diskIds.map((id) => [id, []]));
  const add = (diskId: string, write: DiskWrite) => byDisk.get(diskId)?.push(write);
  if ('data' in w) {
    const data = typeof w.data === 'string' ? encoder.encode(w.data) : w.data;
    if (!(data instanceof Uint8Array))
      return err(invalidParameter('Data', 'expected a Uint8Array or a string'));
    const range = requireVolumeRange(volume, w.offset, data.length);
    if (!range.ok) return range;
    const offset = w.offset as number;
    for (const piece of volumePieces(volume, offset, data.length)) {
      const at = piece.volumeOffset - offset;
      add(piece.diskId, {
        offset: piece.diskOffset,
        data: data.subarray(at, at + piece.length),
      });
    }
    return ok(byDisk);
  }
  if (typeof w.fill !== 'string' || w.fill.length === 0)
    return err(invalidParameter('Fill', 'expected a non-empty name, or give data instead'));
  const range = requireVolumeRange(volume, w.offset, w.length);
  if (!range.ok) return range;
  // A fill's bytes depend on the disk offset only, so one disk range per member is exact.
  for (const piece of volumeDiskRanges(volume, w.offset as number, w.length as number)) {
    add(piece.diskId, { offset: piece.diskOffset, length: piece.length, fill: w.fill });
  }
  return ok(byDisk);
}

/**
 * The guest writes to a volume: the write is cut along the volume's layout and applied to every
 * member disk it reaches, as disk writes (`writeDisk`), all in one transition: either every disk
 * gets its part or nothing changes.
 *
 * @param state - The state.
 * @param request - The write.
 * @returns The next state, or the ECS error (state untouched).
 * @internal
 */
export function writeVolume(
  state: EcsState,
  request: WriteVolumeRequest,
): Result<EcsState, EcsError> {
  const known = requireKnownFields(request, ['volumeId', 'offset', 'data', 'length', 'fill']);
  if (!known.ok) return known;
  const usable = requireUsableVolume(state, request);
  if (!usable.ok) return usable;
  const source = requireOneWriteSource(request);
  if (!source.ok) return source;
  const writes = diskWrites(usable.value.volume, request);
  if (!writes.ok) return writes;
  let next = state;
  for (const [diskId, list] of writes.value) {
    if (list.length === 0) continue;
    const written = writeDisk(next, { diskId, writes: list });
    if (!written.ok) return written;
    next = written.value;
  }
  return ok(next);
}

/**
 * The guest reads a volume byte range, assembled from its member disks.
 *
 * @param state - The state.
 * @param request - The range.
 * @returns The bytes (zeros where nothing was written), or the ECS error.
 * @internal
 */
export function readVolume(
  state: EcsState,
  request: ReadVolumeRequest,
): Result<Uint8Array, EcsError> {
  const known = requireKnownFields(request, ['volumeId', 'offset', 'length']);
  if (!known.ok) return known;
  const usable = requireUsableVolume(state, request);
  if (!usable.ok) return usable;
  const { volume, disks: members } = usable.value;
  const range = requireVolumeRange(volume, request.offset, request.length);
  if (!range.ok) return range;
  if (request.length > MAX_READ)
    return err(invalidParameter('Length', `read at most ${MAX_READ} bytes per call`));
  const disks = new Map<string, Disk>(members.map((d) => [d.diskId, d]));
  const out = new Uint8Array(request.length);
  const { blockSize } = state.world;
  for (const piece of volumePieces(volume, request.offset, request.length)) {
    const disk = disks.get(piece.diskId);
    if (!disk) continue;
    const bytes = readFromBlocks(disk.content, blockSize, piece.diskOffset, piece.length);
    out.set(bytes, piece.volumeOffset - request.offset);
  }
  return ok(out);
}
