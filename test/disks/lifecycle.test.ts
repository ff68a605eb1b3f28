import { describe, expect, it } from 'vitest';
import { findDisk } from '../../src/disks/store.js';
import {
  DISK_OPERATIONS,
  DISK_STATUSES,
  DISK_TRANSITIONS,
  type DiskOperation,
  type DiskStatus,
  type Ecs,
  type EcsErrorCode,
} from '../../src/index.js';
import { expectRefused } from '../fixtures/ecs-errors.js';
import { must } from '../fixtures/must.js';
import { aRunningInstance, aWorld, REGION } from '../fixtures/world.js';

// ReIniting (ResetDisk, ReInitDisk) needs a Stopped instance: the rollback rows drive every status
// with their own stages; the other rows keep to the statuses a Running instance's disk reaches.
const REACHABLE: readonly DiskStatus[] = DISK_STATUSES.filter((s) => s !== 'ReIniting');
const ROLLBACK_OPERATIONS: readonly DiskOperation[] = ['ResetDisk', 'ReInitDisk'];

interface Stage {
  readonly ecs: Ecs;
  readonly diskId: string;
  readonly instanceId: string;
  /** An accomplished snapshot of the disk, when it could have one. */
  readonly snapshotId?: string;
}

/**
 * A Stopped instance and a data disk brought into `status`, with an accomplished snapshot of the
 * disk once it has been attached.
 */
function aStoppedDiskIn(status: DiskStatus): Stage {
  const ecs = aWorld();
  const instanceId = aRunningInstance(ecs, { zoneId: 'cn-hangzhou-h' });
  const create = () =>
    ecs.createDisk({
      regionId: REGION,
      zoneId: 'cn-hangzhou-h',
      diskCategory: 'cloud_essd',
      size: 20,
    }).diskId;
  const stop = () => {
    ecs.stopInstance({ instanceId });
    ecs.clock.settle();
  };
  if (status === 'Creating') {
    stop();
    return { ecs, diskId: create(), instanceId };
  }
  const diskId = create();
  ecs.clock.settle();
  ecs.attachDisk({ instanceId, diskId });
  ecs.clock.settle();
  const { snapshotId } = ecs.createSnapshot({ diskId });
  ecs.clock.settle();
  stop();
  const stage = { ecs, diskId, instanceId, snapshotId };
  if (status === 'In_use') return stage;
  if (status === 'ReIniting') {
    ecs.resetDisk({ diskId, snapshotId });
    return stage;
  }
  ecs.detachDisk({ instanceId, diskId });
  if (status === 'Detaching') return stage;
  ecs.clock.settle();
  if (status === 'Attaching') ecs.attachDisk({ instanceId, diskId });
  return stage;
}

/** A Running instance in zone h and a 20 GiB data disk of zone h brought into `status`. */
function aDiskIn(status: DiskStatus): Stage {
  const ecs = aWorld();
  const instanceId = aRunningInstance(ecs, { zoneId: 'cn-hangzhou-h' });
  const { diskId } = ecs.createDisk({
    regionId: REGION,
    zoneId: 'cn-hangzhou-h',
    diskCategory: 'cloud_essd',
    size: 20,
  });
  if (status === 'Creating') return { ecs, diskId, instanceId };
  ecs.clock.settle();
  if (status === 'Available') return { ecs, diskId, instanceId };
  ecs.attachDisk({ instanceId, diskId });
  if (status === 'Attaching') return { ecs, diskId, instanceId };
  ecs.clock.settle();
  if (status === 'In_use') return { ecs, diskId, instanceId };
  ecs.detachDisk({ instanceId, diskId });
  return { ecs, diskId, instanceId };
}

const statusOf = (stage: Stage) => must(findDisk(stage.ecs.state, stage.diskId), 'disk').status;

