import { viewTemplate } from '../shared/view-defaults.js';
import { snapshotProgress } from '../snapshots/progress.js';
import type { Snapshot } from '../snapshots/types.js';
import type { EcsState } from '../state/ecs-state.js';
import { groupMembers, groupProgress } from './group-progress.js';
import {
  SNAPSHOT_GROUP_MEMBER_VIEW_DEFAULTS,
  SNAPSHOT_GROUP_VIEW_DEFAULTS,
} from './group-view-defaults.js';
import type { SnapshotGroup } from './types.js';

/**
 * A tag as `DescribeSnapshotGroups` shows it (the SDK's `...SnapshotGroupTagsTag`: `key` and
 * `value`, unlike `DescribeSnapshots`' `tagKey` / `tagValue`).
 *
 * @example
 * ```ts
 * const tag: SnapshotGroupTagView = { key: 'env', value: 'prod' };
 * ```
 * @category Snapshot groups
 */
export interface SnapshotGroupTagView {
  /** The key. */
  key: string;
  /** The value. */
  value: string;
}

/**
 * One member snapshot of a group as `DescribeSnapshotGroups` shows it (the SDK's
 * `DescribeSnapshotGroupsResponseBodySnapshotGroupsSnapshotGroupSnapshotsSnapshot`).
 *
 * @example
 * ```ts
 * const member: SnapshotGroupMemberView = ecs.describeSnapshotGroups({ regionId }).snapshotGroups.snapshotGroup[0].snapshots.snapshot[0];
 * member.progress; //=> '40%'
 * ```
 * @category Snapshot groups
 */
export interface SnapshotGroupMemberView {
  /** The member snapshot. */
  snapshotId: string;
  /** The disk it captured. */
  sourceDiskId: string;
  /** `system` or `data`. */
  sourceDiskType: string;
  /** Copy progress, `"0%"` to `"100%"`, from the virtual clock. */
  progress: string;
  /** Whether it can be used (ESSD-series snapshots at once). */
  available: boolean;
  /** Always `false`: instant access is deprecated. */
  instantAccess: boolean;
  /** Always 0: instant access is deprecated. */
  instantAccessRetentionDays: number;
  /** Tags of the snapshot. */
  tags: {
    /** The tags. */
    tag: SnapshotGroupTagView[];
  };
}

/**
 * A snapshot-consistent group as `DescribeSnapshotGroups` returns it (the SDK's
 * `DescribeSnapshotGroupsResponseBodySnapshotGroupsSnapshotGroup`), plus two fake-ecs extra
 * fields for the console's "Instance Snapshots" view: `progress` and `remainTime`.
 *
 * @example
 * ```ts
 * const group: SnapshotGroupView = ecs.describeSnapshotGroups({ regionId }).snapshotGroups.snapshotGroup[0];
 * group.status; //=> 'progressing'
 * group.remainTime; //=> 90
 * ```
 * @category Snapshot groups
 */
export interface SnapshotGroupView {
  /** The group id (`ssg-...`). */
  snapshotGroupId: string;
  /** The name (empty when none). */
  name: string;
  /** The description (empty when none). */
  description: string;
  /** The instance whose disks it holds (empty when its disks belong to none or several). */
  instanceId: string;
  /** Creation time, `yyyy-MM-ddTHH:mm:ssZ`: the instant every member captured its disk. */
  creationTime: string;
  /** `progressing` while any member is, else `failed` if any member failed, else `accomplished`. */
  status: string;
  /** Documented by ECS as not populated: always empty. */
  progressStatus: string;
  /** The resource group; empty for the default group. */
  resourceGroupId: string;
  /** fake-ecs extra field: the least advanced member's progress, `"0%"` to `"100%"`. */
  progress: string;
  /**
   * fake-ecs extra field: the estimated remaining time of the whole group in whole seconds, the
   * largest member `remainTime` (0 once nothing progresses).
   */
  remainTime: number;
  /** The member snapshots, in selection order (a member deleted on its own is left out). */
  snapshots: {
    /** The members. */
    snapshot: SnapshotGroupMemberView[];
  };
  /** Tags of the group. */
  tags: {
    /** The tags. */
    tag: SnapshotGroupTagView[];
  };
}

/** Every field of a member view: the modelled ones (placeholders), then the defaults. */
const MEMBER_TEMPLATE = viewTemplate<
  SnapshotGroupMemberView,
  typeof SNAPSHOT_GROUP_MEMBER_VIEW_DEFAULTS
>(
  () => ({
    snapshotId: '',
    sourceDiskId: '',
    sourceDiskType: '',
    progress: '',
    available: false,
    tags: { tag: [] },
  }),
  SNAPSHOT_GROUP_MEMBER_VIEW_DEFAULTS,
);

/** Every field of a group view: the modelled ones (placeholders), then the defaults. */
const TEMPLATE = viewTemplate<SnapshotGroupView, typeof SNAPSHOT_GROUP_VIEW_DEFAULTS>(
  () => ({
    snapshotGroupId: '',
    name: '',
    description: '',
    instanceId: '',
    creationTime: '',
    status: '',
    progress: '',
    remainTime: 0,
    snapshots: { snapshot: [] },
    tags: { tag: [] },
    resourceGroupId: '',
  }),
  SNAPSHOT_GROUP_VIEW_DEFAULTS,
);

function memberView(snapshot: Snapshot, nowMs: number): SnapshotGroupMemberView {
  return {
    ...MEMBER_TEMPLATE(),
    snapshotId: snapshot.snapshotId,
    sourceDiskId: snapshot.sourceDiskId,
    sourceDiskType: snapshot.sourceDiskType,
    progress: `${snapshotProgress(snapshot, nowMs).percent}%`,
    available: snapshot.available,
    tags: { tag: snapshot.tags.map((t) => ({ key: t.key, value: t.value })) },
  };
}

/**
 * Renders a group for `DescribeSnapshotGroups`.
 *
 * @param state - The state (for the members).
 * @param group - The stored group.
 * @param nowMs - The current time, for status, progress and remaining time.
 * @returns The SDK-shaped item.
 * @example
 * ```ts
 * snapshotGroupView(state, group, ctx.nowMs).snapshots.snapshot.length; //=> 2
 * ```
 * @internal
 */
export function snapshotGroupView(
  state: EcsState,
  group: SnapshotGroup,
  nowMs: number,
): SnapshotGroupView {
  const members = groupMembers(state, group);
  const { status, percent, remainTime } = groupProgress(members, nowMs);
  return {
    ...TEMPLATE(),
    snapshotGroupId: group.snapshotGroupId,
    name: group.name,
    description: group.description,
    instanceId: group.instanceId ?? '',
    creationTime: group.creationTime,
    status,
    progress: `${percent}%`,
    remainTime,
    snapshots: { snapshot: members.map((m) => memberView(m, nowMs)) },
    tags: { tag: group.tags.map((t) => ({ key: t.key, value: t.value })) },
    resourceGroupId: group.resourceGroupId ?? '',
  };
}
