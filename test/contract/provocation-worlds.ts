// Worlds the provocations of test/contract/error-matrix.test.ts stage their calls in when the
// served world cannot say the code: realistic timings (something still in progress), quotas of
// one, a zone that sells few disk categories, a strict guest volume.

import { createEcs, type Ecs, type EcsOptions } from '../../src/index.js';
import { must } from '../fixtures/must.js';
import { LINUX_IMAGE, REGION } from '../fixtures/world.js';
import { aSpannedVolume, pattern, STRIPE, snap } from '../volumes/helpers.js';
import { invoke, type Provocation } from './provocation.js';

/** The quotas a world may be given. */
type Quotas = NonNullable<EcsOptions['quotas']>;

/** A call staged in a world of realistic timings (see {@link aTimedWorld}). */
export const timed =
  (request: (t: TimedWorld) => Record<string, unknown>): Provocation =>
  (_w, m) => {
    const t = aTimedWorld();
    const fields = request(t);
    return { ecs: t.ecs, call: () => invoke(t.ecs, m, fields) };
  };

/** The system disk of the timed world's instance. */
export function systemDiskIn(t: TimedWorld): string {
  const disks = t.ecs.describeDisks({ regionId: REGION, instanceId: t.instanceId }).disks.disk;
  return must(disks.find((d) => d.type === 'system')).diskId;
}

/** Stops the timed world's instance and waits. */
export function stopped(t: TimedWorld): void {
  t.ecs.stopInstance({ instanceId: t.instanceId });
  t.ecs.clock.settle();
}

/** A completed snapshot of the timed world's data disk, its instance stopped. */
export function snapshotted(t: TimedWorld): string {
  stopped(t);
  const { snapshotId } = t.ecs.createSnapshot({ diskId: t.diskId });
  t.ecs.clock.settle();
  return snapshotId;
}

/** The timed world's data disk re-initialising from a snapshot, its instance stopped. */
export function reIniting(t: TimedWorld): void {
  t.ecs.resetDisk({ diskId: t.diskId, snapshotId: snapshotted(t) });
}

/** An image still `Creating` in the timed world. */
export function creatingImage(t: TimedWorld): string {
  const { snapshotId } = t.ecs.createSnapshot({ diskId: systemDiskIn(t) });
  t.ecs.clock.settle();
  return t.ecs.createImage({ regionId: REGION, snapshotId }).imageId;
}

/** A vSwitch still `Pending` in the timed world. */
export function pendingVSwitch(t: TimedWorld): string {
  const { vpcId } = t.ecs.createVpc({ regionId: REGION, cidrBlock: '192.168.0.0/16' });
  t.ecs.clock.settle();
  return t.ecs.createVSwitch({
    regionId: REGION,
    vpcId,
    zoneId: t.zoneId,
    cidrBlock: '192.168.1.0/24',
  }).vSwitchId;
}

/** An instance still `Pending` in the timed world. */
export function pendingInstance(t: TimedWorld): string {
  const { instanceIdSets } = t.ecs.runInstances({
    regionId: REGION,
    imageId: LINUX_IMAGE,
    instanceType: 'ecs.g7.large',
  });
  return must(instanceIdSets.instanceIdSet[0]);
}
/** A world with realistic timings and the ids of what it holds (see {@link aTimedWorld}). */
export interface TimedWorld {
  readonly ecs: Ecs;
  readonly instanceId: string;
  readonly diskId: string;
  readonly zoneId: string;
}

/** A world with realistic timings: a running instance with a written data disk (ESSD), settled. */
export function aTimedWorld(): TimedWorld {
  const ecs = createEcs({ seed: 'matrix-timed' });
  const { instanceIdSets } = ecs.runInstances({
    regionId: REGION,
    imageId: LINUX_IMAGE,
    instanceType: 'ecs.g7.large',
    dataDisk: [{ category: 'cloud_essd', size: 40 }],
  });
  ecs.clock.settle();
  const instanceId = must(instanceIdSets.instanceIdSet[0]);
  const disks = ecs.describeDisks({ regionId: REGION, instanceId }).disks.disk;
  const data = must(disks.find((d) => d.type === 'data'));
  ecs.writeDisk({ diskId: data.diskId, offset: 0, length: 2 ** 24, fill: 'data' });
  return { ecs, instanceId, diskId: data.diskId, zoneId: data.zoneId };
}

