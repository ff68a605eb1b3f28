import { describe, expect, it } from 'vitest';
import type { Ecs } from '../../src/index.js';
import { expectRefused } from '../fixtures/ecs-errors.js';
import { must } from '../fixtures/must.js';
import { REGION } from '../fixtures/world.js';
import { aDiskInUse } from '../snapshots/helpers.js';
import { aDiskUnder, aPolicy, aPolicyWorld, policyOf, snapshotsOf } from './helpers.js';

function diskView(ecs: Ecs, diskId: string) {
  const body = ecs.describeDisks({ regionId: REGION, diskIds: JSON.stringify([diskId]) });
  return must(body.disks.disk[0], `disk ${diskId}`);
}

function disksUnder(ecs: Ecs, autoSnapshotPolicyId: string): string[] {
  return ecs
    .describeDisks({ regionId: REGION, autoSnapshotPolicyId })
    .disks.disk.map((d) => d.diskId);
}

describe('applyAutoSnapshotPolicy', () => {
  describe('with valid parameters', () => {
    it('links the disks: diskNums, the disk fields and the describeDisks filter', () => {
      const ecs = aPolicyWorld();
      const policyId = aPolicy(ecs);
      const one = aDiskInUse(ecs).diskId;
      const two = aDiskInUse(ecs).diskId;
      ecs.applyAutoSnapshotPolicy({
        regionId: REGION,
        autoSnapshotPolicyId: policyId,
        diskIds: JSON.stringify([one, two, one]),
      });
      expect(policyOf(ecs, policyId).diskNums).toBe(2);
      expect(diskView(ecs, one)).toMatchObject({
        autoSnapshotPolicyId: policyId,
        enableAutomatedSnapshotPolicy: true,
      });
      expect(disksUnder(ecs, policyId)).toEqual([one, two]);
    });

    it('adds a second policy beside the first (current reference: up to 10 per disk)', () => {
      const ecs = aPolicyWorld();
      const first = aPolicy(ecs);
      const second = aPolicy(ecs);
      const diskId = aDiskUnder(ecs, first);
      ecs.applyAutoSnapshotPolicy({
        regionId: REGION,
        autoSnapshotPolicyId: second,
        diskIds: JSON.stringify([diskId]),
      });
      expect(diskView(ecs, diskId).autoSnapshotPolicyId).toBe(first);
      expect([policyOf(ecs, first).diskNums, policyOf(ecs, second).diskNums]).toEqual([1, 1]);
      expect(disksUnder(ecs, second)).toEqual([diskId]);
    });

    it('takes the automatic snapshots of both policies', () => {
      const ecs = aPolicyWorld();
      const diskId = aDiskUnder(ecs, aPolicy(ecs, { timePoints: '["2"]' }));
      const diskIds = JSON.stringify([diskId]);
      const evening = aPolicy(ecs, { timePoints: '["20"]' });
      ecs.applyAutoSnapshotPolicy({ regionId: REGION, autoSnapshotPolicyId: evening, diskIds });
      ecs.clock.advance('P1D');
      const autos = snapshotsOf(ecs, diskId).filter((x) => x.type === 'auto');
      expect(autos.map((x) => x.creationTime)).toEqual([
        '2026-01-01T12:00:00Z',
        '2026-01-01T18:00:00Z',
      ]);
    });

    it('refuses an 11th policy with OperationDenied.TooManyAutoSnapshotPolicies (403)', () => {
      const ecs = aPolicyWorld();
      const diskId = aDiskUnder(ecs, aPolicy(ecs));
      for (let n = 2; n <= 10; n++)
        ecs.applyAutoSnapshotPolicy({
          regionId: REGION,
          autoSnapshotPolicyId: aPolicy(ecs),
          diskIds: JSON.stringify([diskId]),
        });
      const eleventh = aPolicy(ecs);
      expectRefused(
        ecs,
        () =>
          ecs.applyAutoSnapshotPolicy({
            regionId: REGION,
            autoSnapshotPolicyId: eleventh,
            diskIds: JSON.stringify([diskId]),
          }),
        'OperationDenied.TooManyAutoSnapshotPolicies',
        403,
      );
    });
  });

  describe('when the request is wrong', () => {
    it.each<[string, (ids: { policyId: string; diskId: string }) => object, string, number]>([
      [
        'no region',
        (x) => ({ autoSnapshotPolicyId: x.policyId, diskIds: `["${x.diskId}"]` }),
        'MissingParameter',
        400,
      ],
      [
        'no policy',
        (x) => ({ regionId: REGION, diskIds: `["${x.diskId}"]` }),
        'MissingParameter',
        400,
      ],
      [
        'no disks',
        (x) => ({ regionId: REGION, autoSnapshotPolicyId: x.policyId }),
        'MissingParameter',
        400,
      ],
      [
        'an unknown region',
        (x) => ({ regionId: 'xx-1', autoSnapshotPolicyId: x.policyId, diskIds: `["${x.diskId}"]` }),
        'ParameterInvalid',
        403,
      ],
      [
        'an unknown policy',
        (x) => ({
          regionId: REGION,
          autoSnapshotPolicyId: 'sp-bpnope',
          diskIds: `["${x.diskId}"]`,
        }),
        'ParameterInvalid',
        404,
      ],
      [
        'malformed disk ids',
        (x) => ({ regionId: REGION, autoSnapshotPolicyId: x.policyId, diskIds: x.diskId }),
        'ParameterInvalid',
        403,
      ],
      [
        'an empty disk list',
        (x) => ({ regionId: REGION, autoSnapshotPolicyId: x.policyId, diskIds: '[]' }),
        'ParameterInvalid',
        403,
      ],
      [
        'an unknown disk',
        (x) => ({
          regionId: REGION,
          autoSnapshotPolicyId: x.policyId,
          diskIds: `["${x.diskId}","d-bpnope"]`,
        }),
        'InvalidDiskId.NotFound',
        404,
      ],
    ])('refuses %s', (_what, request, code, status) => {
      const ecs = aPolicyWorld();
      const ids = { policyId: aPolicy(ecs), diskId: aDiskInUse(ecs).diskId };
      expectRefused(
        ecs,
        () => ecs.applyAutoSnapshotPolicy(request(ids)),
        code as 'ParameterInvalid',
        status,
      );
    });

    it('refuses a policy of another region (ParameterInvalid 404, "in the region")', () => {
      const ecs = aPolicyWorld();
      const policyId = aPolicy(ecs, { regionId: 'cn-shanghai' });
      const diskId = aDiskInUse(ecs).diskId;
      const error = expectRefused(
        ecs,
        () =>
          ecs.applyAutoSnapshotPolicy({
            regionId: REGION,
            autoSnapshotPolicyId: policyId,
            diskIds: JSON.stringify([diskId]),
          }),
        'ParameterInvalid',
        404,
      );
      expect(error.description).toMatch(/does not exist in the region/);
    });

    it('refuses a disk of another region (InvalidDiskId.NotFound)', () => {
      const ecs = aPolicyWorld();
      const policyId = aPolicy(ecs, { regionId: 'cn-shanghai' });
      const diskId = aDiskInUse(ecs).diskId;
      expectRefused(
        ecs,
        () =>
          ecs.applyAutoSnapshotPolicy({
            regionId: 'cn-shanghai',
            autoSnapshotPolicyId: policyId,
            diskIds: JSON.stringify([diskId]),
          }),
        'InvalidDiskId.NotFound',
      );
    });
  });
});

