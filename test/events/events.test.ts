import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CallEvent, EcsEvent, TransitionEvent } from '../../src/index.js';
import { createEcs } from '../../src/index.js';
import { expectRefused } from '../fixtures/ecs-errors.js';
import { must } from '../fixtures/must.js';
import { aRunRequest, aWorld } from '../fixtures/world.js';
import { aDiskInUse, anInstantWorld, aSnapshotWorld } from '../snapshots/helpers.js';

const calls = (events: readonly EcsEvent[]) =>
  events.filter((e): e is CallEvent => e.kind === 'call');
const transitions = (events: readonly EcsEvent[]) =>
  events.filter((e): e is TransitionEvent => e.kind === 'transition');

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('ecs.events', () => {
  describe('when a call succeeds', () => {
    it('records its time, action, request id, parameters and response', () => {
      const ecs = aWorld({ now: '2026-02-01T10:00:00Z' });
      const request = aRunRequest();
      const response = ecs.runInstances(request);
      const [event] = calls(ecs.events);
      expect(event).toEqual({
        kind: 'call',
        time: '2026-02-01T10:00:00.000Z',
        action: 'RunInstances',
        requestId: response.requestId,
        parameters: request,
        response,
      });
      expect(event?.parameters).not.toBe(request);
      expect(Object.isFrozen(event?.parameters)).toBe(true);
      expect(event?.parametersTruncated).toBeUndefined();
    });

    it('records a replayed client token as a call of its own', () => {
      const ecs = aWorld();
      const first = ecs.runInstances(aRunRequest({ clientToken: 't' }));
      const again = ecs.runInstances(aRunRequest({ clientToken: 't' }));
      const recorded = calls(ecs.events);
      expect(recorded.map((e) => e.requestId)).toEqual([first.requestId, again.requestId]);
      expect(recorded[1]?.response).toEqual(again);
    });
  });

  describe('when a call is refused', () => {
    it('records the error code and status, and the state stays identical', () => {
      const ecs = aWorld();
      const error = expectRefused(
        ecs,
        () => ecs.resizeDisk({ diskId: 'd-nope', newSize: 100 }),
        'InvalidDiskId.NotFound',
      );
      const [event] = calls(ecs.events);
      expect(event).toMatchObject({
        action: 'ResizeDisk',
        requestId: error.requestId,
        error: { code: 'InvalidDiskId.NotFound', statusCode: 404 },
      });
      expect(event?.response).toBeUndefined();
    });

    it('records a dry run as DryRunOperation', () => {
      const ecs = aWorld();
      expectRefused(ecs, () => ecs.runInstances(aRunRequest({ dryRun: true })), 'DryRunOperation');
      expect(calls(ecs.events)[0]?.error?.code).toBe('DryRunOperation');
    });
  });

  describe('when tasks run', () => {
    it('records each timed transition with its entity, statuses and due time', () => {
      const ecs = aSnapshotWorld();
      const { diskId } = aDiskInUse(ecs);
      const { snapshotId } = ecs.createSnapshot({ diskId });
      const completes = must(
        ecs.describeSnapshots({
          regionId: 'cn-hangzhou',
          snapshotIds: JSON.stringify([snapshotId]),
        }).snapshots.snapshot[0],
      ).remainTime;
      const started = ecs.state.clock.now;
      ecs.clock.settle();
      const done = transitions(ecs.events).filter((e) => e.resourceId === snapshotId);
      expect(done).toEqual([
        {
          kind: 'transition',
          time: new Date(Date.parse(started) + (completes ?? 0) * 1000).toISOString(),
          action: 'snapshot',
          requestId: null,
          resourceId: snapshotId,
          from: 'progressing',
          to: 'accomplished',
        },
      ]);
    });

    it('records an instance going Pending -> Starting -> Running', () => {
      const ecs = aWorld();
      const instanceId = must(ecs.runInstances(aRunRequest()).instanceIdSets.instanceIdSet[0]);
      ecs.clock.settle();
      const steps = transitions(ecs.events)
        .filter((e) => e.resourceId === instanceId)
        .map((e) => `${e.from}->${e.to}`);
      expect(steps).toEqual(['Pending->Starting', 'Starting->Running']);
    });

    it('puts a call before the transitions it makes due at once (instant timings)', () => {
      const ecs = anInstantWorld();
      ecs.runInstances(aRunRequest());
      const kinds = ecs.events.map((e) => e.kind);
      expect(kinds[0]).toBe('call');
      expect(kinds.slice(1).every((k) => k === 'transition')).toBe(true);
      expect(kinds.length).toBeGreaterThan(1);
    });

    it('records nothing for a stale task (a snapshot deleted while progressing)', () => {
      const ecs = aSnapshotWorld();
      const { diskId } = aDiskInUse(ecs);
      const { snapshotId } = ecs.createSnapshot({ diskId });
      ecs.deleteSnapshot({ snapshotId });
      const pending = ecs.state.tasks.heap.size;
      ecs.clock.settle();
      expect(pending).toBeGreaterThan(0);
      expect(ecs.state.tasks.heap.size).toBe(0);
      expect(transitions(ecs.events).filter((e) => e.resourceId === snapshotId)).toEqual([]);
    });
  });

  it('is frozen, and a later read sees newer events', () => {
    const ecs = aWorld();
    ecs.describeInstances({ regionId: 'cn-hangzhou' });
    const first = ecs.events;
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first[0])).toBe(true);
    ecs.describeInstances({ regionId: 'cn-hangzhou' });
    expect(first).toHaveLength(1);
    expect(ecs.events).toHaveLength(2);
  });
});

