import { describe, expect, it } from 'vitest';
import { DEFAULT_REGIONS, INSTANCE_TYPES, PUBLIC_IMAGES } from '../../src/index.js';
import { must } from '../fixtures/must.js';
import { aRunningInstance, aWorld, dataDiskOf } from '../fixtures/world.js';

/** Paths of every object reachable from `root` that is not frozen (typed arrays cannot be frozen). */
function unfrozenPaths(root: unknown): string[] {
  const found: string[] = [];
  const seen = new Set<object>();
  const visit = (value: unknown, path: string) => {
    if (typeof value !== 'object' || value === null || seen.has(value)) return;
    seen.add(value);
    if (ArrayBuffer.isView(value)) return;
    if (!Object.isFrozen(value)) found.push(path);
    for (const key of Reflect.ownKeys(value))
      visit(Reflect.get(value, key), `${path}.${String(key)}`);
  };
  visit(root, 'state');
  return found;
}

function aBusyWorld() {
  const ecs = aWorld();
  const id = aRunningInstance(ecs, { dataDisk: [{ size: 20 }], tag: [{ key: 'k', value: 'v' }] });
  ecs.writeDisk({
    diskId: dataDiskOf(ecs, id).diskId,
    writes: [
      { offset: 0, data: 'abc' },
      { offset: 1 << 20, length: 1 << 20, fill: 'f' },
    ],
  });
  ecs.stopInstance({ instanceId: id });
  return ecs;
}

describe('ecs.state', () => {
  describe('when the world is new', () => {
    it('is deeply frozen', () => {
      expect(unfrozenPaths(aWorld().state)).toEqual([]);
    });

    it('starts the clock at 2026-01-01 with nothing in it', () => {
      const state = aWorld().state;
      expect(state.version).toBe(1);
      expect(state.clock.now).toBe('2026-01-01T00:00:00.000Z');
      expect(state.instances.nextSeq).toBe(1);
      expect(state.tasks.nextSeq).toBe(1);
    });
  });

  describe('when instances, disks, writes and pending tasks exist', () => {
    it('is deeply frozen', () => {
      expect(unfrozenPaths(aBusyWorld().state)).toEqual([]);
    });

    it('is deeply frozen with snapshots, tagged or not, progressing and done', () => {
      const ecs = aWorld();
      const id = aRunningInstance(ecs, { dataDisk: [{ size: 20 }] });
      const { diskId } = dataDiskOf(ecs, id);
      ecs.createSnapshot({ diskId, tag: [{ key: 'k', value: 'v' }] });
      ecs.clock.settle();
      ecs.createSnapshot({ diskId });
      expect(unfrozenPaths(ecs.state)).toEqual([]);
    });

    it('refuses mutation', () => {
      const state = aBusyWorld().state;
      const zoneIds = must(state.world.regions[0]).zoneIds as string[];
      expect(() => zoneIds.push('cn-hangzhou-z')).toThrow(TypeError);
      expect(Reflect.set(state, 'version', 2)).toBe(false);
      expect(Reflect.set(state.clock, 'now', 'x')).toBe(false);
      expect(state.version).toBe(1);
    });

    it('is JSON-serialisable and parses back to plain data', () => {
      const state = aBusyWorld().state;
      const text = JSON.stringify(state);
      const parsed = JSON.parse(text) as { clock: { now: string }; world: unknown };
      expect(parsed.clock.now).toBe(state.clock.now);
      expect(parsed.world).toEqual(state.world);
      expect(JSON.stringify(parsed)).toBe(text);
    });
  });

  describe('when a call succeeds', () => {
    it('is replaced by a new value and the old one stays as it was', () => {
      const ecs = aWorld();
      const id = aRunningInstance(ecs);
      const before = ecs.state;
      const text = JSON.stringify(before);
      ecs.stopInstance({ instanceId: id });
      expect(ecs.state).not.toBe(before);
      expect(JSON.stringify(before)).toBe(text);
    });
  });
});

describe('the exported catalogues', () => {
  it('are deeply frozen, so no test can change another world', () => {
    expect(unfrozenPaths(DEFAULT_REGIONS)).toEqual([]);
    expect(unfrozenPaths(PUBLIC_IMAGES)).toEqual([]);
    expect(unfrozenPaths(INSTANCE_TYPES)).toEqual([]);
    expect(must(PUBLIC_IMAGES[0]).size).toBe(20);
  });
});
