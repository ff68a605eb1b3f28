import { type BlockWrite, writeToBlocks } from '../blocks/index.js';
import { putDisk } from '../disks/store.js';
import { type EcsError, ecsError } from '../shared/ecs-error.js';
import { err, ok, type Result } from '../shared/result.js';
import { commit } from '../state/commit.js';
import type { EcsState } from '../state/ecs-state.js';
import { requireGuestDisk, requireRange } from './guest-io.js';

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

function toBlockWrite(
  write: unknown,
  what: string,
  check: (offset: unknown, length: unknown, what: string) => Result<void, EcsError>,
): Result<BlockWrite, EcsError> {
  if (typeof write !== 'object' || write === null)
    return err(
      ecsError(
        'InvalidParameter',
        `The specified parameter ${what || 'write'} is not valid: expected { offset, data } or { offset, length, fill }.`,
      ),
    );
  const w = write as { offset?: unknown; data?: unknown; length?: unknown; fill?: unknown };
  if ('data' in w) {
    const data = typeof w.data === 'string' ? encoder.encode(w.data) : w.data;
    if (!(data instanceof Uint8Array))
      return err(
        ecsError(
          'InvalidParameter',
          `The specified parameter ${what}Data is not valid: expected a Uint8Array or a string.`,
        ),
      );
    const range = check(w.offset, data.length, what);
    return range.ok ? ok({ offset: w.offset as number, data }) : range;
  }
  if (typeof w.fill !== 'string' || w.fill.length === 0)
    return err(
      ecsError(
        'InvalidParameter',
        `The specified parameter ${what}Fill is not valid: expected a non-empty name, or give data instead.`,
      ),
    );
  const range = check(w.offset, w.length, what);
  return range.ok
    ? ok({ offset: w.offset as number, length: w.length as number, fill: w.fill })
    : range;
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
  if (typeof request !== 'object' || request === null)
    return err(ecsError('InvalidParameter', 'The request must be an object of parameters.'));
  if (typeof request.diskId !== 'string' || request.diskId === '')
    return err(
      ecsError(
        'MissingParameter',
        'The input parameter DiskId that is mandatory for processing this request is not supplied.',
      ),
    );
  const disk = requireGuestDisk(state, request.diskId);
  if (!disk.ok) return disk;
  const check = (offset: unknown, length: unknown, what: string) =>
    requireRange(disk.value, offset, length, what);
  const many = 'writes' in request;
  if (many && !Array.isArray(request.writes))
    return err(
      ecsError('InvalidParameter', 'The specified parameter Writes is not valid: expected a list.'),
    );
  const given: readonly unknown[] = many ? request.writes : [request];
  const writes: BlockWrite[] = [];
  for (const [i, write] of given.entries()) {
    const parsed = toBlockWrite(write, many ? `Writes.${i + 1}.` : '', check);
    if (!parsed.ok) return parsed;
    writes.push(parsed.value);
  }
  const content = writeToBlocks(disk.value.content, state.world.blockSize, writes);
  return ok(commit(state, { disks: putDisk(state.disks, { ...disk.value, content }) }));
}
