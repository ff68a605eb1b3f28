import { describe, expect, it } from 'vitest';
import { findDisk } from '../../src/disks/store.js';
import { expectRefused } from '../fixtures/ecs-errors.js';
import { must } from '../fixtures/must.js';
import { instanceIn, REGION } from '../fixtures/world.js';
import { aServer, aWorldForImages, readText, snap, writeText } from '../images/helpers.js';

// The seed: "you can create a snapshot ... if you need to change the operating system".
describe('scenario: change the operating system with a snapshot as a safety net', () => {
  it('replaces the system disk, keeps the old snapshot usable, but not for rolling back', () => {
    const ecs = aWorldForImages();
    const { instanceId, systemDiskId, dataDiskId } = aServer(ecs);
    writeText(ecs, systemDiskId, 'linux config');
    writeText(ecs, dataDiskId, 'user data');
    // 1. Snapshot the system disk before the change.
    const before = snap(ecs, systemDiskId);
    // 2. Stop and replace the OS.
    ecs.stopInstance({ instanceId });
    ecs.clock.settle();
    const windows = 'win2022_21H2_x64_dtc_en-us_40G_alibase_20240515.vhd';
    const { diskId } = ecs.replaceSystemDisk({ instanceId, imageId: windows });
    ecs.clock.settle();
    expect(instanceIn(ecs, instanceId)).toMatchObject({ imageId: windows, osType: 'windows' });
    expect(findDisk(ecs.state, systemDiskId)).toBeUndefined();
    // 3. The old snapshot cannot roll back the new system disk (different disk id).
    expectRefused(
      ecs,
      () => ecs.resetDisk({ diskId, snapshotId: before }),
      'InvalidParameter.Mismatch',
    );
    // 4. It can still give back the old files, on a new disk.
    const { diskId: restored } = ecs.createDisk({
      regionId: REGION,
      zoneId: 'cn-hangzhou-h',
      snapshotId: before,
    });
    ecs.clock.settle();
    ecs.attachDisk({ instanceId, diskId: restored });
    ecs.startInstance({ instanceId });
    ecs.clock.settle();
    expect(readText(ecs, restored, 12)).toBe('linux config');
    // 5. The data disk was never touched.
    expect(readText(ecs, dataDiskId, 9)).toBe('user data');
    expect(readText(ecs, diskId, 12)).not.toBe('linux config');
    expect(must(findDisk(ecs.state, diskId)).sourceSnapshotId).toBeNull();
  });
});
