// Seeded fuzzing of the endpoint: random HTTP requests (random methods, paths, parameter names and
// values, huge values, wrong types, missing and garbage headers, bodies of any type) and random
// bytes on a bare TCP connection. Every answer must be a JSON 2xx or 4xx (never a 5xx, a crash or
// a hang), every refused request must leave `ecs.state` the very same object, and the server must
// still answer properly afterwards.

import { connect } from 'node:net';
import * as $Ecs from '@alicloud/ecs20140526';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEcs, type Ecs } from '../../src/index.js';
import { SDK_OPERATIONS } from '../../src/sdk/index.js';
import type { RunningServer } from '../../src/server/index.js';
import { aRunningInstance, dataDiskOf, REGION } from '../fixtures/world.js';
import { anSdkClient, aServer } from './helpers.js';
import { type RawRequest, send } from './raw-requests.js';

const HTTP_RUNS = 1500;
const TCP_RUNS = 300;
const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);
const ERROR_KEYS = ['Code', 'HostId', 'Message', 'Recommend', 'RequestId'];

/** Parameter names worth trying: the real ones of every operation, and broken variants. */
function wireKeysOf(): string[] {
  const models = $Ecs as unknown as Record<string, { names?: () => Record<string, string> }>;
  const keys = new Set<string>();
  for (const name of SDK_OPERATIONS) {
    for (const wire of Object.values(models[`${pascal(name)}Request`]?.names?.() ?? {}))
      keys.add(wire);
  }
  return [...keys];
}

const KEYS = wireKeysOf();
const key = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...KEYS) },
  {
    weight: 2,
    arbitrary: fc
      .constantFrom(...KEYS)
      .chain((k) =>
        fc.constantFrom(
          `${k}.1`,
          `${k}.1.Key`,
          `${k}.0`,
          `${k}.99999`,
          `${k}..x`,
          `${k}.`,
          `${k}.1.${k}.2.x`,
        ),
      ),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'Action',
      'Version',
      'Signature',
      'Format',
      '__proto__',
      '__proto__.polluted',
      'constructor',
      'toString',
      '',
    ),
  },
  { weight: 2, arbitrary: fc.string({ maxLength: 20 }) },
);
const value = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.integer().map(String) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      'true',
      'false',
      '',
      '[]',
      '["s-1"]',
      '[1,2]',
      '{"a":1}',
      'null',
      '-1',
      '0',
      '1e309',
      'NaN',
      '9007199254740993',
      '[[[[[[[[[[[[[[[[[[[[',
      `[${'"s-1",'.repeat(200)}"s-2"]`,
      'cn-hangzhou',
      'd-fuzz',
      's-fuzz',
      '{disk}',
      '{disk}',
      '{snapshot}',
      '{snapshot}',
      '{instance}',
      'PT1H',
      '2026-01-01T00:00:00Z',
      'http://x',
      'auto_snap',
    ),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1000, max: 300_000 }).map((n) => 'x'.repeat(n)) },
);

function encode(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return '%ED%A0%80'; // a lone surrogate cannot be encoded: send invalid UTF-8 instead
  }
}

const queryPart = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(key, value).map(([k, v]) => `${encode(k)}=${encode(v)}`) },
  { weight: 1, arbitrary: fc.constantFrom('%', '%zz', 'a=%E0%A4', '=', '&&', 'a', 'a==b', '+=+') },
);

/** A header: mostly a plausible value, sometimes garbage, sometimes missing. */
const header = (name: string, good: fc.Arbitrary<string>, goodWeight = 1) =>
  fc
    .oneof(
      { weight: goodWeight, arbitrary: good },
      {
        weight: 1,
        arbitrary: fc.string({ maxLength: 30 }).map((s) => s.replace(/[^\x20-\x7e]/g, '')),
      },
      { weight: 1, arbitrary: fc.constant(undefined) },
    )
    .map((v) => (v === undefined ? {} : { [name]: v }));

const request: fc.Arbitrary<RawRequest> = fc
  .record({
    method: fc.constantFrom(
      'POST',
      'POST',
      'POST',
      'POST',
      'POST',
      'GET',
      'PUT',
      'DELETE',
      'PATCH',
      'OPTIONS',
      'HEAD',
    ),
    path: fc.constantFrom(
      '/',
      '/',
      '/',
      '/',
      '/',
      '/',
      '/?',
      '/x',
      '/__fake-ecs/clock',
      '/__fake-ecs/nope',
      '//',
      '/%2F',
    ),
    query: fc.array(queryPart, { maxLength: 12 }),
    region: fc.constantFrom(
      'RegionId=cn-hangzhou',
      'RegionId=cn-hangzhou',
      'RegionId=cn-shanghai',
      'RegionId=nowhere',
      '',
    ),
    action: header(
      'x-acs-action',
      fc.constantFrom(...SDK_OPERATIONS.map(pascal), 'DescribeEverything'),
      6,
    ),
    version: header('x-acs-version', fc.constant('2014-05-26'), 6),
    authorization: header(
      'authorization',
      fc.constantFrom(
        'ACS3-HMAC-SHA256 Credential=x,SignedHeaders=host,Signature=00',
        'ACS3-HMAC-SHA256',
        'Bearer x',
      ),
    ),
    date: header('x-acs-date', fc.constantFrom('2026-01-01T00:00:00Z', 'yesterday')),
    contentType: header(
      'content-type',
      fc.constantFrom('application/x-www-form-urlencoded', 'application/json', 'text/xml'),
    ),
    body: fc.option(
      fc.oneof(
        fc.array(queryPart, { maxLength: 6 }).map((p) => p.join('&')),
        fc.string({ maxLength: 200 }),
      ),
      { nil: undefined },
    ),
  })
  .map((r) => ({
    method: r.method,
    path: `${r.path}${r.path.includes('?') ? '' : '?'}${[r.region, ...r.query].join('&')}`,
    headers: { ...r.action, ...r.version, ...r.authorization, ...r.date, ...r.contentType },
    ...(r.body === undefined || r.method === 'GET' || r.method === 'HEAD' ? {} : { body: r.body }),
  }));

