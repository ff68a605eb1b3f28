// The fixed sequence of calls a restored world must survive (damaged-saves.test.ts): describes of
// every kind, simulation reads and writes, snapshots, a rollback, settle, advance, billing, and an
// export that restores again. Each call gives an answer or an EcsError, never a raw exception.

import { expect } from 'vitest';
import { createEcs, type Ecs, EcsError, type EcsExport } from '../../src/index.js';
import { OPERATION_ROWS } from '../../src/operations/table.js';
import { REGION } from '../fixtures/world.js';

const isClockRange = (e: unknown) => e instanceof RangeError && /^clock\./.test(e.message);

/** Runs a call: an answer or an EcsError (or a documented clock RangeError) is fine. */
function attempt<T>(call: () => T): T | undefined {
  try {
    return call();
  } catch (error) {
    if (error instanceof EcsError || isClockRange(error)) return undefined;
    throw error;
  }
}

type Call = (request: object) => unknown;
const method = (ecs: Ecs, name: string) => (ecs as unknown as Record<string, Call>)[name] as Call;

/** Every describe of the table, for the region and for each entity id it may take. */
function describeAll(ecs: Ecs, ids: Record<string, string>): void {
  for (const row of OPERATION_ROWS) {
    if (!row.method.startsWith('describe')) continue;
    attempt(() => method(ecs, row.method)({ regionId: REGION, maxResults: 100 }));
    attempt(() => method(ecs, row.method)({ regionId: REGION, ...ids }));
  }
}

/** The calls a restored world must survive, on whatever entities it lists. */
export function useAll(ecs: Ecs): void {
  const disks = attempt(() => ecs.describeDisks({ regionId: REGION }))?.disks.disk ?? [];
  const snapshots =
    attempt(() => ecs.describeSnapshots({ regionId: REGION }))?.snapshots.snapshot ?? [];
  const instances =
    attempt(() => ecs.describeInstances({ regionId: REGION }))?.instances.instance ?? [];
  const volumes = attempt(() => ecs.describeVolumes())?.volumes ?? [];
  const diskId = disks[0]?.diskId ?? 'd-none';
  const snapshotId = snapshots[0]?.snapshotId ?? 's-none';
  const instanceId = instances[0]?.instanceId ?? 'i-none';
  describeAll(ecs, { diskId, snapshotId, instanceId });
  for (const { snapshotId: id } of snapshots) {
    attempt(() => ecs.listSnapshotBlocks({ snapshotId: id, maxResults: 10 }));
    attempt(() => ecs.listChangedBlocks({ firstSnapshotId: snapshotId, secondSnapshotId: id }));
    attempt(() => ecs.describeSnapshotLinks({ regionId: REGION, diskIds: `["${diskId}"]` }));
  }
  attempt(() => ecs.checkConsistency({ snapshotIds: snapshots.map((s) => s.snapshotId) }));
  for (const { volumeId } of volumes) {
    attempt(() => ecs.readVolume({ volumeId, offset: 0, length: 8192 }));
    attempt(() => ecs.writeVolume({ volumeId, offset: 4096, data: 'v' }));
  }
  for (const disk of disks) {
    attempt(() => ecs.readDisk({ diskId: disk.diskId, offset: 0, length: 8192 }));
    attempt(() => ecs.writeDisk({ diskId: disk.diskId, offset: 4096, data: 'w' }));
    attempt(() => ecs.diskPerformance(disk.diskId));
    attempt(() => ecs.createSnapshot({ diskId: disk.diskId }));
  }
  attempt(() => ecs.stopInstance({ instanceId }));
  attempt(() => ecs.clock.settle());
  attempt(() => ecs.resetDisk({ diskId, snapshotId }));
  attempt(() => ecs.deleteSnapshot({ snapshotId, force: true }));
  attempt(() => ecs.createDisk({ regionId: REGION, zoneId: 'cn-hangzhou-i', snapshotId }));
  attempt(() => ecs.startInstance({ instanceId }));
  attempt(() => ecs.clock.advance('P3D'));
  const period = { regionId: REGION, from: '2026-02-01T00:00:00Z', to: '2026-03-05T00:00:00Z' };
  attempt(() => ecs.billing.statement(period));
  attempt(() => ecs.billing.forecast({ regionId: REGION, until: '2026-06-01T00:00:00Z' }));
  describeAll(ecs, { diskId, snapshotId, instanceId });
  void ecs.events.length;
  const again = createEcs({ from: JSON.parse(JSON.stringify(ecs.export())) as EcsExport });
  expect(again.state.clock.now).toBe(ecs.state.clock.now);
}
