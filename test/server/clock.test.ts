import * as $Ecs from '@alicloud/ecs20140526';
import { describe, expect, it } from 'vitest';
import { createEcs } from '../../src/index.js';
import { startServer } from '../../src/server/index.js';
import { MAX_CLOCK_SCALE, serverClock } from '../../src/server/server-clock.js';
import { REGION, T0 } from '../fixtures/world.js';
import { anSdkClient } from './helpers.js';

async function control(url: string, method: string, path: string) {
  const res = await fetch(`${url}${path}`, { method });
  return {
    status: res.status,
    body: (await res.json()) as {
      Now?: string;
      Mode?: string;
      Scale?: number;
      AdvancedMs?: number;
      Code?: string;
      Message?: string;
    },
  };
}

describe('the clock in server mode', () => {
  it('stays still in manual mode, and moves through the control endpoint', async () => {
    const ecs = createEcs({ seed: 'clock' });
    const server = await startServer({ ecs, clock: 'manual' });
    try {
      await anSdkClient(server).describeSnapshots(
        new $Ecs.DescribeSnapshotsRequest({ regionId: REGION }),
      );
      expect(await control(server.url, 'GET', '/__fake-ecs/clock')).toMatchObject({
        status: 200,
        body: { Now: T0, Mode: 'manual', Scale: 1 },
      });
      expect(await control(server.url, 'POST', '/__fake-ecs/clock/advance?by=PT1H')).toMatchObject({
        status: 200,
        body: { Now: '2026-01-01T01:00:00Z' },
      });
      expect(await control(server.url, 'POST', '/__fake-ecs/clock/advance?by=90000')).toMatchObject(
        {
          body: { Now: '2026-01-01T01:01:30Z' },
        },
      );
      expect(ecs.clock.now()).toBe('2026-01-01T01:01:30Z');
    } finally {
      await server.close();
    }
  });

  it('settles through the control endpoint: every operation in progress finishes', async () => {
    const ecs = createEcs({ seed: 'clock' });
    const server = await startServer({ ecs, clock: 'manual', credentials: 'any' });
    try {
      ecs.runInstances({
        regionId: REGION,
        imageId: 'aliyun_3_x64_20G_alibase_20240528.vhd',
        instanceType: 'ecs.g7.large',
      });
      const settled = await control(server.url, 'POST', '/__fake-ecs/clock/settle');
      expect(settled.status).toBe(200);
      expect(settled.body.AdvancedMs).toBeGreaterThan(0);
      expect(ecs.describeInstances({ regionId: REGION }).instances.instance[0]?.status).toBe(
        'Running',
      );
    } finally {
      await server.close();
    }
  });

  it('refuses a bad duration or an unknown control, changing nothing', async () => {
    const ecs = createEcs({ seed: 'clock' });
    const server = await startServer({ ecs, clock: 'manual' });
    try {
      const before = ecs.state;
      expect(await control(server.url, 'POST', '/__fake-ecs/clock/advance?by=-PT1H')).toMatchObject(
        {
          status: 400,
          body: { Code: 'InvalidParameter' },
        },
      );
      expect(await control(server.url, 'POST', '/__fake-ecs/clock/advance')).toMatchObject({
        status: 400,
        body: { Code: 'MissingParameter' },
      });

      expect(await control(server.url, 'POST', '/__fake-ecs/clock')).toMatchObject({
        status: 405,
        body: { Code: 'UnsupportedHTTPMethod' },
      });
      expect(await control(server.url, 'GET', '/__fake-ecs/calendar')).toMatchObject({
        status: 404,
        body: { Code: 'InvalidAction.NotFound' },
      });
      expect(await control(server.url, 'POST', '/__fake-ecs/clock/advance?by=P367D')).toMatchObject(
        { status: 400, body: { Code: 'InvalidParameter' } },
      );
      expect(ecs.state).toBe(before);
    } finally {
      await server.close();
    }
  });

  it('follows the wall clock in real-time mode, scaled (3600x: a real second is a virtual hour)', async () => {
    const ecs = createEcs({ seed: 'clock' });
    const server = await startServer({ ecs, clockScale: 3600 });
    try {
      const realStart = Date.now();
      await new Promise((resolve) => setTimeout(resolve, 250));
      const { body } = await control(server.url, 'GET', '/__fake-ecs/clock');
      const realElapsed = Date.now() - realStart;
      const virtualElapsed = Date.parse(String(body.Now)) - Date.parse(T0);
      expect(body).toMatchObject({ Mode: 'real-time', Scale: 3600 });
      // at least the 250 ms slept, at most what really passed (whole seconds of the API format)
      expect(virtualElapsed).toBeGreaterThanOrEqual(250 * 3600 - 1000);
      expect(virtualElapsed).toBeLessThanOrEqual(realElapsed * 3600);
      // a manual jump adds to real time instead of being caught up with
      await control(server.url, 'POST', '/__fake-ecs/clock/advance?by=P1D');
      const after = await control(server.url, 'GET', '/__fake-ecs/clock');
      expect(
        Date.parse(String(after.body.Now)) - Date.parse(String(body.Now)),
      ).toBeGreaterThanOrEqual(86_400_000);
    } finally {
      await server.close();
    }
  });

  it('moves the clock before each operation in real-time mode, so snapshots progress while polled', async () => {
    const ecs = createEcs({ seed: 'clock', timings: 'instant' });
    const server = await startServer({ ecs, clockScale: 1000 });
    try {
      const before = ecs.clock.now();
      await new Promise((resolve) => setTimeout(resolve, 20));
      await anSdkClient(server).describeSnapshots(
        new $Ecs.DescribeSnapshotsRequest({ regionId: REGION }),
      );
      expect(Date.parse(ecs.clock.now())).toBeGreaterThan(Date.parse(before));
    } finally {
      await server.close();
    }
  });

  it('refuses to advance past the last time the clock can show, saying so', async () => {
    const ecs = createEcs({ seed: 'clock', now: '9999-06-01T00:00:00Z' });
    const server = await startServer({ ecs, clock: 'manual' });
    try {
      const before = ecs.state;
      const past = await control(server.url, 'POST', '/__fake-ecs/clock/advance?by=P300D');
      expect(past).toMatchObject({ status: 400, body: { Code: 'InvalidParameter' } });
      expect(past.body.Message).toContain('past 9999-12-31T23:59:59.999Z');
      expect(ecs.state).toBe(before);
    } finally {
      await server.close();
    }
  });

  it('stops the real-time clock at the last time it can show, and keeps answering', async () => {
    const ecs = createEcs({ seed: 'clock', now: '9999-12-31T23:00:00Z' });
    const server = await startServer({ ecs, clockScale: MAX_CLOCK_SCALE });
    try {
      await new Promise((resolve) => setTimeout(resolve, 20));
      const res = await anSdkClient(server).describeSnapshots(
        new $Ecs.DescribeSnapshotsRequest({ regionId: REGION }),
      );
      expect(res.statusCode).toBe(200);
      expect(ecs.clock.now()).toBe('9999-12-31T23:59:59Z');
    } finally {
      await server.close();
    }
  });
});

describe('serverClock', () => {
  it('never moves the clock past 9999-12-31T23:59:59.999Z, however much real time passes', () => {
    const ecs = createEcs({ seed: 'clock', now: '9999-12-31T00:00:00Z' });
    let real = 0;
    const clock = serverClock(
      () => ecs.clock,
      'real-time',
      MAX_CLOCK_SCALE,
      () => real,
    );
    for (const step of [1, 1e6, 1e12]) {
      real += step;
      clock.tick();
      expect(Date.parse(ecs.clock.now())).toBeLessThanOrEqual(Date.parse('9999-12-31T23:59:59Z'));
    }
    expect(ecs.clock.now()).toBe('9999-12-31T23:59:59Z');
  });
});
