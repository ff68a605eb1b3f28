import { BlockMap, type BlockVersion, writeToBlocks } from '../blocks/index.js';
import type { Timestamp } from '../clock/timestamp.js';
import type { Tag } from '../shared/tags.js';
import type { DiskSettings } from './disk-settings.js';
import type { Disk, DiskId } from './types.js';

/**
 * What a new disk is made of; everything else starts at its default.
 *
 * @internal
 */
export interface NewDiskSpec {
  readonly seq: number;
  readonly diskId: string;
  readonly regionId: string;
  readonly zoneId: string;
  readonly type: 'system' | 'data';
  readonly category: string;
  readonly performanceLevel: string | null;
  readonly size: number;
  readonly diskName: string;
  readonly description: string;
  readonly tags: readonly Tag[];
  readonly deleteWithInstance: boolean;
  readonly imageId: string | null;
  readonly instanceId: string | null;
  readonly device: string | null;
  readonly now: Timestamp;
  readonly content: BlockMap<BlockVersion>;
  /** The snapshot the disk is made from (default none). */
  readonly sourceSnapshotId?: string | null;
  /** Until when (epoch ms) it loads that snapshot's data lazily (default never). */
  readonly lazyLoadedUntilMs?: number | null;
  /** Resource group and encryption, as the request stated them (default none). */
  readonly settings?: DiskSettings;
}

/**
 * Builds a disk in `Creating` with no plan yet (the caller enters its status path).
 *
 * @param spec - The disk's attributes.
 * @returns The disk.
 * @internal
 */
export function newDisk(spec: NewDiskSpec): Disk {
  return {
    seq: spec.seq,
    diskId: spec.diskId as DiskId,
    regionId: spec.regionId,
    zoneId: spec.zoneId,
    diskName: spec.diskName,
    description: spec.description,
    type: spec.type,
    category: spec.category,
    performanceLevel: spec.performanceLevel,
    size: spec.size,
    status: 'Creating',
    plan: [],
    pendingTask: null,
    instanceId: spec.instanceId,
    device: spec.device,
    imageId: spec.imageId,
    sourceSnapshotId: spec.sourceSnapshotId ?? null,
    lazyLoadedUntilMs: spec.lazyLoadedUntilMs ?? null,
    creationTime: spec.now,
    attachedTime: null,
    detachedTime: null,
    everAttached: false,
    deleteWithInstance: spec.deleteWithInstance,
    deleteAutoSnapshot: true,
    enableAutoSnapshot: true,
    autoSnapshotPolicyIds: [],
    // Basic (`cloud`) system disks cannot be detached; every other cloud disk can.
    portable: spec.type === 'data' || spec.category !== 'cloud',
    tags: spec.tags,
    snapshotLinkId: null,
    lineageSnapshotId: null,
    progressingSnapshotId: null,
    contentChanges: 0,
    content: spec.content,
    ...spec.settings,
  };
}

/**
 * The content of a new system disk: the image's used bytes, as deterministic synthetic data, so
 * the first snapshot of a system disk copies what the operating system occupies.
 *
 * @param imageId - The image.
 * @param usedBytes - How much of the disk the image writes.
 * @param blockSize - The world's block size.
 * @returns The block map.
 * @internal
 */
export function imageContent(
  imageId: string,
  usedBytes: number,
  blockSize: number,
): BlockMap<BlockVersion> {
  return writeToBlocks(BlockMap.empty<BlockVersion>(), blockSize, [
    { offset: 0, length: usedBytes, fill: `image:${imageId}` },
  ]);
}

/**
 * The device name for the `n`-th data disk of an instance: `/dev/xvdb` ... `/dev/xvdz`, then
 * `/dev/xvdaa` ... (the system disk is `/dev/xvda`).
 *
 * @param taken - Device names already used on the instance.
 * @returns The first free data-disk device name.
 * @internal
 */
export function nextDataDevice(taken: ReadonlySet<string>): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  for (let i = 1; ; i++) {
    const suffix =
      i < 26
        ? (letters[i] ?? '')
        : `${letters[Math.floor(i / 26) - 1] ?? ''}${letters[i % 26] ?? ''}`;
    const device = `/dev/xvd${suffix}`;
    if (!taken.has(device)) return device;
  }
}
