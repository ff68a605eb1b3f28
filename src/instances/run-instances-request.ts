import { type DiskSettings, ENCRYPTION_FIELDS, encryptionOf } from '../disks/disk-settings.js';
import type { Input } from '../operations/operation.js';
import {
  clientToken,
  type FieldValues,
  fieldReader,
  fieldsOf,
  flag,
  ids,
  int,
  list,
  object,
  tags,
  text,
} from '../shared/fields.js';
import { lazy } from '../shared/lazy.js';
import { ParamReader } from '../shared/params.js';
import type { TagInput } from '../shared/tags.js';
import { SETTINGS_FIELDS, splitSettings } from './instance-settings.js';

/**
 * The system disk of {@link RunInstancesRequest} (the SDK sends `size` as a string).
 *
 * @example
 * ```ts
 * const systemDisk: RunInstancesRequestSystemDisk = { category: 'cloud_essd', size: '40' };
 * ```
 * @category Instances
 */
export interface RunInstancesRequestSystemDisk {
  /** Disk category. Default `cloud_essd`. */
  category?: string | undefined;
  /** Size in GiB, at least the image size. Default max(40, image size). */
  size?: string | number | undefined;
  /** ESSD performance level. Default `PL1` for `cloud_essd`. */
  performanceLevel?: string | undefined;
  /** Disk name. */
  diskName?: string | undefined;
  /** Disk description. */
  description?: string | undefined;
  /** Encrypted disk (shown only; no data is encrypted); `'true'`/`'false'` as the SDK types it. */
  encrypted?: boolean | string | undefined;
  /** Its KMS key (a key alone means `encrypted: true`). */
  KMSKeyId?: string | undefined;
}

/**
 * One data disk of {@link RunInstancesRequest}.
 *
 * @example
 * ```ts
 * const dataDisk: RunInstancesRequestDataDisk = { category: 'cloud_essd', size: 100 };
 * ```
 * @category Instances
 */
export interface RunInstancesRequestDataDisk {
  /** Disk category. Default `cloud_essd`. */
  category?: string | undefined;
  /** Size in GiB (required unless `snapshotId` is given; then at least the snapshot's, its default). */
  size?: number | undefined;
  /** A snapshot to create the disk from: the disk reads back its content. */
  snapshotId?: string | undefined;
  /** Released with the instance. Default `true`. */
  deleteWithInstance?: boolean | undefined;
  /** ESSD performance level. Default `PL1` for `cloud_essd`. */
  performanceLevel?: string | undefined;
  /** Disk name. */
  diskName?: string | undefined;
  /** Disk description. */
  description?: string | undefined;
  /** Encrypted disk (shown only; no data is encrypted); `'true'`/`'false'` as the SDK types it. */
  encrypted?: boolean | string | undefined;
  /** Its KMS key (a key alone means `encrypted: true`). */
  KMSKeyId?: string | undefined;
}

/**
 * `RunInstances` parameters (the SDK's `RunInstancesRequest` fields fake-ecs supports).
 *
 * @example
 * ```ts
 * const request: RunInstancesRequest = {
 *   regionId: 'cn-hangzhou', imageId: 'aliyun_3_x64_20G_alibase_20240528.vhd', instanceType: 'ecs.g7.large',
 *   dataDisk: [{ category: 'cloud_essd', size: 100 }],
 * };
 * ```
 * @category Instances
 */
export interface RunInstancesRequest {
  /** Region (required). */
  regionId?: string | undefined;
  /** Zone. Default: the region's first zone. */
  zoneId?: string | undefined;
  /** Public image id, or an `Available` custom image of the region (required). */
  imageId?: string | undefined;
  /** Instance type (required), e.g. `ecs.g7.large`. */
  instanceType?: string | undefined;
  /** Name: 2-128 characters starting with a letter. Default: the instance id. */
  instanceName?: string | undefined;
  /** Description: 2-256 characters. */
  description?: string | undefined;
  /** How many instances, 1-100. Default 1. */
  amount?: number | undefined;
  /** The system disk. */
  systemDisk?: RunInstancesRequestSystemDisk | undefined;
  /** Data disks, up to 16. */
  dataDisk?: RunInstancesRequestDataDisk[] | undefined;
  /** Tags, up to 20. */
  tag?: TagInput[] | undefined;
  /**
   * The vSwitch (an `Available` one of the region). Default: the default vSwitch of the zone, in
   * the region's default VPC. Its zone is the instance's; a different `zoneId` is refused.
   */
  vSwitchId?: string | undefined;
  /** A security group of the vSwitch's VPC. Default: the default VPC's default group. */
  securityGroupId?: string | undefined;
  /** Up to 5 security groups of the vSwitch's VPC (with `securityGroupId`: all of them). */
  securityGroupIds?: string[] | undefined;
  /** The primary private IP (one instance only); default: the vSwitch's next free address. */
  privateIpAddress?: string | undefined;
  /** The host name: 2-64 letters, digits, dots or hyphens. Default: the instance id. */
  hostName?: string | undefined;
  /** User data, Base64, at most 32 KiB decoded (`describeUserData` returns it). */
  userData?: string | undefined;
  /** An SSH key pair of the region to bind (`InvalidKeyPairName.NotFound` otherwise). */
  keyPairName?: string | undefined;
  /** Refuse `deleteInstance(s)` with `InvalidOperation.DeletionProtection` until it is turned off. */
  deletionProtection?: boolean | undefined;
  /** Resource group of the instance and of the disks created with it. */
  resourceGroupId?: string | undefined;
  /** `PostPaid` (default) or `PrePaid`: shown only, fake-ecs bills every resource as pay-as-you-go. */
  instanceChargeType?: string | undefined;
  /** `PayByTraffic` (default) or `PayByBandwidth`: shown only. */
  internetChargeType?: string | undefined;
  /** Inbound public bandwidth, 1-10,000 Mbit/s: shown only. */
  internetMaxBandwidthIn?: number | undefined;
  /** Outbound public bandwidth, 0-100 Mbit/s: shown only. */
  internetMaxBandwidthOut?: number | undefined;
  /** Validate only: a passing request fails with `DryRunOperation`. */
  dryRun?: boolean | undefined;
  /** Idempotency token: a retry with the same parameters returns the same instances. */
  clientToken?: string | undefined;
}

