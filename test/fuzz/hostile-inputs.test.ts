// Seeded fuzzing of every call of the facade with hostile values (holes, BigInts, cycles,
// accessors, throwing toJSON, proxies, huge strings and numbers, NaN, -0, symbols, wrong types).
// Every call must answer or throw an EcsError (a TypeError or RangeError only where the API
// documents it for simulation options: the clock, fault rules); a refusal must leave `ecs.state`
// the very same object; `ecs.export()` must keep working. The operations are enumerated from the
// operation table and the facade itself, so new ones are fuzzed without touching this file.
// Size: FAKE_ECS_FUZZ_RUNS (default 1,500 here; `npm run fuzz` runs 30,000).

import * as $Ecs from '@alicloud/ecs20140526';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEcs, type Ecs, EcsError } from '../../src/index.js';
import { OPERATION_ROWS } from '../../src/operations/table.js';
import {
  aRunningInstance,
  aWorld,
  dataDiskOf,
  INSTANCE_TYPE,
  LINUX_IMAGE,
  REGION,
} from '../fixtures/world.js';
import { hostileRequest, hostileValue, materialize } from './hostile-values.js';

const RUNS = Number(process.env['FAKE_ECS_FUZZ_RUNS'] ?? 1500);
const SEED = Number(process.env['FAKE_ECS_FUZZ_SEED'] ?? 20261202);

/** One call the fuzz makes: its name, its parameter names, and what it may throw besides EcsError. */
interface Target {
  readonly name: string;
  readonly keys: readonly string[];
  readonly call: (ecs: Ecs, request: unknown) => unknown;
  /** Simulation options validated with a documented TypeError/RangeError (clock, fault rules). */
  readonly optionErrors?: boolean;
}

/** The parameter names of an ECS operation: its SDK request model's fields. */
function sdkKeysOf(method: string): string[] {
  const models = $Ecs as unknown as Record<string, { names?: () => Record<string, string> }>;
  const model = models[`${method.charAt(0).toUpperCase()}${method.slice(1)}Request`];
  return Object.keys(model?.names?.() ?? {});
}

/** Parameter names of the simulation calls, by call (others get all of them). */
const SIMULATION_KEYS: Readonly<Record<string, readonly string[]>> = {
  writeDisk: ['diskId', 'offset', 'length', 'data', 'fill', 'writes'],
  readDisk: ['diskId', 'offset', 'length'],
  listSnapshotBlocks: ['snapshotId', 'nextToken', 'maxResults', 'startingBlockIndex'],
  listChangedBlocks: ['firstSnapshotId', 'secondSnapshotId', 'nextToken', 'maxResults'],
  getSnapshotBlock: ['snapshotId', 'blockIndex', 'blockToken'],
  statement: ['regionId', 'from', 'to'],
  forecast: ['regionId', 'until', 'dailyChangeRate'],
  createVolume: ['instanceId', 'kind', 'diskId', 'partitions', 'diskIds', 'stripeSize', 'size'],
  writeVolume: ['volumeId', 'offset', 'length', 'data', 'fill'],
  readVolume: ['volumeId', 'offset', 'length'],
  describeVolumes: ['instanceId'],
  checkConsistency: ['snapshotIds'],
};
const ALL_SIMULATION_KEYS = [...new Set(Object.values(SIMULATION_KEYS).flat())];

/** A callable member of a world, or of one of its groups (`billing`). */
function memberOf(world: Ecs, group: string, name: string): (request: unknown) => unknown {
  const members = world as unknown as Record<string, Record<string, unknown>>;
  const owner = group === '' ? members : members[group];
  return owner?.[name] as (request: unknown) => unknown;
}

const NOT_SIMULATION = new Set(['state', 'events', 'on', 'export', 'clock', 'faults']);

/** The facade itself (group `''`) and its groups of calls (`billing`). */
function groupsOf(ecs: Ecs): [string, Record<string, unknown>][] {
  const groups: [string, Record<string, unknown>][] = [
    ['', ecs as unknown as Record<string, unknown>],
  ];
  for (const [name, descriptor] of Object.entries(Object.getOwnPropertyDescriptors(ecs))) {
    const member = descriptor.value as unknown;
    if (!NOT_SIMULATION.has(name) && typeof member === 'object' && member !== null)
      groups.push([name, member as Record<string, unknown>]);
  }
  return groups;
}

/** The simulation calls of a world's facade (anything callable that is not an ECS operation). */
function simulationTargets(ecs: Ecs, ecsMethods: ReadonlySet<string>): Target[] {
  const targets: Target[] = [];
  for (const [group, members] of groupsOf(ecs)) {
    for (const [name, fn] of Object.entries(members)) {
      const elsewhere = group === '' && (ecsMethods.has(name) || NOT_SIMULATION.has(name));
      if (typeof fn !== 'function' || elsewhere) continue;
      targets.push({
        name: group ? `${group}.${name}` : name,
        keys: SIMULATION_KEYS[name] ?? ALL_SIMULATION_KEYS,
        call: (world, request) => memberOf(world, group, name)(request),
      });
    }
  }
  return targets;
}

