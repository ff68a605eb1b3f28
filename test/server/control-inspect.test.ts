import { afterEach, describe, expect, it } from 'vitest';
import { ERROR_CATALOG } from '../../src/index.js';
import { type RunningServer, startServer } from '../../src/server/index.js';
import { REGION, T0 } from '../fixtures/world.js';
import { aDiskInUse, anInstantWorld, writeBlocks } from '../snapshots/helpers.js';
import { control } from './control-helpers.js';
import { aServer } from './helpers.js';

let server: RunningServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('/__fake-ecs inspection endpoints', () => {
  it('answers health and the catalogue (operations served, error codes, regions)', async () => {
    const ecs = anInstantWorld();
    server = await aServer(ecs);
    expect(await control(server.url, 'GET', '/__fake-ecs/health')).toMatchObject({
      status: 200,
      body: { Status: 'ok', Now: T0, Mode: 'manual', Scale: 1, Console: false },
    });
    const { body } = await control(server.url, 'GET', '/__fake-ecs/catalog');
    expect(body.Operations).toContain('CreateSnapshot');
    expect(body.Operations).toContain('DescribeSnapshotLinks');
    expect(body.ErrorCodes).toEqual(Object.keys(ERROR_CATALOG));
    expect(body.Regions[0]).toEqual({
      RegionId: REGION,
      ZoneIds: ['cn-hangzhou-h', 'cn-hangzhou-i', 'cn-hangzhou-j'],
    });
  });

  it('lists a snapshot blocks as ecs.listSnapshotBlocks does, and bills as ecs.billing.statement does', async () => {
    const ecs = anInstantWorld();
    const { diskId } = aDiskInUse(ecs);
    writeBlocks(ecs, diskId, 0, 150);
    const { snapshotId } = ecs.createSnapshot({ diskId });
    ecs.clock.advance('PT2H');
    server = await aServer(ecs);
    const page = await control(
      server.url,
      'GET',
      `/__fake-ecs/snapshot-blocks?snapshotId=${snapshotId}&maxResults=100`,
    );
    const expected = ecs.listSnapshotBlocks({ snapshotId, maxResults: 100 });
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject(JSON.parse(JSON.stringify(expected)));
    const next = await control(
      server.url,
      'GET',
      `/__fake-ecs/snapshot-blocks?snapshotId=${snapshotId}&nextToken=${encodeURIComponent(page.body.nextToken)}`,
    );
    expect(next.body.blocks).toHaveLength(50);
    const bill = await control(
      server.url,
      'GET',
      `/__fake-ecs/billing?regionId=${REGION}&from=${T0}&to=${ecs.clock.now()}`,
    );
    expect(bill.body).toMatchObject(
      JSON.parse(
        JSON.stringify(ecs.billing.statement({ regionId: REGION, from: T0, to: ecs.clock.now() })),
      ),
    );
  });

  it.each([
    ['/__fake-ecs/snapshot-blocks?snapshotId=s-nope', 404, 'InvalidSnapshotId.NotFound'],
    ['/__fake-ecs/snapshot-blocks', 400, 'MissingParameter'],
    ['/__fake-ecs/snapshot-blocks?snapshotId=s-1&colour=red', 400, 'InvalidParameter'],
    ['/__fake-ecs/billing?regionId=cn-hangzhou&from=yesterday&to=now', 400, 'InvalidParameter'],
    ['/__fake-ecs/billing?from=2026-01-01T00:00:00Z', 400, 'MissingParameter'],
    ['/__fake-ecs/events?a=%zz', 400, 'InvalidParameter'],
    ['/__fake-ecs/', 404, 'InvalidAction.NotFound'],
  ])('refuses %s with the ECS error', async (path, status, code) => {
    server = await aServer(anInstantWorld());
    expect(await control(server.url, 'GET', path)).toMatchObject({ status, body: { Code: code } });
  });
});

describe('/__fake-ecs/console', () => {
  it('is off unless asked for', async () => {
    server = await aServer(anInstantWorld());
    expect(server.consoleUrl).toBeUndefined();
    for (const path of ['/__fake-ecs/console/', '/__fake-ecs/console/session']) {
      const answer = await control(server.url, 'GET', path);
      expect(answer).toMatchObject({ status: 404, body: { Code: 'InvalidAction.NotFound' } });
      expect(answer.body.Message).toContain('console: true');
    }
  });

  it('serves the page and its files from the package, and the key the page signs with', async () => {
    server = await startServer({ ecs: anInstantWorld(), console: true });
    expect(server.consoleUrl).toBe(`${server.url}/__fake-ecs/console/`);
    const redirect = await fetch(`${server.url}/__fake-ecs/console`, { redirect: 'manual' });
    expect(redirect.status).toBe(302);
    expect(redirect.headers.get('location')).toBe('/__fake-ecs/console/');
    const page = await control(server.url, 'GET', '/__fake-ecs/console/');
    expect(page.type).toBe('text/html;charset=utf-8');
    expect(page.body).toContain('<title>fake-ecs console</title>');
    const script = await fetch(`${server.url}/__fake-ecs/console/app.js`);
    expect(script.headers.get('content-type')).toBe('text/javascript;charset=utf-8');
    expect(script.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await control(server.url, 'GET', '/__fake-ecs/console/session')).toMatchObject({
      body: {
        AccessKeyId: 'fake-ecs-access-key-id',
        AccessKeySecret: 'fake-ecs-access-key-secret',
      },
    });
    for (const path of ['/__fake-ecs/console/nope.js', '/__fake-ecs/console/..%2Fpackage.json']) {
      expect(await control(server.url, 'GET', path)).toMatchObject({ status: 404 });
    }
  });
});
