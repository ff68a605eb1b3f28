import type { AutoSnapshotPolicyView, Ecs, EcsOptions } from '../../src/index.js';
import { must } from '../fixtures/must.js';
import { REGION } from '../fixtures/world.js';
import { aDiskInUse, aSnapshotWorld } from '../snapshots/helpers.js';

/** Every day of the week. */
export const DAILY = '["1","2","3","4","5","6","7"]';

/** A world with 4 KiB blocks and instant snapshots (unless told otherwise). */
export function aPolicyWorld(options: EcsOptions = {}): Ecs {
  return aSnapshotWorld({ timings: 'instant', ...options });
}

/** Creates a policy (daily at 02:00 UTC+8, 7-day retention unless overridden); returns its id. */
export function aPolicy(
  ecs: Ecs,
  overrides: Partial<Parameters<Ecs['createAutoSnapshotPolicy']>[0]> = {},
): string {
  return ecs.createAutoSnapshotPolicy({
    regionId: REGION,
    timePoints: '["2"]',
    repeatWeekdays: DAILY,
    retentionDays: 7,
    ...overrides,
  }).autoSnapshotPolicyId;
}

/** A data disk in use on a Running instance, with the policy applied; returns the disk id. */
export function aDiskUnder(ecs: Ecs, policyId: string): string {
  const { diskId } = aDiskInUse(ecs);
  ecs.applyAutoSnapshotPolicy({
    regionId: REGION,
    autoSnapshotPolicyId: policyId,
    diskIds: JSON.stringify([diskId]),
  });
  return diskId;
}

/** One policy as `describeAutoSnapshotPolicyEx` shows it. */
export function policyOf(ecs: Ecs, policyId: string): AutoSnapshotPolicyView {
  const body = ecs.describeAutoSnapshotPolicyEx({
    regionId: REGION,
    autoSnapshotPolicyId: policyId,
  });
  return must(body.autoSnapshotPolicies.autoSnapshotPolicy[0], `policy ${policyId}`);
}

/** The snapshots of a disk, oldest first: name, type and status. */
export function snapshotsOf(ecs: Ecs, diskId: string) {
  return ecs
    .describeSnapshots({ regionId: REGION, diskId, pageSize: 100 })
    .snapshots.snapshot.map((s) => ({
      snapshotId: s.snapshotId,
      name: s.snapshotName ?? '',
      type: s.snapshotType,
      status: s.status,
      creationTime: s.creationTime,
    }))
    .reverse();
}
