import type { InstanceNetwork } from '../network/types.js';
import { type TagsView, tagsView } from '../shared/tags.js';
import { viewTemplate } from '../shared/view-defaults.js';
import { INSTANCE_VIEW_DEFAULTS } from './instance-view-defaults.js';
import type { Instance } from './types.js';

/**
 * An instance as `DescribeInstances` returns it: every field of the SDK's
 * `DescribeInstancesResponseBodyInstancesInstance`. Features fake-ecs does not model (networking
 * details, GPUs, dedicated hosts, spot pricing...) show the values real ECS gives when they are
 * unused (docs/fidelity.md lists them).
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
  /** Host name (default: the instance id). */
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
  /** The OS name in English. */
  OSNameEn: string;
  /** The family of its instance type, e.g. `ecs.g7`. */
  instanceTypeFamily: string;
  /** Physical cores and threads behind its vCPUs. */
  cpuOptions: {
    /** Physical cores: half the vCPUs (at least 1). */
    coreCount: number;
    /** Threads per core: 2, or 1 for a single vCPU. */
    threadsPerCore: number;
    /** Always `false`. */
    enableVISST: boolean;
    /** Always `false`. */
    enableVRDT: boolean;
    /** Always empty. */
    nestedVirtualization: string;
    /** Always empty. */
    numa: string;
    /** Always empty. */
    topologyType: string;
    /** Always empty. */
    turboMode: string;
  };
  /** Whether `DeleteInstance` is refused (`DeletionProtection` of `RunInstances`). */
  deletionProtection: boolean;
  /** The resource group; empty for the default group. */
  resourceGroupId: string;
  /** `vpc`. */
  instanceNetworkType: string;
  /** `PayByTraffic` unless `RunInstances` said otherwise. */
  internetChargeType: string;
  /** Inbound public bandwidth, Mbit/s. */
  internetMaxBandwidthIn: number;
  /** Outbound public bandwidth, Mbit/s (0: no public address). */
  internetMaxBandwidthOut: number;
  /** The key pair; empty when none. */
  keyPairName: string;
  /** Its security groups. */
  securityGroupIds: {
    /** The group ids. */
    securityGroupId: string[];
  };
  /** Its VPC placement. */
  vpcAttributes: {
    /** NAT address: always empty. */
    natIpAddress: string;
    /** Private addresses. */
    privateIpAddress: {
      /** The addresses. */
      ipAddress: string[];
    };
    /** Its vSwitch. */
    vSwitchId: string;
    /** Its VPC. */
    vpcId: string;
  };
  /** Its network interfaces (none modelled). */
  networkInterfaces: {
    /** The interfaces. */
    networkInterface: {
      /** IPv4 prefixes. */
      ipv4PrefixSets: {
        /** The prefixes. */
        ipv4PrefixSet: {
          /** A prefix. */
          ipv4Prefix: string;
        }[];
      };
      /** IPv6 prefixes. */
      ipv6PrefixSets: {
        /** The prefixes. */
        ipv6PrefixSet: {
          /** A prefix. */
          ipv6Prefix: string;
        }[];
      };
      /** IPv6 addresses. */
      ipv6Sets: {
        /** The addresses. */
        ipv6Set: {
          /** An address. */
          ipv6Address: string;
          /** Whether it is the primary one. */
          primary: boolean;
        }[];
      };
      /** MAC address. */
      macAddress: string;
      /** Interface id. */
      networkInterfaceId: string;
      /** Primary private address. */
      primaryIpAddress: string;
      /** Private addresses. */
      privateIpSets: {
        /** The addresses. */
        privateIpSet: {
          /** Whether it is the primary one. */
          primary: boolean;
          /** Its DNS name. */
          privateDnsName: string;
          /** The address. */
          privateIpAddress: string;
        }[];
      };
      /** `Primary` or `Secondary`. */
      type: string;
    }[];
  };
  /** Public addresses (none modelled). */
  publicIpAddress: {
    /** The addresses (always empty). */
    ipAddress: string[];
  };
  /** Classic-network inner addresses (always empty). */
  innerIpAddress: {
    /** The addresses (always empty). */
    ipAddress: string[];
  };
  /** RDMA addresses (always empty). */
  rdmaIpAddress: {
    /** The addresses (always empty). */
    ipAddress: string[];
  };
  /** Its elastic IP (none modelled). */
  eipAddress: {
    /** The EIP's id. */
    allocationId: string;
    /** Its bandwidth. */
    bandwidth: number;
    /** Its billing. */
    internetChargeType: string;
    /** The address. */
    ipAddress: string;
    /** Whether it can be disassociated. */
    isSupportUnassociate: boolean;
  };
  /** Carrier of a public address: always empty. */
  ISP: string;
  /** Private DNS names (none). */
  privateDnsNameOptions: {
    /** Always `false`. */
    enableInstanceIdDnsAAAARecord: boolean;
    /** Always `false`. */
    enableInstanceIdDnsARecord: boolean;
    /** Always `false`. */
    enableIpDnsARecord: boolean;
    /** Always `false`. */
    enableIpDnsPtrRecord: boolean;
    /** Always empty. */
    hostnameType: string;
  };
  /** Metadata service settings (real ECS's defaults). */
  metadataOptions: {
    /** `enabled`. */
    httpEndpoint: string;
    /** 1. */
    httpPutResponseHopLimit: number;
    /** `optional`. */
    httpTokens: string;
    /** `disabled`. */
    instanceMetadataTags: string;
  };
  /** Always `true`. */
  ioOptimized: boolean;
  /** Always `true`. */
  deviceAvailable: boolean;
  /** Local disks: always 0. */
  localStorageAmount: number;
  /** Local disk capacity: always 0. */
  localStorageCapacity: number;
  /** GPUs: always 0. */
  GPUAmount: number;
  /** GPU model: always empty. */
  GPUSpec: string;
  /** `NoSpot`. */
  spotStrategy: string;
  /** Always 0. */
  spotPriceLimit: number;
  /** Always 0. */
  spotDuration: number;
  /** `Terminate`. */
  spotInterruptionBehavior: string;
  /** Automatic release time: always empty. */
  autoReleaseTime: string;
  /** Billing cycle of a subscription: always empty. */
  saleCycle: string;
  /** Whether it can be recycled: always `false`. */
  recyclable: boolean;
  /** Serial number: always empty. */
  serialNumber: string;
  /** Burstable-instance credit mode: always empty. */
  creditSpecification: string;
  /** Deployment set: always empty. */
  deploymentSetId: string;
  /** Group in its deployment set: always 0. */
  deploymentSetGroupNo: number;
  /** Cluster: always empty. */
  clusterId: string;
  /** HPC cluster: always empty. */
  hpcClusterId: string;
  /** Classic-network VLAN: always empty. */
  vlanId: string;
  /** Always `false`. */
  enableNVS: boolean;
  /** Dedicated host placement (none). */
  dedicatedHostAttribute: {
    /** Always empty. */
    dedicatedHostClusterId: string;
    /** Always empty. */
    dedicatedHostId: string;
    /** Always empty. */
    dedicatedHostName: string;
  };
  /** Dedicated instance placement (none). */
  dedicatedInstanceAttribute: {
    /** Always empty. */
    affinity: string;
    /** Always empty. */
    tenancy: string;
  };
  /** Capacity reservation (none). */
  ecsCapacityReservationAttr: {
    /** Always empty. */
    capacityReservationId: string;
    /** Always empty. */
    capacityReservationPreference: string;
  };
  /** Hibernation (not configured). */
  hibernationOptions: {
    /** Always `false`. */
    configured: boolean;
  };
  /** Image options. */
  imageOptions: {
    /** Always `false`. */
    currentOSNVMeSupported: boolean;
    /** Always `false`. */
    loginAsNonRoot: boolean;
  };
  /** Security options. */
  securityOptions: {
    /** Always `false`. */
    enableSecureBoot: boolean;
  };
  /** Clock options. */
  clockOptions: {
    /** Always empty. */
    ptpStatus: string;
  };
  /** Placement details. */
  additionalInfo: {
    /** Always `false`. */
    enableHighDensityMode: boolean;
    /** Always empty. */
    managedHostId: string;
    /** Always empty. */
    nodeSerialNumber: string;
  };
}

