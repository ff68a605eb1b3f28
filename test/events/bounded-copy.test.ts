import { describe, expect, it } from 'vitest';
import { boundedCopy } from '../../src/events/bounded-copy.js';
import {
  type CallEvent,
  createEcs,
  type EcsEvent,
  PARAMETER_COPY_LIMITS as LIMITS,
} from '../../src/index.js';
import { thrownBy } from '../fixtures/ecs-errors.js';
import { aWorld, REGION } from '../fixtures/world.js';

const lastCall = (events: readonly EcsEvent[]) =>
  events.filter((e): e is CallEvent => e.kind === 'call').at(-1);

describe('the parameters a call event keeps', () => {
  describe('when the caller sends huge values', () => {
    it('keeps the start of a huge string, marked, and says the parameters were cut', () => {
      const ecs = aWorld();
      ecs.describeDisks({ regionId: REGION, diskName: 'x'.repeat(1_000_000) });
      const event = lastCall(ecs.events);
      const kept = (event?.parameters as { diskName?: string } | undefined)?.diskName;
      expect(kept).toBe(`${'x'.repeat(LIMITS.stringLength)}…(truncated: 995904 more characters)`);
      expect(event?.parametersTruncated).toBe(true);
    });

    it('holds the trail to a size set by the configuration, not by the callers', () => {
      const ecs = aWorld({ events: { limit: 50 } });
      const huge = {
        regionId: REGION,
        diskName: 'x'.repeat(100_000),
        tag: Array.from({ length: 10_000 }, (_, i) => ({ key: `k${i}`, value: 'v'.repeat(500) })),
        nested: { a: { b: { c: { d: { e: { f: { g: 'deep' } } } } } } },
        [`k${'y'.repeat(100_000)}`]: 1,
      };
      for (let i = 0; i < 60; i++) thrownBy(() => ecs.describeDisks(huge as never));
      const perEvent = JSON.stringify(ecs.events).length / ecs.events.length;
      expect(ecs.events).toHaveLength(50);
      expect(perEvent).toBeLessThan(2 * LIMITS.totalCharacters + 100 * LIMITS.values);
    });

    it('bounds an error message that quotes a huge parameter name', () => {
      // strictParameters: by default an unknown parameter is ignored, as real ECS does.
      const ecs = aWorld({ strictParameters: true });
      thrownBy(() => ecs.describeDisks({ regionId: REGION, ['Z'.repeat(100_000)]: 1 } as never));
      const message = lastCall(ecs.events)?.error?.message ?? '';
      expect(message.length).toBeLessThan(LIMITS.stringLength + 100);
      expect(message).toMatch(/…\(truncated: \d+ more characters\)$/);
    });
  });

  describe('when the caller sends values JSON cannot hold', () => {
    it('keeps a description of them, so ecs.export() still works', () => {
      // strictParameters: by default the unknown `self` would be ignored and the call answered.
      const ecs = createEcs({ seed: 1, strictParameters: true });
      const cycle: { regionId: string; self?: unknown } = { regionId: REGION };
      cycle.self = cycle;
      const requests = [
        { regionId: REGION, pageSize: 10n },
        cycle,
        {
          regionId: REGION,
          diskName: {
            toJSON: () => {
              throw new Error('no');
            },
          },
        },
        { regionId: REGION, diskName: Symbol('s'), filter: () => 1 },
      ];
      for (const request of requests) thrownBy(() => ecs.describeDisks(request as never));
      const saved = ecs.export();
      const kept = saved.engine.events.map((e) => (e as CallEvent).parameters);
      expect(kept).toEqual([
        { regionId: REGION, pageSize: '[bigint 10]' },
        { regionId: REGION, self: '[cycle]' },
        { regionId: REGION, diskName: { toJSON: '[function]' } },
        { regionId: REGION, diskName: '[symbol]', filter: '[function]' },
      ]);
      expect(createEcs({ from: JSON.parse(JSON.stringify(saved)) }).events).toHaveLength(4);
    });
  });
});

describe('boundedCopy', () => {
  it('copies plain data as it is, frozen', () => {
    const request = { a: 'text', b: [1, 2, { c: true }], d: null, e: -0 };
    const { value, truncated } = boundedCopy(request);
    expect(value).toEqual(request);
    expect(value).not.toBe(request);
    expect(Object.isFrozen((value as { b: object }).b)).toBe(true);
    expect(truncated).toBe(false);
  });

  it("keeps a `__proto__` key as a field, not as the copy's prototype", () => {
    const sent = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}') as object;
    const { value } = boundedCopy(sent);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value as object)).toEqual(['__proto__', 'a']);
    expect((value as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('describes an accessor without calling it', () => {
    let calls = 0;
    const request = {
      get offset() {
        calls++;
        return 0;
      },
    };
    expect(boundedCopy(request).value).toEqual({ offset: '[accessor]' });
    expect(calls).toBe(0);
  });

  it('describes a proxy that cannot be read, and a revoked one', () => {
    const throwing = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('trap');
        },
      },
    );
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    expect(boundedCopy({ a: throwing, b: revoked.proxy }).value).toEqual({
      a: '[unreadable]',
      b: '[unreadable]',
    });
  });

  it('cuts long lists, wide objects and deep nesting, marking each cut', () => {
    const wide = Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`k${i}`, i]));
    const { value, truncated } = boundedCopy({
      list: Array.from({ length: 150 }, (_, i) => i),
      sparse: new Array(2 ** 32 - 1),
      nested: [[[[[[['deep']]]]]]],
    });
    const copy = value as { list: unknown[]; sparse: unknown[]; nested: unknown };
    expect(copy.list).toHaveLength(LIMITS.entries + 1);
    expect(copy.list.at(-1)).toBe('…(truncated: 50 more entries)');
    expect(copy.sparse.at(-1)).toBe(`…(truncated: ${2 ** 32 - 1 - LIMITS.entries} more entries)`);
    expect(JSON.stringify(copy.nested)).toContain('…(truncated: nested too deep)');
    expect(truncated).toBe(true);
    const wideCopy = boundedCopy(wide).value as Record<string, unknown>;
    expect(wideCopy['…']).toBe('(truncated: 50 more fields)');
  });

  it('keeps typed arrays and huge BigInts as descriptions', () => {
    expect(boundedCopy({ data: new Uint8Array(1_000_000), n: 10n ** 400n }).value).toEqual({
      data: '[Uint8Array, 1000000 bytes]',
      n: '[bigint]',
    });
  });

  it('stops at the total number of values', () => {
    const many = Array.from({ length: 100 }, () => Array.from({ length: 100 }, () => 1));
    const text = JSON.stringify(boundedCopy(many).value);
    expect(text.match(/1/g)?.length ?? 0).toBeLessThanOrEqual(LIMITS.values);
    expect(text).toContain('…(truncated: too many values)');
  });
});
