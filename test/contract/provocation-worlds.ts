// Worlds the provocations of test/contract/error-matrix.test.ts stage their calls in when the
// served world cannot say the code: realistic timings (something still in progress), quotas of
// one, a zone that sells few disk categories, a strict guest volume.

import { createEcs, type Ecs, type EcsOptions } from '../../src/index.js';
import { must } from '../fixtures/must.js';
import { LINUX_IMAGE, REGION } from '../fixtures/world.js';
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
 * one data disk (ESSD).
 */
export function aQuotaWorld(quotas: Quotas): { ecs: Ecs; instanceId: string } {
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
  return { ecs, instanceId };
}
