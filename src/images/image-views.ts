import { type TagsView, tagsView } from '../shared/tags.js';
import { viewTemplate } from '../shared/view-defaults.js';
import type { PublicImage } from '../world/catalog.js';
import { IMAGE_DISK_VIEW_DEFAULTS, IMAGE_VIEW_DEFAULTS } from './image-view-defaults.js';
import type { Image } from './types.js';

/**
 * One disk of a custom image as `DescribeImages` returns it (`size` is a string, as in the SDK).
 *
 * @example
 * ```ts
 * const m: ImageDiskDeviceMappingView = ecs.describeImages({ regionId: 'cn-hangzhou' }).images.image[0].diskDeviceMappings.diskDeviceMapping[0];
 * m.size; //=> '20'
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
  /** Always `false`: images are not encrypted in fake-ecs. */
  encrypted: boolean;
  /** OSS bucket of an imported image: always empty. */
  importOSSBucket: string;
  /** OSS object of an imported image: always empty. */
  importOSSObject: string;
}

/**
 * An image as `DescribeImages` returns it: every field of the SDK's
 * `DescribeImagesResponseBodyImagesImage`. Features fake-ecs does not model show the values real
 * ECS gives when they are unused (docs/fidelity.md lists them).
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
  /** The description (empty for public images). */
  description: string;
  /** Its disks, the system disk first (a public image has its system disk only). */
  diskDeviceMappings: {
    /** The disks. */
    diskDeviceMapping: ImageDiskDeviceMappingView[];
  };
  /** Tags (none on public images). */
  tags: TagsView;
  /** Whether instances can be created from it: `true` once `Available` (Terraform waits on it). */
  usable: boolean;
  /** `true` for public images. */
  isPublic: boolean;
  /** The OS name in English. */
  OSNameEn: string;
  /** `BIOS`: UEFI boot is not modelled. */
  bootMode: string;
  /** Image check results (never run in fake-ecs). */
  detectionOptions: {
    /** The check items. */
    items: {
      /** The items (always empty). */
      item: {
        /** The item's name. */
        name: string;
        /** Its risk code. */
        riskCode: string;
        /** Its risk level. */
        riskLevel: string;
        /** Its value. */
        value: string;
      }[];
    };
    /** The check status (empty: never checked). */
    status: string;
  };
  /** Hot-plug and NVMe features (not reported: empty). */
  features: {
    /** CPU hot-unplug. */
    cpuOnlineDowngrade: string;
    /** CPU hot-plug. */
    cpuOnlineUpgrade: string;
    /** Metadata service version support. */
    imdsSupport: string;
    /** Memory hot-unplug. */
    memoryOnlineDowngrade: string;
    /** Memory hot-plug. */
    memoryOnlineUpgrade: string;
    /** NVMe support. */
    nvmeSupport: string;
  };
  /** Image family: always empty. */
  imageFamily: string;
  /** Owner account of a shared image: always 0. */
  imageOwnerId: number;
  /** Image version: always empty. */
  imageVersion: string;
  /** Whether it is a copy from another region: always `false`. */
  isCopied: boolean;
  /** Whether it is shared with other accounts: always empty. */
  isSelfShared: string;
  /** Whether the marketplace product is subscribed: always `false`. */
  isSubscribed: boolean;
  /** Whether cloud-init is supported: always `true`. */
  isSupportCloudinit: boolean;
  /** Whether I/O-optimised instances can use it: always `true`. */
  isSupportIoOptimized: boolean;
  /** `Auto` (the licence follows the platform). */
  licenseType: string;
  /** Whether a non-root login is supported: always `false`. */
  loginAsNonRootSupported: boolean;
  /** Marketplace product code: always empty. */
  productCode: string;
  /** The resource group; empty for the default group. */
  resourceGroupId: string;
  /** Secure boot support (not reported: empty). */
  secureBootOptions: {
    /** Secure boot support. */
    secureBootSupport: string;
  };
  /** Marketplace supplier: always empty. */
  supplierName: string;
}

/** Every field of an image view: the modelled ones (placeholders), then the defaults. */
const TEMPLATE = viewTemplate<ImageView, typeof IMAGE_VIEW_DEFAULTS>(
  () => ({
    imageId: '',
    imageName: '',
    OSName: '',
    OSType: '',
    platform: '',
    architecture: '',
    size: 0,
    imageOwnerAlias: '',
    status: '',
    progress: '',
    usage: '',
    creationTime: '',
    description: '',
    diskDeviceMappings: { diskDeviceMapping: [] },
    tags: { tag: [] },
    usable: false,
    isPublic: false,
    OSNameEn: '',
    resourceGroupId: '',
  }),
  IMAGE_VIEW_DEFAULTS,
);

/** Every field of an image's disk: the modelled ones (placeholders), then the defaults. */
const DISK_TEMPLATE = viewTemplate<ImageDiskDeviceMappingView, typeof IMAGE_DISK_VIEW_DEFAULTS>(
  () => ({ device: '', type: '', snapshotId: '', size: '', progress: '', remainTime: 0 }),
  IMAGE_DISK_VIEW_DEFAULTS,
);

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
    ...TEMPLATE(),
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
    description: '',
    diskDeviceMappings: {
      diskDeviceMapping: [
        {
          ...DISK_TEMPLATE(),
          device: '/dev/xvda',
          type: 'system',
          snapshotId: '',
          size: String(image.size),
          progress: '100%',
          remainTime: 0,
        },
      ],
    },
    tags: { tag: [] },
    usable: true,
    isPublic: true,
    OSNameEn: image.osName,
    resourceGroupId: '',
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
  const done = image.status === 'Available' || image.status === 'Deprecated';
  return {
    ...TEMPLATE(),
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
    imageFamily: image.imageFamily ?? '',
    diskDeviceMappings: {
      diskDeviceMapping: image.diskDeviceMappings.map((m) => ({
        ...DISK_TEMPLATE(),
        device: m.device,
        type: m.type,
        snapshotId: m.snapshotId ?? '',
        size: String(m.size),
        progress: done ? '100%' : '0%',
        remainTime: 0,
      })),
    },
    tags: tagsView(image.tags),
    usable: done,
    isPublic: false,
    OSNameEn: image.osName,
    resourceGroupId: image.resourceGroupId ?? '',
  };
}
