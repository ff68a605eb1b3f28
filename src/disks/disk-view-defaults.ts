import { viewDefaults } from '../shared/view-defaults.js';

/**
 * The `DescribeDisks` item fields fake-ecs does not model, as real ECS shows them for a
 * pay-as-you-go, single-attach disk of a zone that uses no dedicated storage, bursting or
 * encryption. Listed in docs/fidelity.md.
 *
 * @internal
 */
export const DISK_VIEW_DEFAULTS = viewDefaults({
  bdfId: '',
  burstingEnabled: false,
  dataSource: { id: '', type: '' },
  diskChargeType: 'PostPaid',
  expiredTime: '2999-09-08T16:00Z',
  IOPSRead: 0,
  IOPSWrite: 0,
  mountInstanceNum: 0,
  mountInstances: { mountInstance: [] as never[] },
  multiAttach: 'Disabled',
  operationLocks: { operationLock: [] as never[] },
  placement: { zoneIds: '' },
  productCode: '',
  provisionedIops: 0,
  sourceDiskId: '',
  storageClusterId: '',
  storageSetId: '',
  storageSetPartitionNumber: 0,
  throughputRead: 0,
  throughputWrite: 0,
});
