// A backup-rotation function written against the official SDK's client
// (`@alicloud/ecs20140526`), tested with fake-ecs: in production it gets a real `Client`; here the
// in-process `fake-ecs/sdk` client stands in for it, on a virtual clock, with a throttling fault.
import * as $Ecs from '@alicloud/ecs20140526';
import { type CallEvent, createEcs, type Ecs } from 'fake-ecs';
import { createClient } from 'fake-ecs/sdk';
import { describe, expect, it } from 'vitest';

/** The official client class (the CommonJS package's default export). */
type Client = $Ecs.default;

/** What a rotation needs to know. */
interface RotateOptions {
  /** The region of the disk. */
  readonly regionId: string;
  /** The disk to back up. */
  readonly diskId: string;
  /** How many backups to keep, the newest. */
  readonly keep: number;
  /** Waits between polls and retries (production: a timer; tests: the virtual clock). */
  readonly sleep: (ms: number) => Promise<void>;
}

const NAME = 'rotating-backup';

/** Calls `call`, retrying with exponential backoff while ECS throttles (ThrottlingError). */
async function withRetry<T>(sleep: RotateOptions['sleep'], call: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      const code = String((error as { code?: unknown }).code ?? '');
      if (!code.includes('Throttling') || attempt === 5) throw error;
      await sleep(200 * 2 ** attempt);
    }
  }
}

/**
 * Takes a snapshot of the disk, waits until it is accomplished, then deletes all but the newest
 * `keep` backups. Returns the new snapshot and the deleted ones.
 */
async function rotateBackups(
  client: Client,
  { regionId, diskId, keep, sleep }: RotateOptions,
): Promise<{ created: string; deleted: string[] }> {
  const retry = <T>(call: () => Promise<T>) => withRetry(sleep, call);
  const created = await retry(() =>
    client.createSnapshot(new $Ecs.CreateSnapshotRequest({ diskId, snapshotName: NAME })),
  );
  const snapshotId = created.body?.snapshotId ?? '';
  for (;;) {
    const res = await retry(() =>
      client.describeSnapshots(
        new $Ecs.DescribeSnapshotsRequest({ regionId, snapshotIds: JSON.stringify([snapshotId]) }),
      ),
    );
    const status = res.body?.snapshots?.snapshot?.[0]?.status;
    if (status === 'accomplished') break;
    if (status !== 'progressing') throw new Error(`backup ${snapshotId} ended ${status}`);
    await sleep(10_000);
  }
  const listed = await retry(() =>
    client.describeSnapshots(
      new $Ecs.DescribeSnapshotsRequest({
        regionId,
        diskId,
        snapshotName: NAME,
        status: 'accomplished',
        pageSize: 100,
      }),
    ),
  );
  // Newest first; equal creation times (one second resolution) keep the listing's order.
  const backups = [...(listed.body?.snapshots?.snapshot ?? [])].sort((a, b) =>
    (b.creationTime ?? '').localeCompare(a.creationTime ?? ''),
  );
  const deleted: string[] = [];
  for (const old of backups.slice(keep)) {
    const id = old.snapshotId ?? '';
    await retry(() => client.deleteSnapshot(new $Ecs.DeleteSnapshotRequest({ snapshotId: id })));
    deleted.push(id);
  }
  return { created: snapshotId, deleted };
}

// ---- the tests ------------------------------------------------------------------------------

const REGION = 'cn-hangzhou';

function aWorldWithDisk(): {
  ecs: Ecs;
  client: Client;
  diskId: string;
  sleep: RotateOptions['sleep'];
} {
  const ecs = createEcs({ seed: 'backup-rotation' });
  const { instanceIdSets } = ecs.runInstances({
    regionId: REGION,
    imageId: 'aliyun_3_x64_20G_alibase_20240528.vhd',
    instanceType: 'ecs.g7.large',
    dataDisk: [{ category: 'cloud_essd', size: 100 }],
  });
  ecs.clock.settle();
  const instanceId = instanceIdSets.instanceIdSet[0] ?? '';
  const disk = ecs.describeDisks({ regionId: REGION, instanceId, diskType: 'data' }).disks.disk[0];
  const diskId = disk?.diskId ?? '';
  ecs.writeDisk({ diskId, offset: 0, length: 2 * 2 ** 30, fill: 'database' });
  // The official client's responses are model classes; the stand-in resolves with the same data,
  // which is all rotateBackups reads.
  const client = createClient(ecs) as unknown as Client;
  const sleep = async (ms: number) => {
    ecs.clock.advance(ms);
  };
  return { ecs, client, diskId, sleep };
}

