// One week of a daily automatic snapshot policy with 7-day retention on a disk the guest writes
// every day (issue 6): the steady state, incremental sizes, the chain's capacity, and what
// deleting the policy stops and keeps.
import { describe, expect, it } from 'vitest';
import { findSnapshot } from '../../src/snapshots/store.js';
import { REGION } from '../fixtures/world.js';
import { aDiskUnder, aPolicy, aPolicyWorld, DAILY, snapshotsOf } from '../policies/helpers.js';
import { BLOCK, chainOf, writeBlocks } from '../snapshots/helpers.js';

/** The disk holds 100 blocks; every day the guest rewrites 5 of them (blocks 5d .. 5d+4). */
function aWeekOfDailySnapshots() {
  const ecs = aPolicyWorld({ timings: { snapshotStartup: 30, snapshotThroughput: BLOCK } });
  const policyId = aPolicy(ecs, { timePoints: '["2"]', repeatWeekdays: DAILY, retentionDays: 7 });
  const diskId = aDiskUnder(ecs, policyId);
  writeBlocks(ecs, diskId, 0, 100);
  const day = (d: number) => {
    ecs.clock.advance('P1D');
    writeBlocks(ecs, diskId, (5 * d) % 100, 5);
  };
  return { ecs, policyId, diskId, day };
}

describe('scenario: a daily automatic snapshot policy', () => {
  it('holds 7 snapshots at steady state, each copying only what changed', () => {
    const { ecs, diskId, day } = aWeekOfDailySnapshots();
    for (let d = 1; d <= 7; d++) day(d);
    const week = snapshotsOf(ecs, diskId);
    expect(week.map((s) => s.name)).toEqual([
      'auto_20260102_1',
      'auto_20260103_1',
      'auto_20260104_1',
      'auto_20260105_1',
      'auto_20260106_1',
      'auto_20260107_1',
      'auto_20260108_1',
    ]);
    expect(week.every((s) => s.type === 'auto' && s.status === 'accomplished')).toBe(true);
    // The first is full (100 blocks); each later one copies the 5 blocks written that day.
    const own = week.map((s) => findSnapshot(ecs.state, s.snapshotId)?.ownBlocks);
    expect(own).toEqual([100, 5, 5, 5, 5, 5, 5]);
    expect(chainOf(ecs, diskId)).toMatchObject({ totalCount: 7, totalSize: 130 * BLOCK });

    // Days 8 to 14: each new snapshot arrives as the one a week older expires.
    for (let d = 8; d <= 14; d++) {
      day(d);
      expect(snapshotsOf(ecs, diskId)).toHaveLength(7);
    }
    // The oldest live snapshot now holds what the released ones still shared with it.
    const later = snapshotsOf(ecs, diskId).map((s) => findSnapshot(ecs.state, s.snapshotId));
    expect(later.map((s) => s?.ownBlocks)).toEqual([100, 5, 5, 5, 5, 5, 5]);
    expect(chainOf(ecs, diskId)).toMatchObject({ totalCount: 7, totalSize: 130 * BLOCK });
    expect(ecs.describeSnapshotsUsage({ regionId: REGION }).snapshotSize).toBe(130 * BLOCK);
  });

  it('stops taking snapshots once the policy is deleted; the manual ones stay', () => {
    const { ecs, policyId, diskId, day } = aWeekOfDailySnapshots();
    for (let d = 1; d <= 7; d++) day(d);
    const manual = ecs.createSnapshot({ diskId, snapshotName: 'before-cleanup' }).snapshotId;
    ecs.clock.settle();
    ecs.deleteAutoSnapshotPolicy({ regionId: REGION, autoSnapshotPolicyId: policyId });
    for (let d = 8; d <= 21; d++) day(d);
    // No automatic snapshot since; those taken expired after their 7 days; the manual one stays.
    expect(snapshotsOf(ecs, diskId).map((s) => [s.snapshotId, s.type])).toEqual([[manual, 'user']]);
    expect(ecs.describeAutoSnapshotPolicyEx({ regionId: REGION }).totalCount).toBe(0);
  });
});
