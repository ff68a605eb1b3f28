import type { Input, Operation } from '../operations/operation.js';
import { ecsError } from '../shared/ecs-error.js';
import { fieldReader, fieldsOf, list, text } from '../shared/fields.js';
import { err, ok } from '../shared/result.js';
import { PUBLIC_IMAGES } from '../world/catalog.js';
import { catalogueOf, zoneSales } from '../world/offers.js';
import { requireRegion } from '../world/regions.js';
import { imageNotFound } from './errors.js';
import { findImage } from './store.js';

/**
 * `DescribeImageSupportInstanceTypes` parameters: the image, as `imageId` or as a
 * `filter` entry with the key `imageId`.
 *
 * @example
 * ```ts
 * const request: DescribeImageSupportInstanceTypesRequest = { regionId: 'cn-hangzhou', imageId: 'aliyun_3_x64_20G_alibase_20240528.vhd' };
 * ```
 * @category Images
 */
export interface DescribeImageSupportInstanceTypesRequest {
  /** Region (required). */
  regionId?: string | undefined;
  /** The image (or `filter: [{ key: 'imageId', value }]`). */
  imageId?: string | undefined;
  /** Filters: `imageId` (read), `filter.N.Key` others accepted without effect. */
  filter?:
    | {
        /** The filter's key: `imageId`. */
        key?: string | undefined;
        /** The filter's value. */
        value?: string | undefined;
      }[]
    | undefined;
  /** The use the types are for (`*`, `CreateEcs`, `ChangeOS`...): accepted without effect. */
  actionType?: string | undefined;
}

/**
 * One instance type an image runs on.
 *
 * @example
 * ```ts
 * const item: ImageSupportInstanceType = { instanceTypeId: 'ecs.g7.large', instanceTypeFamily: 'ecs.g7', cpuCoreCount: 2, memorySize: 8 };
 * ```
 * @category Images
 */
export interface ImageSupportInstanceType {
  /** The type. */
  instanceTypeId: string;
  /** Its family. */
  instanceTypeFamily: string;
  /** vCPUs. */
  cpuCoreCount: number;
  /** Memory in GiB. */
  memorySize: number;
}

/**
 * `DescribeImageSupportInstanceTypes` response body.
 *
 * @example
 * ```ts
 * const body: DescribeImageSupportInstanceTypesResponseBody = { regionId: 'cn-hangzhou', imageId: 'aliyun_3_x64_20G_alibase_20240528.vhd', instanceTypes: { instanceType: [] } };
 * ```
 * @category Images
 */
export interface DescribeImageSupportInstanceTypesResponseBody {
  /** The region. */
  regionId: string;
  /** The image. */
  imageId: string;
  /** The types of the region's zones whose CPU architecture the image is built for. */
  instanceTypes: {
    /** One instance type. */
    instanceType: ImageSupportInstanceType[];
  };
}

const FIELDS = fieldsOf<DescribeImageSupportInstanceTypesRequest>()(() => ({
  actionType: text.discard(),
  filter: list({ key: text, value: text }, 100),
  regionId: text.required(),
  imageId: text,
}));

// `Filter.N` with the key `imageId` names the image when `ImageId` does not.
const read = fieldReader(FIELDS, ({ filter, regionId, imageId }) => ({
  regionId,
  imageId: imageId ?? filter?.find((f) => f.key === 'imageId')?.value,
}));

type DescribeImageSupportInstanceTypesInput = Input<ReturnType<typeof read>>;

/** The image's architecture in the catalogue's spelling, or `undefined` when there is no such image. */
function architectureOf(
  state: Parameters<Operation<DescribeImageSupportInstanceTypesInput, object>['run']>[0],
  regionId: string,
  imageId: string,
): 'X86' | 'ARM' | undefined {
  const image =
    PUBLIC_IMAGES.find((i) => i.imageId === imageId) ??
    [findImage(state, imageId)].find((i) => i?.regionId === regionId);
  if (!image) return undefined;
  return image.architecture === 'arm64' ? 'ARM' : 'X86';
}

/**
 * `DescribeImageSupportInstanceTypes`: the instance types of a region an image can run on (same
 * CPU architecture), in catalogue order.
 *
 * @internal
 */
export const describeImageSupportInstanceTypesOp: Operation<
  DescribeImageSupportInstanceTypesInput,
  DescribeImageSupportInstanceTypesResponseBody
> = {
  action: 'DescribeImageSupportInstanceTypes',
  read,

  run(state, input) {
    const region = requireRegion(state.world, input.regionId);
    if (!region.ok) return region;
    if (input.imageId === undefined)
      return err(
        ecsError(
          'MissingParameter',
          'The input parameter ImageId (or Filter.N.Key=imageId) that is mandatory for processing this request is not supplied.',
        ),
      );
    const architecture = architectureOf(state, input.regionId, input.imageId);
    if (architecture === undefined) return err(imageNotFound(input.imageId));
    const sold = new Set(
      region.value.zoneIds.flatMap((zoneId) =>
        zoneSales(state.world, zoneId).instanceTypes.map((t) => t.instanceTypeId),
      ),
    );
    const instanceType = catalogueOf(state.world)
      .instanceTypes.filter((t) => sold.has(t.instanceTypeId) && t.cpuArchitecture === architecture)
      .map((t) => ({
        instanceTypeId: t.instanceTypeId,
        instanceTypeFamily: t.instanceTypeFamily,
        cpuCoreCount: t.cpuCoreCount,
        memorySize: t.memorySize,
      }));
    return ok({
      state,
      response: {
        regionId: input.regionId,
        imageId: input.imageId,
        instanceTypes: { instanceType },
      },
    });
  },
};
