import { describe, expect, it } from 'vitest';
import { createEcs } from '../../src/index.js';
import { DEFAULT_CREDENTIAL, startServer } from '../../src/server/index.js';

describe('startServer', () => {
  const ecs = createEcs({ seed: 1 });

  it('listens on loopback, on a free port by default, and closes', async () => {
    const server = await startServer({ ecs });
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
    expect(server.endpoint).toBe(`127.0.0.1:${server.port}`);
    expect(server.credentials).toEqual([DEFAULT_CREDENTIAL]);
    await server.close();
    await expect(fetch(`${server.url}/__fake-ecs/clock`)).rejects.toThrow();
  });

  it('closes even with a keep-alive connection open', async () => {
    const server = await startServer({ ecs, credentials: 'any' });
    await fetch(`${server.url}/__fake-ecs/clock`, { keepalive: true });
    await expect(server.close()).resolves.toBeUndefined();
  });

  it('rejects with the listen error when the port is taken', async () => {
    const first = await startServer({ ecs });
    try {
      await expect(startServer({ ecs, port: first.port })).rejects.toMatchObject({
        code: 'EADDRINUSE',
      });
    } finally {
      await first.close();
    }
  });

  it.each([
    [{ ecs: undefined }, TypeError, 'ecs must be a world'],
    [{ ecs, credentials: [{ accessKeyId: '', accessKeySecret: 's' }] }, TypeError, 'credentials'],
    [{ ecs, credentials: 'none' }, TypeError, 'credentials'],
    [{ ecs, clock: 'fast' }, RangeError, 'clock'],
    [{ ecs, clockScale: 0 }, RangeError, 'clockScale'],
    [{ ecs, clockScale: 1e12 }, RangeError, 'clockScale must be at most 1000000'],
    [{ ecs, maxRequestBytes: Number.NaN }, RangeError, 'maxRequestBytes'],
  ])('refuses invalid options %#', async (options, type, words) => {
    const attempt = startServer(options as never);
    await expect(attempt).rejects.toThrow(type);
    await expect(attempt).rejects.toThrow(words);
  });
});
