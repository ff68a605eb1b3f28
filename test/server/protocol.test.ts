// What the endpoint answers to requests that are not well-formed ECS calls: always a JSON error
// body with a 4xx status (501 for an ECS operation fake-ecs does not serve), never a crash, a hang or a change to the world.

import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ecsActions } from '../../src/contract/contract.js';
import { createEcs, type Ecs } from '../../src/index.js';
import { SDK_OPERATIONS } from '../../src/sdk/index.js';
import type { RunningServer } from '../../src/server/index.js';
import { REGION } from '../fixtures/world.js';
import { aServer } from './helpers.js';
import { type RawRequest, type RawResponse, send, unsignedRequest } from './raw-requests.js';

/** Writes raw bytes to the server and reads what comes back until it closes the connection. */
function rawExchange(port: number, bytes: string | Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(bytes));
    const chunks: Buffer[] = [];
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    socket.on('error', reject);
  });
}

const MAX_REQUEST_BYTES = 64 * 1024;

describe('the HTTP protocol', () => {
  let ecs: Ecs;
  let server: RunningServer;
  beforeAll(async () => {
    ecs = createEcs({ seed: 'protocol', timings: 'instant' });
    server = await aServer(ecs, { credentials: 'any', maxRequestBytes: MAX_REQUEST_BYTES });
  });
  afterAll(() => server.close());

  async function refused(raw: RawRequest, status: number, code: string): Promise<RawResponse> {
    const before = ecs.state;
    const res = await send(server.port, raw);
    expect(res.headers['content-type']).toBe('application/json;charset=utf-8');
    expect({ status: res.status, code: res.json().Code }).toEqual({ status, code });
    expect(res.json().RequestId).toMatch(
      /^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/,
    );
    expect(res.headers['x-acs-request-id']).toBe(res.json().RequestId);
    expect(ecs.state).toBe(before);
    return res;
  }

  const describeSnapshots = unsignedRequest('DescribeSnapshots', { RegionId: REGION });

  it('takes the action from the Action parameter when there is no x-acs-action header', async () => {
    const res = await send(server.port, {
      method: 'GET',
      path: `/?Action=DescribeSnapshots&Version=2014-05-26&RegionId=${REGION}`,
      headers: {},
    });
    expect(res.status).toBe(200);
    expect(res.json()).toMatchObject({ TotalCount: 0, Snapshots: { Snapshot: [] } });
  });

  it('reads parameters from a form body as well as the query string', async () => {
    const res = await send(server.port, {
      ...unsignedRequest('DescribeSnapshots', {}),
      headers: {
        ...describeSnapshots.headers,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: `RegionId=${REGION}&PageSize=5`,
    });
    expect(res.status).toBe(200);
    expect(res.json()).toMatchObject({ PageSize: 5 });
  });

  it('reads Action and Version from a form body too (all-in-body requests)', async () => {
    const res = await send(server.port, {
      method: 'POST',
      path: '/',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `Action=DescribeSnapshots&Version=2014-05-26&Format=JSON&RegionId=${REGION}&PageSize=5`,
    });
    expect(res.status).toBe(200);
    expect(res.json()).toMatchObject({ PageSize: 5 });
  });

  it('answers InvalidAction.NotFound (404) to an unknown action', async () => {
    await refused(unsignedRequest('DescribeEverything', {}), 404, 'InvalidAction.NotFound');
    await refused(unsignedRequest('describeSnapshots', {}), 404, 'InvalidAction.NotFound');
  });

  it('answers NotImplemented.FakeEcs (501) to an ECS operation fake-ecs does not serve, naming it', async () => {
    const served = new Set(SDK_OPERATIONS.map((m) => m.charAt(0).toUpperCase() + m.slice(1)));
    const unserved = ecsActions().filter((action) => !served.has(action));
    expect(unserved.length).toBeGreaterThan(200);
    for (const action of [unserved[0], unserved.at(-1)]) {
      const res = await refused(unsignedRequest(action ?? '', {}), 501, 'NotImplemented.FakeEcs');
      expect(res.json().Message).toContain(`The operation ${action} is part of the ECS API`);
      expect(res.json().Message).toContain('docs/fidelity.md');
    }
  });

  it('answers MissingParameter to a request without an action or a version', async () => {
    await refused({ method: 'POST', path: '/', headers: {} }, 400, 'MissingParameter');
    await refused(
      { method: 'POST', path: '/', headers: { 'x-acs-action': 'DescribeSnapshots' } },
      400,
      'MissingParameter',
    );
  });

  it('answers InvalidVersion to another API version', async () => {
    await refused(
      {
        ...describeSnapshots,
        headers: { ...describeSnapshots.headers, 'x-acs-version': '2016-03-14' },
      },
      400,
      'InvalidVersion',
    );
  });

  it('answers InvalidParameter when the header and the parameter name different actions', async () => {
    await refused(
      { ...describeSnapshots, path: `${describeSnapshots.path}&Action=DeleteSnapshot` },
      400,
      'InvalidParameter',
    );
  });

  it('answers InvalidAction.NotFound to another path and UnsupportedHTTPMethod to another method', async () => {
    await refused({ ...describeSnapshots, path: '/v1/snapshots' }, 404, 'InvalidAction.NotFound');
    await refused({ ...describeSnapshots, method: 'DELETE' }, 405, 'UnsupportedHTTPMethod');
  });

  it('refuses a body that is not form-encoded', async () => {
    await refused(
      {
        ...describeSnapshots,
        headers: { ...describeSnapshots.headers, 'content-type': 'application/json' },
        body: '{"RegionId":"cn-hangzhou"}',
      },
      400,
      'InvalidParameter',
    );
  });

  it('refuses a query string over the limit with 414 and a body over it with 413', async () => {
    const huge = 'x'.repeat(70 * 1024);
    await refused({ ...describeSnapshots, path: `/?RegionId=${huge}` }, 414, 'Request.TooLarge');
    await refused(
      {
        ...describeSnapshots,
        headers: {
          ...describeSnapshots.headers,
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: `SnapshotName=${huge}`,
      },
      413,
      'Request.TooLarge',
    );
  });

  it('answers malformed HTTP with a JSON 400 and closes the connection', async () => {
    const text = await rawExchange(server.port, 'NOT HTTP AT ALL\r\n\r\n');
    expect(text).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(JSON.parse(text.slice(text.indexOf('\r\n\r\n') + 4))).toMatchObject({
      Code: 'InvalidParameter',
    });
  });

  it('answers headers over the size limit with a JSON 431', async () => {
    const headers = Array.from({ length: 4000 }, (_, i) => `x-h${i}: ${'y'.repeat(50)}\r\n`);
    const text = await rawExchange(
      server.port,
      `POST / HTTP/1.1\r\nhost: x\r\n${headers.join('')}\r\n`,
    );
    expect(text).toMatch(/^HTTP\/1\.1 431 /);
  });

  it('answers a query string past the header limit too with 414 Request.TooLarge', async () => {
    const text = await rawExchange(
      server.port,
      `POST /?RegionId=${'x'.repeat(MAX_REQUEST_BYTES + 100 * 1024)} HTTP/1.1\r\nhost: x\r\n\r\n`,
    );
    expect(text).toMatch(/^HTTP\/1\.1 414 URI Too Long\r\n/);
    expect(JSON.parse(text.slice(text.indexOf('\r\n\r\n') + 4))).toMatchObject({
      Code: 'Request.TooLarge',
    });
  });

  it('keeps serving after all of that', async () => {
    expect((await send(server.port, describeSnapshots)).status).toBe(200);
  });

  it('answers a client that stops sending with 408 after the request timeout, instead of hanging', async () => {
    const impatient = await aServer(ecs, { credentials: 'any', requestTimeoutMs: 300 });
    try {
      const text = await rawExchange(
        impatient.port,
        'POST / HTTP/1.1\r\nhost: x\r\ncontent-length: 100\r\n\r\nRegionId=',
      );
      expect(text).toMatch(/^HTTP\/1\.1 408 /);
    } finally {
      await impatient.close();
    }
  });
});

describe('clients that go away', () => {
  it('keeps serving when clients hang up in the middle of a body, on every path', async () => {
    const ecs = createEcs({ seed: 'hangups' });
    const server = await aServer(ecs, { credentials: 'any' });
    try {
      for (const path of ['/', '/x', '/__fake-ecs/clock/advance', `/?RegionId=${REGION}`]) {
        await new Promise<void>((resolve) => {
          const socket = connect(server.port, '127.0.0.1', () => {
            socket.write(
              `POST ${path} HTTP/1.1\r\nhost: x\r\ncontent-length: 1000\r\n\r\nRegionId=`,
            );
            setTimeout(() => socket.destroy(), 20);
          });
          socket.on('close', () => resolve());
          socket.on('error', () => undefined);
        });
      }
      const res = await send(
        server.port,
        unsignedRequest('DescribeSnapshots', { RegionId: REGION }),
      );
      expect(res.status).toBe(200);
    } finally {
      await server.close();
    }
  });
});
