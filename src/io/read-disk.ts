import { readFromBlocks } from '../blocks/index.js';
import { type EcsError, ecsError } from '../shared/ecs-error.js';
import { err, ok, type Result } from '../shared/result.js';
import type { EcsState } from '../state/ecs-state.js';
import { requireGuestRequest, requireRange } from './guest-io.js';
import { MAX_READ, requireKnownFields } from './request-fields.js';

/**
 * `ecs.readDisk` parameters.
 *
 * @example
 * ```ts
 * const request: ReadDiskRequest = { diskId: 'd-bp1s5fnvk4gn2tws0001', offset: 0, length: 5 };
 * ```
 * @category Simulation
 */
export interface ReadDiskRequest {
  /** The disk; it must be `In_use` on a `Running` instance. */
  diskId: string;
  /** First byte. */
  offset: number;
  /** Number of bytes (at most 256 MiB per call). */
  length: number;
}

const READ_FIELDS = ['diskId', 'offset', 'length'] as const;

/**
 * The guest reads a byte range: never-written bytes are zeros, synthetic content gives its
 * deterministic bytes.
 *
 * @param state - The state.
 * @param request - The range.
 * @returns The bytes, or the ECS error.
 * @internal
 */
export function readDisk(state: EcsState, request: ReadDiskRequest): Result<Uint8Array, EcsError> {
  const known = requireKnownFields(request, READ_FIELDS);
  if (!known.ok) return known;
  const disk = requireGuestRequest(state, request);
  if (!disk.ok) return disk;
  const range = requireRange(disk.value, request.offset, request.length);
  if (!range.ok) return range;
  if (request.length > MAX_READ)
    return err(
      ecsError(
        'InvalidParameter',
        `The specified parameter Length is not valid: read at most ${MAX_READ} bytes per call.`,
      ),
    );
  return ok(
    readFromBlocks(disk.value.content, state.world.blockSize, request.offset, request.length),
  );
}
