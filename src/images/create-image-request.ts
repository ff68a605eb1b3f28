import type { Input } from '../operations/operation.js';
import { ecsError } from '../shared/ecs-error.js';
import {
  clientToken,
  type FieldValues,
  fieldReader,
  fieldsOf,
  flag,
  int,
  list,
  notModelled,
  oneOf,
  tags,
  text,
} from '../shared/fields.js';
import type { TagInput } from '../shared/tags.js';

/**
 * One disk of {@link CreateImageRequest}: a snapshot (or nothing, for an empty data disk).
 *
 * @example
 * ```ts
 * const mapping: CreateImageRequestDiskDeviceMapping = { snapshotId: 's-bp1c0doj0taqyzzl0001', diskType: 'system', size: 40 };
 * ```
 * @category Images
 */
export interface CreateImageRequestDiskDeviceMapping {
  /** The snapshot. Without one, the image gets an empty data disk. */
  snapshotId?: string | undefined;
  /** Size in GiB: at least the snapshot's (its default); 20 for an empty data disk. */
  size?: number | undefined;
  /** `/dev/xvda` for the system disk, `/dev/xvdb`-`/dev/xvdz` for data disks. Default: in order. */
  device?: string | undefined;
  /** `system` or `data`. Default: the type of the snapshot's disk. */
  diskType?: string | undefined;
}

/**
 * `CreateImage` parameters (the SDK's `CreateImageRequest` fields fake-ecs supports;
 * `instanceId` is not supported yet).
 *
 * @example
 * ```ts
 * const request: CreateImageRequest = { regionId: 'cn-hangzhou', snapshotId: 's-bp1c0doj0taqyzzl0001', imageName: 'web-v1' };
 * ```
 * @category Images
 */
export interface CreateImageRequest {
  /** Region (required). */
  regionId?: string | undefined;
  /** A system-disk snapshot (used when `diskDeviceMapping` is not given). */
  snapshotId?: string | undefined;
  /** The image's disks: exactly one system-disk snapshot and up to 16 data disks. */
  diskDeviceMapping?: CreateImageRequestDiskDeviceMapping[] | undefined;
  /** 2-128 characters, starting with a letter; unique in the region. Default: the image id. */
  imageName?: string | undefined;
  /** 2-256 characters. */
  description?: string | undefined;
  /** `i386`, `x86_64` or `arm64`. Default: the source image's, else `x86_64`. */
  architecture?: string | undefined;
  /** The distribution. Default: the source image's, else `Others Linux`. */
  platform?: string | undefined;
  /** The resource group, shown by the describe operation. */
  resourceGroupId?: string | undefined;
  /** Tags, up to 20. */
  tag?: TagInput[] | undefined;
  /** Idempotency token: a retry with the same parameters returns the same image. */
  clientToken?: string | undefined;
  /** Validate only. */
  dryRun?: boolean | undefined;
}

/**
 * `CreateImage` response body.
 *
 * @example
 * ```ts
 * const body: CreateImageResponseBody = { imageId: 'm-bp146shijn7hujku0001' };
 * ```
 * @category Images
 */
export interface CreateImageResponseBody {
  /** The new image's id. */
  imageId: string;
}

const MAPPING_FIELDS = fieldsOf<CreateImageRequestDiskDeviceMapping>()(() => ({
  snapshotId: text,
  size: int({ min: 1 }),
  device: text,
  diskType: oneOf(['system', 'data'] as const),
}));

/**
 * One image disk as read from `DiskDeviceMapping.N`.
 *
 * @internal
 */
export type MappingChoice = FieldValues<typeof MAPPING_FIELDS>;

/** At most one system disk and 16 data disks. */
const MAX_MAPPINGS = 17;

// An image of a whole instance is real ECS's, not fake-ecs's: refused even though documented.
const FIELDS = fieldsOf<CreateImageRequest & { instanceId?: never }>()(() => ({
  regionId: text.required(),
  instanceId: notModelled(),
  snapshotId: text,
  diskDeviceMapping: list(MAPPING_FIELDS, MAX_MAPPINGS),
  imageName: text,
  description: text,
  architecture: oneOf(['i386', 'x86_64', 'arm64']),
  platform: text,
  tag: tags,
  resourceGroupId: text,
  clientToken,
  dryRun: flag,
}));

/**
 * Reads a `CreateImage` request: its disks from `DiskDeviceMapping.N`, else its `SnapshotId`.
 *
 * @internal
 */
export const readCreateImage = fieldReader(
  FIELDS,
  ({ instanceId: _, snapshotId, diskDeviceMapping: list, ...rest }) => {
    const fromList = list !== undefined && list.length > 0;
    // No source at all leaves `mappings` empty: the transition answers the reference's message.
    const single: MappingChoice[] = snapshotId
      ? [{ snapshotId, size: undefined, device: '/dev/xvda', diskType: undefined }]
      : [];
    return { ...rest, mappings: fromList ? list : single, fromSnapshotId: !fromList };
  },
);

/** @internal */
export type CreateImageInput = Input<ReturnType<typeof readCreateImage>>;

/**
 * The reference's `MissingParameter` message for an image with no source.
 *
 * @returns The error.
 * @internal
 */
export function missingImageSource() {
  return ecsError(
    'MissingParameter',
    'The input parameter SnapshotId or InstanceId or DiskDeviceMapping that is mandatory for processing this request is not supplied.',
  );
}
