import { entityCountByKey } from '../shared/entity-table.js';
import { type TagsView, tagsView } from '../shared/tags.js';
import type { EcsState } from '../state/ecs-state.js';
import { policyDisksKey } from './store.js';
import type { AutoSnapshotPolicy } from './types.js';

/**
 * A policy as `DescribeAutoSnapshotPolicyEx` returns it: the fields of the SDK's
 * `DescribeAutoSnapshotPolicyExResponseBodyAutoSnapshotPoliciesAutoSnapshotPolicy` that fake-ecs
 * fills.
 *
 * @example
 * ```ts
 * const item: AutoSnapshotPolicyView = ecs.describeAutoSnapshotPolicyEx({ regionId: 'cn-hangzhou' }).autoSnapshotPolicies.autoSnapshotPolicy[0];
 * item.timePoints; //=> '["2"]'
 * ```
 * @category Automatic snapshot policies
 */
export interface AutoSnapshotPolicyView {
  /** The policy id. */
  autoSnapshotPolicyId: string;
  /** The name (empty when none was given). */
  autoSnapshotPolicyName: string;
  /** The region. */
  regionId: string;
  /** Hours (UTC+8) as a JSON array text, ascending, e.g. `'["4","19"]'`. */
  timePoints: string;
  /** Weekdays (1 = Monday) as a JSON array text, ascending, e.g. `'["1","7"]'`. */
  repeatWeekdays: string;
  /** Days its automatic snapshots are kept; -1 keeps them. */
  retentionDays: number;
  /** How many disks it applies to. */
  diskNums: number;
  /** How many shared block storage devices it applies to: always 0 in fake-ecs. */
  volumeNums: number;
  /** Always `Normal` (`Expire` is for overdue payment, which fake-ecs does not model). */
  status: string;
  /** Creation time, `yyyy-MM-ddTHH:mm:ssZ`. */
  creationTime: string;
  /** Always `Custom` (a user's own policy). */
  type: string;
  /** Always `false`: cross-region copies are not modelled. */
  enableCrossRegionCopy: boolean;
  /** Always `'[]'`. */
  targetCopyRegions: string;
  /** Always -1. */
  copiedSnapshotsRetentionDays: number;
  /** Always empty. */
  resourceGroupId: string;
  /** Tags. */
  tags: TagsView;
}

function jsonList(values: readonly number[]): string {
  return JSON.stringify(values.map(String));
}

/**
 * Renders a policy for `DescribeAutoSnapshotPolicyEx`; `diskNums` is read from the disks' index
 * in O(1).
 *
 * @param state - The state.
 * @param policy - The stored policy.
 * @returns The SDK-shaped item.
 * @internal
 */
export function policyView(state: EcsState, policy: AutoSnapshotPolicy): AutoSnapshotPolicyView {
  return {
    autoSnapshotPolicyId: policy.autoSnapshotPolicyId,
    autoSnapshotPolicyName: policy.autoSnapshotPolicyName,
    regionId: policy.regionId,
    timePoints: jsonList(policy.timePoints),
    repeatWeekdays: jsonList(policy.repeatWeekdays),
    retentionDays: policy.retentionDays,
    diskNums: entityCountByKey(state.disks, policyDisksKey(policy.autoSnapshotPolicyId)),
    volumeNums: 0,
    status: 'Normal',
    creationTime: policy.creationTime,
    type: 'Custom',
    enableCrossRegionCopy: false,
    targetCopyRegions: '[]',
    copiedSnapshotsRetentionDays: -1,
    resourceGroupId: '',
    tags: tagsView(policy.tags),
  };
}
