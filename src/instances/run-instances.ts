import { BlockMap, type BlockVersion } from '../blocks/index.js';
import { enterDiskPath } from '../disks/enter-status.js';
import { imageContent, newDisk, nextDataDevice } from '../disks/new-disk.js';
import { type DiskSpec, resolveDiskSpec } from '../disks/resolve-disk-spec.js';
import { putDisk } from '../disks/store.js';
import type { Operation } from '../facade/engine.js';
import { type EcsError, ecsError } from '../shared/ecs-error.js';
import { IdAllocator } from '../shared/ids.js';
import { isValidDescription, isValidName } from '../shared/names.js';
import { err, ok, type Result } from '../shared/result.js';
import { type Tag, type TagInput, validateTags } from '../shared/tags.js';
import { commit } from '../state/commit.js';
import type { TransitionContext } from '../state/context.js';
import type { EcsState } from '../state/ecs-state.js';
import { INSTANCE_TYPES, PUBLIC_IMAGES, type PublicImage } from '../world/catalog.js';
import { requireRegion, requireZone } from '../world/regions.js';
import { enterInstancePath } from './enter-status.js';
import {
  type RunInstancesInput,
  type RunInstancesResponseBody,
  readRunInstances,
} from './run-instances-request.js';
import { putInstance } from './store.js';
import type { Instance, InstanceId } from './types.js';

interface Plan {
  readonly zoneId: string;
  readonly image: PublicImage;
  readonly system: DiskSpec;
  readonly data: readonly DiskSpec[];
  readonly tags: readonly Tag[];
}

function validateDisks(
  state: EcsState,
  input: RunInstancesInput,
  image: PublicImage,
): Result<{ system: DiskSpec; data: DiskSpec[] }, EcsError> {
  const systemSize = input.systemDisk.size;
  if (systemSize !== undefined && systemSize < image.size) {
    return err(
      ecsError(
        'InvalidSystemDiskSize.LessThanImageSize',
        `The specified parameter SystemDisk.Size ${systemSize} is less than the image size ${image.size} GiB.`,
      ),
    );
  }
  const system = resolveDiskSpec('SystemDisk', input.systemDisk, {
    category: 'cloud_essd',
    size: Math.max(40, image.size),
  });
  if (!system.ok) return system;
  const data: DiskSpec[] = [];
  for (const choice of input.dataDisks) {
    const spec = resolveDiskSpec('DataDisk', choice, { category: 'cloud_essd', size: undefined });
    if (!spec.ok) return spec;
    data.push(spec.value);
  }
  const limit = state.world.quotas.dataDisksPerInstance;
  if (data.length > limit)
    return err(
      ecsError('InstanceDiskLimitExceeded', `An instance can have at most ${limit} data disks.`),
    );
  return ok({ system: system.value, data });
}

function validateInstance(input: RunInstancesInput): Result<PublicImage, EcsError> {
  const image = PUBLIC_IMAGES.find((i) => i.imageId === input.imageId);
  if (!image)
    return err(
      ecsError('InvalidImageId.NotFound', `The specified ImageId ${input.imageId} does not exist.`),
    );
  if (!INSTANCE_TYPES[input.instanceType]) {
    return err(
      ecsError(
        'InvalidInstanceType.ValueNotSupported',
        `The specified InstanceType ${input.instanceType} is not offered; use one of ${Object.keys(INSTANCE_TYPES).join(', ')}.`,
      ),
    );
  }
  if (input.instanceName !== undefined && !isValidName(input.instanceName))
    return err(ecsError('InvalidInstanceName.Malformed'));
  if (input.description !== undefined && !isValidDescription(input.description))
    return err(ecsError('InvalidDescription.Malformed'));
  return ok(image);
}

function validate(state: EcsState, input: RunInstancesInput): Result<Plan, EcsError> {
  const region = requireRegion(state.world, input.regionId);
  if (!region.ok) return region;
  const zone = requireZone(region.value, input.zoneId);
  if (!zone.ok) return zone;
  const image = validateInstance(input);
  if (!image.ok) return image;
  const disks = validateDisks(state, input, image.value);
  if (!disks.ok) return disks;
  const tags = validateTags(input.tag as TagInput[] | undefined);
  if (!tags.ok) return tags;
  return ok({ zoneId: zone.value, image: image.value, ...disks.value, tags: tags.value });
}

