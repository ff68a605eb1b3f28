import { describe, expect, it } from 'vitest';
import { createEcs, type EcsExport } from '../../src/index.js';
import { findSnapshot } from '../../src/snapshots/store.js';
import { initialState } from '../../src/state/ecs-state.js';
import { resolveOptions } from '../../src/world/options.js';
import { must } from '../fixtures/must.js';
import { REGION } from '../fixtures/world.js';
import { aDiskInUse, anInstantWorld, aSnapshotWorld } from '../snapshots/helpers.js';
import { aRichWorld, restored } from './helpers.js';

describe('ecs.export', () => {
  describe('when every part of the state holds something', () => {
    const { ecs } = aRichWorld();
    const copy = restored(ecs);
    const { world, seed, startMs } = resolveOptions({});
    const empty = initialState(world, seed, startMs) as unknown as Record<string, unknown>;
    const original = ecs.state as unknown as Record<string, unknown>;
    const back = copy.state as unknown as Record<string, unknown>;

    it.each(Object.keys(empty))('restores the part %s byte for byte', (key) => {
      expect(JSON.stringify(back[key])).toBe(JSON.stringify(original[key]));
    });

    it.each(Object.keys(empty).filter((key) => key !== 'version'))(
      'the scenario puts something in %s (a new part must be added to aRichWorld)',
      (key) => {
        expect(JSON.stringify(original[key])).not.toBe(JSON.stringify(empty[key]));
      },
    );

    it('restores the whole state byte for byte, frozen, and leaves the original as it was', () => {
      expect(JSON.stringify(copy.state)).toBe(JSON.stringify(ecs.state));
      expect(Object.isFrozen(copy.state)).toBe(true);
      expect(Object.isFrozen(copy.state.disks)).toBe(true);
      const before = ecs.state;
      ecs.export();
      expect(ecs.state).toBe(before);
    });

    it('is plain JSON data', () => {
      const saved = ecs.export();
      expect(JSON.parse(JSON.stringify(saved))).toEqual(saved);
      expect(saved).toMatchObject({ format: 'fake-ecs', version: 1 });
    });

    it('continues with the same ids, request ids, times and events', () => {
      const diskId = must(
        ecs.describeDisks({ regionId: REGION, diskType: 'data' }).disks.disk[0],
      ).diskId;
      const twin = restored(ecs);
      const step = (w: typeof ecs) => {
        w.writeDisk({ diskId, offset: 0, data: 'after' });
        const a = w.createSnapshot({ diskId });
        w.clock.advance('P2D');
        const b = w.describeSnapshots({ regionId: REGION, diskId, pageSize: 100 });
        return [a, b];
      };
      expect(step(twin)).toEqual(step(ecs));
      expect(JSON.stringify(twin.state)).toBe(JSON.stringify(ecs.state));
      expect(JSON.stringify(twin.events)).toBe(JSON.stringify(ecs.events));
    });
  });

  it('keeps real bytes readable and snapshots incremental after a restore', () => {
    const ecs = anInstantWorld();
    const { diskId } = aDiskInUse(ecs);
    ecs.writeDisk({ diskId, offset: 0, data: 'hello world' });
    ecs.createSnapshot({ diskId });
    const copy = restored(ecs);
    expect(new TextDecoder().decode(copy.readDisk({ diskId, offset: 0, length: 11 }))).toBe(
      'hello world',
    );
    copy.writeDisk({ diskId, offset: 4096 * 3, data: 'x' });
    const { snapshotId } = copy.createSnapshot({ diskId });
    // Only the block written since the previous snapshot is new (block identity survived).
    expect(findSnapshot(copy.state, snapshotId)?.ownBlocks).toBe(1);
  });

  it('saves fault rules and their random stream: the same calls fail after a restore', () => {
    const ecs = createEcs({ seed: 'faults' });
    ecs.faults.add({ action: '*', code: 'InternalError', probability: 0.5 });
    ecs.faults.add({ action: 'DescribeDisks', code: 'Throttling', times: 3 });
    const outcome = (w: typeof ecs) =>
      Array.from({ length: 40 }, (_, i) => {
        try {
          return (
            i % 2
              ? w.describeDisks({ regionId: REGION })
              : w.describeInstances({ regionId: REGION })
          ).requestId;
        } catch (error) {
          return (error as { code: string }).code;
        }
      });
    outcome(ecs);
    const copy = restored(ecs);
    expect(copy.faults.rules).toEqual(ecs.faults.rules);
    expect(outcome(copy)).toEqual(outcome(ecs));
  });

  it('saves an armed snapshot failure', () => {
    const ecs = aSnapshotWorld();
    const { diskId } = aDiskInUse(ecs);
    ecs.faults.failNextSnapshot({ diskId });
    const copy = restored(ecs);
    const { snapshotId } = copy.createSnapshot({ diskId });
    copy.clock.settle();
    const view = copy.describeSnapshots({
      regionId: REGION,
      snapshotIds: JSON.stringify([snapshotId]),
    });
    expect(view.snapshots.snapshot[0]?.status).toBe('failed');
  });

  it('refuses a fault rule with a predicate, naming it', () => {
    const ecs = createEcs();
    const id = ecs.faults.add({ action: '*', code: 'Throttling', match: () => true });
    expect(() => ecs.export()).toThrow(TypeError);
    expect(() => ecs.export()).toThrow(`fault rule ${id} matches with a predicate`);
  });
});

