import { afterEach, describe, expect, it } from 'vitest';
import type { Ecs } from '../../src/index.js';
import type { RunningServer } from '../../src/server/index.js';
import { aDiskInUse, anInstantWorld } from '../snapshots/helpers.js';
import { control } from './control-helpers.js';
import { aServer } from './helpers.js';

let server: RunningServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serving(ecs: Ecs) {
  server = await aServer(ecs, { credentials: 'any' });
  return server.url;
}

describe('/__fake-ecs/faults', () => {
  it('adds, lists, removes and clears rules; the world answers the injected fault', async () => {
    const ecs = anInstantWorld();
    const url = await serving(ecs);
    const added = await control(url, 'POST', '/__fake-ecs/faults', {
      action: 'DescribeDisks',
      code: 'Throttling',
      times: 2,
    });
    expect(added).toMatchObject({ status: 200, body: { RuleId: 'fault-1' } });
    await control(url, 'POST', '/__fake-ecs/faults', {
      action: '*',
      code: 'InternalError',
      probability: 0.5,
    });
    expect((await control(url, 'GET', '/__fake-ecs/faults')).body.Rules).toEqual([
      { id: 'fault-1', action: 'DescribeDisks', code: 'Throttling', remaining: 2, probability: 1 },
      { id: 'fault-2', action: '*', code: 'InternalError', remaining: null, probability: 0.5 },
    ]);
    expect(() => ecs.describeDisks({ regionId: 'cn-hangzhou' })).toThrow(
      expect.objectContaining({ code: 'Throttling' }),
    );
    expect(await control(url, 'DELETE', '/__fake-ecs/faults/fault-1')).toMatchObject({
      status: 200,
      body: { Removed: true },
    });
    expect(await control(url, 'DELETE', '/__fake-ecs/faults')).toMatchObject({
      status: 200,
      body: { Removed: 1 },
    });
    expect(ecs.faults.rules).toEqual([]);
  });

  it('fails the next snapshot of a disk', async () => {
    const ecs = anInstantWorld();
    const { diskId } = aDiskInUse(ecs);
    const url = await serving(ecs);
    expect(
      await control(url, 'POST', '/__fake-ecs/faults/fail-next-snapshot', { diskId }),
    ).toMatchObject({ status: 200 });
    const { snapshotId } = ecs.createSnapshot({ diskId });
    ecs.clock.settle();
    const listed = ecs.describeSnapshots({
      regionId: 'cn-hangzhou',
      snapshotIds: JSON.stringify([snapshotId]),
    });
    expect(listed.snapshots.snapshot[0]?.status).toBe('failed');
  });

  it.each([
    [
      'an unknown action',
      { action: 'FlyToTheMoon', code: 'Throttling' },
      400,
      'InvalidParameter',
      'unknown action',
    ],
    ['an unknown code', { action: '*', code: 'Nope' }, 400, 'InvalidParameter', '"code"'],
    [
      'an unknown field',
      { action: '*', code: 'Throttling', when: 1 },
      400,
      'InvalidParameter',
      'unknown field',
    ],
    ['times 0', { action: '*', code: 'Throttling', times: 0 }, 400, 'InvalidParameter', '"times"'],
    ['an array', [1], 400, 'MissingParameter', 'JSON object'],
    ['broken JSON', '{"action":', 400, 'InvalidParameter', 'not valid JSON'],
  ])('refuses %s with a JSON error, adding nothing', async (_, body, status, code, words) => {
    const ecs = anInstantWorld();
    const url = await serving(ecs);
    const answer = await control(url, 'POST', '/__fake-ecs/faults', body);
    expect(answer).toMatchObject({ status, body: { Code: code } });
    expect(answer.type).toContain('application/json');
    expect(answer.body.Message).toContain(words);
    expect(ecs.faults.rules).toEqual([]);
  });

  it('refuses a body that is not JSON, too large a body, and an unknown rule or disk', async () => {
    const ecs = anInstantWorld();
    server = await aServer(ecs, { credentials: 'any', maxRequestBytes: 1024 });
    const { url } = server;
    expect(
      await control(url, 'POST', '/__fake-ecs/faults', 'action=*', {
        'content-type': 'application/x-www-form-urlencoded',
      }),
    ).toMatchObject({ status: 415, body: { Code: 'InvalidParameter' } });
    expect(
      await control(url, 'POST', '/__fake-ecs/faults', { action: '*', code: 'x'.repeat(2000) }),
    ).toMatchObject({ status: 413, body: { Code: 'Request.TooLarge' } });
    expect(await control(url, 'DELETE', '/__fake-ecs/faults/fault-9')).toMatchObject({
      status: 404,
      body: { Code: 'InvalidParameter' },
    });
    expect(
      await control(url, 'POST', '/__fake-ecs/faults/fail-next-snapshot', { diskId: 'd-nope' }),
    ).toMatchObject({ status: 404, body: { Code: 'InvalidDiskId.NotFound' } });
    expect(await control(url, 'POST', '/__fake-ecs/faults/fail-next-snapshot', {})).toMatchObject({
      status: 400,
      body: { Code: 'MissingParameter' },
    });
    expect(await control(url, 'PUT', '/__fake-ecs/faults')).toMatchObject({
      status: 405,
      body: { Code: 'UnsupportedHTTPMethod' },
    });
  });
});