/** Every call of a world: ECS operations from the table, simulation calls from the facade. */
function targetsOf(ecs: Ecs): Target[] {
  const ecsMethods = new Set<string>(OPERATION_ROWS.map((row) => row.method));
  const operations: Target[] = OPERATION_ROWS.map((row) => ({
    name: row.method,
    keys: sdkKeysOf(row.method),
    call: (world, request) => (world[row.method] as (r: unknown) => unknown)(request),
  }));
  return [
    ...operations,
    ...simulationTargets(ecs, ecsMethods),
    {
      name: 'clock.advance',
      keys: [],
      call: (w, r) => w.clock.advance(r as never),
      optionErrors: true,
    },
    {
      name: 'clock.advanceTo',
      keys: [],
      call: (w, r) => w.clock.advanceTo(r as never),
      optionErrors: true,
    },
    {
      name: 'faults.add',
      keys: ['action', 'code', 'times', 'probability', 'match'],
      call: (w, r) => w.faults.add(r as never),
      optionErrors: true,
    },
    {
      name: 'faults.failNextSnapshot',
      keys: ['diskId'],
      call: (w, r) => w.faults.failNextSnapshot(r as never),
    },
  ];
}

/** A small world with one of everything, and the ids a request may name. */
function aFuzzWorld() {
  const ecs = aWorld({ timings: 'instant', seed: 'fuzz' });
  const instanceId = aRunningInstance(ecs, { dataDisk: [{ size: 20 }, { size: 20 }] });
  const diskId = dataDiskOf(ecs, instanceId).diskId;
  ecs.writeDisk({ diskId, offset: 0, length: 64 * 1024, fill: 'base' });
  const snapshotId = ecs.createSnapshot({ diskId }).snapshotId;
  ecs.writeDisk({ diskId, offset: 4096, data: 'changed' });
  const second = ecs.createSnapshot({ diskId }).snapshotId;
  const autoSnapshotPolicyId = ecs.createAutoSnapshotPolicy({
    regionId: REGION,
    timePoints: '["1"]',
    repeatWeekdays: '["1"]',
    retentionDays: 1,
  }).autoSnapshotPolicyId;
  const base: Record<string, unknown> = {
    regionId: REGION,
    instanceId,
    diskId,
    snapshotId,
    firstSnapshotId: snapshotId,
    secondSnapshotId: second,
    autoSnapshotPolicyId,
    imageId: LINUX_IMAGE,
    instanceType: INSTANCE_TYPE,
    diskIds: JSON.stringify([diskId]),
    snapshotIds: JSON.stringify([snapshotId]),
    instanceIds: JSON.stringify([instanceId]),
    offset: 0,
    length: 4096,
    fill: 'f',
    from: '2026-01-01T00:00:00Z',
    to: '2026-01-02T00:00:00Z',
    until: '2026-01-08T00:00:00Z',
  };
  return { ecs, base };
}

/** A request for a target: its base parameters, some replaced or added with hostile values. */
function requestFor(target: Target, base: Record<string, unknown>) {
  const known = target.keys.length > 0 ? target.keys : ['regionId'];
  const key = fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...known) },
    {
      weight: 1,
      arbitrary: fc.constantFrom('__proto__', 'constructor', 'toJSON', 'unknownField', ''),
    },
  );
  const overrides = fc.array(fc.tuple(key, hostileValue), { maxLength: 3 });
  return fc.oneof(
    {
      weight: 9,
      arbitrary: overrides.map((pairs) => {
        const request: Record<string, unknown> = {};
        for (const k of known) if (k in base) request[k] = base[k];
        for (const [k, v] of pairs)
          Object.defineProperty(request, k, {
            value: v,
            enumerable: true,
            writable: true,
            configurable: true,
          });
        return request as unknown;
      }),
    },
    { weight: 1, arbitrary: hostileRequest },
  );
}

/**
 * Makes one call and checks its outcome: an answer, or a documented error with the state left the
 * very same object.
 *
 * @returns The refusal's code (or error name), or `undefined` for an answer.
 */
function outcomeOf(ecs: Ecs, target: Target, request: unknown): string | undefined {
  const before = ecs.state;
  try {
    target.call(ecs, request);
    return undefined;
  } catch (error) {
    const documented =
      error instanceof EcsError ||
      (target.optionErrors === true && (error instanceof TypeError || error instanceof RangeError));
    expect(documented, `${target.name} threw ${String(error).slice(0, 300)}`).toBe(true);
    expect(ecs.state, `${target.name} changed the state while refusing`).toBe(before);
    return String((error as { code?: string }).code ?? (error as Error).name);
  }
}

describe('hostile inputs to every call', () => {
  it(
    `answer or refuse with an ECS error, leave the state after a refusal, keep export working (${RUNS} calls)`,
    () => {
      const { ecs, base } = aFuzzWorld();
      const targets = targetsOf(ecs);
      const called = new Map<string, number>();
      const refused = new Set<string>();
      const call = fc
        .nat(targets.length - 1)
        .chain((i) =>
          fc.tuple(fc.constant(targets[i] as Target), requestFor(targets[i] as Target, base)),
        );
      fc.assert(
        fc.property(call, ([target, drawn]) => {
          called.set(target.name, (called.get(target.name) ?? 0) + 1);
          const refusal = outcomeOf(ecs, target, materialize(drawn));
          if (refusal !== undefined) refused.add(refusal);
          if ((called.get(target.name) ?? 0) % 20 === 0) JSON.stringify(ecs.export());
        }),
        { seed: SEED, numRuns: RUNS, endOnFailure: true },
      );
      // every call of the world was reached, and the fuzz reached past the readers
      expect(targets.filter((t) => !called.has(t.name)).map((t) => t.name)).toEqual([]);
      expect(refused.size).toBeGreaterThan(10);
      const saved = JSON.parse(JSON.stringify(ecs.export()));
      expect(createEcs({ from: saved }).state).toEqual(ecs.state);
    },
    60_000 + RUNS * 50,
  );
});
