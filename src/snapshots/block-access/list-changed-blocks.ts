import type { BlockMapChange, BlockVersion } from '../../blocks/index.js';
import { type EcsError, ecsError } from '../../shared/ecs-error.js';
import { readParams } from '../../shared/params.js';
import { err, ok, type Result } from '../../shared/result.js';
import type { EcsState } from '../../state/ecs-state.js';
import type { Snapshot } from '../types.js';
import { type BlockPaging, pageStart, readBlockPaging, takePage } from './block-paging.js';
import { BlockTokens } from './block-tokens.js';
import { diffFrom } from './diff-from.js';
import { requireReadableSnapshot } from './readable-snapshot.js';

/**
 * `ecs.listChangedBlocks` parameters (modelled on the EBS direct API `ListChangedBlocks`).
 *
 * @example
 * ```ts
 * const request: ListChangedBlocksRequest = {
 *   firstSnapshotId: 's-bp1c0doj0taqyzzl0001',
 *   secondSnapshotId: 's-bp1c0doj0taqyzzl0003',
 * };
 * ```
 * @category Block access
 */
export interface ListChangedBlocksRequest {
  /** The snapshot to compare from; without it, every written block of the second is listed. */
  firstSnapshotId?: string | undefined;
  /** The snapshot to compare to (required), of the same disk's lineage as the first. */
  secondSnapshotId: string;
  /** The first block index to list (default 0); ignored when `nextToken` is given. */
  startingBlockIndex?: number | undefined;
  /** Blocks per page, 100-10000 (default 10000). */
  maxResults?: number | undefined;
  /** The `nextToken` of the previous page of the same comparison. */
  nextToken?: string | undefined;
}

/**
 * One block whose version differs between the two snapshots.
 *
 * @example
 * ```ts
 * const block: ChangedBlock = { blockIndex: 12, firstBlockToken: 'Zx0...', secondBlockToken: 'Yq2...' };
 * ```
 * @category Block access
 */
export interface ChangedBlock {
  /** The block index. */
  blockIndex: number;
  /** The block's token in the first snapshot; absent when the first does not hold the block. */
  firstBlockToken?: string;
  /** The block's token in the second snapshot; absent when the second does not hold the block. */
  secondBlockToken?: string;
}

/**
 * `ecs.listChangedBlocks` result: one page of changed blocks.
 *
 * @example
 * ```ts
 * const body: ListChangedBlocksResponseBody = {
 *   blockSize: 524288, volumeSize: 40,
 *   changedBlocks: [{ blockIndex: 12, secondBlockToken: 'Yq2...' }],
 * };
 * ```
 * @category Block access
 */
export interface ListChangedBlocksResponseBody {
  /** Bytes per block (the world's `blockSize`). */
  blockSize: number;
  /** The second snapshot's source disk size in GiB. */
  volumeSize: number;
  /** Changed blocks in ascending index order. */
  changedBlocks: ChangedBlock[];
  /** Continues the comparison; absent on the last page. */
  nextToken?: string;
}

interface ListChangedBlocksInput extends BlockPaging {
  readonly firstSnapshotId: string | undefined;
  readonly secondSnapshotId: string;
}

function read(request: unknown): Result<ListChangedBlocksInput, EcsError> {
  return readParams(request, (p) => {
    const first = p.string('firstSnapshotId');
    return {
      firstSnapshotId: first === '' ? undefined : first,
      secondSnapshotId: p.required('secondSnapshotId', p.string('secondSnapshotId')),
      ...readBlockPaging(p),
    };
  });
}

/** Two snapshots compare when they are of one disk's lineage (its snapshot chain). */
function requireRelated(first: Snapshot, second: Snapshot): Result<void, EcsError> {
  if (first.sourceDiskId === second.sourceDiskId && first.snapshotLinkId === second.snapshotLinkId)
    return ok(undefined);
  return err(
    ecsError(
      'UnrelatedSnapshots',
      `The specified snapshots are not of one disk lineage and cannot be compared: ${first.snapshotId} is of disk ${first.sourceDiskId}, ${second.snapshotId} of disk ${second.sourceDiskId}.`,
    ),
  );
}

/** Every written block of one snapshot, as changes from nothing. */
function* allBlocks(snapshot: Snapshot, from: number): Generator<BlockMapChange<BlockVersion>> {
  for (const [index, after] of snapshot.content.entries(from))
    yield { index, before: undefined, after };
}

function changedBlock(
  change: BlockMapChange<BlockVersion>,
  firstTokens: BlockTokens | undefined,
  secondTokens: BlockTokens,
): ChangedBlock {
  const { index, before, after } = change;
  const block: ChangedBlock = { blockIndex: index };
  if (firstTokens && before !== undefined)
    block.firstBlockToken = firstTokens.tokenOf(index, before);
  if (after !== undefined) block.secondBlockToken = secondTokens.tokenOf(index, after);
  return block;
}

/**
 * Lists the blocks whose version differs between two snapshots of one disk's lineage: changed
 * blocks, blocks only the second holds and blocks only the first holds. Shared subtrees of the
 * two block maps are skipped, so the cost grows with the changed blocks, not the disk size.
 *
 * @param state - The state.
 * @param request - The caller's request.
 * @returns The page, or the ECS error.
 * @internal
 */
export function listChangedBlocks(
  state: EcsState,
  request: unknown,
): Result<ListChangedBlocksResponseBody, EcsError> {
  const input = read(request);
  if (!input.ok) return input;
  const { firstSnapshotId, secondSnapshotId } = input.value;
  const second = requireReadableSnapshot(state, secondSnapshotId, 'SecondSnapshotId');
  if (!second.ok) return second;
  let first: Snapshot | undefined;
  if (firstSnapshotId !== undefined) {
    const found = requireReadableSnapshot(state, firstSnapshotId, 'FirstSnapshotId');
    if (!found.ok) return found;
    const related = requireRelated(found.value, second.value);
    if (!related.ok) return related;
    first = found.value;
  }
  const listing = `changed:${first?.snapshotId ?? ''}:${second.value.snapshotId}`;
  const start = pageStart(input.value, listing);
  if (!start.ok) return start;
  const changes = first
    ? diffFrom(first.content, second.value.content, start.value)
    : allBlocks(second.value, start.value);
  const { page, nextToken } = takePage(changes, (c) => c.index, input.value, listing);
  const firstTokens = first ? new BlockTokens(state, first) : undefined;
  const secondTokens = new BlockTokens(state, second.value);
  return ok({
    blockSize: state.world.blockSize,
    volumeSize: second.value.sourceDiskSize,
    changedBlocks: page.map((change) => changedBlock(change, firstTokens, secondTokens)),
    ...(nextToken === undefined ? {} : { nextToken }),
  });
}
