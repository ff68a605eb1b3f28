// The audit trail over HTTP (`ecs.events`), numbered so that a client can page and resume:
//   GET /__fake-ecs/events?after=0&limit=100&kind=call&action=CreateSnapshot&resourceId=d-...&errors=true
//       -> { Events: [{ Seq, Event }], NextCursor, More, Oldest }
//   GET /__fake-ecs/events/stream?after=0   (server-sent events; Last-Event-ID resumes)
//       -> `event: ecs` per event (id = Seq), `event: world` when the world is reset or imported,
//          `event: close` when the server closes, which ends the stream.

import type { ServerResponse } from 'node:http';
import type { ControlContext, ControlRequest, ControlRoute } from './control-context.js';
import { controlError, controlOk } from './control-reply.js';
import type { TrailEntry, TrailFilter, TrailNews } from './event-trail.js';
import type { Reply } from './reply.js';
import { headerOf, paramOf } from './wire-request.js';

const DEFAULT_PAGE = 100;
const MAX_PAGE = 1000;
const MAX_TEXT = 128;

function invalid(name: string, why: string): Reply {
  return controlError('InvalidParameter', `The specified parameter ${name} is not valid: ${why}.`);
}

function wholeNumber(text: string | undefined, name: string, fallback: number, max: number) {
  if (text === undefined) return fallback;
  if (!/^\d{1,16}$/.test(text) || Number(text) > max)
    return invalid(
      name,
      `expected a whole number from 0 to ${max}; got ${JSON.stringify(text.slice(0, 32))}`,
    );
  return Number(text);
}

/** A filter read from the query, or the refusal to answer: told apart by `ok`, never by shape. */
type FilterRead =
  | { readonly ok: true; readonly filter: TrailFilter }
  | { readonly ok: false; readonly reply: Reply };

function filterOf({ query }: ControlRequest): FilterRead {
  const text: Record<string, string | undefined> = {};
  for (const name of ['kind', 'action', 'resourceId', 'errors']) {
    const value = paramOf(query, name);
    if (value !== undefined && (value === '' || value.length > MAX_TEXT))
      return { ok: false, reply: invalid(name, `expected 1 to ${MAX_TEXT} characters`) };
    text[name] = value;
  }
  const { kind, action, resourceId, errors } = text;
  if (kind !== undefined && kind !== 'call' && kind !== 'transition')
    return {
      ok: false,
      reply: invalid('kind', `expected call or transition; got ${JSON.stringify(kind)}`),
    };
  if (errors !== undefined && errors !== 'true' && errors !== 'false')
    return {
      ok: false,
      reply: invalid('errors', `expected true or false; got ${JSON.stringify(errors)}`),
    };
  return { ok: true, filter: { kind, action, resourceId, errorsOnly: errors === 'true' } };
}

const wire = (entry: TrailEntry) => ({ Seq: entry.seq, Event: entry.event });

function page(ctx: ControlContext, request: ControlRequest): Reply {
  const read = filterOf(request);
  if (!read.ok) return read.reply;
  const { filter } = read;
  const after = wholeNumber(paramOf(request.query, 'after'), 'after', 0, Number.MAX_SAFE_INTEGER);
  if (typeof after !== 'number') return after;
  const size = wholeNumber(paramOf(request.query, 'limit'), 'limit', DEFAULT_PAGE, MAX_PAGE);
  if (typeof size !== 'number') return size;
  if (size === 0) return invalid('limit', `expected a whole number from 1 to ${MAX_PAGE}; got 0`);
  ctx.clock.tick();
  const result = ctx.trail.page(after, size, filter);
  return controlOk({
    Events: result.entries.map(wire),
    NextCursor: result.next,
    More: result.more,
    Oldest: result.oldest,
  });
}

function write(res: ServerResponse, news: TrailNews): void {
  if ('event' in news)
    res.write(`id: ${news.seq}\nevent: ecs\ndata: ${JSON.stringify(wire(news))}\n\n`);
  else
    res.write(`event: world\ndata: ${JSON.stringify({ Reason: news.world, Seq: news.seq })}\n\n`);
}

function stream(ctx: ControlContext, request: ControlRequest) {
  const read = filterOf(request);
  if (!read.ok) return read.reply;
  const { filter } = read;
  const resume = headerOf(request.req.headers, 'last-event-id') ?? paramOf(request.query, 'after');
  const after = wholeNumber(resume, 'after', 0, Number.MAX_SAFE_INTEGER);
  if (typeof after !== 'number') return after;
  const { res } = request;
  ctx.clock.tick();
  res.writeHead(200, {
    'content-type': 'text/event-stream;charset=utf-8',
    'cache-control': 'no-cache',
    connection: 'keep-alive',
  });
  // What happened since the cursor (at most the kept trail), then each new event as it comes.
  for (let cursor = after, more = true; more; ) {
    const result = ctx.trail.page(cursor, MAX_PAGE, filter);
    for (const entry of result.entries) write(res, entry);
    more = result.more && result.next > cursor;
    cursor = result.next;
  }
  const stop = ctx.trail.subscribe((news) => {
    if ('world' in news || ctx.trail.matches(news.event, filter)) write(res, news);
  });
  ctx.streams.add(res);
  res.on('close', () => {
    stop();
    ctx.streams.delete(res);
  });
  return 'streamed' as const;
}

/**
 * Ends an event stream: tells the client the server is closing, then closes the response.
 *
 * @param res - An open stream.
 * @internal
 */
export function endStream(res: ServerResponse): void {
  if (!res.writableEnded) res.end('event: close\ndata: {}\n\n');
}

/**
 * The event endpoints.
 *
 * @internal
 */
export const EVENT_ROUTES: readonly ControlRoute[] = [
  { method: 'GET', path: 'events', run: page },
  { method: 'GET', path: 'events/stream', run: stream },
];
