// Simulation calls run through the engine's one pipeline: the request read once, fault rules by
// their action, the transition, the commit, call events, the tasks a call makes due; reads keep
// no event, and consecutive writes to one disk share one.
import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine/engine.js';
import { createEcs, type Ecs, EcsError } from '../../src/index.js';
import { SIMULATION_ROWS, type SimulationRow } from '../../src/operations/simulation-table.js';
import { OPERATION_ROWS } from '../../src/operations/table.js';
import { createSnapshotOp } from '../../src/snapshots/create-snapshot.js';
import { aRunningInstance, dataDiskOf } from '../fixtures/world.js';

function aDisk(ecs: Ecs = createEcs({ seed: 'pipeline', timings: 'instant' })) {
  const instanceId = aRunningInstance(ecs, { dataDisk: [{ size: 20 }, { size: 20 }] });
  return { ecs, diskId: dataDiskOf(ecs, instanceId).diskId, other: dataDiskOf(ecs, instanceId, 2) };
}

describe('simulation calls in the engine pipeline', () => {
  it('records a write as a call marked simulation; a read that succeeds keeps no event', () => {
    const { ecs, diskId } = aDisk();
    const before = ecs.events.length;
    ecs.writeDisk({ diskId, offset: 0, data: new Uint8Array([1, 2, 3]) });
    ecs.readDisk({ diskId, offset: 0, length: 3 });
    expect(ecs.events.slice(before)).toEqual([
      {
        kind: 'call',
        time: '2026-01-01T00:00:00.000Z',
        action: 'WriteDisk',
        requestId: expect.stringMatching(/^[0-9A-F-]{36}$/),
        parameters: { diskId, offset: 0, data: '[Uint8Array, 3 bytes]' },
        simulation: true,
      },
    ]);
  });

  it('keeps consecutive writes to one disk at one time as one event, counted by calls', () => {
    const { ecs, diskId, other } = aDisk();
    const before = ecs.events.length;
    for (let i = 0; i < 3; i++) ecs.writeDisk({ diskId, offset: i, data: 'x' });
    ecs.writeDisk({ diskId: other.diskId, offset: 0, data: 'y' });
    ecs.clock.advance('PT1S');
    ecs.writeDisk({ diskId: other.diskId, offset: 1, data: 'z' });
    const events = ecs.events.slice(before);
    expect(
      events.map((e) => [e.kind === 'call' && e.parameters, e.kind === 'call' && e.calls]),
    ).toEqual([
      [{ diskId, offset: 0, data: 'x' }, 3],
      [{ diskId: other.diskId, offset: 0, data: 'y' }, undefined],
      [{ diskId: other.diskId, offset: 1, data: 'z' }, undefined],
    ]);
  });

  it('tells a listener each write, and keeps what the listener heard', () => {
    const { ecs, diskId } = aDisk();
    const heard: unknown[] = [];
    ecs.on((event) => heard.push(event));
    const before = ecs.events.length;
    ecs.writeDisk({ diskId, offset: 0, data: 'x' });
    ecs.writeDisk({ diskId, offset: 1, data: 'x' });
    expect(heard).toHaveLength(2);
    expect(ecs.events.slice(before)).toEqual(heard);
  });

  it('refuses a call a fault rule names with its code, records it and leaves the state', () => {
    const { ecs, diskId } = aDisk();
    const rule = ecs.faults.add({ action: 'WriteDisk', code: 'Throttling', times: 1 });
    const state = ecs.state;
    const thrown = (() => {
      try {
        ecs.writeDisk({ diskId, offset: 0, data: 'x' });
      } catch (error) {
        return error;
      }
      return undefined;
    })();
    expect(thrown).toBeInstanceOf(EcsError);
    expect(thrown).toMatchObject({ code: 'Throttling' });
    expect(ecs.state).toBe(state);
    expect(ecs.events.at(-1)).toMatchObject({
      action: 'WriteDisk',
      simulation: true,
      requestId: (thrown as EcsError).requestId,
      error: { code: 'Throttling' },
      fault: rule,
    });
    ecs.writeDisk({ diskId, offset: 0, data: 'x' });
    expect(ecs.state).not.toBe(state);
  });

  it("matches no simulation call with an '*' rule", () => {
    const { ecs, diskId } = aDisk();
    ecs.faults.add({ action: '*', code: 'InternalError' });
    ecs.writeDisk({ diskId, offset: 0, data: 'x' });
    expect(ecs.readDisk({ diskId, offset: 0, length: 1 })).toEqual(new Uint8Array([120]));
    expect(() => ecs.describeDisks({ regionId: 'cn-hangzhou' })).toThrow(/InternalError/);
  });

  it('completes the tasks a call makes due, after its event, as for an ECS operation', () => {
    const { ecs, diskId } = aDisk();
    const engine = new Engine(ecs.state);
    const { action: _action, ...snapshot } = createSnapshotOp;
    const { snapshotId } = engine.simulate({ action: 'TestSnapshot', ...snapshot }, { diskId });
    const events = engine.events.list();
    expect(events.map((e) => [e.kind, e.action])).toEqual([
      ['call', 'TestSnapshot'],
      ['transition', 'snapshot'],
    ]);
    expect(events[1]).toMatchObject({ resourceId: snapshotId, to: 'accomplished' });
  });

  it('takes one request id per call, as an ECS operation does', () => {
    const ids = (read: boolean) => {
      const { ecs, diskId } = aDisk();
      const first = ecs.describeDisks({ regionId: 'cn-hangzhou' }).requestId;
      if (read) ecs.readDisk({ diskId, offset: 0, length: 1 });
      else ecs.describeDisks({ regionId: 'cn-hangzhou' });
      return [first, ecs.describeDisks({ regionId: 'cn-hangzhou' }).requestId];
    };
    expect(ids(true)).toEqual(ids(false));
  });

  it('gives the same bytes in two runs, and across a save in the middle of a run of writes', () => {
    const run = (saveAfter?: number) => {
      let { ecs, diskId } = aDisk();
      const requestIds: string[] = [];
      for (let i = 0; i < 6; i++) {
        if (i === saveAfter) ecs = createEcs({ from: JSON.parse(JSON.stringify(ecs.export())) });
        ecs.writeDisk({ diskId, offset: i * 4096, data: `w${i}` });
        if (i % 3 !== 2) continue;
        requestIds.push(ecs.createSnapshot({ diskId }).requestId);
        try {
          ecs.readDisk({ diskId, offset: -1, length: 1 });
        } catch (error) {
          requestIds.push((error as EcsError).requestId);
        }
      }
      return { requestIds, saved: JSON.stringify(ecs.export()) };
    };
    const once = run();
    expect(run()).toEqual(once);
    expect(run(4)).toEqual(once);
  });

  it('reads an accessor once: the check and the use see the same value', () => {
    const { ecs, diskId } = aDisk();
    let reads = 0;
    const request = {
      diskId,
      data: 'x',
      get offset() {
        reads++;
        return reads === 1 ? 0 : 2 ** 40;
      },
    };
    ecs.writeDisk(request);
    expect(reads).toBe(1);
  });

  it('keeps simulation calls out of the ECS action map, and binds each row once', () => {
    const actions = new Set(OPERATION_ROWS.map((row) => row.action));
    for (const row of SIMULATION_ROWS) expect(actions.has(row.op.action)).toBe(false);
    const members = createEcs() as unknown as Record<string, Record<string, unknown>>;
    for (const { method, group } of SIMULATION_ROWS as readonly SimulationRow[]) {
      const owner = group === undefined ? members : members[group];
      expect(typeof owner?.[method], method).toBe('function');
    }
  });
});
