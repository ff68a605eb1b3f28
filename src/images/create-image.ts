import type { Operation } from '../operations/operation.js';
import { type EcsError, ecsError } from '../shared/ecs-error.js';
import { entityCountByKey } from '../shared/entity-table.js';
import { IdAllocator } from '../shared/ids.js';
import { isValidDescription, isValidName } from '../shared/names.js';
import { RESOURCE_GROUP_STORED } from '../shared/resource-groups.js';
import { err, ok, type Result } from '../shared/result.js';
import { type TagInput, validateTags } from '../shared/tags.js';
import { refreshUsage } from '../snapshots/usage.js';
import { commit } from '../state/commit.js';
import type { Transition, TransitionContext } from '../state/context.js';
import type { EcsState } from '../state/ecs-state.js';
import { scheduleTask } from '../tasks/schedule.js';
import { requireRegion } from '../world/regions.js';
import {
  type CreateImageInput,
  type CreateImageResponseBody,
  missingImageSource,
  readCreateImage,
} from './create-image-request.js';
import { resolveImageMappings } from './image-mappings.js';
import { osOfSnapshot } from './image-os.js';
import { putImage } from './store.js';
import type { Image, ImageId } from './types.js';

/**
 * Checks a custom image's new name (well formed, not used by another image of the region) and
 * description, for `CreateImage` and `ModifyImageAttribute`.
 *
 * @param state - The state.
 * @param input - The region, and the name and description given, if any.
 * @returns `true`, or `InvalidImageName.Malformed`, `InvalidImageName.Duplicated`,
 *   `InvalidDescription.Malformed`.
 * @internal
 */
export function checkImageNames(
  state: EcsState,
  input: Pick<CreateImageInput, 'regionId' | 'imageName' | 'description'>,
): Result<true, EcsError> {
  if (input.imageName !== undefined) {
    if (!isValidName(input.imageName) || /^(aliyun|acs:)/i.test(input.imageName))
      return err(
        ecsError(
          'InvalidImageName.Malformed',
          `The specified ImageName ${input.imageName} is wrongly formed: 2-128 characters, starting with a letter.`,
        ),
      );
    if (entityCountByKey(state.images, `name:${input.regionId}:${input.imageName}`) > 0)
      return err(
        ecsError(
          'InvalidImageName.Duplicated',
          `The specified image name ${input.imageName} is already in use.`,
        ),
      );
  }
  if (input.description !== undefined && !isValidDescription(input.description))
    return err(ecsError('InvalidDescription.Malformed'));
  return ok(true);
}

function run(
  state: EcsState,
  input: CreateImageInput,
  ctx: TransitionContext,
): Result<Transition<CreateImageResponseBody>, EcsError> {
  const region = requireRegion(state.world, input.regionId);
  if (!region.ok) return region;
  if (input.mappings.length === 0) return err(missingImageSource());
  const names = checkImageNames(state, input);
  if (!names.ok) return names;
  const tags = validateTags(input.tag as TagInput[] | undefined);
  if (!tags.ok) return tags;
  const laidOut = resolveImageMappings(state, input.regionId, input.mappings, input.fromSnapshotId);
  if (!laidOut.ok) return laidOut;
  const ids = new IdAllocator(state.ids);
  const imageId = ids.next('m-', input.regionId) as ImageId;
  const task = scheduleTask(state.tasks, ctx.nowMs, state.world.timings.imageCreate, {
    kind: 'image',
    id: imageId,
  });
  const image: Image = {
    seq: state.images.nextSeq,
    imageId,
    regionId: input.regionId,
    imageName: input.imageName ?? imageId,
    description: input.description ?? '',
    status: 'Creating',
    pendingTask: task.seq,
    diskDeviceMappings: laidOut.value.mappings,
    ...osOfSnapshot(state, laidOut.value.system, input),
    creationTime: ctx.now,
    tags: tags.value,
    ...(input.resourceGroupId === undefined ? {} : { resourceGroupId: input.resourceGroupId }),
  };
  const images = putImage(state.images, image);
  const snapshots = refreshUsage(
    { ...state, images },
    image.diskDeviceMappings.map((m) => m.snapshotId),
  );
  const next = commit(state, { images, snapshots, tasks: task.tasks, ids: ids.position() });
  return ok({ state: next, response: { imageId } });
}

/**
 * `CreateImage`: a custom image from snapshots, `Creating` for `timings.imageCreate`, then
 * `Available`. Its snapshots' usage becomes `image` (or `image_disk`) and they can no longer be
 * deleted while it exists.
 *
 * @internal
 */
export const createImageOp: Operation<CreateImageInput, CreateImageResponseBody> = {
  action: 'CreateImage',
  stores: RESOURCE_GROUP_STORED,
  read: readCreateImage,
  run,
};