/**
 * `RunInstances` response body.
 *
 * @example
 * ```ts
 * const body: RunInstancesResponseBody = { instanceIdSets: { instanceIdSet: ['i-bp67acfmxazb4p0001'] }, orderId: '', tradePrice: 0 };
 * ```
 * @category Instances
 */
export interface RunInstancesResponseBody {
  /** The new instances' ids. */
  instanceIdSets: {
    /** One id per instance created, in creation order. */
    instanceIdSet: string[];
  };
  /** The order of subscription instances: always empty (instances are pay-as-you-go). */
  orderId: string;
  /** The price of that order: always 0. */
  tradePrice: number;
}

const DISK_FIELDS = {
  category: text,
  size: int({ min: 1 }),
  performanceLevel: text,
  diskName: text,
  description: text,
};

const SYSTEM_DISK_FIELDS = fieldsOf<RunInstancesRequestSystemDisk>()(() => ({
  ...DISK_FIELDS,
  ...ENCRYPTION_FIELDS,
}));

const DATA_DISK_FIELDS = fieldsOf<RunInstancesRequestDataDisk>()(() => ({
  snapshotId: text,
  ...DISK_FIELDS,
  deleteWithInstance: flag.default(true),
  ...ENCRYPTION_FIELDS,
}));

/**
 * One disk of a launch as read (the system disk is released with its instance, from no
 * snapshot).
 *
 * @internal
 */
export type DiskChoice = Omit<
  FieldValues<typeof DATA_DISK_FIELDS>,
  keyof typeof ENCRYPTION_FIELDS
> & {
  /** `Encrypted` and `KMSKeyId` of this disk. */
  readonly encryption: DiskSettings;
};

function systemDisk(values: FieldValues<typeof SYSTEM_DISK_FIELDS>): DiskChoice {
  const { KMSKeyId, encrypted, ...rest } = values;
  return {
    ...rest,
    snapshotId: undefined,
    deleteWithInstance: true,
    encryption: encryptionOf({ KMSKeyId, encrypted }),
  };
}

// A data disk's size is required (the wire names it `DataDisk.N.Size`) unless it comes from a
// snapshot; the system disk's defaults.
function dataDisk(values: FieldValues<typeof DATA_DISK_FIELDS>, p: ParamReader): DiskChoice {
  const { KMSKeyId, encrypted, ...rest } = values;
  return {
    ...rest,
    size: rest.snapshotId === undefined ? p.required('size', rest.size) : rest.size,
    encryption: encryptionOf({ KMSKeyId, encrypted }),
  };
}

const noSystemDisk = lazy(() => fieldReader(SYSTEM_DISK_FIELDS, systemDisk)(new ParamReader({})));

/** What `RunInstances` and `CreateInstance` share (all but `Amount`). */
const LAUNCH_FIELDS = fieldsOf<Omit<RunInstancesRequest, 'amount'>>()(() => ({
  regionId: text.required(),
  zoneId: text,
  imageId: text.required(),
  instanceType: text.required(),
  instanceName: text,
  description: text,
  systemDisk: object(SYSTEM_DISK_FIELDS, systemDisk),
  dataDisk: list(DATA_DISK_FIELDS, 16, dataDisk),
  tag: tags,
  vSwitchId: text,
  securityGroupId: text,
  securityGroupIds: ids(16),
  privateIpAddress: text,
  ...SETTINGS_FIELDS,
  dryRun: flag,
  clientToken,
}));

function launchOf(values: FieldValues<typeof LAUNCH_FIELDS>, amount: number) {
  const { settings, rest } = splitSettings(values);
  const { systemDisk: system, dataDisk: data, ...launch } = rest;
  return {
    ...launch,
    amount,
    systemDisk: system ?? noSystemDisk(),
    dataDisks: data ?? [],
    settings,
  };
}

/**
 * Reads what `RunInstances` and `CreateInstance` share (all but `Amount`).
 *
 * @internal
 */
export const readLaunch = fieldReader(LAUNCH_FIELDS, (values) => launchOf(values, 1));

const RUN_FIELDS = fieldsOf<RunInstancesRequest>()(() => ({
  ...LAUNCH_FIELDS(),
  amount: int({ min: 1, max: 100 }).default(1),
}));

/**
 * Reads a `RunInstances` request.
 *
 * @internal
 */
export const readRunInstances = fieldReader(RUN_FIELDS, ({ amount, ...values }) =>
  launchOf(values, amount),
);

/** @internal */
export type RunInstancesInput = Input<ReturnType<typeof readLaunch>>;

/**
 * What `RunInstances` and `CreateInstance` keep on the instance (or its disks) only to return it:
 * the `stores` of both rows (docs/fidelity.md). `KeyPairName` and `DeletionProtection` are
 * modelled (checked, enforced), not only stored.
 *
 * @example
 * ```ts
 * LAUNCH_STORED.includes('HostName'); //=> true
 * ```
 * @internal
 */
export const LAUNCH_STORED: readonly string[] = Object.freeze([
  'HostName',
  'UserData',
  'ResourceGroupId',
  'InstanceChargeType',
  'InternetChargeType',
  'InternetMaxBandwidthIn',
  'InternetMaxBandwidthOut',
]);