describe('createEcs({ events: { limit } })', () => {
  it('keeps only the newest events', () => {
    const ecs = aWorld({ events: { limit: 3 } });
    const ids = Array.from(
      { length: 10 },
      () => ecs.describeInstances({ regionId: 'cn-hangzhou' }).requestId,
    );
    expect(ecs.events.map((e) => e.requestId)).toEqual(ids.slice(-3));
  });

  it('keeps none with 0, yet still tells listeners', () => {
    const ecs = aWorld({ events: { limit: 0 } });
    const heard: string[] = [];
    ecs.on((e) => heard.push(e.action));
    ecs.describeInstances({ regionId: 'cn-hangzhou' });
    expect(ecs.events).toEqual([]);
    expect(heard).toEqual(['DescribeInstances']);
  });

  it.each([
    [{ limit: -1 }, RangeError, 'option "events.limit" must be a whole number >= 0 or Infinity'],
    [{ limit: 1.5 }, RangeError, 'option "events.limit"'],
    [{ size: 3 }, TypeError, 'option "events" has no entry "size"'],
    ['all', TypeError, 'option "events" must be an object'],
  ])('refuses %j', (events, kind, message) => {
    expect(() => createEcs({ events: events as never })).toThrow(kind);
    expect(() => createEcs({ events: events as never })).toThrow(message);
  });

  it('accepts Infinity', () => {
    expect(() => createEcs({ events: { limit: Number.POSITIVE_INFINITY } })).not.toThrow();
  });
});

describe('ecs.on', () => {
  it('calls the listener after the state is committed, in order, until unsubscribed', () => {
    const ecs = aWorld();
    const seen: [string, number][] = [];
    const off = ecs.on((e) => seen.push([e.action, ecs.state.instances.rows.size]));
    ecs.runInstances(aRunRequest());
    ecs.clock.settle();
    off();
    ecs.runInstances(aRunRequest());
    expect(seen[0]).toEqual(['RunInstances', 1]);
    expect(seen.length).toBe(ecs.events.length - 1);
  });

  it('hears events of calls a listener makes, in order', () => {
    const ecs = aWorld();
    const seen: string[] = [];
    ecs.on((e) => {
      seen.push(e.action);
      if (e.action === 'DescribeDisks') ecs.describeInstances({ regionId: 'cn-hangzhou' });
    });
    ecs.describeDisks({ regionId: 'cn-hangzhou' });
    expect(seen).toEqual(['DescribeDisks', 'DescribeInstances']);
  });

  it('survives a throwing listener: the call returns, others still hear, the error is rethrown later', () => {
    const deferred: (() => void)[] = [];
    vi.stubGlobal('queueMicrotask', (fn: () => void) => deferred.push(fn));
    const ecs = aWorld();
    const heard: string[] = [];
    ecs.on(() => {
      throw new Error('listener bug');
    });
    ecs.on((e) => heard.push(e.action));
    const response = ecs.runInstances(aRunRequest());
    expect(response.instanceIdSets.instanceIdSet).toHaveLength(1);
    expect(ecs.state.instances.rows.size).toBe(1);
    expect(heard).toEqual(['RunInstances']);
    expect(deferred).toHaveLength(1);
    expect(() => deferred[0]?.()).toThrow('listener bug');
  });

  it('refuses a listener that is not a function', () => {
    expect(() => aWorld().on('x' as never)).toThrow(TypeError);
  });
});

describe('ecs.events of a call that changed nothing', () => {
  it('keeps no response (a listing), but one for a call that changed the world', () => {
    const ecs = aWorld();
    ecs.describeInstances({ regionId: 'cn-hangzhou' });
    ecs.runInstances(aRunRequest());
    const [listing, run] = calls(ecs.events);
    expect(listing?.error).toBeUndefined();
    expect(listing).not.toHaveProperty('response');
    expect(run?.response).toMatchObject({ requestId: run?.requestId });
  });
});
