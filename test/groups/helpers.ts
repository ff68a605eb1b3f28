import type { Ecs, SnapshotGroupView } from '../../src/index.js';
import { must } from '../fixtures/must.js';
import { disksOf, REGION } from '../fixtures/world.js';
import { aSnapshotWorld, BLOCK } from '../snapshots/helpers.js';

/** 10 s start-up, one block per second: durations are easy to read. */
export const SLOW = { snapshotStartup: 10, snapshotThroughput: BLOCK };

/** A world with 4 KiB blocks and slow, readable snapshot timings. */
export function aGroupWorld(): Ecs {
  return aSnapshotWorld({ timings: SLOW });
}

/** Runs a Running instance with an ESSD system disk and `dataDisks` data disks; returns ids. */
export function anEssdInstance(
  ecs: Ecs,
  dataDisks: { category?: string; zoneId?: string } = {},
  count = 2,
): { instanceId: string; diskIds: string[] } {
  const { instanceIdSets } = ecs.runInstances({
    regionId: REGION,
    imageId: 'aliyun_3_x64_20G_alibase_20240528.vhd',
    instanceType: 'ecs.g7.large',
    ...(dataDisks.zoneId ? { zoneId: dataDisks.zoneId } : {}),
    dataDisk: Array.from({ length: count }, () => ({
      category: dataDisks.category ?? 'cloud_essd',
      size: 20,
    })),
  });
  ecs.clock.settle();
  const instanceId = must(instanceIdSets.instanceIdSet[0], 'instance id');
  return { instanceId, diskIds: disksOf(ecs, instanceId).map((d) => d.diskId) };
}

/** One group as `describeSnapshotGroups` shows it. */
export function groupView(ecs: Ecs, snapshotGroupId: string): SnapshotGroupView {
  const body = ecs.describeSnapshotGroups({ regionId: REGION, snapshotGroupId: [snapshotGroupId] });
  return must(body.snapshotGroups.snapshotGroup[0], `group ${snapshotGroupId}`);
}
