import type { InstanceTypeDetails } from '../world/instance-types.js';

/**
 * An instance type as `DescribeInstanceTypes` returns it: the catalogue's figures, and the values
 * real ECS gives for what fake-ecs does not model (no GPU, no local storage).
 *
 * @example
 * ```ts
 * const type: InstanceTypeView = ecs.describeInstanceTypes({ instanceTypes: ['ecs.g7.large'] }).instanceTypes.instanceType[0];
 * type.memorySize; //=> 8
 * ```
 * @category Catalogue
 */
export interface InstanceTypeView {
  /** Instance type id. */
  instanceTypeId: string;
  /** Instance type family. */
  instanceTypeFamily: string;
  /** Instance category. */
  instanceCategory: string;
  /** Instance family level. */
  instanceFamilyLevel: string;
  /** Cpu architecture. */
  cpuArchitecture: string;
  /** Cpu core count. */
  cpuCoreCount: number;
  /** Memory size. */
  memorySize: number;
  /** Physical processor model. */
  physicalProcessorModel: string;
  /** Cpu speed frequency. */
  cpuSpeedFrequency: number;
  /** Cpu turbo frequency. */
  cpuTurboFrequency: number;
  /** Disk quantity. */
  diskQuantity: number;
  /** Eni quantity. */
  eniQuantity: number;
  /** Eni total quantity. */
  eniTotalQuantity: number;
  /** Eni private ip address quantity. */
  eniPrivateIpAddressQuantity: number;
  /** Eni ipv6 address quantity. */
  eniIpv6AddressQuantity: number;
  /** Eni trunk supported. */
  eniTrunkSupported: boolean;
  /** Eri quantity. */
  eriQuantity: number;
  /** Instance bandwidth rx. */
  instanceBandwidthRx: number;
  /** Instance bandwidth tx. */
  instanceBandwidthTx: number;
  /** Instance pps rx. */
  instancePpsRx: number;
  /** Instance pps tx. */
  instancePpsTx: number;
  /** Local storage amount. */
  localStorageAmount: number;
  /** Local storage capacity. */
  localStorageCapacity: number;
  /** Local storage category. */
  localStorageCategory: string;
  /** Gpuamount. */
  GPUAmount: number;
  /** Gpuspec. */
  GPUSpec: string;
  /** Gpumemory size. */
  GPUMemorySize: number;
  /** Baseline credit. */
  baselineCredit: number;
  /** Initial credit. */
  initialCredit: number;
  /** Primary eni queue number. */
  primaryEniQueueNumber: number;
  /** Secondary eni queue number. */
  secondaryEniQueueNumber: number;
  /** Total eni queue quantity. */
  totalEniQueueQuantity: number;
  /** Maximum queue number per eni. */
  maximumQueueNumberPerEni: number;
  /** Queue pair number. */
  queuePairNumber: number;
  /** Nvme support. */
  nvmeSupport: string;
  /** Network encryption support. */
  networkEncryptionSupport: boolean;
  /** Jumbo frame support. */
  jumboFrameSupport: boolean;
  /** Network card quantity. */
  networkCardQuantity: number;
  /** Network cards. */
  networkCards: {
    /** Network card info. */
    networkCardInfo: {
      /** Network card index. */
      networkCardIndex: number;
    }[];
  };
  /** Supported boot modes. */
  supportedBootModes: {
    /** Supported boot mode. */
    supportedBootMode: string[];
  };
  /** Cpu options. */
  cpuOptions: {
    /** Core. */
    core: number;
    /** Threads per core. */
    threadsPerCore: number;
    /** Core factor. */
    coreFactor: number;
    /** Hyper threading adjustable. */
    hyperThreadingAdjustable: boolean;
    /** Nested virtualization support. */
    nestedVirtualizationSupport: string;
    /** Supported topology types. */
    supportedTopologyTypes: {
      /** Supported topology type. */
      supportedTopologyType: string[];
    };
  };
  /** Enhanced network. */
  enhancedNetwork: {
    /** Sriov support. */
    sriovSupport: boolean;
    /** Rss support. */
    rssSupport: boolean;
    /** Express support. */
    expressSupport: boolean;
    /** Vf queue number per eni. */
    vfQueueNumberPerEni: number;
  };
  /** Clock. */
  clock: {
    /** Ptp support. */
    ptpSupport: string;
  };
  /** Security options. */
  securityOptions: {
    /** Secure boot support. */
    secureBootSupport: string;
  };
  /** Network info. */
  networkInfo: {
    /** Bandwidth weighting. */
    bandwidthWeighting: {
      /** Weighting infos. */
      weightingInfos: {
        /** Weighting info. */
        weightingInfo: never[];
      };
    };
  };
  /** Attributes. */
  attributes: {
    /** Attribute. */
    attribute: {
      /** Name. */
      name: string;
      /** Value. */
      value: string;
    }[];
  };
}

