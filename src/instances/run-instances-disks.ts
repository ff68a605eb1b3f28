import { BlockMap, type BlockVersion } from '../blocks/index.js';
import type { Timestamp } from '../clock/timestamp.js';
import { requireSourceSnapshot, snapshotDiskFields } from '../disks/create-disk-from-snapshot.js';
import type { DiskSettings } from '../disks/disk-settings.js';
import { newDisk } from '../disks/new-disk.js';
import { type DiskSpec, resolveDiskSpec } from '../disks/resolve-disk-spec.js';
import type { Disk } from '../disks/types.js';
import type { ImageSource } from '../images/image-source.js';
import { type EcsError, ecsError } from '../shared/ecs-error.js';
import { err, ok, type Result } from '../shared/result.js';
import { findSnapshot } from '../snapshots/store.js';
import type { EcsState } from '../state/ecs-state.js';
import type { DiskChoice } from './run-instances-request.js';

/**
 * One disk a new instance gets: its category and size, what it starts with, and where from.
 *
 * @internal
 */
export interface PlannedDisk {
  readonly spec: DiskSpec;
  /** The request's choice for it (name, description, deleteWithInstance), if any. */
  readonly choice: DiskChoice | undefined;
  /** The snapshot it is made from, kept on the disk. */
  readonly sourceSnapshotId: string | null;
  /** Its first content, shared by reference with the image or snapshot. */
  readonly content: BlockMap<BlockVersion>;
  /** Until when it loads its snapshot's data lazily, epoch ms (`null`: nothing to load). */
  readonly lazyLoadedUntilMs: number | null;
}

function fromSnapshot(
  state: EcsState,
  snapshotId: string | null,
  nowMs: number,
): Pick<PlannedDisk, 'sourceSnapshotId' | 'content' | 'lazyLoadedUntilMs'> | undefined {
  const snapshot = snapshotId ? findSnapshot(state, snapshotId) : undefined;
  return snapshot ? snapshotDiskFields(snapshot, nowMs, state.world) : undefined;
}

/**
 * Plans the system disk of a new instance, or of `ReplaceSystemDisk` (which replaces only that
 * disk: an image's data disks are left out), from the image and the request's choice.
 *
 * @param state - The state.
 * @param input - The system disk choice and the resolved image.
 * @param nowMs - The time the disk is created, epoch ms (lazy loading starts then).
 * @returns The planned disk, or the ECS error.
 * @internal
 */
export function planSystemDisk(
  state: EcsState,
  input: { systemDisk: DiskChoice; image: ImageSource },
  nowMs: number,
): Result<PlannedDisk, EcsError> {
  const { image } = input;
  const size = input.systemDisk.size;
  if (size !== undefined && size < image.system.size) {
    return err(
      ecsError(
        'InvalidSystemDiskSize.LessThanImageSize',
        `The specified parameter SystemDisk.Size ${size} is less than the image size ${image.system.size} GiB.`,
      ),
    );
  }
  const spec = resolveDiskSpec('SystemDisk', input.systemDisk, {
    category: 'cloud_essd',
    size: Math.max(40, image.system.size),
  });
  if (!spec.ok) return spec;
  return ok({
    spec: spec.value,
    choice: input.systemDisk,
    sourceSnapshotId: null,
    content: image.system.content ?? BlockMap.empty<BlockVersion>(),
    lazyLoadedUntilMs: null,
    ...fromSnapshot(state, image.system.snapshotId, nowMs),
  });
}

