import { type BlockWrite, writeToBlocks } from '../blocks/index.js';
import type { Disk } from '../disks/types.js';
import { type EcsError, ecsError } from '../shared/ecs-error.js';
import { entityReplaceUnindexed } from '../shared/entity-table.js';
import { err, ok, type Result } from '../shared/result.js';
import { commit } from '../state/commit.js';
import type { EcsState } from '../state/ecs-state.js';
import { requireGuestRequest, requireRange, writeLabel } from './guest-io.js';
import { requireKnownFields, requireOneWriteSource } from './request-fields.js';

/**
 * One guest write: real bytes (a `Uint8Array`, or a string written as UTF-8), or synthetic
 * content named by `fill` that is never allocated (so a test can write 100 GiB).
 *
 * @example
 * ```ts
 * const a: DiskWrite = { offset: 0, data: 'hello' };
 * const b: DiskWrite = { offset: 1 << 20, length: 10 * 2 ** 30, fill: 'database' };
 * ```
 * @category Simulation
 */
export type DiskWrite =
  | {
      /** First byte, from the start of the disk. */
      offset: number;
      /** The bytes; a string is written as UTF-8. */
      data: Uint8Array | string;
    }
  | {
      /** First byte, from the start of the disk. */
      offset: number;
      /** Number of bytes. */
      length: number;
      /** The name of the synthetic content: same name and offset, same bytes. */
      fill: string;
    };

/**
 * `ecs.writeDisk` parameters: one write, or many applied in order as one transition.
 *
 * @example
 * ```ts
 * const request: WriteDiskRequest = { diskId: 'd-bp1s5fnvk4gn2tws0001', offset: 0, data: 'hello' };
 * ```
 * @category Simulation
 */
export type WriteDiskRequest = {
  /** The disk; it must be `In_use` on a `Running` instance. */
  diskId: string;
} & (
  | DiskWrite
  | {
      /** Writes applied in order, as one transition. */
      writes: readonly DiskWrite[];
    }
);

const encoder = new TextEncoder();
const WRITE_FIELDS = ['offset', 'data', 'length', 'fill'] as const;
const SINGLE_WRITE_FIELDS = ['diskId', ...WRITE_FIELDS] as const;
const BATCH_FIELDS = ['diskId', 'writes'] as const;

function invalidWrite(index: number | undefined, field: string, why: string): EcsError {
  return ecsError(
    'InvalidParameter',
    `The specified parameter ${writeLabel(index)}${field} is not valid: ${why}.`,
  );
}

/** Only the fields a write reads (a single write is the request itself), one source of content. */
function requireWriteFields(write: object, index: number | undefined): Result<void, EcsError> {
  const prefix = writeLabel(index);
  const fields = index === undefined ? SINGLE_WRITE_FIELDS : WRITE_FIELDS;
  const known = requireKnownFields(write, fields, prefix);
  return known.ok ? requireOneWriteSource(write, prefix) : known;
}

/** Checks one write; passes the caller's object through unless a string must be encoded. */
function toBlockWrite(
  write: unknown,
  index: number | undefined,
  disk: Disk,
): Result<BlockWrite, EcsError> {
  if (typeof write !== 'object' || write === null) {
    return err(
      invalidWrite(index, 'Write', 'expected { offset, data } or { offset, length, fill }'),
    );
  }
  const fields = requireWriteFields(write, index);
  if (!fields.ok) return fields;
  const w = write as { offset?: unknown; data?: unknown; length?: unknown; fill?: unknown };
  if ('data' in w) {
    const data = typeof w.data === 'string' ? encoder.encode(w.data) : w.data;
    if (!(data instanceof Uint8Array))
      return err(invalidWrite(index, 'Data', 'expected a Uint8Array or a string'));
    const range = requireRange(disk, w.offset, data.length, index);
    if (!range.ok) return range;
    return ok(data === w.data ? (w as BlockWrite) : { offset: w.offset as number, data });
  }
  if (typeof w.fill !== 'string' || w.fill.length === 0) {
    return err(invalidWrite(index, 'Fill', 'expected a non-empty name, or give data instead'));
  }
  const range = requireRange(disk, w.offset, w.length, index);
  return range.ok ? ok(w as BlockWrite) : range;
}

/**
 * The guest writes to a disk: validates every write first, then applies them all in one
 * transition (a write copies O(log n) block-map nodes, never the disk).
 *
 * @param state - The state.
 * @param request - The write(s).
 * @returns The next state, or the ECS error (state untouched).
 * @internal
 */
export function writeDisk(state: EcsState, request: WriteDiskRequest): Result<EcsState, EcsError> {
  const disk = requireGuestRequest(state, request);
  if (!disk.ok) return disk;
  const many = 'writes' in request;
  // A single write's fields are checked with its content; a batch has only its disk and list.
  if (many) {
    const known = requireKnownFields(request, BATCH_FIELDS);
    if (!known.ok) return known;
  }
  if (many && !Array.isArray(request.writes))
    return err(
      ecsError('InvalidParameter', 'The specified parameter Writes is not valid: expected a list.'),
    );
  const given: readonly unknown[] = many ? request.writes : [request];
  const writes: BlockWrite[] = [];
  for (const [i, write] of given.entries()) {
    const parsed = toBlockWrite(write, many ? i : undefined, disk.value);
    if (!parsed.ok) return parsed;
    writes.push(parsed.value);
  }
  const content = writeToBlocks(disk.value.content, state.world.blockSize, writes);
  // Only the content changes, and content is not indexed.
  const contentChanges = disk.value.contentChanges + 1;
  const disks = entityReplaceUnindexed(state.disks, disk.value.diskId, {
    ...disk.value,
    content,
    contentChanges,
  });
  return ok(commit(state, { disks }));
}