/**
 * Renders an instance type.
 *
 * @param t - The catalogue entry.
 * @returns The SDK-shaped item.
 * @internal
 */
export function instanceTypeView(t: InstanceTypeDetails): InstanceTypeView {
  const queues = Math.min(t.cpuCoreCount, 32);
  const burstable = t.baselineCredit > 0;
  return {
    instanceTypeId: t.instanceTypeId,
    instanceTypeFamily: t.instanceTypeFamily,
    instanceCategory: t.instanceCategory,
    instanceFamilyLevel: burstable ? 'CreditEntryLevel' : 'EnterpriseLevel',
    cpuArchitecture: t.cpuArchitecture,
    cpuCoreCount: t.cpuCoreCount,
    memorySize: t.memorySize,
    physicalProcessorModel: t.physicalProcessorModel,
    cpuSpeedFrequency: t.cpuSpeedFrequency,
    cpuTurboFrequency: t.cpuTurboFrequency,
    diskQuantity: t.diskQuantity,
    eniQuantity: t.eniQuantity,
    eniTotalQuantity: t.eniQuantity,
    eniPrivateIpAddressQuantity: t.eniPrivateIpAddressQuantity,
    eniIpv6AddressQuantity: t.eniPrivateIpAddressQuantity,
    eniTrunkSupported: !burstable,
    eriQuantity: 0,
    instanceBandwidthRx: t.instanceBandwidth,
    instanceBandwidthTx: t.instanceBandwidth,
    instancePpsRx: t.instancePps,
    instancePpsTx: t.instancePps,
    localStorageAmount: 0,
    localStorageCapacity: 0,
    localStorageCategory: '',
    GPUAmount: 0,
    GPUSpec: '',
    GPUMemorySize: 0,
    baselineCredit: t.baselineCredit,
    initialCredit: burstable ? 60 : 0,
    primaryEniQueueNumber: queues,
    secondaryEniQueueNumber: Math.min(queues, 2),
    totalEniQueueQuantity: queues * t.eniQuantity,
    maximumQueueNumberPerEni: queues,
    queuePairNumber: 0,
    nvmeSupport: t.generation === 'ecs-7' ? 'required' : 'unsupported',
    networkEncryptionSupport: t.generation === 'ecs-7',
    jumboFrameSupport: !burstable,
    networkCardQuantity: 1,
    networkCards: { networkCardInfo: [{ networkCardIndex: 0 }] },
    supportedBootModes: { supportedBootMode: ['BIOS', 'UEFI'] },
    cpuOptions: {
      core: Math.max(1, t.cpuCoreCount / 2),
      threadsPerCore: t.cpuArchitecture === 'ARM' ? 1 : 2,
      coreFactor: t.cpuArchitecture === 'ARM' ? 1 : 2,
      hyperThreadingAdjustable: t.cpuArchitecture === 'X86',
      nestedVirtualizationSupport: 'unsupported',
      supportedTopologyTypes: { supportedTopologyType: [] },
    },
    enhancedNetwork: {
      sriovSupport: false,
      rssSupport: true,
      expressSupport: false,
      vfQueueNumberPerEni: 0,
    },
    clock: { ptpSupport: 'unsupported' },
    securityOptions: { secureBootSupport: 'unsupported' },
    networkInfo: { bandwidthWeighting: { weightingInfos: { weightingInfo: [] } } },
    attributes: { attribute: [] },
  };
}
