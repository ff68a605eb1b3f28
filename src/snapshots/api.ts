import type { Engine, WithRequestId } from '../facade/engine.js';
import type { EmptyResponseBody } from '../instances/api.js';
import { createSnapshotOp } from './create-snapshot.js';
import type {
  CreateSnapshotRequest,
  CreateSnapshotResponseBody,
} from './create-snapshot-request.js';
import { type DeleteSnapshotRequest, deleteSnapshotOp } from './delete-snapshot.js';

/**
 * The ECS snapshot operations of the facade.
 *
 * @example
 * ```ts
 * const { snapshotId } = ecs.createSnapshot({ diskId, snapshotName: 'before-upgrade' });
 * ecs.clock.settle(); // progressing -> accomplished
 * ```
 * @category Snapshots
 */
export interface SnapshotApi {
  /**
   * Takes a snapshot of a disk. It holds the disk as it is now (later writes never reach it),
   * starts `progressing` at `0%` and is `accomplished` after start-up + bytes to copy / throughput:
   * a first snapshot copies every written block, later ones only blocks written since.
   *
   * @param request - The SDK's `CreateSnapshotRequest` fields.
   * @returns `{ requestId, snapshotId }`.
   * @throws EcsError `MissingParameter`, `InvalidDiskId.NotFound`, `InvalidSnapshotName.Malformed`,
   *   `InvalidDescription.Malformed`, `InvalidRetentionDays.Malformed`, tag errors,
   *   `IncorrectDiskStatus`, `IncorrectDiskStatus.NeverAttached`, `IncorrectDiskStatus.CreatingSnapshot`,
   *   `IncorrectInstanceStatus`, `QuotaExceed.Snapshot`, `IdempotentParameterMismatch`, `DryRunOperation`.
   * @example
   * ```ts
   * ecs.createSnapshot({ diskId, snapshotName: 'nightly', retentionDays: 7 }).snapshotId; //=> 's-bp...'
   * ```
   */
  createSnapshot(request: CreateSnapshotRequest): WithRequestId<CreateSnapshotResponseBody>;
  /**
   * Deletes a snapshot (a progressing one is cancelled). Only the block versions no other snapshot
   * holds are freed.
   *
   * @param request - `{ snapshotId, force? }`.
   * @returns `{ requestId }`.
   * @throws EcsError `MissingParameter`, `InvalidSnapshotId.NotFound`, `SnapshotCreatedImage`,
   *   `SnapshotCreatedDisk`.
   * @example
   * ```ts
   * ecs.deleteSnapshot({ snapshotId });
   * ```
   */
  deleteSnapshot(request: DeleteSnapshotRequest): EmptyResponseBody;
}

/**
 * Binds the snapshot operations to an engine.
 *
 * @param engine - The engine.
 * @returns The methods.
 * @internal
 */
export function snapshotApi(engine: Engine): SnapshotApi {
  return {
    createSnapshot: (request) => engine.call(createSnapshotOp, request),
    deleteSnapshot: (request) => engine.call(deleteSnapshotOp, request),
  };
}
