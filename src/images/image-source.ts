import type { BlockMap, BlockVersion } from '../blocks/index.js';
import { imageContent } from '../disks/new-disk.js';
import type { EcsError } from '../shared/ecs-error.js';
import { err, ok, type Result } from '../shared/result.js';
import { findSnapshot } from '../snapshots/store.js';
import type { EcsState } from '../state/ecs-state.js';
import { PUBLIC_IMAGES } from '../world/catalog.js';
import { imageNotAvailable, imageNotFound } from './errors.js';
import { findImage } from './store.js';

/**
 * One disk an image gives a new instance: its content (shared by reference), the snapshot it
 * comes from, and its size.
 *
 * @internal
 */
export interface ImageDiskSource {
  /** The device, e.g. `/dev/xvdb`. */
  readonly device: string;
  /** The snapshot the disk is made from (`null`: public image content, or an empty data disk). */
  readonly snapshotId: string | null;
  /** Size in GiB: the smallest disk it fits on. */
  readonly size: number;
  /** The blocks the disk starts with. */
  readonly content: BlockMap<BlockVersion> | null;
}

/**
 * What an image (public or custom) gives the instances made from it.
 *
 * @internal
 */
export interface ImageSource {
  /** The image id. */
  readonly imageId: string;
  /** The operating system's name. */
  readonly osName: string;
  /** `linux` or `windows`. */
  readonly osType: string;
  /** The system disk. */
  readonly system: ImageDiskSource;
  /** The data disks of a custom image (none for public images). */
  readonly data: readonly ImageDiskSource[];
}

/**
 * Resolves an image id for `RunInstances` and `ReplaceSystemDisk`: a public image of the
 * catalogue, or an `Available` custom image of the region (its disks read back its snapshots).
 *
 * @param state - The state.
 * @param imageId - The image.
 * @param regionId - The region the instance lives in.
 * @returns The source, `InvalidImageId.NotFound`, or `IncorrectImageStatus` for a custom image
 *   that is still `Creating`.
 * @internal
 */
export function resolveImageSource(
  state: EcsState,
  imageId: string,
  regionId: string,
): Result<ImageSource, EcsError> {
  const pub = PUBLIC_IMAGES.find((i) => i.imageId === imageId);
  if (pub) {
    const content = imageContent(pub.imageId, pub.usedBytes, state.world.blockSize);
    return ok({
      imageId,
      osName: pub.osName,
      osType: pub.osType,
      system: { device: '/dev/xvda', snapshotId: null, size: pub.size, content },
      data: [],
    });
  }
  const image = findImage(state, imageId);
  if (!image || image.regionId !== regionId) return err(imageNotFound(imageId));
  // A Deprecated image still creates instances and replaces system disks, as the reference says.
  if (image.status !== 'Available' && image.status !== 'Deprecated')
    return err(imageNotAvailable(imageId, image.status));
  const disks = image.diskDeviceMappings.map((m) => ({
    device: m.device,
    snapshotId: m.snapshotId,
    size: m.size,
    // An image keeps its snapshots alive (they cannot be deleted while it exists).
    content: m.snapshotId ? (findSnapshot(state, m.snapshotId)?.content ?? null) : null,
  }));
  const [system, ...data] = disks;
  if (!system) return err(imageNotFound(imageId));
  return ok({ imageId, osName: image.osName, osType: image.osType, system, data });
}
