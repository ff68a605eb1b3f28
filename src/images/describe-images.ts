import type { Input, Operation } from '../operations/operation.js';
import { entityQuery } from '../shared/entity-query.js';
import { custom, fieldReader, fieldsOf, flag, int, oneOf, text } from '../shared/fields.js';
import { ok } from '../shared/result.js';
import type { TagInput } from '../shared/tags.js';
import type { EcsState } from '../state/ecs-state.js';
import { OWNERSHIP_FIELDS, type Owned, ownershipFilter } from '../tags/ownership-filter.js';
import { PUBLIC_IMAGES } from '../world/catalog.js';
import { requireRegion } from '../world/regions.js';
import { instancesUsingImage } from './delete-image.js';
import { customImageView, type ImageView, publicImageView } from './image-views.js';
import type { Image } from './types.js';

/**
 * `DescribeImages` parameters.
 *
 * @example
 * ```ts
 * const request: DescribeImagesRequest = { regionId: 'cn-hangzhou', imageOwnerAlias: 'system', OSType: 'linux' };
 * ```
 * @category Images
 */
export interface DescribeImagesRequest {
  /** Region (required). */
  regionId?: string | undefined;
  /** One image id, or several separated by commas. */
  imageId?: string | undefined;
  /** `system` (the public catalogue), `self` (custom images), `others` or `marketplace` (none). Default: public and custom. */
  imageOwnerAlias?: string | undefined;
  /** Comma-separated statuses, or `ALL`. Default `Available`. */
  status?: string | undefined;
  /** Custom images made from this snapshot. */
  snapshotId?: string | undefined;
  /** Exact image name. */
  imageName?: string | undefined;
  /** `linux` or `windows`. */
  OSType?: string | undefined;
  /** `x86_64` or `arm64`. */
  architecture?: string | undefined;
  /** Tags the images must have (public images have none). */
  tag?: TagInput[] | undefined;
  /** The resource group of the images (public images are in none). */
  resourceGroupId?: string | undefined;
  /** Page number, from 1. */
  pageNumber?: number | undefined;
  /** Page size, 1-100, default 10. */
  pageSize?: number | undefined;
  /** Validate only. */
  dryRun?: boolean | undefined;
}

/**
 * `DescribeImages` response body.
 *
 * @example
 * ```ts
 * body.images.image.length; //=> 3
 * ```
 * @category Images
 */
export interface DescribeImagesResponseBody {
  /** The region. */
  regionId: string;
  /** How many images match. */
  totalCount: number;
  /** The page number served. */
  pageNumber: number;
  /** The page size. */
  pageSize: number;
  /** The images. */
  images: {
    /** The images of this page. */
    image: ImageView[];
  };
}

const STATUSES = ['Creating', 'Waiting', 'Available', 'UnAvailable', 'CreateFailed', 'Deprecated'];

/** `Status`: a comma-separated list of image statuses (or `ALL`). */
const statusList = custom<readonly string[] | undefined, string>((p, key) => {
  const statuses = p
    .string(key)
    ?.split(',')
    .map((s) => s.trim());
  for (const s of statuses ?? []) {
    if (s !== 'ALL' && !STATUSES.includes(s)) p.reject(key, `unknown status ${s}`);
  }
  return statuses;
});

/** `ImageId`: a comma-separated list of image ids. */
const idList = custom<readonly string[] | undefined, string>((p, key) =>
  p
    .string(key)
    ?.split(',')
    .map((s) => s.trim()),
);

const FIELDS = fieldsOf<DescribeImagesRequest>()(() => ({
  status: statusList,
  regionId: text.required(),
  imageId: idList,
  imageOwnerAlias: oneOf(['system', 'self', 'others', 'marketplace']),
  imageName: text,
  OSType: oneOf(['linux', 'windows']),
  architecture: oneOf(['i386', 'x86_64', 'arm64']),
  snapshotId: text,
  ...OWNERSHIP_FIELDS,
  pageNumber: int({ min: 1 }).default(1),
  pageSize: int({ min: 1, max: 100 }).default(10),
  dryRun: flag,
}));

const read = fieldReader(FIELDS, ({ status, imageId, imageOwnerAlias, OSType, ...rest }) => ({
  ...rest,
  statuses: status,
  imageIds: imageId,
  owner: imageOwnerAlias,
  osType: OSType,
}));

type DescribeImagesInput = Input<ReturnType<typeof read>>;

function matches(
  input: DescribeImagesInput,
  i: { imageId: string; imageName: string; osType: string; architecture: string },
): boolean {
  return (
    (!input.imageIds || input.imageIds.includes(i.imageId)) &&
    (input.imageName === undefined || i.imageName === input.imageName) &&
    (input.osType === undefined || i.osType === input.osType) &&
    (input.architecture === undefined || i.architecture === input.architecture)
  );
}

function customPage(
  state: EcsState,
  input: DescribeImagesInput,
  ownedBy: ((image: Owned) => boolean) | undefined,
  page: { skip: number; limit: number },
) {
  const keys = [`region:${input.regionId}`];
  if (input.snapshotId) keys.push(`snapshot:${input.snapshotId}`);
  const statuses = input.statuses ?? ['Available'];
  return entityQuery<Image>(state.images, {
    keys,
    ids: input.imageIds,
    where: (i) =>
      matches(input, i) &&
      (statuses.includes('ALL') || statuses.includes(i.status)) &&
      (ownedBy === undefined || ownedBy(i)),
    ...page,
  });
}

/**
 * `DescribeImages`: the public image catalogue first, then the region's custom images in
 * creation order, filtered (`Tag.N` and `ResourceGroupId` select custom images only) and paged
 * together.
 *
 * @internal
 */
export const describeImagesOp: Operation<DescribeImagesInput, DescribeImagesResponseBody> = {
  action: 'DescribeImages',
  read,

  run(state, input) {
    const region = requireRegion(state.world, input.regionId);
    if (!region.ok) return region;
    const owned = ownershipFilter(input);
    if (!owned.ok) return owned;
    const ownedBy = owned.value;
    // Public images have no tags and belong to no resource group: either filter leaves them out.
    const publicOnes =
      (input.owner === undefined || input.owner === 'system') &&
      input.snapshotId === undefined &&
      ownedBy === undefined
        ? PUBLIC_IMAGES.filter((i) => matches(input, i))
        : [];
    const start = (input.pageNumber - 1) * input.pageSize;
    const image: ImageView[] = publicOnes.slice(start, start + input.pageSize).map(publicImageView);
    let totalCount = publicOnes.length;
    if (input.owner === undefined || input.owner === 'self') {
      const skip = Math.max(0, start - publicOnes.length);
      const page = customPage(state, input, ownedBy, {
        skip,
        limit: input.pageSize - image.length,
      });
      totalCount += page.totalCount;
      for (const i of page.items)
        image.push(customImageView(i, instancesUsingImage(state, i).length > 0));
    }
    return ok({
      state,
      response: {
        regionId: input.regionId,
        totalCount,
        pageNumber: input.pageNumber,
        pageSize: input.pageSize,
        images: { image },
      },
    });
  },
};
