import type { Timestamp } from '../clock/timestamp.js';
import type { InstanceNetwork } from '../network/types.js';
import type { Tag } from '../shared/tags.js';

/**
 * An instance id (`i-` + 20 lowercase alphanumerics).
 *
 * @example
 * ```ts
 * const id = 'i-bp67acfmxazb4p0001' as InstanceId;
 * ```
 * @category Instances
 */
export type InstanceId = string & {
  /** Nominal marker for the type checker; absent at run time. */ readonly __brand: 'InstanceId';
};

/**
 * Instance statuses, spelled as ECS spells them.
 *
 * @example
 * ```ts
 * const status: InstanceStatus = 'Running';
 * ```
 * @category Instances
 */
export type InstanceStatus = 'Pending' | 'Starting' | 'Running' | 'Stopping' | 'Stopped';

/**
 * An ECS instance as the world stores it.
 *
 * @example
 * ```ts
 * ecs.state.instances.rows; // instances by id
 * ```
 * @category Instances
 */
export interface Instance extends ShownInstanceSettings {
  /** Creation order. */
  readonly seq: number;
  /** The instance id. */
  readonly instanceId: InstanceId;
  /** The region. */
  readonly regionId: string;
  /** The zone. */
  readonly zoneId: string;
  /** The name (defaults to the id, as ECS does). */
  readonly instanceName: string;
  /** The description. */
  readonly description: string;
  /** The instance type, e.g. `ecs.g7.large`. */
  readonly instanceType: string;
  /** vCPUs. */
  readonly cpu: number;
  /** Memory in MiB. */
  readonly memory: number;
  /** The image the system disk was created from. */
  readonly imageId: string;
  /** The operating system's name. */
  readonly osName: string;
  /** `linux` or `windows`. */
  readonly osType: string;
  /** The current status. */
  readonly status: InstanceStatus;
  /** Statuses still to pass through, each after its timing (e.g. `['Running']` while `Starting`). */
  readonly plan: readonly InstanceStatus[];
  /** The scheduled task that ends the current transient status, if any. */
  readonly pendingTask: number | null;
  /** When it was created. */
  readonly creationTime: Timestamp;
  /** When it last reached `Running`. */
  readonly startTime: Timestamp | null;
  /** The system disk, once created. */
  readonly systemDiskId: string | null;
  /** Tags. */
  readonly tags: readonly Tag[];
  /**
   * Its vSwitch, primary network interface, private IP and security groups (absent only in
   * worlds saved before fake-ecs modelled networks).
   */
  readonly network?: InstanceNetwork | undefined;
  /** The resource group it joined (`JoinResourceGroup`); absent: the default group. */
  readonly resourceGroupId?: string | undefined;
  /** The host name (default: the instance id). Absent in worlds saved before it was kept. */
  readonly hostName?: string | undefined;
  /** The user data, Base64 as given (`DescribeUserData`); `null` or absent when none. */
  readonly userData?: string | null | undefined;
  /** The SSH key pair bound to it, by name; `null` or absent when none. */
  readonly keyPairName?: string | null | undefined;
  /** Whether `DeleteInstance(s)` is refused (`InvalidOperation.DeletionProtection`). */
  readonly deletionProtection?: boolean | undefined;
}

/**
 * Creation parameters an instance keeps only to show them (`DescribeInstances`): stored as given;
 * absent ones show real ECS's defaults. Only stated fields are present, so saved worlds of
 * earlier versions load unchanged.
 *
 * @example
 * ```ts
 * const shown: ShownInstanceSettings = { internetChargeType: 'PayByBandwidth', internetMaxBandwidthOut: 5 };
 * ```
 * @category Instances
 */
export interface ShownInstanceSettings {
  /** `PostPaid` (default) or `PrePaid`. */
  readonly instanceChargeType?: string | undefined;
  /** `PayByTraffic` (default) or `PayByBandwidth`. */
  readonly internetChargeType?: string | undefined;
  /** Inbound public bandwidth, Mbit/s. */
  readonly internetMaxBandwidthIn?: number | undefined;
  /** Outbound public bandwidth, Mbit/s. */
  readonly internetMaxBandwidthOut?: number | undefined;
}
