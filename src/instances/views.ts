import { type TagsView, tagsView } from '../shared/tags.js';
import type { Instance } from './types.js';

/**
 * An instance as `DescribeInstances` returns it (the SDK's
 * `DescribeInstancesResponseBodyInstancesInstance` fields fake-ecs fills).
 *
 * @example
 * ```ts
 * const item: InstanceView = ecs.describeInstances({ regionId: 'cn-hangzhou' }).instances.instance[0];
 * ```
 * @category Instances
 */
export interface InstanceView {
  /** Instance id. */
  instanceId: string;
  /** Name. */
  instanceName: string;
  /** Description. */
  description: string;
  /** Region. */
  regionId: string;
  /** Zone. */
  zoneId: string;
  /** Status. */
  status: string;
  /** Instance type. */
  instanceType: string;
  /** vCPUs. */
  cpu: number;
  /** Memory, MiB. */
  memory: number;
  /** Image id. */
  imageId: string;
  /** OS name. */
  OSName: string;
  /** `linux` or `windows`. */
  OSType: string;
  /** Host name (the instance id). */
  hostName: string;
  /** Creation time. */
  creationTime: string;
  /** Last start time (empty before the first start). */
  startTime: string;
  /** Expiry (pay-as-you-go instances never expire). */
  expiredTime: string;
  /** Always `PostPaid`. */
  instanceChargeType: string;
  /** `KeepCharging`, or `Not-applicable` while not stopped. */
  stoppedMode: string;
  /** Tags. */
  tags: TagsView;
  /** Locks (none in fake-ecs). */
  operationLocks: {
    /** The locks (always empty). */
    lockReason: {
      /** Why it is locked. */
      lockReason: string;
      /** Details. */
      lockMsg: string;
    }[];
  };
}

/**
 * Renders an instance for `DescribeInstances`.
 *
 * @param instance - The stored instance.
 * @returns The SDK-shaped item.
 * @internal
 */
export function instanceView(instance: Instance): InstanceView {
  return {
    instanceId: instance.instanceId,
    instanceName: instance.instanceName,
    description: instance.description,
    regionId: instance.regionId,
    zoneId: instance.zoneId,
    status: instance.status,
    instanceType: instance.instanceType,
    cpu: instance.cpu,
    memory: instance.memory,
    imageId: instance.imageId,
    OSName: instance.osName,
    OSType: instance.osType,
    hostName: instance.instanceId,
    creationTime: instance.creationTime,
    startTime: instance.startTime ?? '',
    expiredTime: '2099-12-31T15:59Z',
    instanceChargeType: 'PostPaid',
    stoppedMode: instance.status === 'Stopped' ? 'KeepCharging' : 'Not-applicable',
    tags: tagsView(instance.tags),
    operationLocks: { lockReason: [] },
  };
}
