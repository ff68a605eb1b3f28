import { entityCountByKey } from '../shared/entity-table.js';
import { type TagsView, tagsView } from '../shared/tags.js';
import { viewTemplate } from '../shared/view-defaults.js';
import type { EcsState } from '../state/ecs-state.js';
import { POLICY_VIEW_DEFAULTS } from './policy-view-defaults.js';
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
  /** The resource group; empty for the default group. */
  resourceGroupId: string;
  /** Tags. */
  tags: TagsView;
  /** `AssociatedWithDisk`: the policy applies to the disks it is applied to (tag association is not modelled). */
  associationType: string;
  /** Encryption of cross-region copies (copies are not modelled). */
  copyEncryptionConfiguration: {
    /** Always `false`. */
    encrypted: boolean;
    /** Always empty. */
    KMSKeyId: string;
  };
  /** Tags given to the snapshots it makes (none modelled). */
  targetTags: {
    /** The tags (always empty). */
    targetTag: {
      /** The key. */
      tagKey: string;
      /** The value. */
      tagValue: string;
    }[];
  };
}

/** Every field of a policy view: the modelled ones (placeholders), then the defaults. */
const TEMPLATE = viewTemplate<AutoSnapshotPolicyView, typeof POLICY_VIEW_DEFAULTS>(
  () => ({
    autoSnapshotPolicyId: '',
    autoSnapshotPolicyName: '',
    regionId: '',
    timePoints: '',
    repeatWeekdays: '',
    retentionDays: 0,
    diskNums: 0,
    creationTime: '',
    resourceGroupId: '',
    tags: { tag: [] },
  }),
  POLICY_VIEW_DEFAULTS,
);

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
    ...TEMPLATE(),
    autoSnapshotPolicyId: policy.autoSnapshotPolicyId,
    autoSnapshotPolicyName: policy.autoSnapshotPolicyName,
    regionId: policy.regionId,
    timePoints: jsonList(policy.timePoints),
    repeatWeekdays: jsonList(policy.repeatWeekdays),
    retentionDays: policy.retentionDays,
    diskNums: entityCountByKey(state.disks, policyDisksKey(policy.autoSnapshotPolicyId)),
    creationTime: policy.creationTime,
    resourceGroupId: policy.resourceGroupId ?? '',
    tags: tagsView(policy.tags),
  };
}
