// Refusals over HTTP: the SDK rejects with the code, status and body real ECS would send, and the
// world is left exactly as it was.

import * as $Ecs from '@alicloud/ecs20140526';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEcs, type Ecs, type EcsErrorCode, ERROR_CATALOG } from '../../src/index.js';
import type { RunningServer } from '../../src/server/index.js';
import { aRunningInstance, dataDiskOf, REGION } from '../fixtures/world.js';
import { anSdkClient, aServer, rejectionOf, type SdkClient } from './helpers.js';

const RECOMMEND =
  /^https:\/\/api\.alibabacloud\.com\/troubleshoot\?intl_lang=EN_US&q=.+&product=Ecs&requestId=[0-9A-F-]{36}$/;

describe('errors over HTTP', () => {
  let ecs: Ecs;
  let server: RunningServer;
  let client: SdkClient;
  let diskId: string;
  let instanceId: string;

  beforeAll(async () => {
    ecs = createEcs({ seed: 'errors', timings: 'instant' });
    instanceId = aRunningInstance(ecs, { dataDisk: [{ category: 'cloud_essd', size: 40 }] });
    diskId = dataDiskOf(ecs, instanceId).diskId;
    server = await aServer(ecs);
    client = anSdkClient(server);
  });
  afterAll(() => server.close());

  async function expectRefusedOverHttp(
    call: () => Promise<unknown>,
    code: EcsErrorCode,
    status = ERROR_CATALOG[code].httpStatus,
  ) {
    const before = ecs.state;
    const error = await rejectionOf(call());
    expect({ code: error.code, statusCode: error.statusCode }).toEqual({
      code,
      statusCode: status,
    });
    expect(ecs.state).toBe(before);
    return error;
  }

  it('rejects like the SDK does for a 404: ClientError with code, status, request id and body', async () => {
    const error = await expectRefusedOverHttp(
      () => client.resizeDisk(new $Ecs.ResizeDiskRequest({ diskId: 'd-nope', newSize: 100 })),
      'InvalidDiskId.NotFound',
    );
    expect(error.name).toBe('ClientError');
    expect(error.message).toMatch(
      /^InvalidDiskId\.NotFound: code: 404, The specified disk d-nope does not exist\. request id: [0-9A-F-]{36}$/,
    );
    expect(Object.keys(error.data).sort()).toEqual([
      'Code',
      'HostId',
      'Message',
      'Recommend',
      'RequestId',
    ]);
    expect(error.data).toMatchObject({
      Code: 'InvalidDiskId.NotFound',
      HostId: 'ecs.aliyuncs.com',
    });
    expect(error.data.Recommend).toMatch(RECOMMEND);
  });

  it('answers MissingParameter for a required parameter the SDK does not check', async () => {
    const error = await expectRefusedOverHttp(
      () => client.createSnapshot(new $Ecs.CreateSnapshotRequest({})),
      'MissingParameter',
    );
    expect(error.data.Message).toContain('DiskId');
  });

  it('answers DryRunOperation (400) for a dry run that passes', async () => {
    await expectRefusedOverHttp(
      () =>
        client.describeSnapshots(
          new $Ecs.DescribeSnapshotsRequest({ regionId: REGION, dryRun: true }),
        ),
      'DryRunOperation',
    );
  });

  it('answers UnsupportedParameter for a field fake-ecs does not model, naming its wire name, with strictParameters', async () => {
    const strict = createEcs({ seed: 'errors', timings: 'instant', strictParameters: true });
    const strictServer = await aServer(strict);
    try {
      const request = new $Ecs.CreateSnapshotRequest({ diskId, storageLocationArn: 'x' });
      const error = await rejectionOf(anSdkClient(strictServer).createSnapshot(request));
      expect(error.code).toBe('UnsupportedParameter');
      expect(error.data.Message).toContain('StorageLocationArn');
    } finally {
      await strictServer.close();
    }
  });

  it('answers InvalidParameter for a documented parameter of the wrong type, naming its wire name', async () => {
    const request = new $Ecs.CreateSnapshotRequest({ diskId });
    const error = await expectRefusedOverHttp(
      () => client.createSnapshot(Object.assign(request, { instantAccessRetentionDays: 'soon' })),
      'InvalidParameter',
    );
    expect(error.data.Message).toContain('InstantAccessRetentionDays');
  });

  it('answers the region host for an operation with a RegionId', async () => {
    const error = await expectRefusedOverHttp(
      () =>
        client.describeSnapshots(
          new $Ecs.DescribeSnapshotsRequest({ regionId: REGION, snapshotIds: '["s-1",' }),
        ),
      'InvalidSnapshotIds.Malformed',
    );
    expect(error.data.HostId).toBe('ecs.cn-hangzhou.aliyuncs.com');
  });

  it('answers a status precondition with 403 (IncorrectInstanceStatus on a running instance)', async () => {
    const snapshot = ecs.createSnapshot({ diskId });
    ecs.clock.settle();
    await expectRefusedOverHttp(
      () =>
        client.resetDisk(new $Ecs.ResetDiskRequest({ diskId, snapshotId: snapshot.snapshotId })),
      'IncorrectInstanceStatus',
    );
  });

  it('rejects with a ServerError for a 5xx', async () => {
    // A world whose operation throws something unexpected: the endpoint answers 500, never crashes.
    const broken = await aServer({
      ...createEcs({ seed: 1 }),
      describeSnapshots: () => {
        throw new Error('boom');
      },
    } as unknown as Ecs);
    try {
      const error = await rejectionOf(
        anSdkClient(broken).describeSnapshots(
          new $Ecs.DescribeSnapshotsRequest({ regionId: REGION }),
        ),
      );
      expect(error).toMatchObject({ name: 'ServerError', code: 'InternalError', statusCode: 500 });
    } finally {
      await broken.close();
    }
  });
});
