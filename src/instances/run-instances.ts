import type { DiskSettings } from '../disks/disk-settings.js';
import { enterDiskPath } from '../disks/enter-status.js';
import { nextDataDevice } from '../disks/new-disk.js';
import { putDisk } from '../disks/store.js';
import { type ImageSource, resolveImageSource } from '../images/image-source.js';
import { connectInstance, type Placement, planPlacement } from '../network/placement.js';
import { findVSwitch, putVSwitch } from '../network/store.js';
import type { Operation } from '../operations/operation.js';
import { type EcsError, ecsError } from '../shared/ecs-error.js';
import { givenFields } from '../shared/given-fields.js';
import { IdAllocator } from '../shared/ids.js';
import { isValidDescription, isValidName } from '../shared/names.js';
import { err, ok, type Result } from '../shared/result.js';
import { type Tag, type TagInput, validateTags } from '../shared/tags.js';
import { refreshUsage } from '../snapshots/usage.js';
import { commit } from '../state/commit.js';
import type { TransitionContext } from '../state/context.js';
import type { EcsState } from '../state/ecs-state.js';
import type { InstanceTypeDetails } from '../world/instance-types.js';
import { requireInstanceType, requireZoneCategory } from '../world/offers.js';
import { requireRegion } from '../world/regions.js';
import { enterInstancePath } from './enter-status.js';
import { type InstanceSettingsInput, validateInstanceSettings } from './instance-settings.js';
import { type PlannedDisk, planInstanceDisks, plannedDisk } from './run-instances-disks.js';
import {
  LAUNCH_STORED,
  type RunInstancesInput,
  type RunInstancesResponseBody,
  readRunInstances,
} from './run-instances-request.js';
import { putInstance } from './store.js';
import type { Instance, InstanceId, InstanceStatus } from './types.js';

/** A validated create request, shared by `RunInstances` and `CreateInstance`. */
export interface LaunchPlan {
  readonly zoneId: string;
  readonly placement: Placement;
  readonly instanceType: InstanceTypeDetails;
  readonly image: ImageSource;
  readonly system: PlannedDisk;
  readonly data: readonly PlannedDisk[];
  readonly tags: readonly Tag[];
  readonly settings: InstanceSettingsInput;
}

function validateInstance(input: RunInstancesInput): Result<true, EcsError> {
  if (input.instanceName !== undefined && !isValidName(input.instanceName))
    return err(ecsError('InvalidInstanceName.Malformed'));
  if (input.description !== undefined && !isValidDescription(input.description))
    return err(ecsError('InvalidDescription.Malformed'));
  return ok(true);
}

/**
 * Validates a create request: region, zone, image, type, name, disks, tags, settings.
 *
 * @param state - The state.
 * @param input - The request.
 * @param nowMs - The time.
 * @returns The plan, or the first refusal.
 * @internal
 */
export function validateLaunch(
  state: EcsState,
  input: RunInstancesInput,
  nowMs: number,
): Result<LaunchPlan, EcsError> {
  const region = requireRegion(state.world, input.regionId);
  if (!region.ok) return region;
  const placement = planPlacement(state, region.value, input);
  if (!placement.ok) return placement;
  const zoneId = placement.value.zoneId;
  const image = resolveImageSource(state, input.imageId, input.regionId);
  if (!image.ok) return image;
  const instanceType = requireInstanceType(state.world, zoneId, input.instanceType);
  if (!instanceType.ok) return instanceType;
  const checked = validateInstance(input);
  if (!checked.ok) return checked;
  const disks = planInstanceDisks(state, { ...input, image: image.value }, nowMs);
  if (!disks.ok) return disks;
  for (const disk of [disks.value.system, ...disks.value.data]) {
    const sold = requireZoneCategory(state.world, zoneId, disk.spec.category);
    if (!sold.ok) return sold;
  }
  const tags = validateTags(input.tag as TagInput[] | undefined);
  if (!tags.ok) return tags;
  const settings = validateInstanceSettings(state, input.regionId, input.settings);
  if (!settings.ok) return settings;
  return ok({
    zoneId,
    placement: placement.value,
    instanceType: instanceType.value,
    image: image.value,
    ...disks.value,
    tags: tags.value,
    settings: settings.value,
  });
}

/**
 * Creates one instance of a plan with its disks, and starts it along `path`.
 *
 * @param state - The state.
 * @param input - The request.
 * @param plan - The validated plan.
 * @param ctx - The time.
 * @param ids - The id allocator.
 * @param path - The statuses the new instance passes through (RunInstances ends `Running`,
 *   CreateInstance `Stopped`).
 * @returns The state with the instance, and its id.
 * @internal
 */