/** Writes bytes on a bare connection; resolves with whatever comes back once the server closes. */
function rawExchange(port: number, bytes: Uint8Array): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(bytes));
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error('the server neither answered nor closed within 5 s'));
    }, 5000);
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(Buffer.concat(chunks).toString('latin1'));
    });
    socket.on('error', () => undefined);
  });
}

describe('fuzzing the endpoint', () => {
  let ecs: Ecs;
  const ids: Record<string, string> = {};
  const servers: Record<'signed' | 'open', RunningServer> = {} as never;
  const statuses = new Map<number, number>();
  const codes = new Set<string>();

  beforeAll(async () => {
    // strictParameters: random parameter names reach UnsupportedParameter instead of being ignored.
    ecs = createEcs({ seed: 'fuzz', timings: 'instant', strictParameters: true });
    const instanceId = aRunningInstance(ecs, { dataDisk: [{ category: 'cloud_essd', size: 40 }] });
    const diskId = dataDiskOf(ecs, instanceId).diskId;
    ecs.writeDisk({ diskId, offset: 0, length: 4096, fill: 'fuzz' });
    const { snapshotId } = ecs.createSnapshot({ diskId });
    ecs.clock.settle();
    Object.assign(ids, { '{disk}': diskId, '{snapshot}': snapshotId, '{instance}': instanceId });
    // a 64 KiB limit, so that some of the huge values go over it
    servers.signed = await aServer(ecs, { maxRequestBytes: 64 * 1024 });
    servers.open = await aServer(ecs, { credentials: 'any', maxRequestBytes: 64 * 1024 });
  });
  afterAll(async () => {
    await Promise.all(Object.values(servers).map((s) => s.close()));
  });

  it(`answers ${HTTP_RUNS} random requests with JSON 2xx/4xx, and refusals change nothing`, async () => {
    await fc.assert(
      fc.asyncProperty(request, fc.boolean(), async (template, open) => {
        const raw = {
          ...template,
          path: template.path.replace(
            /%7B(disk|snapshot|instance)%7D/g,
            (_m, k) => ids[`{${k}}`] ?? '',
          ),
        };
        const before = ecs.state;
        let res: Awaited<ReturnType<typeof send>>;
        try {
          res = await send((open ? servers.open : servers.signed).port, raw);
        } catch (error) {
          // Headers past the limit are refused before node has read the method: the 431 then
          // carries its JSON body even to a HEAD request, which node's client reports as extra data.
          expect(raw.method).toBe('HEAD');
          expect((error as { code?: string }).code).toBe('HPE_CLOSED_CONNECTION');
          expect(ecs.state).toBe(before);
          return;
        }
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        expect(res.status).toBeGreaterThanOrEqual(200);
        expect(res.status).toBeLessThan(500);
        if (raw.method === 'HEAD') return;
        expect(res.headers['content-type']).toBe('application/json;charset=utf-8');
        const body = res.json();
        if (res.status >= 400) {
          expect(Object.keys(body).sort()).toEqual(ERROR_KEYS);
          expect(ecs.state).toBe(before);
          codes.add(String(body.Code));
        }
      }),
      { seed: 20261125, numRuns: HTTP_RUNS },
    );
    // the fuzz reached the operations, not only the gateway
    // the fuzz reached every layer: limits, routing, signatures, parsing and the operations
    expect(statuses.get(200) ?? 0).toBeGreaterThan(0);
    expect([...codes]).toEqual(
      expect.arrayContaining([
        'Request.TooLarge',
        'InvalidAction.NotFound',
        'UnsupportedHTTPMethod',
        'IncompleteSignature',
        'MissingParameter',
        'InvalidParameter',
        'UnsupportedParameter',
      ]),
    );
  }, 120_000);

  it(`survives ${TCP_RUNS} connections of random bytes: a JSON 4xx or a closed connection, never a hang`, async () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 2000 }),
      fc
        .uint8Array({ maxLength: 500 })
        .map((b) => Buffer.concat([Buffer.from('POST / HTTP/1.1\r\n'), b])),
      fc
        .uint8Array({ maxLength: 500 })
        .map((b) =>
          Buffer.concat([
            Buffer.from('POST /?RegionId='),
            b,
            Buffer.from(' HTTP/1.1\r\nhost: x\r\n\r\n'),
          ]),
        ),
    );
    await fc.assert(
      fc.asyncProperty(bytes, async (data) => {
        const before = ecs.state;
        const text = await rawExchange(servers.open.port, data);
        if (text !== '') {
          expect(text).toMatch(/^HTTP\/1\.1 4\d\d /);
          const body = text.slice(text.indexOf('\r\n\r\n') + 4);
          expect(Object.keys(JSON.parse(body)).sort()).toEqual(ERROR_KEYS);
        }
        expect(ecs.state).toBe(before);
      }),
      { seed: 20261126, numRuns: TCP_RUNS },
    );
  }, 120_000);

  it('still serves the official SDK afterwards', async () => {
    const res = await anSdkClient(servers.signed).describeSnapshots(
      new $Ecs.DescribeSnapshotsRequest({ regionId: REGION }),
    );
    expect(res.body?.totalCount).toBe(1);
  });
});