describe('createEcs({ from })', () => {
  const saved = (): EcsExport => JSON.parse(JSON.stringify(createEcs({ seed: 1 }).export()));

  it('combines with events', () => {
    const ecs = createEcs({ seed: 1 });
    ecs.describeInstances({ regionId: REGION });
    ecs.describeInstances({ regionId: REGION });
    const copy = createEcs({ from: ecs.export(), events: { limit: 1 } });
    expect(copy.events.map((e) => e.requestId)).toEqual([ecs.events[1]?.requestId]);
  });

  it.each(['seed', 'now', 'timings', 'blockSize'])('refuses to combine with %s', (option) => {
    expect(() => createEcs({ from: saved(), [option]: 1 } as never)).toThrow(
      `option "from" cannot be combined with "${option}"`,
    );
  });

  it.each([
    ['not an object', 'nope', TypeError, 'option "from" must be a world saved by ecs.export()'],
    ['another format', { ...saved(), format: 'other' }, TypeError, '"format" is "other"'],
    ['another version', { ...saved(), version: 2 }, RangeError, 'has format version 2'],
    ['no engine', { ...saved(), engine: undefined }, TypeError, '"engine" is missing'],
    [
      'a bad request counter',
      { ...saved(), engine: { ...saved().engine, requestCounter: -1 } },
      TypeError,
      'requestCounter',
    ],
    [
      'a damaged state',
      { ...saved(), state: { root: '@9', nodes: [] } },
      TypeError,
      'its state is malformed',
    ],
  ])('refuses %s', (_name, from, kind, message) => {
    expect(() => createEcs({ from: from as never })).toThrow(kind);
    expect(() => createEcs({ from: from as never })).toThrow(message);
  });

  it('refuses a fault rule with a code it does not know', () => {
    const ecs = createEcs({ seed: 1 });
    ecs.faults.add({ action: '*', code: 'Throttling' });
    const from = JSON.parse(JSON.stringify(ecs.export()).replace('"Throttling"', '"Nope"'));
    expect(() => createEcs({ from })).toThrow(TypeError);
    expect(() => createEcs({ from })).toThrow('is malformed');
  });

  it('refuses a state part it does not know (saved by a newer version)', () => {
    const newer = saved();
    const root = newer.state.nodes[0] as Record<string, unknown>;
    const nodes = [{ ...root, futurePart: null }, ...newer.state.nodes.slice(1)];
    expect(() => createEcs({ from: { ...newer, state: { root: '@0', nodes } } })).toThrow(
      'holds the state part "futurePart"',
    );
  });
});
