import type { BlockMap, BlockVersion } from '../blocks/index.js';
import { isEssdSeries } from '../disks/categories.js';
import { putDiskSnapshotFields } from '../disks/store.js';
import type { Disk } from '../disks/types.js';
import type { Operation } from '../operations/operation.js';
import type { EcsError } from '../shared/ecs-error.js';
import { entityGet, entityPut } from '../shared/entity-table.js';
import { IdAllocator } from '../shared/ids.js';
import { freezeData } from '../shared/persistent/draft-safe.js';
import { RESOURCE_GROUP_STORED } from '../shared/resource-groups.js';
import { ok, type Result } from '../shared/result.js';
import { type TagInput, validateTags } from '../shared/tags.js';
import { commit } from '../state/commit.js';
import type { Transition, TransitionContext } from '../state/context.js';
import type { EcsState } from '../state/ecs-state.js';
import { captureVolume } from '../volumes/capture.js';
import {
  type CreateSnapshotInput,
  type CreateSnapshotResponseBody,
  readCreateSnapshot,
} from './create-snapshot-request.js';
import { countOwn, joinLineage, lineageParentOf } from './lineage.js';
import { validateSnapshotFields } from './snapshot-fields.js';
import { requireSnapshottableDisk } from './snapshot-preconditions.js';
import { scheduleSnapshot, snapshotCopyMs } from './snapshot-schedule.js';
import { linkIndexKeys } from './store.js';
import type { Snapshot, SnapshotId, SnapshotLink } from './types.js';

/**
 * What a new snapshot is made of; shared by manual and automatic snapshots.
 *
 * @internal
 */
export interface NewSnapshotSpec {
  readonly disk: Disk;
  readonly snapshotType: 'user' | 'auto';
  readonly snapshotName: string;
  readonly description: string;
  readonly retentionDays: number | null;
  readonly tags: Snapshot['tags'];
  /** The snapshot-consistent group it is taken in, if any. */
  readonly snapshotGroupId?: string | undefined;
  /** The resource group the request named, if any. */
  readonly resourceGroupId?: string | undefined;
}

function chainFor(state: EcsState, disk: Disk, ids: IdAllocator): SnapshotLink {
  const existing = disk.snapshotLinkId
    ? entityGet(state.snapshotLinks, disk.snapshotLinkId)
    : undefined;
  if (existing) return existing;
  return {
    seq: state.snapshotLinks.nextSeq,
    snapshotLinkId: ids.next('sl-', disk.regionId),
    regionId: disk.regionId,
    sourceDiskId: disk.diskId,
    sourceDiskName: disk.diskName,
    sourceDiskSize: disk.size,
    sourceDiskType: disk.type,
    category: disk.category,
    instanceId: disk.instanceId,
    totalCount: 0,
    totalBlocks: 0,
  };
}

/**
 * Takes a snapshot of a disk: captures its block map by reference (the point in time, O(1)),
 * measures what it must copy against its lineage parent, and schedules its completion after
 * start-up + bytes to copy / throughput (and its release, when it has a retention).
 *
 * @param state - The state (the disk already checked).
 * @param spec - The snapshot's disk and attributes.
 * @param ctx - The time.
 * @returns The next state and the new snapshot's id.
 * @internal
 */
