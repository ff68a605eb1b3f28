import { describe, expect, it } from 'vitest';
import { createEcs, type Ecs, type EcsOptions } from '../../src/index.js';
import { thrownBy } from '../fixtures/ecs-errors.js';
import { must } from '../fixtures/must.js';
import { aRunRequest, disksOf, REGION } from '../fixtures/world.js';

const REQUEST_ID = /^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/;

/** A script touching every operation; returns every response (errors included) as JSON. */
function script(ecs: Ecs): string[] {
  const out: string[] = [];
  const record = (value: unknown) =>
    out.push(JSON.stringify(value instanceof Uint8Array ? [...value] : value));
  const attempt = (fn: () => unknown) => {
    try {
      record(fn());
    } catch (error) {
      record({ error: String(error), data: (error as { data?: unknown }).data });
    }
  };
  attempt(() =>
    ecs.runInstances(
      aRunRequest({ amount: 2, dataDisk: [{ size: 20 }, { size: 30, deleteWithInstance: false }] }),
    ),
  );
  attempt(() =>
    ecs.runInstances(aRunRequest({ regionId: 'cn-shanghai', tag: [{ key: 'k', value: 'v' }] })),
  );
  record(ecs.clock.advance('PT10S'));
  attempt(() => ecs.stopInstance({ instanceId: 'i-none' }));
  record(ecs.clock.settle());
  const [first, second] = ecs
    .describeInstances({ regionId: REGION })
    .instances.instance.map((i) => i.instanceId);
  const disk = must(disksOf(ecs, must(first))[1]).diskId;
  attempt(() =>
    ecs.writeDisk({
      diskId: disk,
      writes: [
        { offset: 0, data: 'hello' },
        { offset: 4096, length: 1 << 20, fill: 'x' },
      ],
    }),
  );
  attempt(() => ecs.readDisk({ diskId: disk, offset: 0, length: 16 }));
  attempt(() => ecs.stopInstance({ instanceId: must(second) }));
  attempt(() => ecs.rebootInstance({ instanceId: must(first) }));
  record(ecs.clock.advance({ minutes: 1 }));
  attempt(() => ecs.deleteInstance({ instanceId: must(second) }));
  attempt(() => ecs.describeInstances({ regionId: REGION, maxResults: 1 }));
  attempt(() => ecs.describeInstanceStatus({ regionId: REGION }));
  attempt(() => ecs.describeImages({ regionId: REGION }));
  attempt(() => ecs.startInstance({ instanceId: must(first) }));
  return out;
}

function play(options: EcsOptions) {
  const ecs = createEcs(options);
  const responses = script(ecs);
  return { ecs, responses, state: JSON.stringify(ecs.state) };
}

describe('createEcs', () => {
  describe('when two worlds get the same seed and the same calls', () => {
    it('gives byte-identical responses, errors and states', () => {
      const a = play({ seed: 42 });
      const b = play({ seed: 42 });
      expect(b.responses).toEqual(a.responses);
      expect(b.state).toBe(a.state);
    });

    it('holds for string seeds too', () => {
      expect(play({ seed: 'alpha' }).state).toBe(play({ seed: 'alpha' }).state);
    });
  });

  describe('when the seed differs', () => {
    it('gives different instance, disk and request ids', () => {
      const a = play({ seed: 1 });
      const b = play({ seed: 2 });
      expect(b.responses[0]).not.toBe(a.responses[0]);
      expect(b.state).not.toBe(a.state);
      const idsOf = (ecs: Ecs) =>
        ecs.describeInstances({ regionId: REGION }).instances.instance.map((i) => i.instanceId);
      expect(idsOf(b.ecs)).not.toEqual(idsOf(a.ecs));
    });
  });

  describe('when ids are generated', () => {
    it('shapes them like ECS: i-/d- + 20 lowercase alphanumerics, request ids as uppercase UUIDs', () => {
      const ecs = createEcs({ seed: 7 });
      const body = ecs.runInstances(aRunRequest({ amount: 50, dataDisk: [{ size: 20 }] }));
      const instanceIds = body.instanceIdSets.instanceIdSet;
      const diskIds = instanceIds.flatMap((id) => disksOf(ecs, id).map((d) => d.diskId));
      expect(instanceIds.every((id) => /^i-[0-9a-z]{20}$/.test(id))).toBe(true);
      expect(diskIds.every((id) => /^d-[0-9a-z]{20}$/.test(id))).toBe(true);
      expect(new Set([...instanceIds, ...diskIds]).size).toBe(150);
      expect(body.requestId).toMatch(REQUEST_ID);
    });

    it('never repeats a request id', () => {
      const ecs = createEcs();
      const ids = new Set<string>();
      for (let i = 0; i < 200; i++) ids.add(ecs.describeImages({ regionId: REGION }).requestId);
      const error = thrownBy(() => ecs.describeImages({}));
      ids.add((error as { requestId: string }).requestId);
      expect(ids.size).toBe(201);
      expect([...ids].every((id) => REQUEST_ID.test(id))).toBe(true);
    });
  });
});
