// Types on the wire follow real ECS's answers, which typed clients parse (aliyungo, the Terraform
// provider): one test per field whose wire type matters to them.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/server/index.js';
import { toWireJson } from '../../src/server/wire-names.js';
import { must } from '../fixtures/must.js';
import { REGION } from '../fixtures/world.js';
import { aRichWorld } from '../saved/helpers.js';
import { aServer } from './helpers.js';
import { acs3Request, send } from './raw-requests.js';

/** The members these tests read, and whatever else an item holds. */
interface Json {
  SourceDiskSize?: unknown;
  DeleteAutoSnapshot?: unknown;
  InstanceId?: unknown;
  DiskId?: unknown;
  TimePoints?: unknown;
  RepeatWeekdays?: unknown;
  Size?: unknown;
  [member: string]: unknown;
}

describe('wire types', () => {
  const world = aRichWorld();
  let server: RunningServer;
  beforeAll(async () => {
    server = await aServer(world.ecs);
  });
  afterAll(async () => {
    await server.close();
  });

  async function call(action: string, params: Record<string, string>): Promise<Json> {
    const answer = await send(server.port, acs3Request(server.endpoint, action, params));
    expect(answer.status).toBe(200);
    return JSON.parse(answer.text) as Json;
  }

  const items = (body: Json, outer: string, inner: string) =>
    (body[outer] as Record<string, Json[]>)[inner] as Json[];

  it('sends a snapshot SourceDiskSize as a JSON number (the SDK model says string)', async () => {
    const body = await call('DescribeSnapshots', { RegionId: REGION });
    const snapshots = items(body, 'Snapshots', 'Snapshot');
    expect(snapshots.length).toBeGreaterThan(0);
    for (const s of snapshots) expect(typeof s.SourceDiskSize).toBe('number');
    // The facade keeps the SDK model's type.
    const facade = world.ecs.describeSnapshots({ regionId: REGION }).snapshots.snapshot[0];
    expect(typeof facade?.sourceDiskSize).toBe('string');
  });

  it('sends a chain SourceDiskSize as a JSON number too', async () => {
    const body = await call('DescribeSnapshotLinks', { RegionId: REGION });
    const links = items(body, 'SnapshotLinks', 'SnapshotLink');
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) expect(typeof l.SourceDiskSize).toBe('number');
  });

  it('sends a disk DeleteAutoSnapshot as a JSON boolean', async () => {
    const body = await call('DescribeDisks', { RegionId: REGION });
    const disks = items(body, 'Disks', 'Disk');
    expect(disks.length).toBeGreaterThan(0);
    for (const d of disks) expect(typeof d.DeleteAutoSnapshot).toBe('boolean');
  });

  it('sends a disk InstanceId as a string, empty when detached', async () => {
    const { diskId } = world.ecs.createDisk({
      regionId: REGION,
      zoneId: 'cn-hangzhou-h',
      size: 20,
    });
    const body = await call('DescribeDisks', { RegionId: REGION });
    const disks = items(body, 'Disks', 'Disk');
    for (const d of disks) expect(typeof d.InstanceId).toBe('string');
    expect(must(disks.find((d) => d.DiskId === diskId)).InstanceId).toBe('');
  });

  it("sends a policy's TimePoints and RepeatWeekdays as JSON-text strings", async () => {
    const body = await call('DescribeAutoSnapshotPolicyEx', { RegionId: REGION });
    const policies = items(body, 'AutoSnapshotPolicies', 'AutoSnapshotPolicy');
    expect(policies.length).toBeGreaterThan(0);
    for (const p of policies) {
      expect(typeof p.TimePoints).toBe('string');
      expect(typeof p.RepeatWeekdays).toBe('string');
      expect(Array.isArray(JSON.parse(p.TimePoints as string))).toBe(true);
      expect(Array.isArray(JSON.parse(p.RepeatWeekdays as string))).toBe(true);
    }
  });

  it("keeps an image disk's Size a string, as real ECS sends it", async () => {
    const body = await call('DescribeImages', { RegionId: REGION, ImageOwnerAlias: 'self' });
    const mappings = items(body, 'Images', 'Image').flatMap((i) =>
      items(i, 'DiskDeviceMappings', 'DiskDeviceMapping'),
    );
    expect(mappings.length).toBeGreaterThan(0);
    for (const m of mappings) expect(typeof m.Size).toBe('string');
  });

  it('writes a SourceDiskSize that is not a whole number as a string, never as broken JSON', () => {
    expect(toWireJson({ sourceDiskSize: '40' })).toBe('{"SourceDiskSize":40}');
    expect(toWireJson({ sourceDiskSize: '4x' })).toBe('{"SourceDiskSize":"4x"}');
    expect(toWireJson({ sourceDiskSize: '' })).toBe('{"SourceDiskSize":""}');
    expect(toWireJson({ sourceDiskSize: '007' })).toBe('{"SourceDiskSize":"007"}');
  });
});
