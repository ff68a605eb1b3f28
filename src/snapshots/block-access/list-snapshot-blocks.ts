import type { EcsError } from '../../shared/ecs-error.js';
import { readParams } from '../../shared/params.js';
import { ok, type Result } from '../../shared/result.js';
import type { EcsState } from '../../state/ecs-state.js';
import { type BlockPaging, pageStart, readBlockPaging, takePage } from './block-paging.js';
import { BlockTokens } from './block-tokens.js';
import { requireReadableSnapshot } from './readable-snapshot.js';

/**
 * `ecs.listSnapshotBlocks` parameters (modelled on the EBS direct API `ListSnapshotBlocks`).
 *
 * @example
 * ```ts
 * const request: ListSnapshotBlocksRequest = { snapshotId: 's-bp1c0doj0taqyzzl0001', maxResults: 100 };
 * ```
 * @category Block access
 */
export interface ListSnapshotBlocksRequest {
  /** The snapshot (required). It must not have failed, and must be usable (`available`). */
  snapshotId: string;
  /** The first block index to list (default 0); ignored when `nextToken` is given. */
  startingBlockIndex?: number | undefined;
  /** Blocks per page, 100-10000 (default 10000). */
  maxResults?: number | undefined;
  /** The `nextToken` of the previous page of the same listing. */
  nextToken?: string | undefined;
}

/**
 * One written block of a snapshot.
 *
 * @example
 * ```ts
 * const block: SnapshotBlock = { blockIndex: 7, blockToken: 'q4mH...' };
 * ```
 * @category Block access
 */
export interface SnapshotBlock {
  /** The block index: byte offset on the disk / `blockSize`. */
  blockIndex: number;
  /** An opaque token naming the block's version; `getSnapshotBlock` accepts it. */
  blockToken: string;
}

/**
 * `ecs.listSnapshotBlocks` result: one page of the snapshot's written blocks.
 *
 * @example
 * ```ts
 * const body: ListSnapshotBlocksResponseBody = {
 *   snapshotId: 's-bp1c0doj0taqyzzl0001', blockSize: 524288, volumeSize: 40,
 *   blocks: [{ blockIndex: 0, blockToken: 'q4mH...' }],
 * };
 * ```
 * @category Block access
 */
export interface ListSnapshotBlocksResponseBody {
  /** The snapshot. */
  snapshotId: string;
  /** Bytes per block (the world's `blockSize`). */
  blockSize: number;
  /** The source disk's size in GiB when the snapshot was taken. */
  volumeSize: number;
  /** Written blocks in ascending index order, inherited ones included. */
  blocks: SnapshotBlock[];
  /** Continues the listing; absent on the last page. */
  nextToken?: string;
}

interface ListSnapshotBlocksInput extends BlockPaging {
  readonly snapshotId: string;
}

function read(request: unknown): Result<ListSnapshotBlocksInput, EcsError> {
  return readParams(request, (p) => ({
    snapshotId: p.required('snapshotId', p.string('snapshotId')),
    ...readBlockPaging(p),
  }));
}

/**
 * Lists every written block of a snapshot's full logical view (blocks it inherits from earlier
 * snapshots included), in ascending order, one page at a time. Never-written blocks are not
 * listed: they read as zeros.
 *
 * @param state - The state.
 * @param request - The caller's request.
 * @returns The page, or the ECS error.
 * @internal
 */
export function listSnapshotBlocks(
  state: EcsState,
  request: unknown,
): Result<ListSnapshotBlocksResponseBody, EcsError> {
  const input = read(request);
  if (!input.ok) return input;
  const snapshot = requireReadableSnapshot(state, input.value.snapshotId);
  if (!snapshot.ok) return snapshot;
  const listing = `blocks:${snapshot.value.snapshotId}`;
  const start = pageStart(input.value, listing);
  if (!start.ok) return start;
  const { page, nextToken } = takePage(
    snapshot.value.content.entries(start.value),
    ([index]) => index,
    input.value,
    listing,
  );
  const tokens = new BlockTokens(state, snapshot.value);
  return ok({
    snapshotId: snapshot.value.snapshotId,
    blockSize: state.world.blockSize,
    volumeSize: snapshot.value.sourceDiskSize,
    blocks: page.map(([blockIndex, version]) => ({
      blockIndex,
      blockToken: tokens.tokenOf(blockIndex, version),
    })),
    ...(nextToken === undefined ? {} : { nextToken }),
  });
}