/** Every field of an instance view: the modelled ones (placeholders), then the defaults. */
const TEMPLATE = viewTemplate<InstanceView, typeof INSTANCE_VIEW_DEFAULTS>(
  () => ({
    instanceId: '',
    instanceName: '',
    description: '',
    regionId: '',
    zoneId: '',
    status: '',
    instanceType: '',
    cpu: 0,
    memory: 0,
    imageId: '',
    OSName: '',
    OSType: '',
    hostName: '',
    creationTime: '',
    startTime: '',
    stoppedMode: '',
    tags: { tag: [] },
    OSNameEn: '',
    instanceTypeFamily: '',
    deletionProtection: false,
    resourceGroupId: '',
    instanceChargeType: '',
    internetChargeType: '',
    internetMaxBandwidthIn: 0,
    internetMaxBandwidthOut: 0,
    keyPairName: '',
    cpuOptions: {
      coreCount: 0,
      threadsPerCore: 0,
      enableVISST: false,
      enableVRDT: false,
      nestedVirtualization: '',
      numa: '',
      topologyType: '',
      turboMode: '',
    },
  }),
  INSTANCE_VIEW_DEFAULTS,
);

type NetworkFields = Pick<InstanceView, 'vpcAttributes' | 'networkInterfaces' | 'securityGroupIds'>;