describe('cancelAutoSnapshotPolicy', () => {
  it('unlinks the disks; their automatic snapshots stay', () => {
    const ecs = aPolicyWorld();
    const policyId = aPolicy(ecs);
    const diskId = aDiskUnder(ecs, policyId);
    ecs.clock.advance('P1D');
    ecs.cancelAutoSnapshotPolicy({ regionId: REGION, diskIds: JSON.stringify([diskId]) });
    expect(diskView(ecs, diskId)).toMatchObject({
      autoSnapshotPolicyId: '',
      enableAutomatedSnapshotPolicy: false,
    });
    expect(policyOf(ecs, policyId).diskNums).toBe(0);
    const autos = ecs.describeSnapshots({ regionId: REGION, diskId, snapshotType: 'auto' });
    expect(autos.totalCount).toBe(1);
    ecs.clock.advance('P3D');
    expect(ecs.describeSnapshots({ regionId: REGION, diskId }).totalCount).toBe(1);
  });

  it('with a policy id, unlinks only the disks under that policy', () => {
    const ecs = aPolicyWorld();
    const first = aPolicy(ecs);
    const second = aPolicy(ecs);
    const a = aDiskUnder(ecs, first);
    const b = aDiskUnder(ecs, second);
    const c = aDiskInUse(ecs).diskId;
    ecs.cancelAutoSnapshotPolicy({
      regionId: REGION,
      autoSnapshotPolicyId: second,
      diskIds: JSON.stringify([a, b, c]),
    });
    expect([a, b, c].map((d) => diskView(ecs, d).autoSnapshotPolicyId)).toEqual([first, '', '']);
  });

  it('without a policy id, refuses a disk with two policies (OperationDenied.TooManyAutoSnapshotPolicies)', () => {
    const ecs = aPolicyWorld();
    const first = aPolicy(ecs);
    const second = aPolicy(ecs);
    const diskId = aDiskUnder(ecs, first);
    const diskIds = JSON.stringify([diskId]);
    ecs.applyAutoSnapshotPolicy({ regionId: REGION, autoSnapshotPolicyId: second, diskIds });
    expectRefused(
      ecs,
      () => ecs.cancelAutoSnapshotPolicy({ regionId: REGION, diskIds }),
      'OperationDenied.TooManyAutoSnapshotPolicies',
      403,
    );
    ecs.cancelAutoSnapshotPolicy({ regionId: REGION, diskIds, autoSnapshotPolicyId: first });
    expect(diskView(ecs, diskId).autoSnapshotPolicyId).toBe(second);
    ecs.cancelAutoSnapshotPolicy({ regionId: REGION, diskIds });
    expect(diskView(ecs, diskId)).toMatchObject({
      autoSnapshotPolicyId: '',
      enableAutomatedSnapshotPolicy: false,
    });
  });

  it.each<[string, (x: { diskId: string }) => object, string, number]>([
    ['no region', (x) => ({ diskIds: `["${x.diskId}"]` }), 'MissingParameter', 400],
    ['no disks', () => ({ regionId: REGION }), 'MissingParameter', 400],
    [
      'an unknown region',
      (x) => ({ regionId: 'xx-1', diskIds: `["${x.diskId}"]` }),
      'ParameterInvalid',
      403,
    ],
    [
      'malformed disk ids',
      () => ({ regionId: REGION, diskIds: '["d-1"' }),
      'ParameterInvalid',
      403,
    ],
    [
      'an unknown policy',
      (x) => ({ regionId: REGION, diskIds: `["${x.diskId}"]`, autoSnapshotPolicyId: 'sp-bpnope' }),
      'ParameterInvalid',
      404,
    ],
    [
      'an unknown disk',
      () => ({ regionId: REGION, diskIds: '["d-bpnope"]' }),
      'InvalidDiskId.NotFound',
      404,
    ],
  ])('refuses %s', (_what, request, code, status) => {
    const ecs = aPolicyWorld();
    const diskId = aDiskUnder(ecs, aPolicy(ecs));
    expectRefused(
      ecs,
      () => ecs.cancelAutoSnapshotPolicy(request({ diskId })),
      code as 'ParameterInvalid',
      status,
    );
  });
});
