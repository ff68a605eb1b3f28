// A `Status` parameter is an ordinary filter over HTTP (it once made the endpoint take the request
// for its own reply and drop the connection).

import * as $Ecs from '@alicloud/ecs20140526';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestContract } from '../../src/contract/contract.js';
import { SDK_OPERATIONS } from '../../src/sdk/index.js';
import type { RunningServer } from '../../src/server/index.js';
import { aServedWorld } from '../fixtures/served-requests.js';
import { REGION } from '../fixtures/world.js';
import { anSdkClient, aServer, type SdkClient } from './helpers.js';

const Models = $Ecs as unknown as Record<string, new (map: object) => object>;

/**
 * Every served Describe operation whose documented request has a `Status` parameter (elsewhere,
 * e.g. `ModifyImageAttribute`, `Status` sets a status rather than filtering).
 */
const WITH_STATUS = SDK_OPERATIONS.map((m) => m.charAt(0).toUpperCase() + m.slice(1)).filter(
  (action) =>
    action.startsWith('Describe') && requestContract(action)?.some((f) => f.wire === 'Status'),
);

/** Per operation: a status that matches something in the world, and what lists the matches. */
const CASES: Record<string, { status: unknown; count: (body: never) => number }> = {
  DescribeInstances: {
    status: 'Running',
    count: (b: { instances: { instance: unknown[] } }) => b.instances.instance.length,
  },
  DescribeDisks: {
    status: 'In_use',
    count: (b: { disks: { disk: unknown[] } }) => b.disks.disk.length,
  },
  DescribeSnapshots: {
    status: 'accomplished',
    count: (b: { snapshots: { snapshot: unknown[] } }) => b.snapshots.snapshot.length,
  },
  DescribeImages: {
    status: 'Available',
    count: (b: { images: { image: unknown[] } }) => b.images.image.length,
  },
  DescribeNetworkInterfaces: {
    status: 'InUse',
    count: (b: { networkInterfaceSets: { networkInterfaceSet: unknown[] } }) =>
      b.networkInterfaceSets.networkInterfaceSet.length,
  },
  DescribeSnapshotGroups: {
    status: ['accomplished'],
    count: (b: { snapshotGroups: { snapshotGroup: unknown[] } }) =>
      b.snapshotGroups.snapshotGroup.length,
  },
};

describe('a Status filter over HTTP', () => {
  let server: RunningServer;
  let client: SdkClient;

  beforeAll(async () => {
    server = await aServer(aServedWorld().ecs);
    client = anSdkClient(server);
  });
  afterAll(() => server.close());

  it('is tested for every served operation that has one', () => {
    expect(WITH_STATUS.sort()).toEqual(Object.keys(CASES).sort());
  });

  it.each(Object.keys(CASES))('%s answers the matching resources', async (action) => {
    const { status, count } = CASES[action] as (typeof CASES)[string];
    const Request = Models[`${action}Request`] as new (map: object) => object;
    const method = (client as unknown as Record<string, (r: object) => Promise<{ body: never }>>)[
      `${action.charAt(0).toLowerCase()}${action.slice(1)}`
    ];
    const request = new Request({ regionId: REGION, status });
    const { body } = await (method as (r: object) => Promise<{ body: never }>).call(
      client,
      request,
    );
    expect(count(body)).toBeGreaterThan(0);
  });

  it('filters: a status nothing has answers an empty page', async () => {
    const request = new $Ecs.DescribeInstancesRequest({ regionId: REGION, status: 'Starting' });
    const { body } = await client.describeInstances(request);
    expect(body?.instances?.instance).toEqual([]);
  });
});