export function launchOne(
  state: EcsState,
  input: RunInstancesInput,
  plan: LaunchPlan,
  ctx: TransitionContext,
  ids: IdAllocator,
  path: readonly InstanceStatus[],
): { state: EcsState; instanceId: string } {
  const instanceId = ids.next('i-', input.regionId) as InstanceId;
  let { disks, tasks } = state;
  const devices = new Set<string>();
  const diskIds: string[] = [];
  [plan.system, ...plan.data].forEach((planned, i) => {
    const diskId = ids.next('d-', input.regionId);
    const device = i === 0 ? '/dev/xvda' : nextDataDevice(devices);
    devices.add(device);
    const disk = plannedDisk(planned, {
      seq: disks.nextSeq,
      diskId,
      regionId: input.regionId,
      zoneId: plan.zoneId,
      type: i === 0 ? 'system' : 'data',
      imageId: i === 0 ? plan.image.imageId : null,
      instanceId,
      device,
      now: ctx.now,
      // Disks created with the instance join its resource group.
      settings: {
        ...givenFields<DiskSettings>({ resourceGroupId: plan.settings.resourceGroupId }),
        ...planned.choice?.encryption,
      },
    });
    const entered = enterDiskPath(disk, ['Creating', 'In_use'], tasks, state.world, ctx);
    disks = putDisk(disks, entered.disk);
    tasks = entered.tasks;
    diskIds.push(diskId);
  });
  const type = plan.instanceType;
  const vSwitch = findVSwitch(state, plan.placement.vSwitch.vSwitchId) ?? plan.placement.vSwitch;
  const connected = connectInstance(state.instances, plan.placement, vSwitch, ids);
  const instance: Instance = {
    seq: state.instances.nextSeq,
    instanceId,
    regionId: input.regionId,
    zoneId: plan.zoneId,
    instanceName: input.instanceName ?? instanceId,
    description: input.description ?? '',
    instanceType: input.instanceType,
    cpu: type.cpuCoreCount,
    memory: Math.round(type.memorySize * 1024),
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
    network: connected.network,
    hostName: plan.settings.hostName ?? instanceId,
    userData: plan.settings.userData ?? null,
    keyPairName: plan.settings.keyPairName ?? null,
    deletionProtection: plan.settings.deletionProtection ?? false,
    ...givenFields({ resourceGroupId: plan.settings.resourceGroupId }),
    ...plan.settings.shown,
  };
  const entered = enterInstancePath(instance, path, tasks, state.world, ctx);
  return {
    state: {
      ...state,
      instances: putInstance(state.instances, entered.instance),
      vSwitches: putVSwitch(state.vSwitches, connected.vSwitch),
      disks,
      tasks: entered.tasks,
    },
    instanceId,
  };
}

/**
 * Creates `input.amount` instances of a validated plan along `path` and commits them with their
 * disks, addresses, tasks and the usage of the snapshots their disks came from.
 *
 * @param state - The state.
 * @param input - The request.
 * @param plan - The validated plan.
 * @param ctx - The time.
 * @param path - The statuses each new instance passes through.
 * @returns The committed state and the new ids, in creation order.
 * @internal
 */
export function launchInstances(
  state: EcsState,
  input: RunInstancesInput,
  plan: LaunchPlan,
  ctx: TransitionContext,
  path: readonly InstanceStatus[],
): { state: EcsState; instanceIds: string[] } {
  const ids = new IdAllocator(state.ids);
  let next = state;
  const instanceIds: string[] = [];
  for (let n = 0; n < input.amount; n++) {
    const launched = launchOne(next, input, plan, ctx, ids, path);
    next = launched.state;
    instanceIds.push(launched.instanceId);
  }
  const sources = [plan.system, ...plan.data].map((d) => d.sourceSnapshotId);
  const committed = commit(state, {
    instances: next.instances,
    vSwitches: next.vSwitches,
    disks: next.disks,
    tasks: next.tasks,
    ids: ids.position(),
    snapshots: refreshUsage(next, sources),
  });
  return { state: committed, instanceIds };
}

const RUN_PATH: readonly InstanceStatus[] = ['Pending', 'Starting', 'Running'];

/**
 * `RunInstances`: creates 1-100 instances from a public or custom image, each with its system disk
 * and data disks (`In_use`; disks from snapshots share the snapshot's blocks by reference); each
 * instance goes `Pending` -> `Starting` -> `Running` on the clock.
 *
 * @internal
 */
export const runInstancesOp: Operation<RunInstancesInput, RunInstancesResponseBody> = {
  action: 'RunInstances',
  stores: LAUNCH_STORED,
  read: readRunInstances,
  run(state, input, ctx) {
    const plan = validateLaunch(state, input, ctx.nowMs);
    if (!plan.ok) return plan;
    const launched = launchInstances(state, input, plan.value, ctx, RUN_PATH);
    return ok({
      state: launched.state,
      response: {
        instanceIdSets: { instanceIdSet: launched.instanceIds },
        orderId: '',
        tradePrice: 0,
      },
    });
  },
};
