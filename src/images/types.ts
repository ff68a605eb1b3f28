import type { Timestamp } from '../clock/timestamp.js';
import type { Tag } from '../shared/tags.js';

/**
 * An image id (`m-` + 20 lowercase alphanumerics for custom images).
 *
 * @example
 * ```ts
 * const id = 'm-bp146shijn7hujku0001' as ImageId;
 * ```
 * @category Images
 */
export type ImageId = string & {
  /** Nominal marker for the type checker; absent at run time. */ readonly __brand: 'ImageId';
};

/**
 * Custom image statuses, spelled as ECS spells them.
 *
 * @example
 * ```ts
 * const status: ImageStatus = 'Available';
 * ```
 * @category Images
 */
export type ImageStatus = 'Creating' | 'Available' | 'CreateFailed' | 'Deprecated';

/**
 * One disk of a custom image: the snapshot it is made from (or none, for an empty data disk).
 *
 * @example
 * ```ts
 * const mapping: ImageDiskMapping = { device: '/dev/xvda', type: 'system', snapshotId: 's-bp1...', size: 40 };
 * ```
 * @category Images
 */
export interface ImageDiskMapping {
  /** The device name, `/dev/xvda` for the system disk. */
  readonly device: string;
  /** `system` or `data`. */
  readonly type: 'system' | 'data';
  /** The snapshot, or `null` for an empty data disk. */
  readonly snapshotId: string | null;
  /** Size in GiB. */
  readonly size: number;
}

/**
 * A custom image as the world stores it.
 *
 * @example
 * ```ts
 * ecs.state.images.rows; // custom images by id
 * ```
 * @category Images
 */
export interface Image {
  /** Creation order. */
  readonly seq: number;
  /** The image id. */
  readonly imageId: ImageId;
  /** The region. */
  readonly regionId: string;
  /** The name. */
  readonly imageName: string;
  /** The description. */
  readonly description: string;
  /** The current status. */
  readonly status: ImageStatus;
  /** The scheduled task that makes it `Available`. */
  readonly pendingTask: number | null;
  /** The disks it is made of, the system disk first. */
  readonly diskDeviceMappings: readonly ImageDiskMapping[];
  /** The operating system's name (from the system disk's image, when known). */
  readonly osName: string;
  /** `linux` or `windows`. */
  readonly osType: string;
  /** The distribution. */
  readonly platform: string;
  /** CPU architecture. */
  readonly architecture: string;
  /** When it was created. */
  readonly creationTime: Timestamp;
  /** Tags. */
  readonly tags: readonly Tag[];
  /** The resource group it joined (`JoinResourceGroup`); absent: the default group. */
  readonly resourceGroupId?: string | undefined;
  /** Its image family (`ModifyImageAttribute`); absent: none. */
  readonly imageFamily?: string | undefined;
}
