import { afterEach, describe, expect, it } from 'vitest';
import { createEcs } from '../../src/index.js';
import { type RunningServer, startServer } from '../../src/server/index.js';
import { aDiskInUse, anInstantWorld } from '../snapshots/helpers.js';
import { control } from './control-helpers.js';

let server: RunningServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('/__fake-ecs/world', () => {
  it('exports the world as ecs.export() does, and imports it back into a world that continues exactly', async () => {
    const ecs = anInstantWorld();
    const { diskId } = aDiskInUse(ecs);
    server = await startServer({ ecs, clock: 'manual', credentials: 'any' });
    const exported = await control(server.url, 'GET', '/__fake-ecs/world');
    expect(exported.status).toBe(200);
    expect(exported.body).toEqual(JSON.parse(JSON.stringify(ecs.export())));
    const twin = createEcs({ from: exported.body });
    const expected = twin.createSnapshot({ diskId }).snapshotId;
    ecs.createSnapshot({ diskId }); // the served world moves on...
    const imported = await control(server.url, 'POST', '/__fake-ecs/world/import', exported.body);
    expect(imported).toMatchObject({ status: 200, body: { Now: ecs.clock.now() } });
    // ...and the import puts the saved one back: it continues with the same ids as its twin.
    expect(server.ecs).not.toBe(ecs);
    expect(server.ecs.createSnapshot({ diskId }).snapshotId).toBe(expected);
  });

  it('resets to a seed: a fresh world with the reset options, later requests served by it', async () => {
    const ecs = anInstantWorld();
    aDiskInUse(ecs);
    server = await startServer({
      ecs,
      clock: 'manual',
      credentials: 'any',
      resetOptions: { timings: 'instant', now: '2027-05-01T00:00:00Z' },
    });
    const reset = await control(server.url, 'POST', '/__fake-ecs/world/reset', { seed: 7 });
    expect(reset).toMatchObject({ status: 200, body: { Now: '2027-05-01T00:00:00Z' } });
    const fresh = createEcs({ seed: 7, timings: 'instant', now: '2027-05-01T00:00:00Z' });
    expect(server.ecs.state).toEqual(fresh.state);
    // The clock endpoint drives the new world.
    await control(server.url, 'POST', '/__fake-ecs/clock/advance?by=PT1H');
    expect(server.ecs.clock.now()).toBe('2027-05-01T01:00:00Z');
    expect(ecs.clock.now()).not.toBe('2027-05-01T01:00:00Z');
    // An empty body resets to the reset options alone.
    expect(await control(server.url, 'POST', '/__fake-ecs/world/reset')).toMatchObject({
      status: 200,
    });
    expect(server.ecs.state).toEqual(
      createEcs({ timings: 'instant', now: '2027-05-01T00:00:00Z' }).state,
    );
  });

  it.each([
    ['an unknown option', { seed: 1, colour: 'red' }, 'colour'],
    ['an invalid option', { blockSize: 3 }, 'blockSize'],
    ['"from"', { from: {} }, 'world/import'],
    ['a list', [1, 2], 'JSON object'],
  ])('refuses a reset with %s, keeping the world', async (_, body, words) => {
    const ecs = anInstantWorld();
    server = await startServer({ ecs, clock: 'manual', credentials: 'any' });
    const answer = await control(server.url, 'POST', '/__fake-ecs/world/reset', body);
    expect(answer).toMatchObject({ status: 400, body: { Code: 'InvalidParameter' } });
    expect(answer.body.Message).toContain(words);
    expect(server.ecs).toBe(ecs);
  });

  it('refuses to import what is not a saved world, or too large a one, keeping the world', async () => {
    const ecs = anInstantWorld();
    server = await startServer({ ecs, clock: 'manual', credentials: 'any', maxWorldBytes: 4096 });
    const { url } = server;
    expect(
      await control(url, 'POST', '/__fake-ecs/world/import', { format: 'other' }),
    ).toMatchObject({
      status: 400,
      body: { Code: 'InvalidParameter', Message: expect.stringContaining('format') },
    });
    expect(await control(url, 'POST', '/__fake-ecs/world/import')).toMatchObject({
      status: 400,
      body: { Code: 'MissingParameter' },
    });
    expect(
      await control(url, 'POST', '/__fake-ecs/world/import', { pad: 'x'.repeat(5000) }),
    ).toMatchObject({ status: 413, body: { Code: 'Request.TooLarge' } });
    expect(server.ecs).toBe(ecs);
  });

  it('refuses to export a world whose fault rule has a predicate (409)', async () => {
    const ecs = anInstantWorld();
    ecs.faults.add({ action: '*', code: 'Throttling', match: () => true });
    server = await startServer({ ecs, clock: 'manual', credentials: 'any' });
    expect(await control(server.url, 'GET', '/__fake-ecs/world')).toMatchObject({
      status: 409,
      body: { Code: 'InvalidParameter', Message: expect.stringContaining('predicate') },
    });
  });

  it('refuses resetOptions holding "from"', async () => {
    await expect(
      startServer({ ecs: anInstantWorld(), resetOptions: { from: {} } as never }),
    ).rejects.toThrow(TypeError);
  });

  it('refuses a control request from another origin (a web page elsewhere cannot reset the world)', async () => {
    const ecs = anInstantWorld();
    server = await startServer({ ecs, clock: 'manual', credentials: 'any' });
    const foreign = await control(server.url, 'POST', '/__fake-ecs/world/reset', undefined, {
      origin: 'http://evil.example',
    });
    expect(foreign).toMatchObject({ status: 403, body: { Code: 'InvalidParameter' } });
    expect(foreign.body.Message).toContain('http://evil.example');
    expect(server.ecs).toBe(ecs);
    const own = await control(server.url, 'POST', '/__fake-ecs/world/reset', undefined, {
      origin: server.url,
    });
    expect(own.status).toBe(200);
    expect(server.ecs).not.toBe(ecs);
  });
});
