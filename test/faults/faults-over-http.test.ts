// Faults live in the engine, so the HTTP endpoint answers them too: the unmodified SDK raises its
// own ThrottlingError / ServerError, with the real status.
import * as $Ecs from '@alicloud/ecs20140526';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CallEvent, createEcs, type Ecs } from '../../src/index.js';
import type { RunningServer } from '../../src/server/index.js';
import { REGION } from '../fixtures/world.js';
import { anSdkClient, aServer, rejectionOf, type SdkClient } from '../server/helpers.js';

describe('ecs.faults over HTTP with the official SDK', () => {
  let ecs: Ecs;
  let server: RunningServer;
  let client: SdkClient;

  beforeAll(async () => {
    ecs = createEcs({ seed: 'faults-http', timings: 'instant' });
    server = await aServer(ecs);
    client = anSdkClient(server);
  });
  afterAll(() => server.close());

  const describeDisks = () =>
    client.describeDisks(new $Ecs.DescribeDisksRequest({ regionId: REGION }));

  it('rejects with the SDK ThrottlingError (403) and records the fault', async () => {
    const rule = ecs.faults.add({ action: 'DescribeDisks', code: 'Throttling', times: 1 });
    const error = await rejectionOf(describeDisks());
    expect(error).toMatchObject({ name: 'ThrottlingError', code: 'Throttling', statusCode: 403 });
    const event = ecs.events.at(-1) as CallEvent;
    expect(event).toMatchObject({ action: 'DescribeDisks', fault: rule });
    expect(error.data.RequestId).toBe(event.requestId);
    await expect(describeDisks()).resolves.toMatchObject({ statusCode: 200 });
  });

  it('rejects with the SDK ServerError for InternalError (500)', async () => {
    ecs.faults.add({ action: '*', code: 'InternalError', times: 1 });
    const error = await rejectionOf(describeDisks());
    expect(error).toMatchObject({ name: 'ServerError', code: 'InternalError', statusCode: 500 });
  });
});
