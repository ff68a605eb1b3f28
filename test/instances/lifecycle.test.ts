import { describe, expect, it } from 'vitest';
import {
  type Ecs,
  INSTANCE_OPERATIONS,
  INSTANCE_STATUSES,
  INSTANCE_TRANSITIONS,
  type InstanceOperation,
  type InstanceStatus,
} from '../../src/index.js';
import { expectRefused } from '../fixtures/ecs-errors.js';
import { must } from '../fixtures/must.js';
import { anInstance, anInstanceIn, aWorld, disksOf, statusOf } from '../fixtures/world.js';

type Driver = (ecs: Ecs, instanceId: string) => unknown;

/** How this suite performs each operation of the table through the facade. */
const DRIVERS: Partial<Record<InstanceOperation, Driver>> = {
  StartInstance: (ecs, instanceId) => ecs.startInstance({ instanceId }),
  StopInstance: (ecs, instanceId) => ecs.stopInstance({ instanceId }),
  RebootInstance: (ecs, instanceId) => ecs.rebootInstance({ instanceId }),
  DeleteInstance: (ecs, instanceId) => ecs.deleteInstance({ instanceId }),
  ForceDeleteInstance: (ecs, instanceId) => ecs.deleteInstance({ instanceId, force: true }),
  ReplaceSystemDisk: (ecs, instanceId) =>
    ecs.replaceSystemDisk({ instanceId, imageId: 'ubuntu_22_04_x64_20G_alibase_20240508.vhd' }),
  WriteDisk: (ecs, instanceId) =>
    ecs.writeDisk({ diskId: must(disksOf(ecs, instanceId)[0]).diskId, offset: 0, data: 'x' }),
  ReInitDisk: (ecs, instanceId) =>
    ecs.reInitDisk({ diskId: must(disksOf(ecs, instanceId)[0]).diskId }),
};

/** Disk operations (AttachDisk, DetachDataDisk, ...) have their instance-status rows driven by test/disks. */
const drivenByDiskTests = (operation: string) =>
  /Disk$/.test(operation) && !DRIVERS[operation as InstanceOperation];

const operations = Object.keys(INSTANCE_OPERATIONS) as InstanceOperation[];
const cases = operations.flatMap((operation) => {
  const driver = DRIVERS[operation];
  if (!driver) return [];
  const allowed: readonly InstanceStatus[] = INSTANCE_OPERATIONS[operation];
  return INSTANCE_STATUSES.map((status) => ({
    operation,
    status,
    allowed: allowed.includes(status),
    driver,
  }));
});

describe('INSTANCE_OPERATIONS', () => {
  it('lists only instance operations this suite drives, besides disk operations', () => {
    const undriven = operations.filter((op) => !DRIVERS[op] && !drivenByDiskTests(op));
    expect(undriven).toEqual([]);
  });

  it('names only real statuses', () => {
    for (const allowed of Object.values(INSTANCE_OPERATIONS)) {
      for (const status of allowed) expect(INSTANCE_STATUSES).toContain(status);
    }
  });

  describe.each(cases)('$operation on a $status instance', ({ status, allowed, driver }) => {
    // Disks are created at once, so every instance status is reachable with In_use disks.
    const world = () => aWorld({ timings: { diskCreate: 0 } });

    if (allowed) {
      it('is accepted', () => {
        const ecs = world();
        const id = anInstanceIn(ecs, status);
        expect(() => driver(ecs, id)).not.toThrow();
      });
    } else {
      it('returns IncorrectInstanceStatus and changes nothing', () => {
        const ecs = world();
        const id = anInstanceIn(ecs, status);
        const error = expectRefused(ecs, () => driver(ecs, id), 'IncorrectInstanceStatus', 403);
        expect(error.data.Message).toContain(`is ${status}`);
      });
    }
  });
});

describe('INSTANCE_TRANSITIONS', () => {
  it('has a row for every status', () => {
    expect(Object.keys(INSTANCE_TRANSITIONS).sort()).toEqual([...INSTANCE_STATUSES].sort());
  });

  describe('when an instance is run, stopped, started and rebooted', () => {
    it('only ever moves along the table', () => {
      const ecs = aWorld();
      const seen: InstanceStatus[] = [];
      const watch = (id: string, seconds: number) => {
        for (let s = 0; s < seconds; s++) {
          const status = statusOf(ecs, id);
          if (seen.at(-1) !== status) seen.push(status);
          ecs.clock.advance(1000);
        }
      };
      const id = anInstance(ecs);
      watch(id, 40);
      for (const op of [ecs.stopInstance, ecs.startInstance, ecs.rebootInstance]) {
        watch(id, 5);
        op({ instanceId: id });
        watch(id, 60);
      }
      expect(seen).toEqual([
        'Pending',
        'Starting',
        'Running',
        'Stopping',
        'Stopped',
        'Starting',
        'Running',
        'Stopping',
        'Starting',
        'Running',
      ]);
      for (const [from, to] of seen.slice(1).map((to, i) => [must(seen[i]), to] as const)) {
        expect(INSTANCE_TRANSITIONS[from] as readonly InstanceStatus[]).toContain(to);
      }
    });
  });
});
