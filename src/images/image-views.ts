import { type TagsView, tagsView } from '../shared/tags.js';
import type { PublicImage } from '../world/catalog.js';
import type { Image } from './types.js';

/**
 * One disk of a custom image as `DescribeImages` returns it (`size` is a string, as in the SDK).
 *
 * @example
 * ```ts
 * const m: ImageDiskDeviceMappingView = { device: '/dev/xvda', type: 'system', snapshotId: 's-bp1...', size: '40', format: '', progress: '100%', remainTime: 0 };
 * ```
 * @category Images
 */
export interface ImageDiskDeviceMappingView {
  /** The device name. */
  device: string;
  /** `system` or `data`. */
  type: string;
  /** The snapshot (empty for an empty data disk). */
  snapshotId: string;
  /** Size in GiB, as a string. */
  size: string;
  /** Image format; empty for images made from snapshots. */
  format: string;
  /** Copy progress of this disk. */
  progress: string;
  /** Seconds left (0 once done). */
  remainTime: number;
}

/**
 * An image as `DescribeImages` returns it.
 *
 * @example
 * ```ts
 * ecs.describeImages({ regionId: 'cn-hangzhou' }).images.image[0].size; //=> 20
 * ```
 * @category Images
 */
export interface ImageView {
  /** Image id. */
  imageId: string;
  /** Image name. */
  imageName: string;
  /** OS name. */
  OSName: string;
  /** `linux` or `windows`. */
  OSType: string;
  /** Distribution. */
  platform: string;
  /** CPU architecture. */
  architecture: string;
  /** Size in GiB: that of the system disk. */
  size: number;
  /** `system` for public images, `self` for custom images. */
  imageOwnerAlias: string;
  /** `Available`, or `Creating` for a custom image being made. */
  status: string;
  /** `100%` once available. */
  progress: string;
  /** `instance` when instances run from it, else `none`. */
  usage: string;
  /** When it was released or created. */
  creationTime: string;
  /** Custom images: the description. */
  description?: string;
  /** Custom images: their disks, the system disk first. */
  diskDeviceMappings?: {
    /** The disks. */
    diskDeviceMapping: ImageDiskDeviceMappingView[];
  };
  /** Custom images: tags. */
  tags?: TagsView;
}

/**
 * A public image of the catalogue, as `DescribeImages` shows it.
 *
 * @param image - The catalogue entry.
 * @returns The view.
 * @internal
 */
export function publicImageView(image: PublicImage): ImageView {
  const date = /_(\d{4})(\d{2})(\d{2})\.vhd$/.exec(image.imageId);
  return {
    imageId: image.imageId,
    imageName: image.imageName,
    OSName: image.osName,
    OSType: image.osType,
    platform: image.platform,
    architecture: image.architecture,
    size: image.size,
    imageOwnerAlias: 'system',
    status: 'Available',
    progress: '100%',
    usage: 'instance',
    creationTime: date ? `${date[1]}-${date[2]}-${date[3]}T00:00:00Z` : '',
  };
}

/**
 * A custom image, as `DescribeImages` shows it.
 *
 * @param image - The image.
 * @param inUse - Whether instances run from it.
 * @returns The view.
 * @internal
 */
export function customImageView(image: Image, inUse: boolean): ImageView {
  const done = image.status === 'Available';
  return {
    imageId: image.imageId,
    imageName: image.imageName,
    OSName: image.osName,
    OSType: image.osType,
    platform: image.platform,
    architecture: image.architecture,
    size: image.diskDeviceMappings[0]?.size ?? 0,
    imageOwnerAlias: 'self',
    status: image.status,
    progress: done ? '100%' : '0%',
    usage: inUse ? 'instance' : 'none',
    creationTime: image.creationTime,
    description: image.description,
    diskDeviceMappings: {
      diskDeviceMapping: image.diskDeviceMappings.map((m) => ({
        device: m.device,
        type: m.type,
        snapshotId: m.snapshotId ?? '',
        size: String(m.size),
        format: '',
        progress: done ? '100%' : '0%',
        remainTime: 0,
      })),
    },
    tags: tagsView(image.tags),
  };
}