export function takeSnapshot(
  state: EcsState,
  spec: NewSnapshotSpec,
  ctx: TransitionContext,
): { state: EcsState; snapshotId: string } {
  const { disk } = spec;
  const { timings, blockSize } = state.world;
  const ids = new IdAllocator(state.ids);
  const snapshotId = ids.next('s-', disk.regionId) as SnapshotId;
  const link = chainFor(state, disk, ids);
  const content: BlockMap<BlockVersion> = disk.content;
  const parent = lineageParentOf(state, disk);
  const ownBlocks = countOwn(parent?.content, content);
  const copiedBytes = ownBlocks * blockSize;
  const durationMs = snapshotCopyMs(timings, copiedBytes, timings.snapshotThroughput);
  const schedule = scheduleSnapshot(
    state.tasks,
    snapshotId,
    ctx.nowMs,
    durationMs,
    spec.retentionDays,
  );
  const snapshot: { -readonly [K in keyof Snapshot]: Snapshot[K] } = {
    seq: state.snapshots.nextSeq,
    snapshotId,
    regionId: disk.regionId,
    snapshotName: spec.snapshotName,
    description: spec.description,
    snapshotType: spec.snapshotType,
    status: 'progressing',
    sourceDiskId: disk.diskId,
    sourceDiskSize: disk.size,
    sourceDiskType: disk.type,
    sourceDiskCategory: disk.category,
    sourceInstanceId: disk.instanceId,
    snapshotLinkId: link.snapshotLinkId,
    creationTime: ctx.now,
    lastModifiedTime: ctx.now,
    startedMs: ctx.nowMs,
    completesMs: ctx.nowMs + durationMs,
    completionTask: schedule.completionTask,
    copiedBytes,
    retentionDays: spec.retentionDays,
    expiryTask: schedule.expiryTask,
    tags: spec.tags,
    usage: 'none',
    available: isEssdSeries(disk.category),
    lineageParentId: parent?.snapshotId ?? null,
    ownBlocks,
    content,
    sourceRegionId: null,
    sourceSnapshotId: null,
    snapshotGroupId: spec.snapshotGroupId ?? null,
    volumeCapture: captureVolume(state, disk),
  };
  // A snapshot of an encrypted disk is encrypted with the disk's key. Set where given, in this
  // order, as spreading `readEncryption` and `givenFields` did, without their copies.
  if (disk.encrypted !== undefined) snapshot.encrypted = disk.encrypted;
  if (disk.kmsKeyId !== undefined) snapshot.kmsKeyId = disk.kmsKeyId;
  if (spec.resourceGroupId !== undefined) snapshot.resourceGroupId = spec.resourceGroupId;
  // Deep-frozen here: its plain-data fields are its tags and volume capture (its content is a
  // block map, which freezes its own nodes), so storing it walks none of its fields.
  freezeData(snapshot.tags);
  if (snapshot.volumeCapture) freezeData(snapshot.volumeCapture);
  Object.freeze(snapshot);
  const isNewChain = entityGet(state.snapshotLinks, link.snapshotLinkId) !== link;
  const withChain: EcsState = isNewChain
    ? {
        ...state,
        snapshotLinks: entityPut(state.snapshotLinks, link.snapshotLinkId, link, linkIndexKeys),
      }
    : state;
  const joined = joinLineage(withChain, snapshot);
  const disks = putDiskSnapshotFields(state.disks, disk, {
    snapshotLinkId: link.snapshotLinkId,
    lineageSnapshotId: snapshotId,
    progressingSnapshotId: snapshotId,
  });
  const next = commit(state, {
    ids: ids.position(),
    snapshots: joined.snapshots,
    lineageNodes: joined.lineageNodes,
    lineageChildren: joined.lineageChildren,
    snapshotLinks: joined.snapshotLinks,
    snapshotUsage: joined.snapshotUsage,
    capacityHistory: joined.capacityHistory,
    disks,
    tasks: schedule.tasks,
  });
  return { state: next, snapshotId };
}

function run(
  state: EcsState,
  input: CreateSnapshotInput,
  ctx: TransitionContext,
): Result<Transition<CreateSnapshotResponseBody>, EcsError> {
  const fields = validateSnapshotFields(input);
  if (!fields.ok) return fields;
  const tags = validateTags(input.tag as TagInput[] | undefined);
  if (!tags.ok) return tags;
  const disk = requireSnapshottableDisk(state, input.diskId, 'user');
  if (!disk.ok) return disk;
  const spec: NewSnapshotSpec = {
    disk: disk.value,
    snapshotType: 'user',
    snapshotName: input.snapshotName ?? '',
    description: input.description ?? '',
    retentionDays: input.retentionDays ?? null,
    tags: tags.value,
    resourceGroupId: input.resourceGroupId,
  };
  const taken = takeSnapshot(state, spec, ctx);
  return ok({ state: taken.state, response: { snapshotId: taken.snapshotId } });
}

/**
 * `CreateSnapshot`: a manual snapshot of one disk, `progressing` until its copy completes.
 *
 * @internal
 */
export const createSnapshotOp: Operation<CreateSnapshotInput, CreateSnapshotResponseBody> = {
  action: 'CreateSnapshot',
  stores: RESOURCE_GROUP_STORED,
  read: readCreateSnapshot,
  run,
};
