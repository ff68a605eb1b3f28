import { describe, expect, it } from 'vitest';
import { expectRefused } from '../fixtures/ecs-errors.js';
import { REGION } from '../fixtures/world.js';
import { aDiskUnder, aPolicy, aPolicyWorld, policyOf, snapshotsOf } from './helpers.js';

describe('modifyAutoSnapshotPolicyEx', () => {
  it('renames and changes the retention of later snapshots only', () => {
    const ecs = aPolicyWorld();
    const policyId = aPolicy(ecs, { retentionDays: 1 });
    const diskId = aDiskUnder(ecs, policyId);
    ecs.clock.advanceTo('2026-01-01T18:00:00Z'); // 02:00 on 2 January, UTC+8
    ecs.modifyAutoSnapshotPolicyEx({
      regionId: REGION,
      autoSnapshotPolicyId: policyId,
      autoSnapshotPolicyName: 'renamed',
      retentionDays: 30,
    });
    expect(policyOf(ecs, policyId)).toMatchObject({
      autoSnapshotPolicyName: 'renamed',
      retentionDays: 30,
    });
    ecs.clock.advance('P3D');
    // The first snapshot kept its 1-day retention; the three later ones have 30 days.
    const left = ecs.describeSnapshots({ regionId: REGION, diskId }).snapshots.snapshot;
    expect(left.map((s) => s.retentionDays)).toEqual([30, 30, 30]);
  });

  it('moves the next time point at once when the hours change', () => {
    const ecs = aPolicyWorld();
    const policyId = aPolicy(ecs, { timePoints: '["2"]' });
    const diskId = aDiskUnder(ecs, policyId);
    ecs.modifyAutoSnapshotPolicyEx({
      regionId: REGION,
      autoSnapshotPolicyId: policyId,
      timePoints: '["9"]', // 09:00 UTC+8 = 01:00 UTC, an hour after the start of the clock
    });
    ecs.clock.advanceTo('2026-01-01T00:59:59Z');
    expect(snapshotsOf(ecs, diskId)).toEqual([]);
    ecs.clock.advance('PT1S');
    expect(snapshotsOf(ecs, diskId).map((s) => s.creationTime)).toEqual(['2026-01-01T01:00:00Z']);
  });

  it('moves the next time point when the weekdays change', () => {
    const ecs = aPolicyWorld();
    const policyId = aPolicy(ecs, { retentionDays: -1 });
    const diskId = aDiskUnder(ecs, policyId);
    // 2026-01-01 is a Thursday: Saturdays only, the first point is Saturday 3 January 02:00 UTC+8.
    ecs.modifyAutoSnapshotPolicyEx({
      regionId: REGION,
      autoSnapshotPolicyId: policyId,
      repeatWeekdays: '["6"]',
    });
    ecs.clock.advance('P9D');
    expect(snapshotsOf(ecs, diskId).map((s) => s.creationTime)).toEqual([
      '2026-01-02T18:00:00Z',
      '2026-01-09T18:00:00Z',
    ]);
  });

  it('succeeds and changes nothing when no attribute is given', () => {
    const ecs = aPolicyWorld();
    const policyId = aPolicy(ecs);
    const before = policyOf(ecs, policyId);
    ecs.modifyAutoSnapshotPolicyEx({ regionId: REGION, autoSnapshotPolicyId: policyId });
    expect(policyOf(ecs, policyId)).toEqual(before);
  });

  it.each<[string, Record<string, unknown>, string, number]>([
    ['no region', { regionId: undefined }, 'MissingParameter', 400],
    ['no policy', { autoSnapshotPolicyId: undefined }, 'MissingParameter', 400],
    ['an unknown region', { regionId: 'xx-1' }, 'ParameterInvalid', 403],
    ['an unknown policy', { autoSnapshotPolicyId: 'sp-bpnope' }, 'ParameterInvalid', 404],
    ['bad hours', { timePoints: '["25"]' }, 'ParameterInvalid', 403],
    ['bad weekdays', { repeatWeekdays: '["Monday"]' }, 'ParameterInvalid', 403],
    ['a bad retention', { retentionDays: 0 }, 'ParameterInvalid', 403],
    ['a bad name', { autoSnapshotPolicyName: 'x' }, 'ParameterInvalid', 403],
    ['cross-region copies', { enableCrossRegionCopy: true }, 'UnsupportedParameter', 400],
  ])('refuses %s', (_what, change, code, status) => {
    const ecs = aPolicyWorld();
    const policyId = aPolicy(ecs);
    expectRefused(
      ecs,
      () =>
        ecs.modifyAutoSnapshotPolicyEx({
          regionId: REGION,
          autoSnapshotPolicyId: policyId,
          ...change,
        }),
      code as 'ParameterInvalid',
      status,
    );
  });
});