/**
 * Where an instance sits in the network: its VPC, vSwitch and private IP, its primary network
 * interface and its security groups (the template's empty values for an instance from a world
 * saved before networks were modelled).
 */
function networkFields(network: InstanceNetwork | undefined): NetworkFields {
  if (!network)
    return {
      vpcAttributes: TEMPLATE().vpcAttributes,
      networkInterfaces: TEMPLATE().networkInterfaces,
      securityGroupIds: TEMPLATE().securityGroupIds,
    };
  const ip = network.privateIpAddress;
  return {
    vpcAttributes: {
      natIpAddress: '',
      privateIpAddress: { ipAddress: [ip] },
      vSwitchId: network.vSwitchId,
      vpcId: network.vpcId,
    },
    networkInterfaces: {
      networkInterface: [
        {
          ipv4PrefixSets: { ipv4PrefixSet: [] },
          ipv6PrefixSets: { ipv6PrefixSet: [] },
          ipv6Sets: { ipv6Set: [] },
          macAddress: network.macAddress,
          networkInterfaceId: network.networkInterfaceId,
          primaryIpAddress: ip,
          privateIpSets: {
            privateIpSet: [{ primary: true, privateDnsName: '', privateIpAddress: ip }],
          },
          type: 'Primary',
        },
      ],
    },
    securityGroupIds: { securityGroupId: [...network.securityGroupIds] },
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
  const threadsPerCore = instance.cpu > 1 ? 2 : 1;
  return {
    ...TEMPLATE(),
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
    hostName: instance.hostName ?? instance.instanceId,
    creationTime: instance.creationTime,
    startTime: instance.startTime ?? '',
    stoppedMode: instance.status === 'Stopped' ? 'KeepCharging' : 'Not-applicable',
    tags: tagsView(instance.tags),
    OSNameEn: instance.osName,
    instanceTypeFamily: instance.instanceType.split('.', 2).join('.'),
    // Stored as created (or changed); absent ones show real ECS's defaults.
    deletionProtection: instance.deletionProtection ?? false,
    resourceGroupId: instance.resourceGroupId ?? '',
    instanceChargeType: instance.instanceChargeType ?? 'PostPaid',
    internetChargeType: instance.internetChargeType ?? 'PayByTraffic',
    internetMaxBandwidthIn: instance.internetMaxBandwidthIn ?? 0,
    internetMaxBandwidthOut: instance.internetMaxBandwidthOut ?? 0,
    keyPairName: instance.keyPairName ?? '',
    cpuOptions: {
      ...TEMPLATE().cpuOptions,
      coreCount: Math.max(1, Math.floor(instance.cpu / threadsPerCore)),
      threadsPerCore,
    },
    ...networkFields(instance.network),
  };
}
