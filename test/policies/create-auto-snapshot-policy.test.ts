import { describe, expect, it } from 'vitest';
import { createEcs } from '../../src/index.js';
import { expectRefused } from '../fixtures/ecs-errors.js';
import { REGION } from '../fixtures/world.js';
import { aPolicy, aPolicyWorld, DAILY, policyOf } from './helpers.js';

const VALID = { regionId: REGION, timePoints: '["2"]', repeatWeekdays: DAILY, retentionDays: 7 };

describe('createAutoSnapshotPolicy', () => {
  describe('with valid parameters', () => {
    it('creates a policy with an sp- id of the region, listed with its attributes', () => {
      const ecs = aPolicyWorld();
      const id = aPolicy(ecs, {
        timePoints: '["19","4","4"]',
        repeatWeekdays: '["7","1"]',
        retentionDays: -1,
        autoSnapshotPolicyName: 'nightly',
        tag: [{ key: 'env', value: 'prod' }],
      });
      expect(id).toMatch(/^sp-bp[0-9a-z]{18}$/);
      expect(policyOf(ecs, id)).toEqual({
        autoSnapshotPolicyId: id,
        autoSnapshotPolicyName: 'nightly',
        regionId: REGION,
        timePoints: '["4","19"]',
        repeatWeekdays: '["1","7"]',
        retentionDays: -1,
        diskNums: 0,
        volumeNums: 0,
        status: 'Normal',
        creationTime: '2026-01-01T00:00:00Z',
        type: 'Custom',
        enableCrossRegionCopy: false,
        targetCopyRegions: '[]',
        copiedSnapshotsRetentionDays: -1,
        resourceGroupId: '',
        tags: { tag: [{ tagKey: 'env', tagValue: 'prod' }] },
        associationType: 'AssociatedWithDisk',
        copyEncryptionConfiguration: { encrypted: false, KMSKeyId: '' },
        targetTags: { targetTag: [] },
      });
    });

    it('accepts real arrays, numbers and numeric strings, and the unmodelled defaults', () => {
      const ecs = aPolicyWorld();
      const request = {
        ...VALID,
        timePoints: [0, '23'],
        repeatWeekdays: ['1'],
        retentionDays: '65535',
        enableCrossRegionCopy: false,
        associationType: 'AssociatedWithDisk',
      } as unknown as typeof VALID;
      const id = ecs.createAutoSnapshotPolicy(request).autoSnapshotPolicyId;
      expect(policyOf(ecs, id)).toMatchObject({
        timePoints: '["0","23"]',
        repeatWeekdays: '["1"]',
        retentionDays: 65535,
      });
    });

    it('sets a timer that clock.settle() does not wait for', () => {
      const ecs = aPolicyWorld();
      aPolicy(ecs);
      expect(ecs.state.tasks.heap.size).toBe(1);
      expect(ecs.clock.settle()).toBe(0);
    });

    it('is deterministic: same seed, same calls, same ids', () => {
      const ids = [1, 2].map(() => aPolicy(createEcs({ seed: 'same' })));
      expect(ids[0]).toBe(ids[1]);
    });
  });

  describe('when a parameter is missing', () => {
    it.each(['regionId', 'timePoints', 'repeatWeekdays', 'retentionDays'])(
      'refuses without %s (MissingParameter)',
      (key) => {
        const ecs = aPolicyWorld();
        const request: Record<string, unknown> = { ...VALID };
        delete request[key];
        expectRefused(ecs, () => ecs.createAutoSnapshotPolicy(request), 'MissingParameter');
      },
    );
  });

  describe('when a parameter is invalid', () => {
    it.each<[string, Record<string, unknown>, RegExp]>([
      ['an unknown region', { regionId: 'cn-nowhere' }, /RegionId parameter is invalid/],
      ['an hour past 23', { timePoints: '["24"]' }, /TimePoints/],
      ['a negative hour', { timePoints: '["-1"]' }, /TimePoints/],
      ['an hour that is not a number', { timePoints: '["2am"]' }, /TimePoints/],
      ['time points that are not JSON', { timePoints: '2,3' }, /TimePoints/],
      ['no time point', { timePoints: '[]' }, /TimePoints/],
      ['weekday 0', { repeatWeekdays: '["0"]' }, /RepeatWeekdays/],
      ['weekday 8', { repeatWeekdays: '["8"]' }, /RepeatWeekdays/],
      ['weekdays that are not an array', { repeatWeekdays: '{"1":1}' }, /RepeatWeekdays/],
      ['retention 0', { retentionDays: 0 }, /RetentionDays/],
      ['retention -2', { retentionDays: -2 }, /RetentionDays/],
      ['retention 65536', { retentionDays: 65536 }, /RetentionDays/],
      ['retention 1.5', { retentionDays: 1.5 }, /RetentionDays/],
      ['a name starting with a digit', { autoSnapshotPolicyName: '1st' }, /AutoSnapshotPolicyName/],
      ['a name that is a URL', { autoSnapshotPolicyName: 'http://x' }, /AutoSnapshotPolicyName/],
    ])('refuses %s with ParameterInvalid (403)', (_what, change, message) => {
      const ecs = aPolicyWorld();
      const error = expectRefused(
        ecs,
        () => ecs.createAutoSnapshotPolicy({ ...VALID, ...change } as typeof VALID),
        'ParameterInvalid',
        403,
      );
      expect(error.description).toMatch(message);
    });

    it('refuses bad tags with the tag error', () => {
      const ecs = aPolicyWorld();
      expectRefused(
        ecs,
        () => ecs.createAutoSnapshotPolicy({ ...VALID, tag: [{ key: 'aliyun-x', value: 'v' }] }),
        'InvalidTagKey.Malformed',
      );
    });

    it.each<[string, Record<string, unknown>]>([
      ['cross-region copies', { enableCrossRegionCopy: true }],
      ['association by instance tags', { associationType: 'AssociatedWithInstanceTag' }],
    ])('refuses %s with UnsupportedParameter', (_what, change) => {
      const ecs = aPolicyWorld();
      expectRefused(
        ecs,
        () => ecs.createAutoSnapshotPolicy({ ...VALID, ...change } as typeof VALID),
        'UnsupportedParameter',
      );
    });

    it('refuses an unmodelled storage location with UnsupportedParameter with strictParameters (a resource group is stored)', () => {
      const ecs = aPolicyWorld({ strictParameters: true });
      expect(
        ecs.createAutoSnapshotPolicy({ ...VALID, resourceGroupId: 'rg-1' }).requestId,
      ).toBeTruthy();
      const request = { ...VALID, storageLocationArn: 'acs:ess:cn-hangzhou:1:x' } as typeof VALID;
      expectRefused(ecs, () => ecs.createAutoSnapshotPolicy(request), 'UnsupportedParameter');
    });
  });

  describe('when the region holds as many policies as its quota', () => {
    it('refuses with AutoSnapshotPolicy.QuotaExceed; another region still has room', () => {
      const ecs = aPolicyWorld({ quotas: { autoSnapshotPoliciesPerRegion: 2 } });
      aPolicy(ecs);
      aPolicy(ecs);
      expectRefused(ecs, () => aPolicy(ecs), 'AutoSnapshotPolicy.QuotaExceed', 403);
      expect(aPolicy(ecs, { regionId: 'cn-shanghai' })).toMatch(/^sp-uf/);
    });

    it('allows 100 per region by default', () => {
      const ecs = aPolicyWorld();
      for (let i = 0; i < 100; i++) aPolicy(ecs);
      expectRefused(ecs, () => aPolicy(ecs), 'AutoSnapshotPolicy.QuotaExceed');
    });
  });
});
