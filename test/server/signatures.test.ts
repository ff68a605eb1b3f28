// Signature checks: both versions the SDK can send, each gateway error code, replay protection.

import * as $Ecs from '@alicloud/ecs20140526';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEcs, type Ecs } from '../../src/index.js';
import type { RunningServer } from '../../src/server/index.js';
import { NonceStore } from '../../src/server/nonce-store.js';
import { MAX_NONCE_LENGTH } from '../../src/server/signed-claims.js';
import { aRunningInstance, dataDiskOf, REGION } from '../fixtures/world.js';
import { anSdkClient, aServer, rejectionOf } from './helpers.js';
import { acs3Request, type RawRequest, rpcRequest, send, unsignedRequest } from './raw-requests.js';

const MINUTE = 60_000;
const OTHER = { accessKeyId: 'LTAI-second', accessKeySecret: 'second-secret' };
const VERSIONS = [
  { name: 'ACS3-HMAC-SHA256', sdk: {}, raw: acs3Request },
  { name: 'HMAC-SHA1 (v2)', sdk: { signatureAlgorithm: 'v2' as const }, raw: rpcRequest },
];

describe('signatures', () => {
  let ecs: Ecs;
  let server: RunningServer;
  let diskId: string;

  beforeAll(async () => {
    ecs = createEcs({ seed: 'signatures', timings: 'instant' });
    diskId = dataDiskOf(
      ecs,
      aRunningInstance(ecs, { dataDisk: [{ category: 'cloud_essd', size: 40 }] }),
    ).diskId;
    server = await aServer(ecs, {
      credentials: [
        { accessKeyId: 'fake-ecs-access-key-id', accessKeySecret: 'fake-ecs-access-key-secret' },
        OTHER,
      ],
    });
  });
  afterAll(() => server.close());

  /** Sends a raw request that must be refused with `code`/`status`, leaving the world as it was. */
  async function expectGatewayRefusal(raw: RawRequest, code: string, status: number) {
    const before = ecs.state;
    const res = await send(server.port, raw);
    expect({ status: res.status, code: res.json().Code }).toEqual({ status, code });
    expect(Object.keys(res.json()).sort()).toEqual([
      'Code',
      'HostId',
      'Message',
      'Recommend',
      'RequestId',
    ]);
    expect(ecs.state).toBe(before);
    return res.json();
  }

  const snapshotParams = () => ({ DiskId: diskId, SnapshotName: 'signed' });

  describe.each(VERSIONS)('$name', ({ sdk, raw }) => {
    it('accepts the SDK signed with any configured AccessKey pair', async () => {
      for (const key of [{}, OTHER]) {
        const res = await anSdkClient(server, { ...sdk, ...key }).describeSnapshots(
          new $Ecs.DescribeSnapshotsRequest({ regionId: REGION }),
        );
        expect(res.statusCode).toBe(200);
      }
    });

    it('verifies values with spaces, reserved characters and non-ASCII text as the SDK encodes them', async () => {
      const client = anSdkClient(server, sdk);
      const description = "a b+c&d=e!*()' %41 快照 ~_.-";
      const created = await client.createSnapshot(
        new $Ecs.CreateSnapshotRequest({ diskId, snapshotName: 'encoded', description }),
      );
      const described = await client.describeSnapshots(
        new $Ecs.DescribeSnapshotsRequest({
          regionId: REGION,
          snapshotIds: JSON.stringify([created.body?.snapshotId]),
        }),
      );
      expect(described.body?.snapshots?.snapshot?.[0]?.description).toBe(description);
    });

    it('answers InvalidAccessKeyId.NotFound (404) to an unknown AccessKey ID', async () => {
      const before = ecs.state;
      const error = await rejectionOf(
        anSdkClient(server, { ...sdk, accessKeyId: 'LTAI-unknown' }).createSnapshot(
          new $Ecs.CreateSnapshotRequest({ diskId }),
        ),
      );
      expect(error).toMatchObject({
        name: 'ClientError',
        code: 'InvalidAccessKeyId.NotFound',
        statusCode: 404,
      });
      expect(ecs.state).toBe(before);
    });

    it('answers SignatureDoesNotMatch (400) to a wrong secret, showing the string it signed', async () => {
      const before = ecs.state;
      const error = await rejectionOf(
        anSdkClient(server, { ...sdk, accessKeySecret: 'wrong' }).createSnapshot(
          new $Ecs.CreateSnapshotRequest({ diskId }),
        ),
      );
      expect(error).toMatchObject({ code: 'SignatureDoesNotMatch', statusCode: 400 });
      expect(error.data.Message).toContain('server string to sign is:');
      expect(ecs.state).toBe(before);
    });

    it('answers SignatureDoesNotMatch to a parameter changed after signing', async () => {
      const signed = raw(server.endpoint, 'CreateSnapshot', snapshotParams());
      const tampered = {
        ...signed,
        path: signed.path.replace('SnapshotName=signed', 'SnapshotName=forged'),
      };
      expect(tampered.path).not.toBe(signed.path);
      await expectGatewayRefusal(tampered, 'SignatureDoesNotMatch', 400);
    });

    it('answers IllegalTimestamp (400) to a request signed 16 minutes ago, and accepts one of 14', async () => {
      const stale = raw(server.endpoint, 'CreateSnapshot', snapshotParams(), {
        timeMs: Date.now() - 16 * MINUTE,
      });
      const body = await expectGatewayRefusal(stale, 'IllegalTimestamp', 400);
      expect(body.Message).toContain('15 minutes');
      const future = raw(server.endpoint, 'CreateSnapshot', snapshotParams(), {
        timeMs: Date.now() + 16 * MINUTE,
      });
      await expectGatewayRefusal(future, 'IllegalTimestamp', 400);
      const recent = raw(
        server.endpoint,
        'DescribeSnapshots',
        { RegionId: REGION },
        { timeMs: Date.now() - 14 * MINUTE },
      );
      expect((await send(server.port, recent)).status).toBe(200);
    });

    it('answers SignatureNonceUsed (400) to a replayed request', async () => {
      const once = raw(server.endpoint, 'DescribeSnapshots', { RegionId: REGION });
      expect((await send(server.port, once)).status).toBe(200);
      await expectGatewayRefusal(once, 'SignatureNonceUsed', 400);
    });

    it('answers IncompleteSignature (400) to a nonce longer than 128 characters, and accepts 128', async () => {
      const longest = raw(
        server.endpoint,
        'DescribeSnapshots',
        { RegionId: REGION },
        {
          nonce: `${raw.name}`.padEnd(MAX_NONCE_LENGTH, 'n'),
        },
      );
      expect((await send(server.port, longest)).status).toBe(200);
      const huge = raw(
        server.endpoint,
        'DescribeSnapshots',
        { RegionId: REGION },
        {
          nonce: 'n'.repeat(1_000_000),
        },
      );
      const body = await expectGatewayRefusal(huge, 'IncompleteSignature', 400);
      expect(body.Message).toContain('at most 128');
    });
  });

  it('answers IncompleteSignature (400) to an HMAC-SHA1 request whose action is only in the unsigned header', async () => {
    const params = { RegionId: REGION };
    const one = rpcRequest(server.endpoint, 'DescribeDisks', params, { actionInHeaderOnly: true });
    const body = await expectGatewayRefusal(one, 'IncompleteSignature', 400);
    expect(body.Message).toContain('Action parameter');
    // The same signed parameters under another action header are refused the same way.
    const other = { ...one, headers: { ...one.headers, 'x-acs-action': 'DescribeSnapshots' } };
    await expectGatewayRefusal(other, 'IncompleteSignature', 400);
  });

  it('answers IncompleteSignature (400) to an unsigned request', async () => {
    await expectGatewayRefusal(
      unsignedRequest('CreateSnapshot', snapshotParams()),
      'IncompleteSignature',
      400,
    );
  });

  it('answers IncompleteSignature when an x-acs-* header is not signed', async () => {
    const signed = acs3Request(server.endpoint, 'CreateSnapshot', snapshotParams());
    await expectGatewayRefusal(
      { ...signed, headers: { ...signed.headers, 'x-acs-extra': 'unsigned' } },
      'IncompleteSignature',
      400,
    );
  });

  it('answers SignatureDoesNotMatch when x-acs-content-sha256 is not the hash of the body', async () => {
    const signed = acs3Request(server.endpoint, 'CreateSnapshot', snapshotParams());
    await expectGatewayRefusal(
      {
        ...signed,
        headers: { ...signed.headers, 'content-type': 'application/x-www-form-urlencoded' },
        body: 'SnapshotName=smuggled',
      },
      'SignatureDoesNotMatch',
      400,
    );
  });

  it('answers InvalidSignatureMethod (400) to another algorithm', async () => {
    const signed = acs3Request(server.endpoint, 'CreateSnapshot', snapshotParams());
    const authorization = (signed.headers.authorization ?? '').replace(
      'ACS3-HMAC-SHA256',
      'ACS3-HMAC-SM3',
    );
    await expectGatewayRefusal(
      { ...signed, headers: { ...signed.headers, authorization } },
      'InvalidSignatureMethod',
      400,
    );
    const legacy = rpcRequest(server.endpoint, 'CreateSnapshot', snapshotParams());
    await expectGatewayRefusal(
      {
        ...legacy,
        path: legacy.path.replace('SignatureMethod=HMAC-SHA1', 'SignatureMethod=HMAC-SHA256'),
      },
      'InvalidSignatureMethod',
      400,
    );
  });

  it("accepts anything, signed or not, with credentials: 'any'", async () => {
    const open = await aServer(ecs, { credentials: 'any' });
    try {
      const res = await send(open.port, unsignedRequest('DescribeSnapshots', { RegionId: REGION }));
      expect(res.status).toBe(200);
      const sdk = await anSdkClient(open, {
        accessKeyId: 'whoever',
        accessKeySecret: 'whatever',
      }).describeSnapshots(new $Ecs.DescribeSnapshotsRequest({ regionId: REGION }));
      expect(sdk.statusCode).toBe(200);
    } finally {
      await open.close();
    }
  });
});

