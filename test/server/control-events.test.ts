import { afterEach, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/server/index.js';
import { aDiskInUse, anInstantWorld } from '../snapshots/helpers.js';
import { control } from './control-helpers.js';
import { aServer } from './helpers.js';

let server: RunningServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Reads a server-sent-events stream until it ends, calling `step` after each message. */
async function readStream(
  res: Response,
  step: (messages: string[]) => void | Promise<void>,
): Promise<string[]> {
  const reader = (res.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  const messages: string[] = [];
  let buffer = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return messages;
    buffer += decoder.decode(value, { stream: true });
    const parts = buffer.split('\n\n');
    buffer = parts.pop() ?? '';
    messages.push(...parts);
    if (parts.length > 0) await step(messages);
  }
}

describe('/__fake-ecs/events', () => {
  it('pages the trail with a cursor, numbered from 1, resuming where the last page ended', async () => {
    const ecs = anInstantWorld();
    const { diskId } = aDiskInUse(ecs);
    ecs.createSnapshot({ diskId });
    server = await aServer(ecs, { credentials: 'any' });
    const total = ecs.events.length;
    const first = await control(server.url, 'GET', '/__fake-ecs/events?limit=2');
    expect(first.body).toMatchObject({ NextCursor: 2, More: true, Oldest: 1 });
    expect(first.body.Events.map((e: { Seq: number }) => e.Seq)).toEqual([1, 2]);
    expect(first.body.Events[0].Event).toEqual(JSON.parse(JSON.stringify(ecs.events[0])));
    const rest = await control(server.url, 'GET', '/__fake-ecs/events?after=2&limit=1000');
    expect(rest.body.Events).toHaveLength(total - 2);
    expect(rest.body).toMatchObject({ NextCursor: total, More: false });
    const none = await control(server.url, 'GET', `/__fake-ecs/events?after=${total}`);
    expect(none.body).toMatchObject({ Events: [], NextCursor: total, More: false });
  });

  it('filters by kind, action, resource and errors', async () => {
    const ecs = anInstantWorld();
    const { diskId } = aDiskInUse(ecs);
    const { snapshotId } = ecs.createSnapshot({ diskId });
    ecs.clock.settle();
    expect(() => ecs.createSnapshot({ diskId: 'd-missing' })).toThrow();
    server = await aServer(ecs, { credentials: 'any' });
    const get = async (query: string) =>
      (await control(server?.url ?? '', 'GET', `/__fake-ecs/events?${query}`)).body.Events.map(
        (e: { Event: { action: string } }) => e.Event,
      );
    expect(await get('action=CreateSnapshot')).toHaveLength(2);
    expect(await get('action=CreateSnapshot&errors=true')).toEqual([
      expect.objectContaining({
        error: expect.objectContaining({ code: 'InvalidDiskId.NotFound' }),
      }),
    ]);
    expect(await get(`kind=transition&resourceId=${snapshotId}`)).toEqual([
      expect.objectContaining({ resourceId: snapshotId, to: 'accomplished' }),
    ]);
    const mentioning = await get(`kind=call&resourceId=${diskId}`);
    expect(mentioning.map((e: { action: string }) => e.action)).toEqual(['CreateSnapshot']);
  });

  it('answers a page whose query carries status (a filter is never mistaken for a reply)', async () => {
    const ecs = anInstantWorld();
    const { diskId } = aDiskInUse(ecs);
    ecs.createSnapshot({ diskId });
    server = await aServer(ecs, { credentials: 'any' });
    const page = await control(
      server.url,
      'GET',
      `/__fake-ecs/events?status=400&Status=Running&kind=call&action=CreateSnapshot&resourceId=${diskId}`,
    );
    expect(page.status).toBe(200);
    expect(page.body.Events.map((e: { Event: { action: string } }) => e.Event.action)).toEqual([
      'CreateSnapshot',
    ]);
    const refused = await control(server.url, 'GET', '/__fake-ecs/events?status=200&kind=other');
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ Code: 'InvalidParameter' });
  });

  it.each([
    ['limit=0', 'limit'],
    ['limit=1001', 'limit'],
    ['after=-1', 'after'],
    ['after=abc', 'after'],
    ['kind=other', 'kind'],
    ['errors=yes', 'errors'],
    [`action=${'A'.repeat(200)}`, 'action'],
  ])('refuses %s', async (query, name) => {
    server = await aServer(anInstantWorld(), { credentials: 'any' });
    const answer = await control(server.url, 'GET', `/__fake-ecs/events?${query}`);
    expect(answer).toMatchObject({ status: 400, body: { Code: 'InvalidParameter' } });
    expect(answer.body.Message).toContain(`parameter ${name}`);
  });

  it('streams the backlog after the cursor, each new event, world swaps, and ends when the server closes', async () => {
    const ecs = anInstantWorld();
    const { diskId } = aDiskInUse(ecs);
    server = await aServer(ecs, { credentials: 'any' });
    const backlog = ecs.events.length;
    const running = server;
    server = undefined; // closed by the test itself
    const res = await fetch(`${running.url}/__fake-ecs/events/stream?after=${backlog - 1}`);
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    let acted = false;
    const messages = await readStream(res, async (seen) => {
      if (acted) return;
      acted = true;
      expect(seen[0]).toContain(`id: ${backlog}\nevent: ecs`);
      ecs.createSnapshot({ diskId });
      await control(running.url, 'POST', '/__fake-ecs/world/reset', { seed: 2 });
      await running.close();
    });
    const kinds = messages.map((m) => /event: (\w+)/.exec(m)?.[1]);
    // The backlog's last event, the snapshot call (and its instant transition), the reset, the end.
    expect(kinds.slice(-2)).toEqual(['world', 'close']);
    expect(new Set(kinds.slice(0, -2))).toEqual(new Set(['ecs']));
    const data = messages.map((m) => JSON.parse(m.split('data: ')[1] ?? 'null'));
    expect(data[1]).toMatchObject({ Seq: backlog + 1, Event: { action: 'CreateSnapshot' } });
    const lastSeq = data[kinds.length - 3].Seq;
    expect(data[kinds.length - 2]).toEqual({ Reason: 'reset', Seq: lastSeq });
  });
});
