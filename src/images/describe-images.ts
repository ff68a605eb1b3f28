import type { CommonInput, Operation } from '../facade/engine.js';
import { ok } from '../shared/result.js';
import { PUBLIC_IMAGES, type PublicImage } from '../world/catalog.js';
import { requireRegion } from '../world/regions.js';

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
  /** `system`, `self`, `others` or `marketplace`. fake-ecs serves the `system` catalogue. */
  imageOwnerAlias?: string | undefined;
  /** Exact image name. */
  imageName?: string | undefined;
  /** `linux` or `windows`. */
  OSType?: string | undefined;
  /** `x86_64` or `arm64`. */
  architecture?: string | undefined;
  /** Page number, from 1. */
  pageNumber?: number | undefined;
  /** Page size, 1-100, default 10. */
  pageSize?: number | undefined;
  /** Validate only. */
  dryRun?: boolean | undefined;
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
  /** Size in GiB. */
  size: number;
  /** `system` for public images. */
  imageOwnerAlias: string;
  /** `Available`. */
  status: string;
  /** `100%`. */
  progress: string;
  /** `instance`. */
  usage: string;
  /** Release date of the image. */
  creationTime: string;
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

interface DescribeImagesInput extends CommonInput {
  readonly regionId: string;
  readonly imageIds: readonly string[] | undefined;
  readonly owner: string | undefined;
  readonly imageName: string | undefined;
  readonly osType: string | undefined;
  readonly architecture: string | undefined;
  readonly pageNumber: number;
  readonly pageSize: number;
}

function view(image: PublicImage): ImageView {
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
 * `DescribeImages`: the public image catalogue (custom images come with snapshots).
 *
 * @internal
 */
export const describeImagesOp: Operation<DescribeImagesInput, DescribeImagesResponseBody> = {
  action: 'DescribeImages',
  read: (p) => ({
    regionId: p.required('regionId', p.string('regionId')),
    imageIds: p
      .string('imageId')
      ?.split(',')
      .map((s) => s.trim()),
    owner: p.oneOf('imageOwnerAlias', ['system', 'self', 'others', 'marketplace']),
    imageName: p.string('imageName'),
    osType: p.oneOf('OSType', ['linux', 'windows']),
    architecture: p.oneOf('architecture', ['i386', 'x86_64', 'arm64']),
    pageNumber: p.int('pageNumber', { min: 1 }) ?? 1,
    pageSize: p.int('pageSize', { min: 1, max: 100 }) ?? 10,
    dryRun: p.bool('dryRun'),
  }),
  run(state, input) {
    const region = requireRegion(state.world, input.regionId);
    if (!region.ok) return region;
    const matches = PUBLIC_IMAGES.filter(
      (i) =>
        (input.owner === undefined || input.owner === 'system') &&
        (!input.imageIds || input.imageIds.includes(i.imageId)) &&
        (input.imageName === undefined || i.imageName === input.imageName) &&
        (input.osType === undefined || i.osType === input.osType) &&
        (input.architecture === undefined || i.architecture === input.architecture),
    );
    const start = (input.pageNumber - 1) * input.pageSize;
    const image = matches.slice(start, start + input.pageSize).map(view);
    return ok({
      state,
      response: {
        regionId: input.regionId,
        totalCount: matches.length,
        pageNumber: input.pageNumber,
        pageSize: input.pageSize,
        images: { image },
      },
    });
  },
};
