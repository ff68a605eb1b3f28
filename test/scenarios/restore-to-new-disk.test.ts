// The seed page's scenario "back up data routinely", carried through to "Create a cloud disk from
// a snapshot" (its "What to do next"): daily snapshots of a data disk, the data is lost, and a new
// disk made from the last good snapshot brings it back next to the broken one.
import { describe, expect, it } from 'vitest';
import type { Ecs } from '../../src/index.js';
import { must } from '../fixtures/must.js';
import { aRunningInstance, aWorld, dataDiskOf, diskIn, REGION } from '../fixtures/world.js';

const BLOCK = 4096;
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes).replace(/\0+$/, '');

function readLedger(ecs: Ecs, diskId: string): string {
  return decode(ecs.readDisk({ diskId, offset: 0, length: 64 }));
}

function snapshot(ecs: Ecs, snapshotId: string) {
  const body = ecs.describeSnapshots({
    regionId: REGION,
    snapshotIds: JSON.stringify([snapshotId]),
  });
  return must(body.snapshots.snapshot[0], snapshotId);
}

describe('Scenario: back up routinely and restore to a new disk', () => {
  it('restores the last good day onto a new disk, attached beside the broken one', () => {
    // A server with a 40 GiB ESSD data disk; realistic timings, 4 KiB blocks.
    const ecs = aWorld({ blockSize: BLOCK, now: '2026-03-01T01:00:00Z' });
    const instanceId = aRunningInstance(ecs, { dataDisk: [{ category: 'cloud_essd', size: 40 }] });
    const dataDiskId = dataDiskOf(ecs, instanceId).diskId;
    const zoneId = must(diskIn(ecs, dataDiskId)).zoneId;

    // Three days of work, each followed by a nightly snapshot kept for a week.
    const daily: string[] = [];
    for (const day of [1, 2, 3]) {
      ecs.writeDisk({ diskId: dataDiskId, offset: 0, data: `ledger day ${day}`.padEnd(64, '\0') });
      ecs.writeDisk({
        diskId: dataDiskId,
        offset: (100 + day) * BLOCK,
        length: 50 * BLOCK,
        fill: `day${day}`,
      });
      ecs.clock.advanceTo(`2026-03-0${day}T02:00:00Z`);
      const { snapshotId } = ecs.createSnapshot({
        diskId: dataDiskId,
        snapshotName: `nightly-0${day}`,
        retentionDays: 7,
      });
      daily.push(snapshotId);
      // settle() would run to the retention's release: advance past the copy only.
      ecs.clock.advance('PT1H');
    }
    expect(daily.map((id) => snapshot(ecs, id).status)).toEqual([
      'accomplished',
      'accomplished',
      'accomplished',
    ]);

    // Day 4: the ledger is overwritten by mistake.
    ecs.clock.advanceTo('2026-03-04T09:30:00Z');
    ecs.writeDisk({ diskId: dataDiskId, offset: 0, data: 'rm -rf oops'.padEnd(64, '\0') });
    expect(readLedger(ecs, dataDiskId)).toBe('rm -rf oops');

    // The newest snapshot is the last good one: make a new disk from it, no size needed.
    const [lastGood] = ecs.describeSnapshots({ regionId: REGION, diskId: dataDiskId }).snapshots
      .snapshot;
    expect(lastGood?.snapshotName).toBe('nightly-03');
    const restoredId = ecs.createDisk({
      regionId: REGION,
      zoneId,
      snapshotId: must(lastGood).snapshotId,
      diskCategory: 'cloud_essd',
      diskName: 'ledger-restored',
    }).diskId;
    const restored = must(
      ecs.describeDisks({ regionId: REGION, diskIds: JSON.stringify([restoredId]) }).disks.disk[0],
    );
    expect(restored).toMatchObject({
      status: 'Creating',
      size: 40,
      sourceSnapshotId: must(lastGood).snapshotId,
    });
    expect(snapshot(ecs, must(lastGood).snapshotId).usage).toBe('disk');

    // Attach it beside the broken disk and read the ledger back.
    ecs.clock.advance('PT1M');
    ecs.attachDisk({ instanceId, diskId: restoredId });
    ecs.clock.advance('PT1M');
    expect(readLedger(ecs, restoredId)).toBe('ledger day 3');
    expect(readLedger(ecs, dataDiskId)).toBe('rm -rf oops');
    const fill = ecs.readDisk({ diskId: restoredId, offset: 102 * BLOCK, length: 4 });
    expect(fill).toEqual(ecs.readDisk({ diskId: dataDiskId, offset: 102 * BLOCK, length: 4 }));

    // Its first reads were slow while it loaded lazily; by now (well after) it runs at baseline.
    expect(ecs.diskPerformance(restoredId).reasons).toEqual([]);

    // The nightly snapshots still expire on schedule; the restored disk keeps its data.
    ecs.clock.advanceTo('2026-03-11T00:00:00Z');
    expect(ecs.describeSnapshots({ regionId: REGION, diskId: dataDiskId }).totalCount).toBe(0);
    expect(readLedger(ecs, restoredId)).toBe('ledger day 3');
  });

  it('is slower at first: lazy loading shows in diskPerformance until the data is in', () => {
    const ecs = aWorld({ blockSize: BLOCK, timings: { lazyLoadThroughput: 100 * BLOCK } });
    const instanceId = aRunningInstance(ecs, { dataDisk: [{ category: 'cloud_essd', size: 40 }] });
    const dataDiskId = dataDiskOf(ecs, instanceId).diskId;
    ecs.writeDisk({ diskId: dataDiskId, offset: 0, length: 1000 * BLOCK, fill: 'data' });
    const { snapshotId } = ecs.createSnapshot({ diskId: dataDiskId });
    ecs.clock.settle();
    const zoneId = must(diskIn(ecs, dataDiskId)).zoneId;
    const restoredId = ecs.createDisk({
      regionId: REGION,
      zoneId,
      snapshotId,
      diskCategory: 'cloud_essd',
    }).diskId;
    // 1,000 blocks at 100 blocks per second: 10 seconds of lazy loading from creation.
    expect(ecs.diskPerformance(restoredId).reasons).toEqual([
      `lazy loading from snapshot ${snapshotId}`,
    ]);
    ecs.clock.advance('PT10S');
    expect(ecs.diskPerformance(restoredId).degradation).toBe(0);
  });
});
