import { blockBytes } from '../../blocks/block-content.js';
import { type EcsError, ecsError } from '../../shared/ecs-error.js';
import { readParams } from '../../shared/params.js';
import { err, ok, type Result } from '../../shared/result.js';
import { sha256Base64 } from '../../shared/sha256.js';
import type { EcsState } from '../../state/ecs-state.js';
import { BlockTokens } from './block-tokens.js';
import { requireReadableSnapshot } from './readable-snapshot.js';

/**
 * `ecs.getSnapshotBlock` parameters (modelled on the EBS direct API `GetSnapshotBlock`).
 *
 * @example
 * ```ts
 * const request: GetSnapshotBlockRequest = { snapshotId: 's-bp1c0doj0taqyzzl0001', blockIndex: 7, blockToken: 'q4mH...' };
 * ```
 * @category Block access
 */
export interface GetSnapshotBlockRequest {
  /** The snapshot (required). */
  snapshotId: string;
  /** The block index (required), as listed by `listSnapshotBlocks` or `listChangedBlocks`. */
  blockIndex: number;
  /** The block's token from a listing; when given, it must name the block the snapshot holds. */
  blockToken?: string | undefined;
}

/**
 * `ecs.getSnapshotBlock` result: the block's bytes as they were when the snapshot was taken.
 *
 * @example
 * ```ts
 * const body: GetSnapshotBlockResponseBody = {
 *   blockData: new Uint8Array(4096), dataLength: 4096,
 *   checksum: 'rTmj0Ggc0mCzmSRfWJvqGhcXxsMKKRKd8dF5Tqk8wIc=', checksumAlgorithm: 'SHA256',
 * };
 * ```
 * @category Block access
 */
export interface GetSnapshotBlockResponseBody {
  /** The block's bytes (a new array the caller owns). */
  blockData: Uint8Array;
  /** The number of bytes: the world's `blockSize`. */
  dataLength: number;
  /** The base64 SHA-256 digest of `blockData`. */
  checksum: string;
  /** Always `'SHA256'`. */
  checksumAlgorithm: 'SHA256';
}

interface GetSnapshotBlockInput {
  readonly snapshotId: string;
  readonly blockIndex: number;
  readonly blockToken: string | undefined;
}

function read(request: unknown): Result<GetSnapshotBlockInput, EcsError> {
  return readParams(request, (p) => ({
    snapshotId: p.required('snapshotId', p.string('snapshotId')),
    blockIndex: p.required('blockIndex', p.int('blockIndex', { min: 0 })),
    blockToken: p.string('blockToken'),
  }));
}

function invalid(parameter: string, why: string): EcsError {
  return ecsError('InvalidParameter', `The specified parameter ${parameter} is not valid: ${why}.`);
}

/**
 * Reads one block of a snapshot: the bytes the disk held at that index when the snapshot was
 * taken, with their SHA-256 checksum.
 *
 * @param state - The state.
 * @param request - The caller's request.
 * @returns The block, or the ECS error.
 * @internal
 */
export function getSnapshotBlock(
  state: EcsState,
  request: unknown,
): Result<GetSnapshotBlockResponseBody, EcsError> {
  const input = read(request);
  if (!input.ok) return input;
  const { snapshotId, blockIndex, blockToken } = input.value;
  const snapshot = requireReadableSnapshot(state, snapshotId);
  if (!snapshot.ok) return snapshot;
  const { blockSize } = state.world;
  const blocks = Math.ceil((snapshot.value.sourceDiskSize * 2 ** 30) / blockSize);
  if (blockIndex >= blocks) {
    return err(
      invalid(
        'BlockIndex',
        `block ${blockIndex} is past the end of snapshot ${snapshotId} (${blocks} blocks of ${blockSize} bytes)`,
      ),
    );
  }
  const version = snapshot.value.content.get(blockIndex);
  if (version === undefined) {
    return err(
      invalid(
        'BlockIndex',
        `snapshot ${snapshotId} holds no block ${blockIndex}: it was never written, reads as zeros and is not listed`,
      ),
    );
  }
  if (
    blockToken !== undefined &&
    blockToken !== new BlockTokens(state, snapshot.value).tokenOf(blockIndex, version)
  ) {
    return err(
      invalid(
        'BlockToken',
        `it does not name the block snapshot ${snapshotId} holds at index ${blockIndex} (the token is for another block or version, or the snapshot it named was deleted); list the blocks again`,
      ),
    );
  }
  const blockData = blockBytes(version, blockIndex * blockSize, blockSize);
  return ok({
    blockData,
    dataLength: blockData.length,
    checksum: sha256Base64(blockData),
    checksumAlgorithm: 'SHA256',
  });
}
