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
  instanceTypeId: string;
  instanceTypeFamily: string;
  instanceCategory: string;
  instanceFamilyLevel: string;
  cpuArchitecture: string;
  cpuCoreCount: number;
  memorySize: number;
  physicalProcessorModel: string;
  cpuSpeedFrequency: number;
  cpuTurboFrequency: number;
  diskQuantity: number;
  eniQuantity: number;
  eniTotalQuantity: number;
  eniPrivateIpAddressQuantity: number;
  eniIpv6AddressQuantity: number;
  eniTrunkSupported: boolean;
  eriQuantity: number;
  instanceBandwidthRx: number;
  instanceBandwidthTx: number;
  instancePpsRx: number;
  instancePpsTx: number;
  localStorageAmount: number;
  localStorageCapacity: number;
  localStorageCategory: string;
  GPUAmount: number;
  GPUSpec: string;
  GPUMemorySize: number;
  baselineCredit: number;
  initialCredit: number;
  primaryEniQueueNumber: number;
  secondaryEniQueueNumber: number;
  totalEniQueueQuantity: number;
  maximumQueueNumberPerEni: number;
  queuePairNumber: number;
  nvmeSupport: string;
  networkEncryptionSupport: boolean;
  jumboFrameSupport: boolean;
  networkCardQuantity: number;
  networkCards: { networkCardInfo: { networkCardIndex: number }[] };
  supportedBootModes: { supportedBootMode: string[] };
  cpuOptions: {
    core: number;
    threadsPerCore: number;
    coreFactor: number;
    hyperThreadingAdjustable: boolean;
    nestedVirtualizationSupport: string;
    supportedTopologyTypes: { supportedTopologyType: string[] };
  };
  enhancedNetwork: {
    sriovSupport: boolean;
    rssSupport: boolean;
    expressSupport: boolean;
    vfQueueNumberPerEni: number;
  };
  clock: { ptpSupport: string };
  securityOptions: { secureBootSupport: string };
  networkInfo: { bandwidthWeighting: { weightingInfos: { weightingInfo: never[] } } };
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
  };
}