const DRIVERS: Record<DiskOperation, (stage: Stage) => void> = {
  AttachDisk: ({ ecs, diskId, instanceId }) => ecs.attachDisk({ instanceId, diskId }),
  DetachDisk: ({ ecs, diskId, instanceId }) => ecs.detachDisk({ instanceId, diskId }),
  DeleteDisk: ({ ecs, diskId }) => ecs.deleteDisk({ diskId }),
  ResizeDisk: ({ ecs, diskId }) => ecs.resizeDisk({ diskId, newSize: 40 }),
  WriteDisk: ({ ecs, diskId }) => ecs.writeDisk({ diskId, offset: 0, data: 'x' }),
  ResetDisk: ({ ecs, diskId, snapshotId }) =>
    ecs.resetDisk({ diskId, snapshotId: snapshotId ?? 's-none' }),
  ReInitDisk: ({ ecs, diskId }) => ecs.reInitDisk({ diskId }),
};

// The reference gives some refusals a more precise code than IncorrectDiskStatus.
function refusalFor(operation: DiskOperation, status: DiskStatus): EcsErrorCode {
  if (operation === 'AttachDisk' && status === 'In_use') return 'InvalidDisk.InUse';
  if (operation === 'DetachDisk' && status === 'Available') return 'InvalidDisk.AlreadyDetached';
  // A disk still being created is attached to nothing, so it is not attached to that instance.
  if (operation === 'DetachDisk' && status === 'Creating') return 'DependencyViolation';
  if (operation === 'DeleteDisk' && status === 'In_use') return 'DiskStillAttached';
  return 'IncorrectDiskStatus';
}

const cases = (Object.keys(DISK_OPERATIONS) as DiskOperation[]).flatMap((operation) =>
  (ROLLBACK_OPERATIONS.includes(operation) ? DISK_STATUSES : REACHABLE).map((status) => ({
    operation,
    status,
    allowed: DISK_OPERATIONS[operation].includes(status),
    stageIn: ROLLBACK_OPERATIONS.includes(operation) ? aStoppedDiskIn : aDiskIn,
  })),
);

describe('DISK_OPERATIONS', () => {
  describe.each(cases)(
    '$operation on a $status disk',
    ({ operation, status, allowed, stageIn }) => {
      it(allowed ? 'is accepted' : 'is refused with the documented code, changing nothing', () => {
        const stage = stageIn(status);
        expect(statusOf(stage)).toBe(status);
        if (allowed) {
          expect(() => DRIVERS[operation](stage)).not.toThrow();
        } else {
          expectRefused(stage.ecs, () => DRIVERS[operation](stage), refusalFor(operation, status));
        }
      });
    },
  );
});

describe('DISK_TRANSITIONS', () => {
  describe('when a disk goes through create, attach and detach', () => {
    it('only ever moves along the table', () => {
      const ecs = aWorld({ timings: { diskCreate: 10, diskAttach: 10, diskDetach: 10 } });
      const instanceId = aRunningInstance(ecs, { zoneId: 'cn-hangzhou-h' });
      const { diskId } = ecs.createDisk({ regionId: REGION, zoneId: 'cn-hangzhou-h', size: 20 });
      const seen: DiskStatus[] = [];
      const look = () => {
        const status = must(findDisk(ecs.state, diskId), 'disk').status;
        if (seen.at(-1) !== status) seen.push(status);
      };
      look();
      for (const step of [
        () => undefined,
        () => ecs.attachDisk({ instanceId, diskId }),
        () => ecs.detachDisk({ instanceId, diskId }),
      ]) {
        step();
        look();
        for (let i = 0; i < 4; i++) {
          ecs.clock.advance('PT5S');
          look();
        }
      }
      expect(seen).toEqual([
        'Creating',
        'Available',
        'Attaching',
        'In_use',
        'Detaching',
        'Available',
      ]);
      for (let i = 1; i < seen.length; i++) {
        const from = must(seen[i - 1], 'from');
        expect(DISK_TRANSITIONS[from]).toContain(seen[i]);
      }
    });
  });
});