function planData(
  state: EcsState,
  regionId: string,
  choice: DiskChoice,
  nowMs: number,
): Result<PlannedDisk, EcsError> {
  if (choice.snapshotId === undefined) {
    const spec = resolveDiskSpec('DataDisk', choice, { category: 'cloud_essd', size: undefined });
    if (!spec.ok) return spec;
    const content = BlockMap.empty<BlockVersion>();
    return ok({
      spec: spec.value,
      choice,
      sourceSnapshotId: null,
      content,
      lazyLoadedUntilMs: null,
    });
  }
  const snapshot = requireSourceSnapshot(state, choice.snapshotId, regionId);
  if (!snapshot.ok) return snapshot;
  const least = snapshot.value.sourceDiskSize;
  if (choice.size !== undefined && choice.size < least)
    return err(
      ecsError(
        'InvalidDataDiskSize.ValueNotSupported',
        `The specified DataDisk.n.Size ${choice.size} is smaller than snapshot ${choice.snapshotId} (${least} GiB).`,
      ),
    );
  const spec = resolveDiskSpec('DataDisk', choice, { category: 'cloud_essd', size: least });
  if (!spec.ok) return spec;
  return ok({
    spec: spec.value,
    choice,
    ...snapshotDiskFields(snapshot.value, nowMs, state.world),
  });
}

/**
 * Plans the disks of a new instance: the system disk from the image, the image's own data disks
 * (custom images), then the requested data disks, empty or from a snapshot.
 *
 * @param state - The state.
 * @param input - Region, disk choices and the resolved image.
 * @param nowMs - The time the disks are created, epoch ms (lazy loading starts then).
 * @returns The disks in device order, or the ECS error.
 * @internal
 */
export function planInstanceDisks(
  state: EcsState,
  input: {
    regionId: string;
    systemDisk: DiskChoice;
    dataDisks: readonly DiskChoice[];
    image: ImageSource;
  },
  nowMs: number,
): Result<{ system: PlannedDisk; data: PlannedDisk[] }, EcsError> {
  const system = planSystemDisk(state, input, nowMs);
  if (!system.ok) return system;
  const data: PlannedDisk[] = input.image.data.map((m) => ({
    spec: { category: 'cloud_essd', performanceLevel: 'PL1', size: m.size },
    choice: undefined,
    sourceSnapshotId: null,
    content: BlockMap.empty<BlockVersion>(),
    lazyLoadedUntilMs: null,
    ...fromSnapshot(state, m.snapshotId, nowMs),
  }));
  for (const choice of input.dataDisks) {
    const planned = planData(state, input.regionId, choice, nowMs);
    if (!planned.ok) return planned;
    data.push(planned.value);
  }
  const limit = state.world.quotas.dataDisksPerInstance;
  if (data.length > limit)
    return err(
      ecsError('InstanceDiskLimitExceeded', `An instance can have at most ${limit} data disks.`),
    );
  return ok({ system: system.value, data });
}

/**
 * Where a planned disk goes: its id, instance, device and time.
 *
 * @internal
 */
export interface DiskPlacement {
  readonly seq: number;
  readonly diskId: string;
  readonly regionId: string;
  readonly zoneId: string;
  readonly type: 'system' | 'data';
  readonly imageId: string | null;
  readonly instanceId: string;
  readonly device: string;
  readonly now: Timestamp;
  /** Its resource group and encryption. */
  readonly settings?: DiskSettings;
}

/**
 * Builds the disk of a plan, `Creating`, remembering the snapshot it comes from (and loading
 * that snapshot's data lazily).
 *
 * @param planned - The planned disk.
 * @param at - Its placement.
 * @returns The disk (the caller enters its status path).
 * @internal
 */
export function plannedDisk(planned: PlannedDisk, at: DiskPlacement): Disk {
  return newDisk({
    ...at,
    category: planned.spec.category,
    performanceLevel: planned.spec.performanceLevel,
    size: planned.spec.size,
    diskName: planned.choice?.diskName ?? '',
    description: planned.choice?.description ?? '',
    tags: [],
    deleteWithInstance: planned.choice?.deleteWithInstance ?? true,
    content: planned.content,
    sourceSnapshotId: planned.sourceSnapshotId,
    lazyLoadedUntilMs: planned.lazyLoadedUntilMs,
  });
}