function launchOne(
  state: EcsState,
  input: RunInstancesInput,
  plan: Plan,
  ctx: TransitionContext,
  ids: IdAllocator,
): { state: EcsState; instanceId: string } {
  const instanceId = ids.next('i-', input.regionId) as InstanceId;
  let { disks, tasks } = state;
  const devices = new Set<string>();
  const diskIds: string[] = [];
  const specs = [plan.system, ...plan.data];
  specs.forEach((spec, i) => {
    const choice = i === 0 ? input.systemDisk : input.dataDisks[i - 1];
    const diskId = ids.next('d-', input.regionId);
    const device = i === 0 ? '/dev/xvda' : nextDataDevice(devices);
    devices.add(device);
    const content =
      i === 0
        ? imageContent(plan.image.imageId, plan.image.usedBytes, state.world.blockSize)
        : BlockMap.empty<BlockVersion>();
    const disk = newDisk({
      seq: disks.nextSeq,
      diskId,
      regionId: input.regionId,
      zoneId: plan.zoneId,
      type: i === 0 ? 'system' : 'data',
      category: spec.category,
      performanceLevel: spec.performanceLevel,
      size: spec.size,
      diskName: choice?.diskName ?? '',
      description: choice?.description ?? '',
      tags: [],
      deleteWithInstance: choice?.deleteWithInstance ?? true,
      imageId: i === 0 ? plan.image.imageId : null,
      instanceId,
      device,
      now: ctx.now,
      content,
    });
    const entered = enterDiskPath(disk, ['Creating', 'In_use'], tasks, state.world, ctx);
    disks = putDisk(disks, entered.disk);
    tasks = entered.tasks;
    diskIds.push(diskId);
  });
  const type = INSTANCE_TYPES[input.instanceType] ?? { cpu: 0, memory: 0 };
  const instance: Instance = {
    seq: state.instances.nextSeq,
    instanceId,
    regionId: input.regionId,
    zoneId: plan.zoneId,
    instanceName: input.instanceName ?? instanceId,
    description: input.description ?? '',
    instanceType: input.instanceType,
    cpu: type.cpu,
    memory: type.memory,
    imageId: plan.image.imageId,
    osName: plan.image.osName,
    osType: plan.image.osType,
    status: 'Pending',
    plan: [],
    pendingTask: null,
    creationTime: ctx.now,
    startTime: null,
    systemDiskId: diskIds[0] ?? null,
    tags: plan.tags,
  };
  const entered = enterInstancePath(
    instance,
    ['Pending', 'Starting', 'Running'],
    tasks,
    state.world,
    ctx,
  );
  return {
    state: {
      ...state,
      instances: putInstance(state.instances, entered.instance),
      disks,
      tasks: entered.tasks,
    },
    instanceId,
  };
}

/**
 * `RunInstances`: creates 1-100 instances from a public image, each with its system disk and data
 * disks (`In_use`); each instance goes `Pending` -> `Starting` -> `Running` on the clock.
 *
 * @internal
 */
export const runInstancesOp: Operation<RunInstancesInput, RunInstancesResponseBody> = {
  action: 'RunInstances',
  read: readRunInstances,
  run(state, input, ctx) {
    const plan = validate(state, input);
    if (!plan.ok) return plan;
    const ids = new IdAllocator(state.ids);
    let next = state;
    const instanceIds: string[] = [];
    for (let n = 0; n < input.amount; n++) {
      const launched = launchOne(next, input, plan.value, ctx, ids);
      next = launched.state;
      instanceIds.push(launched.instanceId);
    }
    const committed = commit(state, {
      instances: next.instances,
      disks: next.disks,
      tasks: next.tasks,
      ids: ids.position(),
    });
    return ok({ state: committed, response: { instanceIdSets: { instanceIdSet: instanceIds } } });
  },
};
