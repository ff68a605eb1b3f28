import { describe, expect, it } from 'vitest';
import { must } from '../fixtures/must.js';
import { disksOf, REGION } from '../fixtures/world.js';
import { aServer, aWorldForImages, readText, snap, usage, writeText } from '../images/helpers.js';

// The seed: "you can use a snapshot to create customized images for quick application
// environment deployment in a large number of instances."
describe('scenario: a custom image deployed to 10 instances', () => {
  it('gives every instance the same system and data bytes, independent afterwards', () => {
    const ecs = aWorldForImages();
    // 1. Prepare a golden server: an application on the system disk, a dataset on the data disk.
    const golden = aServer(ecs);
    writeText(ecs, golden.systemDiskId, 'app v1.4 installed', 8192);
    writeText(ecs, golden.dataDiskId, 'reference dataset');
    // 2. Snapshot both disks and make a custom image of them.
    const system = snap(ecs, golden.systemDiskId);
    const data = snap(ecs, golden.dataDiskId);
    const { imageId } = ecs.createImage({
      regionId: REGION,
      imageName: 'app-v1-4',
      diskDeviceMapping: [{ snapshotId: system }, { snapshotId: data }],
    });
    ecs.clock.settle();
    expect(
      ecs.describeImages({ regionId: REGION, imageOwnerAlias: 'self' }).images.image[0]?.status,
    ).toBe('Available');
    // 3. Deploy 10 instances in one call.
    const { instanceIdSets } = ecs.runInstances({
      regionId: REGION,
      imageId,
      instanceType: 'ecs.g7.large',
      amount: 10,
    });
    ecs.clock.settle();
    const ids = instanceIdSets.instanceIdSet;
    expect(ids).toHaveLength(10);
    // 4. Every system disk reads the golden bytes (the very same blocks, shared by reference).
    const systems = ids.map((id) => must(disksOf(ecs, id)[0]));
    for (const disk of systems) {
      expect(readText(ecs, disk.diskId, 18, 8192)).toBe('app v1.4 installed');
      expect(disk.content).toBe(systems[0]?.content);
    }
    for (const id of ids)
      expect(readText(ecs, must(disksOf(ecs, id)[1]).diskId, 17)).toBe('reference dataset');
    // 5. The instances are independent: a write on one is not seen by the others or the image.
    const first = must(systems[0]).diskId;
    writeText(ecs, first, 'app v2.0 installed', 8192);
    expect(readText(ecs, must(systems[1]).diskId, 18, 8192)).toBe('app v1.4 installed');
    // 6. The snapshots are held by the image and the disks.
    expect([usage(ecs, system), usage(ecs, data)]).toEqual(['image_disk', 'image_disk']);
  });
});