/** A call on a VPC still `Pending` (realistic timings). */
export const pendingVpc =
  (request: (vpcId: string, zoneId: string) => Record<string, unknown>): Provocation =>
  (_w, m) => {
    const t = aTimedWorld();
    const { vpcId } = t.ecs.createVpc({ regionId: REGION, cidrBlock: '192.168.0.0/16' });
    return { ecs: t.ecs, call: () => invoke(t.ecs, m, request(vpcId, t.zoneId)) };
  };

/**
 * A world of its own with instant timings and the given quotas, holding a running instance with
 * one data disk (ESSD) in `zoneId`.
 */
export function aQuotaWorld(quotas: Quotas): { ecs: Ecs; instanceId: string; zoneId: string } {
  const ecs = createEcs({ seed: 'matrix-quota', timings: 'instant', quotas });
  const instanceId = must(
    ecs.runInstances({
      regionId: REGION,
      imageId: LINUX_IMAGE,
      instanceType: 'ecs.g7.large',
      dataDisk: [{ category: 'cloud_essd', size: 20 }],
    }).instanceIdSets.instanceIdSet[0],
  );
  ecs.clock.settle();
  const zoneId = must(ecs.describeDisks({ regionId: REGION, instanceId }).disks.disk[0]).zoneId;
  return { ecs, instanceId, zoneId };
}

/** The zone {@link anEssdOnlyWorld} restricts (the zone instances go to by default). */
export const ESSD_ONLY_ZONE = 'cn-hangzhou-h';

/** A world of its own with instant timings whose default zone sells ESSDs only. */
export function anEssdOnlyWorld(): Ecs {
  return createEcs({
    seed: 'matrix-catalogue',
    timings: 'instant',
    catalogue: { zones: { [ESSD_ONLY_ZONE]: { diskCategories: ['cloud_essd'] } } },
  });
}

/**
 * A snapshot still in progress and not usable yet in the timed world: of a basic-series disk
 * (`cloud_efficiency`), attached and written, since an ESSD's snapshot is usable at once.
 */
export function basicSnapshotInProgress(t: TimedWorld): string {
  const { diskId } = t.ecs.createDisk({
    regionId: REGION,
    zoneId: t.zoneId,
    size: 20,
    diskCategory: 'cloud_efficiency',
  });
  t.ecs.clock.settle();
  t.ecs.attachDisk({ instanceId: t.instanceId, diskId });
  t.ecs.clock.settle();
  t.ecs.writeDisk({ diskId, offset: 0, length: 2 ** 24, fill: 'data' });
  return t.ecs.createSnapshot({ diskId }).snapshotId;
}

/**
 * A world of its own that refuses unsure rollbacks (`strictConsistency`): a spanned volume over
 * three disks written between the snapshots of its disks (`pairs`, each disk with its snapshot),
 * its instance stopped. Rolling back any of them mixes instants.
 */
export function anUnsureRollback(): { ecs: Ecs; pairs: { diskId: string; snapshotId: string }[] } {
  const { ecs, instanceId, volumeId, members } = aSpannedVolume(
    { strictConsistency: true },
    STRIPE,
  );
  const pairs = members.map((diskId, i) => {
    ecs.writeVolume({ volumeId, offset: 0, data: pattern(6 * STRIPE, 20 + i) });
    return { diskId, snapshotId: snap(ecs, diskId) };
  });
  ecs.stopInstance({ instanceId });
  ecs.clock.settle();
  return { ecs, pairs };
}
