// The seed page "Create a snapshot", Scenarios: "you can create a snapshot for data backup in
// advance in scenarios where operation risks exist. For example, ... if you need to modify
// critical system files", and What to do next: "Roll back a cloud disk".

import { describe, expect, it } from 'vitest';
import { findDisk } from '../../src/disks/store.js';
import { createEcs } from '../../src/index.js';
import { must } from '../fixtures/must.js';
import { disksOf, REGION } from '../fixtures/world.js';

const BLOCK = 4096;
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('scenario: modify critical system files', () => {
  it('snapshot the system disk, break it, stop, roll back, start: the files are back', () => {
    const ecs = createEcs({ seed: 'rollback', blockSize: BLOCK });
    const { instanceIdSets } = ecs.runInstances({
      regionId: REGION,
      imageId: 'aliyun_3_x64_20G_alibase_20240528.vhd',
      instanceType: 'ecs.g7.large',
    });
    ecs.clock.settle();
    const instanceId = must(instanceIdSets.instanceIdSet[0]);
    const system = must(disksOf(ecs, instanceId)[0]).diskId;
    const fstab = 'UUID=root / ext4 defaults 0 1\n';
    ecs.writeDisk({ diskId: system, offset: 10 * BLOCK, data: fstab });

    // Back up before the risky change.
    const { snapshotId } = ecs.createSnapshot({ diskId: system, snapshotName: 'before-change' });
    ecs.clock.settle();

    // The risky change goes wrong.
    ecs.writeDisk({
      diskId: system,
      offset: 10 * BLOCK,
      data: 'garbage garbage garbage garbage\n',
    });
    ecs.writeDisk({ diskId: system, offset: 0, length: 64 * BLOCK, fill: 'corrupt' });
    expect(
      text(ecs.readDisk({ diskId: system, offset: 10 * BLOCK, length: fstab.length })),
    ).not.toBe(fstab);

    // Roll back: stop, ResetDisk, wait out ReIniting, start.
    ecs.stopInstance({ instanceId });
    ecs.clock.settle();
    ecs.resetDisk({ diskId: system, snapshotId });
    const during = ecs.describeDisks({ regionId: REGION, diskIds: JSON.stringify([system]) });
    expect(during.disks.disk[0]?.status).toBe('ReIniting');
    ecs.clock.settle();
    ecs.startInstance({ instanceId });
    ecs.clock.settle();

    expect(text(ecs.readDisk({ diskId: system, offset: 10 * BLOCK, length: fstab.length }))).toBe(
      fstab,
    );
    const disk = must(findDisk(ecs.state, system));
    expect(disk.lineageSnapshotId).toBe(snapshotId);
    // The snapshot is still there for the next time.
    const listed = ecs.describeSnapshots({ regionId: REGION, diskId: system });
    expect(listed.snapshots.snapshot.map((s) => s.snapshotId)).toEqual([snapshotId]);
  });
});
