// Random calls, an export (through JSON.stringify and JSON.parse) somewhere in the middle, then
// the same calls on the original and on the restored world: both must answer byte for byte alike
// (responses, request ids, error codes) and end with the same state and events.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEcs, type Ecs } from '../../src/index.js';
import { LINUX_IMAGE, REGION } from '../fixtures/world.js';
import { restored } from './helpers.js';

type Op =
  | { readonly kind: 'run' }
  | {
      readonly kind: 'write';
      readonly pick: number;
      readonly block: number;
      readonly fill: boolean;
    }
  | { readonly kind: 'snapshot'; readonly pick: number; readonly retain: boolean }
  | { readonly kind: 'advance'; readonly ms: number }
  | { readonly kind: 'delete'; readonly pick: number }
  | { readonly kind: 'power'; readonly pick: number }
  | { readonly kind: 'fault'; readonly probability: number }
  | { readonly kind: 'fail-next'; readonly pick: number };

const anOp: fc.Arbitrary<Op> = fc.oneof(
  { weight: 1, arbitrary: fc.constant({ kind: 'run' as const }) },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('write' as const),
      pick: fc.nat(9),
      block: fc.nat(40),
      fill: fc.boolean(),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('snapshot' as const),
      pick: fc.nat(9),
      retain: fc.boolean(),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant('advance' as const), ms: fc.nat(120_000) }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), pick: fc.nat(20) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('power' as const), pick: fc.nat(3) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('fault' as const),
      probability: fc.double({ min: 0.1, max: 1, noNaN: true }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('fail-next' as const), pick: fc.nat(9) }) },
);

const pickFrom = <T>(items: readonly T[], n: number): T | undefined =>
  items[n % Math.max(items.length, 1)];

function apply(ecs: Ecs, op: Op): unknown {
  const disks = ecs.describeDisks({ regionId: REGION, diskType: 'data', pageSize: 100 }).disks.disk;
  const disk = pickFrom(disks, 'pick' in op ? op.pick : 0);
  switch (op.kind) {
    case 'run':
      return ecs.runInstances({
        regionId: REGION,
        imageId: LINUX_IMAGE,
        instanceType: 'ecs.g7.large',
        dataDisk: [{ category: 'cloud_essd', size: 20 }],
      });
    case 'write':
      if (!disk) return 'no disk';
      if (op.fill)
        ecs.writeDisk({
          diskId: disk.diskId,
          offset: op.block * 4096,
          length: 8192,
          fill: `f${op.block}`,
        });
      else ecs.writeDisk({ diskId: disk.diskId, offset: op.block * 4096, data: `b${op.block}` });
      return 'written';
    case 'snapshot':
      return disk
        ? ecs.createSnapshot({ diskId: disk.diskId, ...(op.retain ? { retentionDays: 1 } : {}) })
        : 'no disk';
    case 'advance':
      return ecs.clock.advance(op.ms);
    case 'delete': {
      const snapshots = ecs.describeSnapshots({ regionId: REGION, pageSize: 100 }).snapshots
        .snapshot;
      const snapshot = pickFrom(snapshots, op.pick);
      return snapshot ? ecs.deleteSnapshot({ snapshotId: snapshot.snapshotId }) : 'none';
    }
    case 'power': {
      const instances = ecs.describeInstances({ regionId: REGION, pageSize: 100 }).instances
        .instance;
      const instance = pickFrom(instances, op.pick);
      if (!instance) return 'none';
      return instance.status === 'Running'
        ? ecs.stopInstance({ instanceId: instance.instanceId })
        : ecs.startInstance({ instanceId: instance.instanceId });
    }
    case 'fault':
      return ecs.faults.add({
        action: 'CreateSnapshot',
        code: 'Throttling',
        probability: op.probability,
        times: 3,
      });
    case 'fail-next':
      if (disk) ecs.faults.failNextSnapshot({ diskId: disk.diskId });
      return 'armed';
  }
}

function outcome(ecs: Ecs, op: Op): string {
  try {
    return JSON.stringify(apply(ecs, op)) ?? 'void';
  } catch (error) {
    const e = error as { code?: string; requestId?: string; message: string };
    return `error ${e.code ?? e.message} ${e.requestId ?? ''}`;
  }
}

describe('createEcs({ from: ecs.export() })', () => {
  it('continues exactly like the world it was saved from', () => {
    fc.assert(
      fc.property(
        fc.array(anOp, { minLength: 1, maxLength: 30 }),
        fc.array(anOp, { minLength: 1, maxLength: 30 }),
        (before, after) => {
          const ecs = createEcs({ seed: 'export-property', blockSize: 4096 });
          for (const op of before) outcome(ecs, op);
          const copy = restored(ecs);
          expect(JSON.stringify(copy.state)).toBe(JSON.stringify(ecs.state));
          for (const op of after) expect(outcome(copy, op)).toBe(outcome(ecs, op));
          expect(JSON.stringify(copy.state)).toBe(JSON.stringify(ecs.state));
          expect(JSON.stringify(copy.events)).toBe(JSON.stringify(ecs.events));
          expect(copy.faults.rules).toEqual(ecs.faults.rules);
        },
      ),
      { seed: 20260404, numRuns: 40 },
    );
    // Seconds of CPU: the wall time depends on the machine's load; benches measure speed.
  }, 120_000);
});
