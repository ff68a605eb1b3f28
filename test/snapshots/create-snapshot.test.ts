import { describe, expect, it } from 'vitest';
import type { Ecs, EcsOptions } from '../../src/index.js';
import { expectRefused } from '../fixtures/ecs-errors.js';
import { REGION } from '../fixtures/world.js';
import {
  aDiskInUse,
  anInstantWorld,
  aSnapshotWorld,
  BLOCK,
  chainOf,
  snapshotText,
  usageOf,
  viewOf,
  writeBlock,
  writeBlocks,
} from './helpers.js';

/** 10 s start-up, one block per second: durations are easy to read. */
const SLOW = { snapshotStartup: 10, snapshotThroughput: BLOCK };

/** The older reading of the rule: a status change during a snapshot is refused. */
const REFUSE: EcsOptions = { instanceChangeDuringSnapshot: 'refuse' };

function aSlowDisk(category = 'cloud_essd', options: EcsOptions = {}) {
  const ecs = aSnapshotWorld({ timings: SLOW, ...options });
  return { ecs, ...aDiskInUse(ecs, category) };
}

function secondsUntilDone(ecs: Ecs, snapshotId: string): number {
  return viewOf(ecs, snapshotId).remainTime;
}

describe('createSnapshot', () => {
  describe('when the disk is In_use on a Running instance', () => {
    it('returns a new s- id, progressing at 0%, then accomplished at 100%', () => {
      const { ecs, diskId } = aSlowDisk();
      const { snapshotId, requestId } = ecs.createSnapshot({ diskId });
      expect(snapshotId).toMatch(/^s-bp[0-9a-z]{18}$/);
      expect(requestId).toMatch(/^[0-9A-F-]{36}$/);
      expect(viewOf(ecs, snapshotId)).toMatchObject({ status: 'progressing', progress: '0%' });
      ecs.clock.settle();
      expect(viewOf(ecs, snapshotId)).toMatchObject({
        status: 'accomplished',
        progress: '100%',
        remainTime: 0,
      });
    });

    it('stores the name, description, retention and tags it was given', () => {
      const ecs = anInstantWorld();
      const { diskId } = aDiskInUse(ecs);
      const { snapshotId } = ecs.createSnapshot({
        diskId,
        snapshotName: 'before-upgrade',
        description: 'nightly backup',
        retentionDays: 7,
        tag: [{ key: 'env', value: 'test' }],
      });
      expect(viewOf(ecs, snapshotId)).toMatchObject({
        snapshotName: 'before-upgrade',
        description: 'nightly backup',
        retentionDays: 7,
        sourceDiskId: diskId,
        snapshotType: 'user',
        tags: { tag: [{ tagKey: 'env', tagValue: 'test' }] },
      });
    });

    it('returns the same snapshot for a retry with the same clientToken', () => {
      const ecs = anInstantWorld();
      const { diskId } = aDiskInUse(ecs);
      const first = ecs.createSnapshot({ diskId, clientToken: 'tok-1' });
      const again = ecs.createSnapshot({ diskId, clientToken: 'tok-1' });
      expect(again.snapshotId).toBe(first.snapshotId);
      expect(again.requestId).not.toBe(first.requestId);
    });
  });

  describe('when the disk is Available but was attached before', () => {
    it('takes the snapshot', () => {
      const ecs = anInstantWorld();
      const { instanceId, diskId } = aDiskInUse(ecs);
      ecs.detachDisk({ instanceId, diskId });
      ecs.clock.settle();
      expect(ecs.createSnapshot({ diskId }).snapshotId).toMatch(/^s-/);
    });
  });

  describe('when timing the copy', () => {
    it('takes start-up + written bytes / throughput for the first snapshot, empty blocks not counted', () => {
      const { ecs, diskId } = aSlowDisk();
      writeBlocks(ecs, diskId, 0, 5);
      writeBlocks(ecs, diskId, 1000, 5);
      const { snapshotId } = ecs.createSnapshot({ diskId });
      expect(secondsUntilDone(ecs, snapshotId)).toBe(20);
      ecs.clock.advance(19_999);
      expect(viewOf(ecs, snapshotId).status).toBe('progressing');
      ecs.clock.advance(1);
      expect(viewOf(ecs, snapshotId).status).toBe('accomplished');
    });

    it('copies only the blocks written since the previous snapshot, so a later one is faster', () => {
      const { ecs, diskId } = aSlowDisk();
      writeBlocks(ecs, diskId, 0, 10);
      ecs.createSnapshot({ diskId });
      ecs.clock.settle();
      writeBlocks(ecs, diskId, 2, 3);
      const { snapshotId } = ecs.createSnapshot({ diskId });
      expect(secondsUntilDone(ecs, snapshotId)).toBe(13);
    });

    it('shows progress and remaining time mid-way', () => {
      const { ecs, diskId } = aSlowDisk();
      writeBlocks(ecs, diskId, 0, 10);
      const { snapshotId } = ecs.createSnapshot({ diskId });
      ecs.clock.advance('PT5S');
      expect(viewOf(ecs, snapshotId)).toMatchObject({ progress: '25%', remainTime: 15 });
      ecs.clock.advance('PT12S');
      expect(viewOf(ecs, snapshotId)).toMatchObject({ progress: '85%', remainTime: 3 });
    });
  });

  describe('when the disk is written while the snapshot is progressing', () => {
    it('holds the disk as it was when the snapshot was created', () => {
      const { ecs, diskId } = aSlowDisk();
      writeBlock(ecs, diskId, 0, 'before');
      const { snapshotId } = ecs.createSnapshot({ diskId });
      writeBlock(ecs, diskId, 0, 'after');
      writeBlock(ecs, diskId, 1, 'new');
      ecs.clock.settle();
      expect(snapshotText(ecs, snapshotId, 0)).toBe('before');
      expect(snapshotText(ecs, snapshotId, 1)).toBe('');
    });
  });

  describe('when the disk category decides availability', () => {
    it('makes an ESSD snapshot available at once', () => {
      const { ecs, diskId } = aSlowDisk('cloud_essd');
      const { snapshotId } = ecs.createSnapshot({ diskId });
      expect(viewOf(ecs, snapshotId).available).toBe(true);
    });

    it('makes a cloud_efficiency snapshot available only when accomplished', () => {
      const { ecs, diskId } = aSlowDisk('cloud_efficiency');
      const { snapshotId } = ecs.createSnapshot({ diskId });
      expect(viewOf(ecs, snapshotId).available).toBe(false);
      ecs.clock.settle();
      expect(viewOf(ecs, snapshotId).available).toBe(true);
    });
  });

  describe('when the instance changes status while a snapshot is progressing', () => {
    it.each([
      ['stopInstance', (ecs: Ecs, instanceId: string) => ecs.stopInstance({ instanceId })],
      ['rebootInstance', (ecs: Ecs, instanceId: string) => ecs.rebootInstance({ instanceId })],
    ])("refuses %s with a message naming the snapshot with 'refuse'", (_name, change) => {
      const { ecs, instanceId, diskId } = aSlowDisk('cloud_essd', REFUSE);
      const { snapshotId } = ecs.createSnapshot({ diskId });
      const error = expectRefused(ecs, () => change(ecs, instanceId), 'IncorrectInstanceStatus');
      expect(error.message).toContain(snapshotId);
      ecs.clock.settle();
      expect(() => change(ecs, instanceId)).not.toThrow();
    });

    it.each([
      ['startInstance', (ecs: Ecs, instanceId: string) => ecs.startInstance({ instanceId })],
      ['deleteInstance', (ecs: Ecs, instanceId: string) => ecs.deleteInstance({ instanceId })],
    ])("refuses %s of a Stopped instance, naming the snapshot, with 'refuse'", (_name, change) => {
      const { ecs, instanceId, diskId } = aSlowDisk('cloud_essd', REFUSE);
      ecs.stopInstance({ instanceId });
      ecs.clock.settle();
      const { snapshotId } = ecs.createSnapshot({ diskId });
      const error = expectRefused(ecs, () => change(ecs, instanceId), 'IncorrectInstanceStatus');
      expect(error.message).toContain(snapshotId);
    });

    it('lets the change happen and fails the snapshot by default (the current remarks)', () => {
      const ecs = aSnapshotWorld({ timings: SLOW });
      const { instanceId, diskId } = aDiskInUse(ecs);
      writeBlocks(ecs, diskId, 0, 4);
      const first = ecs.createSnapshot({ diskId }).snapshotId;
      ecs.clock.settle();
      const before = { chain: chainOf(ecs, diskId), usage: usageOf(ecs) };
      writeBlocks(ecs, diskId, 10, 6);
      const { snapshotId } = ecs.createSnapshot({ diskId });
      expect(usageOf(ecs).snapshotSize).toBe(10 * BLOCK);
      ecs.stopInstance({ instanceId });
      expect(viewOf(ecs, snapshotId)).toMatchObject({ status: 'failed', remainTime: 0 });
      expect(chainOf(ecs, diskId)).toMatchObject({
        totalCount: before.chain.totalCount,
        totalSize: before.chain.totalSize,
      });
      expect(usageOf(ecs)).toEqual(before.usage);
      expect(viewOf(ecs, first).status).toBe('accomplished');
    });

    it('keeps the progress the failed snapshot had reached when the change happened', () => {
      const ecs = aSnapshotWorld({
        timings: { snapshotStartup: 100, instanceStop: 1 },
        instanceChangeDuringSnapshot: 'fail-snapshot',
      });
      const { instanceId, diskId } = aDiskInUse(ecs);
      const { snapshotId } = ecs.createSnapshot({ diskId });
      ecs.clock.advance('PT40S');
      ecs.stopInstance({ instanceId });
      ecs.clock.advance('PT10M');
      expect(viewOf(ecs, snapshotId)).toMatchObject({ status: 'failed', progress: '40%' });
    });
  });

  describe('when a parameter is wrong', () => {
    it('returns MissingParameter without diskId', () => {
      const ecs = anInstantWorld();
      expectRefused(ecs, () => ecs.createSnapshot({}), 'MissingParameter');
    });

    it('returns InvalidDiskId.NotFound for an unknown disk', () => {
      const ecs = anInstantWorld();
      expectRefused(ecs, () => ecs.createSnapshot({ diskId: 'd-nope' }), 'InvalidDiskId.NotFound');
    });

    it.each([
      ['too short', 'a'],
      ['too long', `a${'b'.repeat(128)}`],
      ['not starting with a letter', '1backup'],
      ['starting with auto', 'auto_20260101_1'],
      ['starting with http://', 'http://x'],
      ['starting with https://', 'https://x'],
    ])('returns InvalidSnapshotName.Malformed for a name %s', (_why, snapshotName) => {
      const ecs = anInstantWorld();
      const { diskId } = aDiskInUse(ecs);
      expectRefused(
        ecs,
        () => ecs.createSnapshot({ diskId, snapshotName }),
        'InvalidSnapshotName.Malformed',
      );
    });

    it.each(['x', 'y'.repeat(257), 'http://backup'])(
      'returns InvalidDescription.Malformed (404) for %j',
      (description) => {
        const ecs = anInstantWorld();
        const { diskId } = aDiskInUse(ecs);
        expectRefused(
          ecs,
          () => ecs.createSnapshot({ diskId, description }),
          'InvalidDescription.Malformed',
          404,
        );
      },
    );

    it.each([0, 65537])('returns InvalidRetentionDays.Malformed for %i days', (retentionDays) => {
      const ecs = anInstantWorld();
      const { diskId } = aDiskInUse(ecs);
      expectRefused(
        ecs,
        () => ecs.createSnapshot({ diskId, retentionDays }),
        'InvalidRetentionDays.Malformed',
      );
    });

    it.each([
      ['InvalidTagKey.Malformed', [{ key: 'aliyun-x', value: 'v' }]],
      ['InvalidTagKey.Malformed', [{ key: '', value: 'v' }]],
      ['InvalidTagValue.Malformed', [{ key: 'k', value: 'https://x' }]],
      [
        'Duplicate.TagKey',
        [
          { key: 'k', value: '1' },
          { key: 'k', value: '2' },
        ],
      ],
      ['InvalidTagCount', Array.from({ length: 21 }, (_, i) => ({ key: `k${i}`, value: 'v' }))],
    ] as const)('returns %s for bad tags', (code, tag) => {
      const ecs = anInstantWorld();
      const { diskId } = aDiskInUse(ecs);
      expectRefused(ecs, () => ecs.createSnapshot({ diskId, tag: [...tag] }), code);
    });

    it('returns UnsupportedParameter for a parameter fake-ecs does not model with strictParameters', () => {
      const ecs = anInstantWorld({ strictParameters: true });
      const { diskId } = aDiskInUse(ecs);
      const request = { diskId, storageLocationArn: 'acs:ess:cn-hangzhou:1:local' };
      const error = expectRefused(ecs, () => ecs.createSnapshot(request), 'UnsupportedParameter');
      expect(error.message).toContain('StorageLocationArn');
    });

    it('returns IdempotentParameterMismatch for a reused clientToken with other parameters', () => {
      const ecs = anInstantWorld();
      const { diskId } = aDiskInUse(ecs);
      ecs.createSnapshot({ diskId, clientToken: 'tok-1', snapshotName: 'one' });
      expectRefused(
        ecs,
        () => ecs.createSnapshot({ diskId, clientToken: 'tok-1', snapshotName: 'two' }),
        'IdempotentParameterMismatch',
      );
    });

    it('returns DryRunOperation for a valid dry run and takes no snapshot', () => {
      const ecs = anInstantWorld();
      const { diskId } = aDiskInUse(ecs);
      expectRefused(ecs, () => ecs.createSnapshot({ diskId, dryRun: true }), 'DryRunOperation');
      expect(ecs.describeSnapshots({ regionId: REGION }).totalCount).toBe(0);
    });
  });

  describe('when the disk or its instance is in the wrong status', () => {
    it('returns IncorrectDiskStatus for a Creating disk', () => {
      const ecs = aSnapshotWorld();
      const { diskId } = ecs.createDisk({ regionId: REGION, zoneId: 'cn-hangzhou-h', size: 20 });
      expectRefused(ecs, () => ecs.createSnapshot({ diskId }), 'IncorrectDiskStatus');
    });

    it('returns IncorrectDiskStatus for an Attaching disk', () => {
      const ecs = aSnapshotWorld();
      const { instanceId } = aDiskInUse(ecs);
      const zoneId = 'cn-hangzhou-h';
      const { diskId } = ecs.createDisk({ regionId: REGION, zoneId, size: 20 });
      ecs.clock.settle();
      ecs.attachDisk({ instanceId, diskId });
      expectRefused(ecs, () => ecs.createSnapshot({ diskId }), 'IncorrectDiskStatus');
    });

    it('returns IncorrectDiskStatus for a Detaching disk', () => {
      const ecs = aSnapshotWorld();
      const { instanceId, diskId } = aDiskInUse(ecs);
      ecs.detachDisk({ instanceId, diskId });
      expectRefused(ecs, () => ecs.createSnapshot({ diskId }), 'IncorrectDiskStatus');
    });

    it('returns IncorrectDiskStatus.NeverAttached for a disk never attached', () => {
      const ecs = anInstantWorld();
      const { diskId } = ecs.createDisk({ regionId: REGION, zoneId: 'cn-hangzhou-h', size: 20 });
      expectRefused(ecs, () => ecs.createSnapshot({ diskId }), 'IncorrectDiskStatus.NeverAttached');
    });

    it('returns IncorrectInstanceStatus (400) while the instance is Stopping', () => {
      const ecs = aSnapshotWorld();
      const { instanceId, diskId } = aDiskInUse(ecs);
      ecs.stopInstance({ instanceId });
      expectRefused(ecs, () => ecs.createSnapshot({ diskId }), 'IncorrectInstanceStatus', 400);
    });

    it('returns IncorrectInstanceStatus (400) while the instance is Starting', () => {
      const ecs = aSnapshotWorld();
      const { instanceId, diskId } = aDiskInUse(ecs);
      ecs.stopInstance({ instanceId });
      ecs.clock.settle();
      ecs.startInstance({ instanceId });
      expectRefused(ecs, () => ecs.createSnapshot({ diskId }), 'IncorrectInstanceStatus', 400);
    });

    it('returns IncorrectDiskStatus.CreatingSnapshot while a snapshot of the disk is progressing', () => {
      const { ecs, diskId } = aSlowDisk();
      ecs.createSnapshot({ diskId });
      expectRefused(
        ecs,
        () => ecs.createSnapshot({ diskId }),
        'IncorrectDiskStatus.CreatingSnapshot',
      );
    });

    it('returns QuotaExceed.Snapshot beyond the manual snapshot quota', () => {
      const ecs = anInstantWorld({ quotas: { manualSnapshotsPerDisk: 2 } });
      const { diskId } = aDiskInUse(ecs);
      ecs.createSnapshot({ diskId });
      ecs.createSnapshot({ diskId });
      expectRefused(ecs, () => ecs.createSnapshot({ diskId }), 'QuotaExceed.Snapshot');
    });
  });
});
