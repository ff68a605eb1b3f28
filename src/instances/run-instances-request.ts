import { type DiskSettings, readDiskEncryption } from '../disks/disk-settings.js';
import type { CommonInput } from '../operations/operation.js';
import { ParamReader } from '../shared/params.js';
import type { TagInput } from '../shared/tags.js';
import { type InstanceSettingsInput, readInstanceSettings } from './instance-settings.js';

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

/** @internal */
export interface DiskChoice {
  readonly category: string | undefined;
  readonly size: number | undefined;
  readonly performanceLevel: string | undefined;
  readonly diskName: string | undefined;
  readonly description: string | undefined;
  readonly deleteWithInstance: boolean;
  readonly snapshotId: string | undefined;
  /** `Encrypted` and `KMSKeyId` of this disk. */
  readonly encryption: DiskSettings;
}

/** @internal */
export interface RunInstancesInput extends CommonInput {
  readonly regionId: string;
  readonly zoneId: string | undefined;
  readonly imageId: string;
  readonly instanceType: string;
  readonly instanceName: string | undefined;
  readonly description: string | undefined;
  readonly amount: number;
  readonly systemDisk: DiskChoice;
  readonly dataDisks: readonly DiskChoice[];
  readonly tag: unknown;
  readonly vSwitchId: string | undefined;
  readonly securityGroupId: string | undefined;
  readonly securityGroupIds: readonly string[] | undefined;
  readonly privateIpAddress: string | undefined;
  readonly settings: InstanceSettingsInput;
}

function readDisk(p: ParamReader, kind: 'system' | 'data'): DiskChoice {
  const snapshotId = kind === 'data' ? p.string('snapshotId') : undefined;
  return {
    category: p.string('category'),
    // A data disk's size is required (the wire names it `DataDisk.N.Size`) unless it comes from a
    // snapshot; the system disk's defaults.
    size:
      kind === 'data' && snapshotId === undefined
        ? p.required('size', p.int('size', { min: 1 }))
        : p.int('size', { min: 1 }),
    snapshotId,
    performanceLevel: p.string('performanceLevel'),
    diskName: p.string('diskName'),
    description: p.string('description'),
    deleteWithInstance: kind === 'system' || (p.bool('deleteWithInstance') ?? true),
    encryption: readDiskEncryption(p),
  };
}

/**
 * Reads a `RunInstances` request.
 *
 * @param p - The reader.
 * @returns The typed input.
 * @internal
 */
export function readRunInstances(p: ParamReader): RunInstancesInput {
  return { ...readLaunch(p), amount: p.int('amount', { min: 1, max: 100 }) ?? 1 };
}

/**
 * Reads what `RunInstances` and `CreateInstance` share (all but `Amount`).
 *
 * @param p - The reader.
 * @returns The typed input, for one instance.
 * @internal
 */
export function readLaunch(p: ParamReader): RunInstancesInput {
  return {
    regionId: p.required('regionId', p.string('regionId')),
    zoneId: p.string('zoneId'),
    imageId: p.required('imageId', p.string('imageId')),
    instanceType: p.required('instanceType', p.string('instanceType')),
    instanceName: p.string('instanceName'),
    description: p.string('description'),
    amount: 1,
    systemDisk:
      p.object('systemDisk', (s) => readDisk(s, 'system')) ??
      readDisk(new ParamReader({}), 'system'),
    dataDisks: p.list('dataDisk', (d) => readDisk(d, 'data'), 16) ?? [],
    tag: p.passThrough('tag'),
    vSwitchId: p.string('vSwitchId'),
    securityGroupId: p.string('securityGroupId'),
    securityGroupIds: p.stringList('securityGroupIds', 16),
    privateIpAddress: p.string('privateIpAddress'),
    settings: readInstanceSettings(p),
    dryRun: p.bool('dryRun'),
    clientToken: p.clientToken(),
  };
}

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
