import { findDisk } from '../disks/store.js';
import type { InputOf, Operation } from '../operations/operation.js';
import { ecsError } from '../shared/ecs-error.js';
import { entityIdsByKey, entityRemove } from '../shared/entity-table.js';
import { fieldReader, fieldsOf, flag, text } from '../shared/fields.js';
import { err, ok } from '../shared/result.js';
import { refreshUsage } from '../snapshots/usage.js';
import { commit } from '../state/commit.js';
import type { EcsState } from '../state/ecs-state.js';
import { requireCustomImage } from './errors.js';
import { imageIndexKeys } from './store.js';
import type { Image } from './types.js';

/**
 * `DeleteImage` parameters.
 *
 * @example
 * ```ts
 * const request: DeleteImageRequest = { regionId: 'cn-hangzhou', imageId: 'm-bp146shijn7hujku0001' };
 * ```
 * @category Images
 */
export interface DeleteImageRequest {
  /** Region (required). */
  regionId?: string | undefined;
  /** The custom image (required). */
  imageId?: string | undefined;
  /** Delete it even while instances run from it. */
  force?: boolean | undefined;
  /** Validate only. */
  dryRun?: boolean | undefined;
}

/**
 * The instances whose current system disk was made from a custom image: found through the disks
 * made from its system snapshot (an index), never by scanning the instances.
 *
 * @param state - The state.
 * @param image - The image.
 * @returns Instance ids.
 * @internal
 */
export function instancesUsingImage(state: EcsState, image: Image): string[] {
  const system = image.diskDeviceMappings[0]?.snapshotId;
  if (!system) return [];
  return entityIdsByKey(state.disks, `snapshot:${system}`).flatMap((id) => {
    const disk = findDisk(state, id);
    return disk?.type === 'system' && disk.imageId === image.imageId && disk.instanceId
      ? [disk.instanceId]
      : [];
  });
}

const FIELDS = fieldsOf<DeleteImageRequest>()(() => ({
  regionId: text.required(),
  imageId: text.required(),
  force: flag.default(false),
  dryRun: flag,
}));

type DeleteImageInput = InputOf<typeof FIELDS>;

/**
 * `DeleteImage`: releases a custom image; its snapshots lose their `image` usage and can be
 * deleted again. Refused while instances run from it, unless `force`.
 *
 * @internal
 */
export const deleteImageOp: Operation<DeleteImageInput, Record<never, never>> = {
  action: 'DeleteImage',
  read: fieldReader(FIELDS),
  run(state, input) {
    const found = requireCustomImage(state, input.regionId, input.imageId);
    if (!found.ok) return found;
    const image = found.value;
    const users = instancesUsingImage(state, image);
    if (users.length > 0 && !input.force)
      return err(
        ecsError(
          'ImageUsingByInstance',
          `The specified image has been used to create instances: ${users.join(', ')}. Pass force to delete it anyway.`,
        ),
      );
    const images = entityRemove(state.images, image.imageId, imageIndexKeys);
    const snapshots = refreshUsage(
      { ...state, images },
      image.diskDeviceMappings.map((m) => m.snapshotId),
    );
    return ok({ state: commit(state, { images, snapshots }), response: {} });
  },
};
