import { describe, expect, it } from 'vitest';
import { expectRefused } from '../fixtures/ecs-errors.js';
import { REGION } from '../fixtures/world.js';
import { aDiskUnder, aPolicy, aPolicyWorld } from './helpers.js';

describe('deleteAutoSnapshotPolicy', () => {
  it('removes the policy, unlinks its disks and stops its snapshots; those taken stay', () => {
    const ecs = aPolicyWorld();
    const policyId = aPolicy(ecs, { retentionDays: -1 });
    const diskId = aDiskUnder(ecs, policyId);
    ecs.clock.advance('P2D');
    expect(ecs.describeSnapshots({ regionId: REGION, diskId }).totalCount).toBe(2);
    ecs.deleteAutoSnapshotPolicy({ regionId: REGION, autoSnapshotPolicyId: policyId });
    expect(ecs.describeAutoSnapshotPolicyEx({ regionId: REGION }).totalCount).toBe(0);
    const disk = ecs.describeDisks({ regionId: REGION, diskIds: JSON.stringify([diskId]) });
    expect(disk.disks.disk[0]?.autoSnapshotPolicyId).toBe('');
    ecs.clock.advance('P5D');
    expect(ecs.describeSnapshots({ regionId: REGION, diskId }).totalCount).toBe(2);
  });

  it.each<[string, object, number]>([
    ['no region', { autoSnapshotPolicyId: 'sp-bpnope' }, 400],
    ['no policy', { regionId: REGION }, 400],
  ])('refuses %s (MissingParameter)', (_what, request, status) => {
    const ecs = aPolicyWorld();
    expectRefused(ecs, () => ecs.deleteAutoSnapshotPolicy(request), 'MissingParameter', status);
  });

  it('refuses an unknown region (ParameterInvalid 403)', () => {
    const ecs = aPolicyWorld();
    const policyId = aPolicy(ecs);
    expectRefused(
      ecs,
      () => ecs.deleteAutoSnapshotPolicy({ regionId: 'xx-1', autoSnapshotPolicyId: policyId }),
      'ParameterInvalid',
      403,
    );
  });

  it('refuses an unknown policy, or one already deleted (ParameterInvalid 404)', () => {
    const ecs = aPolicyWorld();
    const policyId = aPolicy(ecs);
    ecs.deleteAutoSnapshotPolicy({ regionId: REGION, autoSnapshotPolicyId: policyId });
    const error = expectRefused(
      ecs,
      () => ecs.deleteAutoSnapshotPolicy({ regionId: REGION, autoSnapshotPolicyId: policyId }),
      'ParameterInvalid',
      404,
    );
    expect(error.description).toMatch(/automatic snapshot policy does not exist/);
  });
});
