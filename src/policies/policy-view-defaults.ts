import { viewDefaults } from '../shared/view-defaults.js';

/**
 * The `DescribeAutoSnapshotPolicyEx` item fields fake-ecs does not model, as real ECS shows them
 * for a user's own policy without cross-region copies. Listed in docs/fidelity.md.
 *
 * @internal
 */
export const POLICY_VIEW_DEFAULTS = viewDefaults({
  associationType: 'AssociatedWithDisk',
  copiedSnapshotsRetentionDays: -1,
  copyEncryptionConfiguration: { encrypted: false, KMSKeyId: '' },
  enableCrossRegionCopy: false,
  status: 'Normal',
  targetCopyRegions: '[]',
  targetTags: { targetTag: [] as never[] },
  type: 'Custom',
  volumeNums: 0,
});
