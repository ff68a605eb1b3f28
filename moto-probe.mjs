import { createEcs } from 'fake-ecs';
const N = 1000, PAGE = 100, REGION = 'cn-hangzhou';
const ecs = createEcs({ seed: 'bench', quotas: { manualSnapshotsPerDisk: N } });
ecs.runInstances({ regionId: REGION, imageId: 'aliyun_3_x64_20G_alibase_20240528.vhd', instanceType: 'ecs.g7.large', dataDisk: [{ category: 'cloud_essd', size: 40 }] });
ecs.clock.settle();
const diskId = Object.values(ecs.describeDisks({ regionId: REGION, diskType: 'data' }).disks.disk)[0].diskId;
ecs.writeDisk({ diskId, offset: 0, length: 2 ** 30, fill: 'dataset' });
function scenario() {
  const ids = [];
  let t0 = performance.now();
  for (let i = 0; i < N; i++) { ids.push(ecs.createSnapshot({ diskId, snapshotName: `s${i}` }).snapshotId); ecs.clock.settle(); }
  let t1 = performance.now();
  let seen = 0, nextToken;
  do { const page = ecs.describeSnapshots({ regionId: REGION, diskId, maxResults: PAGE, nextToken }); seen += page.snapshots.snapshot.length; nextToken = page.nextToken || undefined; } while (nextToken);
  let t2 = performance.now();
  for (const snapshotId of ids) ecs.deleteSnapshot({ snapshotId });
  let t3 = performance.now();
  return [t1 - t0, t2 - t1, t3 - t2, t3 - t0].map((x) => x.toFixed(1)).join(' ');
}
const runs = Number(process.argv[2] ?? 10);
for (let r = 0; r < runs; r++) console.log('create describe delete total', scenario());
