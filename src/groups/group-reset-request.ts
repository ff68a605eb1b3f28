import type { ResetDisksRequest } from '../disks/reset-disks.js';
import type { SnapshotGroupView } from './views.js';

/**
 * Builds the `ResetDisks` request that rolls every disk of a snapshot-consistent group back to
 * the group's instant: one `{ diskId, snapshotId }` pair per member. `ResetDisks` then rolls them
 * all back atomically (the instance `Stopped`; at most 10 disks per call, as `ResetDisks` allows).
 *
 * @param regionId - The group's region.
 * @param group - The group as `describeSnapshotGroups` shows it.
 * @returns The request for `ecs.resetDisks`.
 * @example
 * ```ts
 * const [group] = ecs.describeSnapshotGroups({ regionId, snapshotGroupId: [snapshotGroupId] }).snapshotGroups.snapshotGroup;
 * ecs.resetDisks(resetDisksRequestForGroup(regionId, group));
 * ```
 * @category Snapshot groups
 */
export function resetDisksRequestForGroup(
  regionId: string,
  group: Pick<SnapshotGroupView, 'snapshots'>,
): ResetDisksRequest {
  return {
    regionId,
    disk: group.snapshots.snapshot.map((member) => ({
      diskId: member.sourceDiskId,
      snapshotId: member.snapshotId,
    })),
  };
}