const calls = (ecs: Ecs, action: string) =>
  ecs.events.filter((e): e is CallEvent => e.kind === 'call' && e.action === action);

describe('rotateBackups', () => {
  it('keeps the newest backups and deletes the older ones', async () => {
    const { ecs, client, diskId, sleep } = aWorldWithDisk();
    const made: string[] = [];
    for (let day = 0; day < 4; day++) {
      const { created } = await rotateBackups(client, { regionId: REGION, diskId, keep: 2, sleep });
      made.push(created);
      ecs.writeDisk({ diskId, offset: day * 2 ** 20, data: `day ${day}` });
      ecs.clock.advance('P1D');
    }
    const left = ecs
      .describeSnapshots({ regionId: REGION, diskId })
      .snapshots.snapshot.map((s) => s.snapshotId);
    expect(left.sort()).toEqual(made.slice(-2).sort());
    expect(
      calls(ecs, 'DeleteSnapshot').map((e) => (e.parameters as { snapshotId: string }).snapshotId),
    ).toEqual(made.slice(0, 2));
  });

  it('waits until the snapshot is accomplished before deleting anything', async () => {
    const { ecs, client, diskId, sleep } = aWorldWithDisk();
    await rotateBackups(client, { regionId: REGION, diskId, keep: 1, sleep });
    const accomplished = ecs.events.findIndex(
      (e) => e.kind === 'transition' && e.to === 'accomplished' && e.action === 'snapshot',
    );
    const firstDelete = ecs.events.findIndex(
      (e) => e.kind === 'call' && e.action === 'DeleteSnapshot',
    );
    expect(accomplished).toBeGreaterThan(-1);
    expect(firstDelete === -1 || firstDelete > accomplished).toBe(true);
  });

  it('retries when ECS throttles, with backoff, and still rotates', async () => {
    const { ecs, client, diskId, sleep } = aWorldWithDisk();
    await rotateBackups(client, { regionId: REGION, diskId, keep: 1, sleep });
    const rule = ecs.faults.add({ action: 'CreateSnapshot', code: 'Throttling', times: 2 });
    const { created, deleted } = await rotateBackups(client, {
      regionId: REGION,
      diskId,
      keep: 1,
      sleep,
    });
    const attempts = calls(ecs, 'CreateSnapshot').slice(1);
    expect(attempts.map((e) => e.error?.code ?? 'ok')).toEqual(['Throttling', 'Throttling', 'ok']);
    expect(attempts.slice(0, 2).every((e) => e.fault === rule)).toBe(true);
    // The backoff waited 400 ms, then 800 ms, on the virtual clock.
    const times = attempts.map((e) => Date.parse(e.time));
    expect(times.slice(1).map((t, i) => t - (times[i] ?? 0))).toEqual([400, 800]);
    expect(deleted).toHaveLength(1);
    expect(created).toMatch(/^s-/);
  });

  it('gives up after five throttled attempts and reports the SDK error', async () => {
    const { ecs, client, diskId, sleep } = aWorldWithDisk();
    ecs.faults.add({ action: 'CreateSnapshot', code: 'Throttling.User' });
    await expect(
      rotateBackups(client, { regionId: REGION, diskId, keep: 1, sleep }),
    ).rejects.toMatchObject({
      name: 'ThrottlingError',
      code: 'Throttling.User',
      statusCode: 400,
    });
    expect(calls(ecs, 'CreateSnapshot')).toHaveLength(5);
  });

  it('reports a backup that failed instead of deleting older ones', async () => {
    const { ecs, client, diskId, sleep } = aWorldWithDisk();
    await rotateBackups(client, { regionId: REGION, diskId, keep: 1, sleep });
    ecs.faults.failNextSnapshot({ diskId });
    await expect(
      rotateBackups(client, { regionId: REGION, diskId, keep: 1, sleep }),
    ).rejects.toThrow(/ended failed/);
    expect(calls(ecs, 'DeleteSnapshot')).toHaveLength(0);
  });
});
