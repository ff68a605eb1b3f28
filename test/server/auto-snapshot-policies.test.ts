// The automatic-snapshot-policy operations over HTTP: their request keys are lower-camel on the
// wire (`regionId`, `timePoints`, `diskIds`, reference 1.3), their lists JSON text; the official
// SDK sends them that way, and the endpoint reads them as the facade does.

import * as $Ecs from '@alicloud/ecs20140526';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEcs, type Ecs } from '../../src/index.js';
import type { RunningServer } from '../../src/server/index.js';
import { aRunningInstance, dataDiskOf, REGION } from '../fixtures/world.js';
import { anSdkClient, aServer, rejectionOf, type SdkClient } from './helpers.js';
import { send, unsignedRequest } from './raw-requests.js';

describe('automatic snapshot policies over HTTP', () => {
  let ecs: Ecs;
  let server: RunningServer;
  let client: SdkClient;
  let diskId: string;

  beforeAll(async () => {
    ecs = createEcs({ seed: 'policies', timings: 'instant' });
    diskId = dataDiskOf(
      ecs,
      aRunningInstance(ecs, { dataDisk: [{ category: 'cloud_essd', size: 40 }] }),
    ).diskId;
    server = await aServer(ecs);
    client = anSdkClient(server);
  });
  afterAll(() => server.close());

  it('creates, applies, describes and cancels a policy with the SDK (lower-camel keys, JSON-text lists)', async () => {
    const created = await client.createAutoSnapshotPolicy(
      new $Ecs.CreateAutoSnapshotPolicyRequest({
        regionId: REGION,
        autoSnapshotPolicyName: 'nightly',
        timePoints: JSON.stringify(['2']),
        repeatWeekdays: JSON.stringify(['1', '2', '3', '4', '5', '6', '7']),
        retentionDays: 7,
      }),
    );
    const policyId = created.body?.autoSnapshotPolicyId ?? '';
    expect(policyId).toMatch(/^sp-/);
    await client.applyAutoSnapshotPolicy(
      new $Ecs.ApplyAutoSnapshotPolicyRequest({
        regionId: REGION,
        autoSnapshotPolicyId: policyId,
        diskIds: JSON.stringify([diskId]),
      }),
    );
    const described = await client.describeAutoSnapshotPolicyEx(
      new $Ecs.DescribeAutoSnapshotPolicyExRequest({
        regionId: REGION,
        autoSnapshotPolicyId: policyId,
      }),
    );
    const policy = described.body?.autoSnapshotPolicies?.autoSnapshotPolicy?.[0];
    expect(policy).toMatchObject({
      autoSnapshotPolicyId: policyId,
      autoSnapshotPolicyName: 'nightly',
      timePoints: '["2"]',
      retentionDays: 7,
      diskNums: 1,
    });
    // the policy takes its snapshots as the virtual clock passes 02:00 UTC+8
    await fetch(`${server.url}/__fake-ecs/clock/advance?by=P1D`, { method: 'POST' });
    const autos = await client.describeSnapshots(
      new $Ecs.DescribeSnapshotsRequest({ regionId: REGION, diskId, snapshotType: 'auto' }),
    );
    expect(autos.body?.snapshots?.snapshot?.length).toBe(1);
    await client.cancelAutoSnapshotPolicy(
      new $Ecs.CancelAutoSnapshotPolicyRequest({
        regionId: REGION,
        diskIds: JSON.stringify([diskId]),
      }),
    );
  });

  it('refuses a malformed JSON-text list with the operation’s own error, changing nothing', async () => {
    const before = ecs.state;
    const error = await rejectionOf(
      client.createAutoSnapshotPolicy(
        new $Ecs.CreateAutoSnapshotPolicyRequest({
          regionId: REGION,
          timePoints: '["2",',
          repeatWeekdays: '["1"]',
          retentionDays: 7,
        }),
      ),
    );
    expect(error.statusCode).toBeGreaterThanOrEqual(400);
    expect(error.statusCode).toBeLessThan(500);
    expect(error.data.Message).toMatch(/timePoints|TimePoints/);
    expect(ecs.state).toBe(before);
  });

  it('reads the PascalCase spelling of the same keys too', async () => {
    const open = await aServer(ecs, { credentials: 'any' });
    try {
      const res = await send(
        open.port,
        unsignedRequest('CreateAutoSnapshotPolicy', {
          RegionId: REGION,
          TimePoints: '["3"]',
          RepeatWeekdays: '["1"]',
          RetentionDays: '-1',
        }),
      );
      expect(res.status).toBe(200);
      expect(res.json()).toMatchObject({ AutoSnapshotPolicyId: expect.stringMatching(/^sp-/) });
    } finally {
      await open.close();
    }
  });
});
