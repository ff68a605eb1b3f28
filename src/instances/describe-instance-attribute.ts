import type { InputOf, Operation } from '../operations/operation.js';
import { fieldReader, fieldsOf, text } from '../shared/fields.js';
import { err, ok } from '../shared/result.js';
import { instanceNotFound } from './errors.js';
import { findInstance } from './store.js';
import type { Instance } from './types.js';
import { instanceView } from './views.js';

/**
 * `DescribeInstanceAttribute` parameters (the SDK's `DescribeInstanceAttributeRequest`).
 *
 * @example
 * ```ts
 * const request: DescribeInstanceAttributeRequest = { instanceId: 'i-bp67acfmxazb4p0001' };
 * ```
 * @category Instances
 */
export interface DescribeInstanceAttributeRequest {
  /** The instance (required). */
  instanceId?: string | undefined;
}

/**
 * A list of IP addresses, XML-style wrapped.
 *
 * @example
 * ```ts
 * const none: IpAddresses = { ipAddress: [] };
 * ```
 * @category Instances
 */
export interface IpAddresses {
  /** The addresses. */
  ipAddress: string[];
}

/**
 * `DescribeInstanceAttribute` response body: the SDK model's fields (public networking, dedicated hosts
 * and elastic IPs as an instance without them shows them).
 *
 * @example
 * ```ts
 * ecs.describeInstanceAttribute({ instanceId }).status; //=> 'Running'
 * ```
 * @category Instances
 */
export interface DescribeInstanceAttributeResponseBody {
  /** The instance. */
  instanceId: string;
  /** Its name. */
  instanceName: string;
  /** Its description. */
  description: string;
  /** The region. */
  regionId: string;
  /** The zone. */
  zoneId: string;
  /** The status. */
  status: string;
  /** The instance type. */
  instanceType: string;
  /** vCPUs. */
  cpu: number;
  /** Memory, MiB. */
  memory: number;
  /** The image. */
  imageId: string;
  /** The host name. */
  hostName: string;
  /** When it was created, `yyyy-MM-ddTHH:mmZ`. */
  creationTime: string;
  /** Expiry (pay-as-you-go: never). */
  expiredTime: string;
  /** `PostPaid`. */
  instanceChargeType: string;
  /** `PayByTraffic`. */
  internetChargeType: string;
  /** 0: no public bandwidth. */
  internetMaxBandwidthIn: number;
  /** 0: no public bandwidth. */
  internetMaxBandwidthOut: number;
  /** `vpc`. */
  instanceNetworkType: string;
  /** `optimized`. */
  ioOptimized: string;
  /** `KeepCharging` while stopped, else `Not-applicable`. */
  stoppedMode: string;
  /** Empty: no burstable credit. */
  creditSpecification: string;
  /** Empty. */
  clusterId: string;
  /** A stable serial number derived from the id. */
  serialNumber: string;
  /** Empty: no classic network. */
  vlanId: string;
  /** `false`. */
  enableJumboFrame: boolean;
  /** `false`. */
  enableNetworkEncryption: boolean;
  /** Locks: none. */
  operationLocks: {
    /** The lock reason. */
    lockReason: {
      /** The lock reason. */
      lockReason: string;
    }[];
  };
  /** Dedicated host: none. */
  dedicatedHostAttribute: {
    /** The dedicated host id. */
    dedicatedHostId: string;
    /** The dedicated host name. */
    dedicatedHostName: string;
  };
  /** Elastic IP: none. */
  eipAddress: {
    /** The allocation id. */
    allocationId: string;
    /** The bandwidth. */
    bandwidth: number;
    /** The internet charge type. */
    internetChargeType: string;
    /** The ip address. */
    ipAddress: string;
  };
  /** Classic inner addresses: none. */
  innerIpAddress: IpAddresses;
  /** Public addresses: none. */
  publicIpAddress: IpAddresses;
  /** The security groups it is in. */
  securityGroupIds: {
    /** The security group id. */
    securityGroupId: string[];
  };
  /** Its VPC, vSwitch and primary private IP. */
  vpcAttributes: {
    /** The nat ip address. */
    natIpAddress: string;
    /** The private ip address. */
    privateIpAddress: IpAddresses;
    /** The v switch id. */
    vSwitchId: string;
    /** The vpc id. */
    vpcId: string;
  };
  /** Network options. */
  networkOptions: {
    /** The bandwidth weighting. */
    bandwidthWeighting: string;
    /** The enable jumbo frame. */
    enableJumboFrame: boolean;
    /** The enable network encryption. */
    enableNetworkEncryption: boolean;
  };
  /** Security options. */
  securityOptions: {
    /** The enable secure boot. */
    enableSecureBoot: boolean;
  };
}

/** A stable UUID-shaped serial number, from the instance id. */
function serialOf(instanceId: string): string {
  const hex = [...instanceId]
    .map((c) => c.charCodeAt(0).toString(16))
    .join('')
    .padEnd(32, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/**
 * The `DescribeInstanceAttribute` view of an instance.
 *
 * @param instance - The instance.
 * @returns The response body.
 * @internal
 */
export function instanceAttributeView(instance: Instance): DescribeInstanceAttributeResponseBody {
  const view = instanceView(instance);
  return {
    instanceId: view.instanceId,
    instanceName: view.instanceName,
    description: view.description,
    regionId: view.regionId,
    zoneId: view.zoneId,
    status: view.status,
    instanceType: view.instanceType,
    cpu: view.cpu,
    memory: view.memory,
    imageId: view.imageId,
    hostName: instance.hostName ?? instance.instanceId,
    creationTime: `${instance.creationTime.slice(0, 16)}Z`,
    expiredTime: view.expiredTime,
    instanceChargeType: view.instanceChargeType,
    internetChargeType: view.internetChargeType,
    internetMaxBandwidthIn: view.internetMaxBandwidthIn,
    internetMaxBandwidthOut: view.internetMaxBandwidthOut,
    instanceNetworkType: 'vpc',
    ioOptimized: 'optimized',
    stoppedMode: view.stoppedMode,
    creditSpecification: '',
    clusterId: '',
    serialNumber: serialOf(instance.instanceId),
    vlanId: '',
    enableJumboFrame: false,
    enableNetworkEncryption: false,
    operationLocks: { lockReason: [] },
    dedicatedHostAttribute: { dedicatedHostId: '', dedicatedHostName: '' },
    eipAddress: { allocationId: '', bandwidth: 0, internetChargeType: '', ipAddress: '' },
    innerIpAddress: { ipAddress: [] },
    publicIpAddress: { ipAddress: [] },
    securityGroupIds: view.securityGroupIds,
    vpcAttributes: view.vpcAttributes,
    networkOptions: {
      bandwidthWeighting: '',
      enableJumboFrame: false,
      enableNetworkEncryption: false,
    },
    securityOptions: { enableSecureBoot: false },
  };
}

const FIELDS = fieldsOf<DescribeInstanceAttributeRequest>()(() => ({
  instanceId: text.required(),
}));

type InstanceIdInput = InputOf<typeof FIELDS>;

/**
 * `DescribeInstanceAttribute`: one instance's attributes, found by id in any region.
 *
 * @internal
 */
export const describeInstanceAttributeOp: Operation<
  InstanceIdInput,
  DescribeInstanceAttributeResponseBody
> = {
  action: 'DescribeInstanceAttribute',
  read: fieldReader(FIELDS),
  run(state, input) {
    const instance = findInstance(state, input.instanceId);
    if (!instance) return err(instanceNotFound(input.instanceId));
    return ok({ state, response: instanceAttributeView(instance) });
  },
};
