import { viewDefaults } from '../shared/view-defaults.js';

/**
 * The `DescribeSnapshots` item fields fake-ecs does not model, as real ECS shows them for a
 * standard, unencrypted snapshot of the default resource group. Listed in docs/fidelity.md.
 *
 * @internal
 */
export const SNAPSHOT_VIEW_DEFAULTS = viewDefaults({
  category: 'standard',
  instantAccess: false,
  instantAccessRetentionDays: 0,
  productCode: '',
  sourceStorageType: 'disk',
});
