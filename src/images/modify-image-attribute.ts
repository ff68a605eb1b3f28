import type { InputOf, Operation } from '../operations/operation.js';
import { ecsError } from '../shared/ecs-error.js';
import { accepted, fieldReader, fieldsOf, flag, oneOf, text } from '../shared/fields.js';
import { err, ok } from '../shared/result.js';
import { commit } from '../state/commit.js';
import { checkImageNames } from './create-image.js';
import { imageNotAvailable, requireCustomImage } from './errors.js';
import { putImage } from './store.js';
import type { Image } from './types.js';

/**
 * `ModifyImageAttribute` parameters.
 *
 * @example
 * ```ts
 * const request: ModifyImageAttributeRequest = { regionId: 'cn-hangzhou', imageId: 'm-bp146shijn7hujku0001', status: 'Deprecated' };
 * ```
 * @category Images
 */
export interface ModifyImageAttributeRequest {
  /** Region of the custom image (required). */
  regionId?: string | undefined;
  /** The custom image (required); a public image is `InvalidImageId.NotFound`. */
  imageId?: string | undefined;
  /** New name: 2-128 characters, starting with a letter, not `aliyun`/`acs:`, unused in the region. */
  imageName?: string | undefined;
  /** New description: 2-256 characters, not starting with `http://` or `https://`. */
  description?: string | undefined;
  /** `Deprecated` or `Available` (restores a deprecated image). */
  status?: string | undefined;
  /** New image family: 2-128 characters as a name; `''` leaves the family. */
  imageFamily?: string | undefined;
  /** Accepted without effect (every image boots the same in fake-ecs). */
  bootMode?: string | undefined;
  /** Accepted without effect. */
  licenseType?: string | undefined;
  /** Validate only: a passing request fails with `DryRunOperation`. */
  dryRun?: boolean | undefined;
}

const FAMILY = /^[A-Za-z\u4e00-\u9fa5][\w.:\-\u4e00-\u9fa5]{1,127}$/;

function familyMalformed(imageFamily: string) {
  return ecsError(
    'InvalidImageFamily.Malformed',
    `The specified ImageFamily ${JSON.stringify(imageFamily)} is wrongly formed: 2-128 characters, starting with a letter, not aliyun or acs:.`,
  );
}

const FIELDS = fieldsOf<ModifyImageAttributeRequest>()(() => ({
  regionId: text.required(),
  imageId: text.required(),
  imageName: text,
  description: text,
  status: oneOf(['Available', 'Deprecated'] as const, () =>
    ecsError(
      'InvalidStatus.ValueNotSupported',
      'The specified Status is not supported; use Deprecated or Available.',
    ),
  ),
  imageFamily: text,
  bootMode: accepted<string>(),
  licenseType: accepted<string>(),
  dryRun: flag,
}));

type ModifyImageAttributeInput = InputOf<typeof FIELDS>;

/**
 * `ModifyImageAttribute`: renames, describes, deprecates or restores a custom image, or puts it
 * in an image family. A `Deprecated` image still creates instances and replaces system disks;
 * `DescribeImages` lists it only when asked for `Deprecated` (or `ALL`). Only an `Available` or
 * `Deprecated` image changes status (`IncorrectImageStatus` otherwise).
 *
 * @internal
 */
export const modifyImageAttributeOp: Operation<ModifyImageAttributeInput, Record<never, never>> = {
  action: 'ModifyImageAttribute',
  read: fieldReader(FIELDS),
  run(state, input) {
    const found = requireCustomImage(state, input.regionId, input.imageId);
    if (!found.ok) return found;
    const image = found.value;
    // Keeping its own name is no duplicate.
    const rename = input.imageName === image.imageName ? undefined : input.imageName;
    const names = checkImageNames(state, { ...input, imageName: rename });
    if (!names.ok) return names;
    const family = input.imageFamily === '' ? undefined : input.imageFamily;
    if (family !== undefined && (!FAMILY.test(family) || /^(aliyun|acs:)/i.test(family)))
      return err(familyMalformed(family));
    if (input.status !== undefined && image.status !== 'Available' && image.status !== 'Deprecated')
      return err(imageNotAvailable(image.imageId, image.status));
    const changed: Image = {
      ...image,
      imageName: input.imageName ?? image.imageName,
      description: input.description ?? image.description,
      status: input.status ?? image.status,
      ...(family === undefined ? {} : { imageFamily: family }),
    };
    return ok({ state: commit(state, { images: putImage(state.images, changed) }), response: {} });
  },
};
