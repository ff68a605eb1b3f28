import { describe, expect, it } from 'vitest';
import { aBlockWorld, aWritableDisk, BLOCK, writeBlocks } from '../fixtures/block-disk.js';
import { expectRefused } from '../fixtures/ecs-errors.js';
import { must } from '../fixtures/must.js';
import { aWorld, diskIn } from '../fixtures/world.js';

describe('diskPerformance', () => {
  describe('when no snapshot is in progress', () => {
    it.each([
      // category, level, GiB, IOPS, MB/s: the formulas of docs/timings.md
      ['cloud_essd', 'PL0', 40, 2280, 110],
      ['cloud_essd', 'PL1', 100, 6800, 170],
      ['cloud_essd', 'PL1', 2000, 50_000, 350],
      ['cloud_essd', 'PL2', 500, 26_800, 370],
      ['cloud_essd', 'PL3', 2000, 101_800, 1120],
      ['cloud_auto', undefined, 20, 3000, 130],
      ['cloud_ssd', undefined, 100, 4800, 170],
      ['cloud_efficiency', undefined, 40, 2120, 106],
      ['cloud_essd_entry', undefined, 40, 2120, 106],
      ['cloud', undefined, 20, 300, 30],
    ] as const)(
      'gives a %s %s disk of %i GiB %i IOPS and %i MB/s',
      (category, level, size, iops, mbps) => {
        const ecs = aBlockWorld();
        const diskId = aWritableDisk(ecs, {
          category,
          size,
          ...(level ? { performanceLevel: level } : {}),
        });
        expect(ecs.diskPerformance(diskId)).toEqual({
          baseline: { iops, throughputMBps: mbps },
          current: { iops, throughputMBps: mbps },
          degradation: 0,
          reasons: [],
        });
      },
    );

    it('reports a disk that is not attached', () => {
      const ecs = aBlockWorld();
      const { diskId } = ecs.createDisk({
        regionId: 'cn-hangzhou',
        zoneId: 'cn-hangzhou-h',
        diskCategory: 'cloud_essd',
        size: 100,
      });
      expect(ecs.diskPerformance(diskId).baseline).toEqual({ iops: 6800, throughputMBps: 170 });
    });
  });

  describe('while the disk has a snapshot in progress', () => {
    function progressing(options: Parameters<typeof aWorld>[0] = {}) {
      const ecs = aWorld({ blockSize: BLOCK, ...options });
      const diskId = aWritableDisk(ecs, { size: 100 });
      writeBlocks(ecs, diskId, [0], 'A');
      const { snapshotId } = ecs.createSnapshot({ diskId });
      return { ecs, diskId, snapshotId };
    }

    it('loses timings.snapshotIoDegradation (10%) and says why', () => {
      const { ecs, diskId, snapshotId } = progressing();
      expect(ecs.diskPerformance(diskId)).toEqual({
        baseline: { iops: 6800, throughputMBps: 170 },
        current: { iops: 6120, throughputMBps: 153 },
        degradation: 0.1,
        reasons: [`snapshot ${snapshotId} in progress`],
      });
    });

    it('follows an overridden degradation, rounding down', () => {
      const { ecs, diskId } = progressing({ timings: { snapshotIoDegradation: 0.05 } });
      expect(ecs.diskPerformance(diskId)).toMatchObject({
        current: { iops: 6460, throughputMBps: 161 },
        degradation: 0.05,
      });
    });

    it('is not degraded when the degradation is set to 0', () => {
      const { ecs, diskId } = progressing({ timings: { snapshotIoDegradation: 0 } });
      expect(ecs.diskPerformance(diskId)).toMatchObject({ degradation: 0, reasons: [] });
    });

    it('is restored when the snapshot completes', () => {
      const { ecs, diskId } = progressing();
      ecs.clock.settle();
      expect(ecs.diskPerformance(diskId)).toEqual({
        baseline: { iops: 6800, throughputMBps: 170 },
        current: { iops: 6800, throughputMBps: 170 },
        degradation: 0,
        reasons: [],
      });
    });

    it('is restored when the snapshot is cancelled', () => {
      const { ecs, diskId, snapshotId } = progressing();
      ecs.deleteSnapshot({ snapshotId });
      expect(ecs.diskPerformance(diskId).degradation).toBe(0);
    });

    it('is restored when the snapshot fails', () => {
      const { ecs, diskId } = progressing({ instanceChangeDuringSnapshot: 'fail-snapshot' });
      ecs.stopInstance({ instanceId: must(diskIn(ecs, diskId)?.instanceId) });
      expect(ecs.diskPerformance(diskId).reasons).toEqual([]);
    });

    it('never shows with instant timings: the snapshot is done at once', () => {
      const ecs = aBlockWorld();
      const diskId = aWritableDisk(ecs);
      ecs.createSnapshot({ diskId });
      expect(ecs.diskPerformance(diskId).degradation).toBe(0);
    });
  });

  describe('while a disk created from a snapshot is loading lazily', () => {
    // 10 written blocks at BLOCK / 10 bytes per second: 100 seconds of lazy loading.
    function restored(options: Parameters<typeof aWorld>[0] = {}) {
      const ecs = aWorld({
        blockSize: BLOCK,
        timings: { lazyLoadThroughput: BLOCK / 10 },
        ...options,
      });
      const source = aWritableDisk(ecs, { size: 100 });
      writeBlocks(ecs, source, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 'A');
      const { snapshotId } = ecs.createSnapshot({ diskId: source });
      ecs.clock.settle();
      const instanceId = must(diskIn(ecs, source)?.instanceId);
      const { diskId } = ecs.createDisk({
        regionId: 'cn-hangzhou',
        zoneId: must(diskIn(ecs, source)?.zoneId),
        snapshotId,
        diskCategory: 'cloud_essd',
      });
      return { ecs, diskId, snapshotId, instanceId };
    }

    it('loses timings.lazyLoadDegradation (50%) and says why', () => {
      const { ecs, diskId, snapshotId } = restored();
      expect(ecs.diskPerformance(diskId)).toEqual({
        baseline: { iops: 6800, throughputMBps: 170 },
        current: { iops: 3400, throughputMBps: 85 },
        degradation: 0.5,
        reasons: [`lazy loading from snapshot ${snapshotId}`],
      });
    });

    it('lasts written bytes / timings.lazyLoadThroughput from the creation', () => {
      const { ecs, diskId } = restored();
      ecs.clock.advance(99_999);
      expect(ecs.diskPerformance(diskId).degradation).toBe(0.5);
      ecs.clock.advance(1);
      expect(ecs.diskPerformance(diskId)).toMatchObject({ degradation: 0, reasons: [] });
    });

    it('combines with a snapshot in progress multiplicatively', () => {
      const { ecs, diskId, snapshotId, instanceId } = restored();
      ecs.clock.advance('PT10S'); // Creating -> Available
      ecs.attachDisk({ instanceId, diskId });
      ecs.clock.advance('PT10S'); // Attaching -> In_use
      const taken = ecs.createSnapshot({ diskId }).snapshotId;
      expect(ecs.diskPerformance(diskId)).toEqual({
        baseline: { iops: 6800, throughputMBps: 170 },
        current: { iops: 3060, throughputMBps: 76 },
        degradation: 0.55,
        reasons: [`snapshot ${taken} in progress`, `lazy loading from snapshot ${snapshotId}`],
      });
    });

    it('follows an overridden degradation', () => {
      const { ecs, diskId } = restored({
        timings: { lazyLoadThroughput: BLOCK / 10, lazyLoadDegradation: 0.2 },
      });
      expect(ecs.diskPerformance(diskId)).toMatchObject({
        current: { iops: 5440, throughputMBps: 136 },
        degradation: 0.2,
      });
    });

    it('never shows with instant timings: the data loads at once', () => {
      const { ecs, diskId } = restored({ timings: 'instant' });
      expect(ecs.diskPerformance(diskId).reasons).toEqual([]);
    });

    it('is not degraded when the disk is created empty', () => {
      const ecs = aWorld({ blockSize: BLOCK });
      const { diskId } = ecs.createDisk({
        regionId: 'cn-hangzhou',
        zoneId: 'cn-hangzhou-h',
        size: 40,
      });
      expect(ecs.diskPerformance(diskId).reasons).toEqual([]);
    });
  });

  describe('when the disk is unknown or missing', () => {
    it('returns InvalidDiskId.NotFound and changes nothing', () => {
      const ecs = aBlockWorld();
      const error = expectRefused(
        ecs,
        () => ecs.diskPerformance('d-bp1nosuchdisk00000000'),
        'InvalidDiskId.NotFound',
        404,
      );
      expect(error.description).toContain('d-bp1nosuchdisk00000000');
    });

    it.each([
      [undefined, 'MissingParameter'],
      ['', 'MissingParameter'],
      [42, 'InvalidParameter'],
      [{ diskId: 'd-1' }, 'InvalidParameter'],
    ] as const)('refuses %o with %s', (diskId, code) => {
      const ecs = aBlockWorld();
      expectRefused(ecs, () => ecs.diskPerformance(diskId as never), code);
    });
  });

  it('leaves the state untouched', () => {
    const ecs = aBlockWorld();
    const diskId = aWritableDisk(ecs);
    const before = ecs.state;
    ecs.diskPerformance(diskId);
    expect(ecs.state).toBe(before);
  });
});
