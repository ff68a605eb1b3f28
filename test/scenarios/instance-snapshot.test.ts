// The seed page "Create a snapshot" (shared/seed/create-a-snapshot.md), procedure step 7: "In the
// left navigation pane, click Instance Snapshots. You can see the progress, estimated remaining
// time, and status of the snapshot." The console's Instance Snapshots view is
// DescribeSnapshotGroups: one snapshot-consistent group per instance snapshot.
import { describe, expect, it } from 'vitest';
import { createEcs, resetDisksRequestForGroup, type SnapshotGroupView } from '../../src/index.js';
import { must } from '../fixtures/must.js';
import { disksOf, REGION } from '../fixtures/world.js';

const BLOCK = 4096;
/** 10 s start-up, 1 MiB/s: a block copies in 1/256 s, 2560 blocks in 10 s. */
const TIMINGS = { snapshotStartup: 10, snapshotThroughput: 1024 * 1024 };
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes).replace(/\0+$/, '');

function instanceSnapshots(ecs: ReturnType<typeof createEcs>, instanceId: string) {
  return ecs.describeSnapshotGroups({ regionId: REGION, instanceId }).snapshotGroups.snapshotGroup;
}

function consoleRow(group: SnapshotGroupView) {
  return { status: group.status, progress: group.progress, remainTime: group.remainTime };
}

describe('Create a snapshot, step 7: the Instance Snapshots view', () => {
  it('shows progress, estimated remaining time and status as the snapshot is created', () => {
    // Steps 1-4: log on, select a region, find the instance and manage it.
    const ecs = createEcs({ seed: 'step-7', blockSize: BLOCK, timings: TIMINGS });
    const { instanceIdSets } = ecs.runInstances({
      regionId: REGION,
      imageId: 'aliyun_3_x64_20G_alibase_20240528.vhd',
      instanceType: 'ecs.g7.large',
      systemDisk: { category: 'cloud_essd', size: 20 },
      dataDisk: [
        { category: 'cloud_essd', size: 20 },
        { category: 'cloud_essd', size: 20 },
      ],
    });
    ecs.clock.settle();
    const instanceId = must(instanceIdSets.instanceIdSet[0], 'instance');
    const [, data1, data2] = disksOf(ecs, instanceId).map((d) => d.diskId);
    const a = must(data1, 'data disk 1');
    const b = must(data2, 'data disk 2');
    ecs.writeDisk({ diskId: a, offset: 0, length: 2560 * BLOCK, fill: 'db' });
    ecs.writeDisk({ diskId: b, offset: 0, length: 5120 * BLOCK, fill: 'logs' });
    ecs.writeDisk({ diskId: a, offset: 0, data: 'orders@09:00' });

    // Steps 5-6 for the whole instance: one instance snapshot of its data disks.
    const { snapshotGroupId } = ecs.createSnapshotGroup({
      regionId: REGION,
      instanceId,
      diskId: [a, b],
      name: 'before-upgrade',
    });
    // Precaution: incremental data written during creation is not in the snapshot.
    ecs.writeDisk({ diskId: a, offset: 0, data: 'orders@09:01' });

    // Step 7: the view, as the clock moves.
    const [row] = instanceSnapshots(ecs, instanceId);
    const group = must(row, 'the instance snapshot');
    expect(group).toMatchObject({ snapshotGroupId, name: 'before-upgrade', instanceId });
    expect(consoleRow(group)).toEqual({ status: 'progressing', progress: '0%', remainTime: 30 });

    ecs.clock.advance('PT10S');
    const at10 = must(instanceSnapshots(ecs, instanceId)[0], 'at 10 s');
    expect(at10.snapshots.snapshot.map((m) => m.progress)).toEqual(['50%', '33%']);
    expect(consoleRow(at10)).toEqual({ status: 'progressing', progress: '33%', remainTime: 20 });

    ecs.clock.advance('PT10S');
    const at20 = must(instanceSnapshots(ecs, instanceId)[0], 'at 20 s');
    expect(at20.snapshots.snapshot.map((m) => m.progress)).toEqual(['100%', '66%']);
    expect(consoleRow(at20)).toEqual({ status: 'progressing', progress: '66%', remainTime: 10 });

    ecs.clock.advance('PT10S');
    const done = must(instanceSnapshots(ecs, instanceId)[0], 'at 30 s');
    expect(consoleRow(done)).toEqual({ status: 'accomplished', progress: '100%', remainTime: 0 });

    // Every member is an ordinary snapshot too, listed with its group.
    for (const member of done.snapshots.snapshot) {
      const listed = ecs.describeSnapshots({
        regionId: REGION,
        snapshotIds: JSON.stringify([member.snapshotId]),
      }).snapshots.snapshot[0];
      expect(listed).toMatchObject({ snapshotGroupId, status: 'accomplished' });
    }

    // What to do next: roll the disks back, together, to the instant of the instance snapshot.
    ecs.stopInstance({ instanceId });
    ecs.clock.settle();
    ecs.resetDisks(resetDisksRequestForGroup(REGION, done));
    ecs.clock.settle();
    ecs.startInstance({ instanceId });
    ecs.clock.settle();
    expect(text(ecs.readDisk({ diskId: a, offset: 0, length: 12 }))).toBe('orders@09:00');
  });
});