describe('NonceStore', () => {
  it('forgets nonces once their timestamp could no longer be accepted, so it stays bounded', () => {
    const store = new NonceStore();
    const t0 = Date.parse('2026-01-01T00:00:00Z');
    for (let i = 0; i < 1000; i++) expect(store.claim('AK', `n${i}`, t0 + i, t0 + i)).toBe(true);
    expect(store.claim('AK', 'n5', t0 + 5, t0 + 2000)).toBe(false);
    expect(store.claim('OTHER', 'n5', t0 + 5, t0 + 2000)).toBe(true);
    expect(store.size).toBe(1001);
    // 16 minutes later every one of them has expired: the next claim sweeps them out.
    expect(store.claim('AK', 'late', t0 + 16 * MINUTE, t0 + 16 * MINUTE)).toBe(true);
    expect(store.size).toBe(1);
  });

  it('remembers at most its capacity, forgetting the oldest first', () => {
    const store = new NonceStore(100);
    const t0 = Date.parse('2026-01-01T00:00:00Z');
    for (let i = 0; i < 1000; i++) expect(store.claim('AK', `n${i}`, t0, t0)).toBe(true);
    expect(store.size).toBe(100);
    expect(store.claim('AK', 'n999', t0, t0)).toBe(false);
    expect(store.claim('AK', 'n0', t0, t0)).toBe(true);
  });
});
