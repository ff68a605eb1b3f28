import { viewDefaults } from '../shared/view-defaults.js';

/**
 * The `DescribeSnapshotGroups` item fields fake-ecs does not model. Listed in docs/fidelity.md.
 *
 * @internal
 */
export const SNAPSHOT_GROUP_VIEW_DEFAULTS = viewDefaults({
  progressStatus: '',
});

/**
 * The fields of a group's member snapshot fake-ecs does not model (instant access is
 * deprecated). Listed in docs/fidelity.md.
 *
 * @internal
 */
export const SNAPSHOT_GROUP_MEMBER_VIEW_DEFAULTS = viewDefaults({
  instantAccess: false,
  instantAccessRetentionDays: 0,
});
