import type { BlockMap, BlockVersion } from '../blocks/index.js';
import { type EcsError, ecsError } from '../shared/ecs-error.js';
import { err, ok, type Result } from '../shared/result.js';
import { snapshotNotFound } from '../snapshots/errors.js';
import { findSnapshot } from '../snapshots/store.js';
import type { Snapshot } from '../snapshots/types.js';
import type { EcsState } from '../state/ecs-state.js';
import type { WorldConfig } from '../world/config.js';

/**
 * Finds the snapshot a new disk is to be made from: it must exist in the disk's region
 * (`InvalidSnapshotId.NotFound` otherwise, as a lookup in another region finds nothing) and be
 * usable (`InvalidSnapshotId.NotReady`): accomplished, or an ESSD-series snapshot still in
 * progress, which is available at once.
 *
 * @param state - The state.
 * @param snapshotId - The snapshot asked for.
 * @param regionId - The new disk's region.
 * @returns The snapshot, or the ECS error.
 * @example
 * ```ts
 * requireSourceSnapshot(state, 's-bp1c0doj0taqyzzl0001', 'cn-hangzhou'); //=> { ok: true, value: snapshot }
 * ```
 * @internal
 */
export function requireSourceSnapshot(
  state: EcsState,
  snapshotId: string,
  regionId: string,
): Result<Snapshot, EcsError> {
  const snapshot = findSnapshot(state, snapshotId);
  if (!snapshot || snapshot.regionId !== regionId) return err(snapshotNotFound(snapshotId));
  if (!snapshot.available || snapshot.status === 'failed') {
    return err(
      ecsError(
        'InvalidSnapshotId.NotReady',
        `The specified snapshot ${snapshotId} has not completed yet.`,
      ),
    );
  }
  return ok(snapshot);
}

/**
 * The size of a disk made from a snapshot: the snapshot's source disk size unless a larger one is
 * asked for; asking for a smaller one fails with `InvalidDiskSize.TooSmall`.
 *
 * @param snapshot - The snapshot.
 * @param requested - The size asked for, GiB, if any.
 * @returns The size in GiB, or the error.
 * @example
 * ```ts
 * sizeFromSnapshot(snapshotOf40GiB, undefined); //=> { ok: true, value: 40 }
 * sizeFromSnapshot(snapshotOf40GiB, 100); //=> { ok: true, value: 100 }
 * ```
 * @internal
 */
export function sizeFromSnapshot(
  snapshot: Snapshot,
  requested: number | undefined,
): Result<number, EcsError<'InvalidDiskSize.TooSmall'>> {
  if (requested === undefined) return ok(snapshot.sourceDiskSize);
  if (requested < snapshot.sourceDiskSize) {
    return err(
      ecsError(
        'InvalidDiskSize.TooSmall',
        `Specified disk size ${requested} GiB is less than the size of snapshot ${snapshot.snapshotId} (${snapshot.sourceDiskSize} GiB).`,
      ),
    );
  }
  return ok(requested);
}

/**
 * What a disk made from a snapshot starts with.
 *
 * @internal
 */
export interface SnapshotDiskFields {
  /** The snapshot's block map, shared by reference (O(1)). */
  readonly content: BlockMap<BlockVersion>;
  /** The snapshot, kept on the disk for life. */
  readonly sourceSnapshotId: string;
  /** Until when the disk loads the snapshot's data lazily, epoch ms; `null` for nothing to load. */
  readonly lazyLoadedUntilMs: number | null;
}

/**
 * The content, source and lazy-loading deadline of a disk made from a snapshot: it shares the
 * snapshot's block map (O(1) in the disk's size, the disk's own writes then diverge from it) and
 * loads the snapshot's written bytes at `timings.lazyLoadThroughput` from its creation.
 *
 * @param snapshot - The snapshot.
 * @param nowMs - The disk's creation time, epoch ms.
 * @param world - The world (block size, timings).
 * @returns The fields to give `newDisk`.
 * @example
 * ```ts
 * newDisk({ ...spec, ...snapshotDiskFields(snapshot, ctx.nowMs, state.world) });
 * ```
 * @internal
 */
export function snapshotDiskFields(
  snapshot: Snapshot,
  nowMs: number,
  world: WorldConfig,
): SnapshotDiskFields {
  const bytes = snapshot.content.size * world.blockSize;
  const loadMs = Math.round((bytes / world.timings.lazyLoadThroughput) * 1000);
  return {
    content: snapshot.content,
    sourceSnapshotId: snapshot.snapshotId,
    lazyLoadedUntilMs: loadMs > 0 ? nowMs + loadMs : null,
  };
}

/**
 * The size to validate, and what the disk takes from its snapshot when it has one.
 *
 * @internal
 */
export interface DiskSource {
  /** The size to validate against the category's range, GiB. */
  readonly size: number | undefined;
  /** What `newDisk` takes from the snapshot (nothing without one). */
  readonly fields: SnapshotDiskFields | Record<never, never>;
}

/**
 * Resolves what a `CreateDisk` request builds on: its own size, or a snapshot and the size that
 * follows from it; neither gives `MissingParameter` with ECS's message.
 *
 * @param state - The state.
 * @param request - The request's region, snapshot and size.
 * @param nowMs - The creation time, epoch ms.
 * @returns The size and snapshot fields, or the ECS error.
 * @example
 * ```ts
 * resolveDiskSource(state, { regionId: 'cn-hangzhou', snapshotId: undefined, size: 40 }, nowMs);
 * //=> { ok: true, value: { size: 40, fields: {} } }
 * ```
 * @internal
 */
export function resolveDiskSource(
  state: EcsState,
  request: {
    readonly regionId: string;
    readonly snapshotId: string | undefined;
    readonly size: number | undefined;
  },
  nowMs: number,
): Result<DiskSource, EcsError> {
  if (request.snapshotId === undefined || request.snapshotId === '') {
    if (request.size === undefined)
      return err(
        ecsError(
          'MissingParameter',
          'The input parameter either "SnapshotId" or "Size" should be specified.',
        ),
      );
    return ok({ size: request.size, fields: {} });
  }
  const snapshot = requireSourceSnapshot(state, request.snapshotId, request.regionId);
  if (!snapshot.ok) return snapshot;
  const size = sizeFromSnapshot(snapshot.value, request.size);
  if (!size.ok) return size;
  return ok({ size: size.value, fields: snapshotDiskFields(snapshot.value, nowMs, state.world) });
}
