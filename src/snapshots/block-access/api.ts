import type { SimulationOperation } from '../../operations/operation.js';
import { answer } from '../../operations/simulation-answer.js';
import {
  type GetSnapshotBlockRequest,
  type GetSnapshotBlockResponseBody,
  getSnapshotBlock,
} from './get-snapshot-block.js';
import {
  type ListChangedBlocksRequest,
  type ListChangedBlocksResponseBody,
  listChangedBlocks,
} from './list-changed-blocks.js';
import {
  type ListSnapshotBlocksRequest,
  type ListSnapshotBlocksResponseBody,
  listSnapshotBlocks,
} from './list-snapshot-blocks.js';

/**
 * Block-level access to snapshots: what real ECS does not offer, modelled on the AWS EBS direct
 * APIs (and done right: inherited blocks are listed, blocks only in the second snapshot count as
 * changed, tokens are checked). A backup tool can list a snapshot's blocks, find what changed
 * since the last backup, and read the bytes.
 *
 * @example
 * ```ts
 * const changed = ecs.listChangedBlocks({ firstSnapshotId: monday, secondSnapshotId: tuesday });
 * for (const { blockIndex, secondBlockToken } of changed.changedBlocks) {
 *   if (secondBlockToken) ecs.getSnapshotBlock({ snapshotId: tuesday, blockIndex, blockToken: secondBlockToken });
 * }
 * ```
 * @category Block access
 */
export interface BlockAccessApi {
  /**
   * Lists the written blocks of a snapshot's full logical view (blocks inherited from earlier
   * snapshots included) in ascending order, one page at a time.
   *
   * @param request - The snapshot and paging (`startingBlockIndex`, `maxResults` 100-10000,
   *   `nextToken`, which wins over `startingBlockIndex`).
   * @returns `{ snapshotId, blockSize, volumeSize, blocks: [{ blockIndex, blockToken }], nextToken? }`.
   * @throws EcsError `MissingParameter`, `InvalidParameter`, `UnsupportedParameter`,
   *   `InvalidSnapshotId.NotFound`, `InvalidSnapshotId.NotReady` (failed, or still progressing
   *   and not yet available).
   * @example
   * ```ts
   * const { blocks, nextToken } = ecs.listSnapshotBlocks({ snapshotId, maxResults: 1000 });
   * blocks[0]; //=> { blockIndex: 0, blockToken: 'q4mH...' }
   * ```
   */
  listSnapshotBlocks(request: ListSnapshotBlocksRequest): ListSnapshotBlocksResponseBody;
  /**
   * Lists the blocks whose version differs between two snapshots of one disk's lineage
   * (including blocks only one of them holds), or every written block of the second snapshot
   * when no first is given. The cost grows with the changed blocks, not the disk size.
   *
   * @param request - The two snapshots and paging.
   * @returns `{ blockSize, volumeSize, changedBlocks: [{ blockIndex, firstBlockToken?, secondBlockToken? }], nextToken? }`.
   * @throws EcsError `MissingParameter`, `InvalidParameter`, `UnsupportedParameter`,
   *   `InvalidSnapshotId.NotFound`, `InvalidSnapshotId.NotReady`, `UnrelatedSnapshots`.
   * @example
   * ```ts
   * ecs.listChangedBlocks({ firstSnapshotId: s1, secondSnapshotId: s2 }).changedBlocks;
   * //=> [{ blockIndex: 3, firstBlockToken: 'Zx0...', secondBlockToken: 'Yq2...' }]
   * ```
   */
  listChangedBlocks(request: ListChangedBlocksRequest): ListChangedBlocksResponseBody;
  /**
   * Reads one block of a snapshot: the bytes the disk held there when the snapshot was taken.
   *
   * @param request - The snapshot, the block index and (optionally) its token.
   * @returns `{ blockData, dataLength, checksum, checksumAlgorithm: 'SHA256' }`.
   * @throws EcsError `MissingParameter`, `InvalidParameter` (an index the snapshot does not hold,
   *   or a token that does not name its block), `UnsupportedParameter`,
   *   `InvalidSnapshotId.NotFound`, `InvalidSnapshotId.NotReady`.
   * @example
   * ```ts
   * const { blockData, checksum } = ecs.getSnapshotBlock({ snapshotId, blockIndex: 0, blockToken });
   * blockData.length; //=> 524288
   * ```
   */
  getSnapshotBlock(request: GetSnapshotBlockRequest): GetSnapshotBlockResponseBody;
}

/**
 * `ecs.listSnapshotBlocks`, as the engine runs it.
 *
 * @internal
 */
export const listSnapshotBlocksSimulation: SimulationOperation<
  ListSnapshotBlocksRequest,
  ListSnapshotBlocksResponseBody
> = {
  action: 'ListSnapshotBlocks',
  run: (state, request) => answer(state, listSnapshotBlocks(state, request)),
};

/**
 * `ecs.listChangedBlocks`, as the engine runs it.
 *
 * @internal
 */
export const listChangedBlocksSimulation: SimulationOperation<
  ListChangedBlocksRequest,
  ListChangedBlocksResponseBody
> = {
  action: 'ListChangedBlocks',
  run: (state, request) => answer(state, listChangedBlocks(state, request)),
};

/**
 * `ecs.getSnapshotBlock`, as the engine runs it.
 *
 * @internal
 */
export const getSnapshotBlockSimulation: SimulationOperation<
  GetSnapshotBlockRequest,
  GetSnapshotBlockResponseBody
> = {
  action: 'GetSnapshotBlock',
  run: (state, request) => answer(state, getSnapshotBlock(state, request)),
};
