import { viewDefaults } from '../shared/view-defaults.js';

/** An empty `{ ipAddress: [] }` list of addresses. */
const NO_ADDRESSES = { ipAddress: [] as string[] };

/**
 * The `DescribeInstances` item fields fake-ecs does not model, as real ECS shows them for a
 * pay-as-you-go VPC instance without a public address, GPU, local disks, dedicated host,
 * deployment set, spot pricing or elastic IP. Listed in docs/fidelity.md.
 *
 * @internal
 */
export const INSTANCE_VIEW_DEFAULTS = viewDefaults({
  additionalInfo: { enableHighDensityMode: false, managedHostId: '', nodeSerialNumber: '' },
  autoReleaseTime: '',
  clockOptions: { ptpStatus: '' },
  clusterId: '',
  creditSpecification: '',
  dedicatedHostAttribute: {
    dedicatedHostClusterId: '',
    dedicatedHostId: '',
    dedicatedHostName: '',
  },
  dedicatedInstanceAttribute: { affinity: '', tenancy: '' },
  deploymentSetGroupNo: 0,
  deploymentSetId: '',
  deviceAvailable: true,
  expiredTime: '2099-12-31T15:59Z',
  ecsCapacityReservationAttr: { capacityReservationId: '', capacityReservationPreference: '' },
  eipAddress: {
    allocationId: '',
    bandwidth: 0,
    internetChargeType: '',
    ipAddress: '',
    isSupportUnassociate: false,
  },
  enableNVS: false,
  GPUAmount: 0,
  GPUSpec: '',
  hibernationOptions: { configured: false },
  hpcClusterId: '',
  ISP: '',
  imageOptions: { currentOSNVMeSupported: false, loginAsNonRoot: false },
  innerIpAddress: NO_ADDRESSES,
  instanceNetworkType: 'vpc',
  ioOptimized: true,
  localStorageAmount: 0,
  localStorageCapacity: 0,
  metadataOptions: {
    httpEndpoint: 'enabled',
    httpPutResponseHopLimit: 1,
    httpTokens: 'optional',
    instanceMetadataTags: 'disabled',
  },
  networkInterfaces: { networkInterface: [] as never[] },
  operationLocks: { lockReason: [] as never[] },
  privateDnsNameOptions: {
    enableInstanceIdDnsAAAARecord: false,
    enableInstanceIdDnsARecord: false,
    enableIpDnsARecord: false,
    enableIpDnsPtrRecord: false,
    hostnameType: '',
  },
  publicIpAddress: NO_ADDRESSES,
  rdmaIpAddress: NO_ADDRESSES,
  recyclable: false,
  saleCycle: '',
  securityGroupIds: { securityGroupId: [] as string[] },
  securityOptions: { enableSecureBoot: false },
  serialNumber: '',
  spotDuration: 0,
  spotInterruptionBehavior: 'Terminate',
  spotPriceLimit: 0,
  spotStrategy: 'NoSpot',
  vlanId: '',
  vpcAttributes: { natIpAddress: '', privateIpAddress: NO_ADDRESSES, vSwitchId: '', vpcId: '' },
});
