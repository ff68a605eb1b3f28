import type { Operation } from '../operations/operation.js';
import { type EcsError, ecsError } from '../shared/ecs-error.js';
import { entityGet, entityPut } from '../shared/entity-table.js';
import { IdAllocator } from '../shared/ids.js';
import { err, ok, type Result } from '../shared/result.js';
import { type TagInput, validateTags } from '../shared/tags.js';
import { commit } from '../state/commit.js';
import type { Transition, TransitionContext } from '../state/context.js';
import type { EcsState } from '../state/ecs-state.js';
import { requireRegion } from '../world/regions.js';
import {
  type CopySnapshotInput,
  type CopySnapshotResponseBody,
  readCopySnapshot,
} from './copy-snapshot-request.js';
import { snapshotNotFound } from './errors.js';
import { joinLineage } from './lineage.js';
import { validateSnapshotFields } from './snapshot-fields.js';
import { scheduleSnapshot, snapshotCopyMs } from './snapshot-schedule.js';
import { findSnapshot, linkIndexKeys } from './store.js';
import type { Snapshot, SnapshotId, SnapshotLink } from './types.js';

/** The checks before a copy: regions, the copy's fields, and an accomplished source. */
function validate(
  state: EcsState,
  input: CopySnapshotInput,
): Result<{ source: Snapshot; tags: Snapshot['tags'] }, EcsError> {
  const region = requireRegion(state.world, input.regionId);
  if (!region.ok) return region;
  if (input.destinationRegionId === input.regionId)
    return err(
      ecsError(
        'InvalidOperation.NotSupportCopyInSameRegion',
        `Copying snapshot in the same region ${input.regionId} is not supported. Please specify a different DestinationRegionId and try again.`,
      ),
    );
  const destination = requireRegion(state.world, input.destinationRegionId);
  if (!destination.ok) return destination;
  const fields = validateSnapshotFields({
    snapshotName: input.destinationSnapshotName,
    description: input.destinationSnapshotDescription,
    retentionDays: input.retentionDays,
  });
  if (!fields.ok) return fields;
  const tags = validateTags(input.tag as TagInput[] | undefined);
  if (!tags.ok) return tags;
  const source = findSnapshot(state, input.snapshotId);
  if (!source || source.regionId !== input.regionId) return err(snapshotNotFound(input.snapshotId));
  if (source.status !== 'accomplished')
    return err(
      ecsError(
        'InvalidSnapshotId.NotReady',
        `The specified snapshot ${source.snapshotId} has not completed yet: only accomplished snapshots can be copied.`,
      ),
    );
  return ok({ source, tags: tags.value });
}

/** The copy's own chain in the destination region, keyed to the original disk. */
function copyChain(state: EcsState, source: Snapshot, linkId: string, regionId: string) {
  const sourceLink = entityGet(state.snapshotLinks, source.snapshotLinkId);
  const link: SnapshotLink = {
    seq: state.snapshotLinks.nextSeq,
    snapshotLinkId: linkId,
    regionId,
    sourceDiskId: source.sourceDiskId,
    sourceDiskName: sourceLink?.sourceDiskName ?? '',
    sourceDiskSize: source.sourceDiskSize,
    sourceDiskType: source.sourceDiskType,
    category: source.sourceDiskCategory,
    instanceId: null,
    totalCount: 0,
    totalBlocks: 0,
  };
  return entityPut(state.snapshotLinks, linkId, link, linkIndexKeys);
}

function run(
  state: EcsState,
  input: CopySnapshotInput,
  ctx: TransitionContext,
): Result<Transition<CopySnapshotResponseBody>, EcsError> {
  const checked = validate(state, input);
  if (!checked.ok) return checked;
  const { source, tags } = checked.value;
  const { timings, blockSize } = state.world;
  const regionId = input.destinationRegionId;
  const ids = new IdAllocator(state.ids);
  const snapshotId = ids.next('s-', regionId) as SnapshotId;
  const linkId = ids.next('sl-', regionId);
  // A full copy: every written block crosses regions, whatever the source's own share was.
  const copiedBytes = source.content.size * blockSize;
  const durationMs = snapshotCopyMs(timings, copiedBytes, timings.snapshotCopyThroughput);
  const schedule = scheduleSnapshot(
    state.tasks,
    snapshotId,
    ctx.nowMs,
    durationMs,
    input.retentionDays ?? null,
  );
  const copy: Snapshot = {
    seq: state.snapshots.nextSeq,
    snapshotId,
    regionId,
    snapshotName: input.destinationSnapshotName,
    description: input.destinationSnapshotDescription,
    snapshotType: 'user',
    status: 'progressing',
    sourceDiskId: source.sourceDiskId,
    sourceDiskSize: source.sourceDiskSize,
    sourceDiskType: source.sourceDiskType,
    sourceDiskCategory: source.sourceDiskCategory,
    sourceInstanceId: null,
    snapshotLinkId: linkId,
    creationTime: ctx.now,
    lastModifiedTime: ctx.now,
    startedMs: ctx.nowMs,
    completesMs: ctx.nowMs + durationMs,
    completionTask: schedule.completionTask,
    copiedBytes,
    retentionDays: input.retentionDays ?? null,
    expiryTask: schedule.expiryTask,
    tags,
    usage: 'none',
    available: false,
    // The root of its own chain: it holds every block of the original by itself.
    lineageParentId: null,
    ownBlocks: source.content.size,
    content: source.content,
    sourceRegionId: source.regionId,
    sourceSnapshotId: source.snapshotId,
    // A copy is a snapshot of its own, in no snapshot-consistent group.
    snapshotGroupId: null,
    // A copy lives in another region: it cannot roll the volume's disk back.
    volumeCapture: null,
  };
  const withChain: EcsState = {
    ...state,
    snapshotLinks: copyChain(state, source, linkId, regionId),
  };
  const joined = joinLineage(withChain, copy);
  const next = commit(state, {
    ids: ids.position(),
    snapshots: joined.snapshots,
    snapshotLinks: joined.snapshotLinks,
    snapshotUsage: joined.snapshotUsage,
    capacityHistory: joined.capacityHistory,
    tasks: schedule.tasks,
  });
  return ok({ state: next, response: { snapshotId } });
}

/**
 * `CopySnapshot`: copies an accomplished snapshot to another region. The copy is a new snapshot
 * there, `progressing` for start-up + the original's written bytes / `snapshotCopyThroughput`,
 * a full copy at the root of its own chain, with `sourceRegionId` / `sourceSnapshotId` set.
 *
 * @internal
 */
export const copySnapshotOp: Operation<CopySnapshotInput, CopySnapshotResponseBody> = {
  action: 'CopySnapshot',
  read: readCopySnapshot,
  run,
};
