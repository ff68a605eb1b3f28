// How test/contract/error-matrix.test.ts provokes each (operation, code) pair: by code for the
// codes every operation answers the same way (./code-provocations.ts), by operation for the rest:
// the storage operations' here (disks, snapshots, groups, images, policies), the instance,
// network and key pair operations' in ./instance-provocations.ts. Each provocation starts from
// the served world of test/fixtures/served-requests.ts, where every operation's served request
// succeeds, or from a world of ./provocation-worlds.ts.

import { MAX_GROUP_DISKS } from '../../src/groups/select-group-disks.js';
import { createEcs, type EcsErrorCode } from '../../src/index.js';
import type { SdkOperationName } from '../../src/sdk/index.js';
import { must } from '../fixtures/must.js';
import { LINUX_IMAGE, REGION } from '../fixtures/world.js';
import { UNKNOWN_REGION } from './code-provocations.js';
import { INSTANCE_PROVOCATIONS } from './instance-provocations.js';
import {
  invoke,
  merged,
  mismatch,
  type OperationProvocations,
  type Provocation,
  type Served,
} from './provocation.js';
import {
  anEssdOnlyWorld,
  anUnsureRollback,
  aQuotaWorld,
  aTimedWorld,
  basicSnapshotInProgress,
  creatingImage,
  ESSD_ONLY_ZONE,
  pendingInstance,
  reIniting,
  snapshotted,
  stopped,
  systemDiskIn,
  timed,
} from './provocation-worlds.js';

/** The system disk of one of the served world's instances (the stopped one by default). */
function systemDiskOf(w: Served, instanceId = w.ids.stoppedId): string {
  const disks = w.ecs.describeDisks({ regionId: REGION, instanceId });
  return must(disks.disks.disk.find((d) => d.type === 'system')).diskId;
}

/** A stopped instance whose system disk is a basic (`cloud`) disk, which is not portable. */
function basicSystemDisk(w: Served): { instanceId: string; diskId: string } {
  const instanceId = must(
    w.ecs.runInstances({
      regionId: REGION,
      imageId: LINUX_IMAGE,
      instanceType: 'ecs.g7.large',
      systemDisk: { category: 'cloud' },
    }).instanceIdSets.instanceIdSet[0],
  );
  w.ecs.clock.settle();
  w.ecs.stopInstance({ instanceId });
  w.ecs.clock.settle();
  return { instanceId, diskId: systemDiskOf(w, instanceId) };
}

/** A policy request that succeeds. */
const POLICY = {
  regionId: REGION,
  timePoints: '["4"]',
  repeatWeekdays: '["3"]',
  retentionDays: 2,
};

/** Two policies on the served world's data disk, so a cancel without a policy is ambiguous. */
function twoPolicies(w: Served): void {
  const { autoSnapshotPolicyId } = w.ecs.createAutoSnapshotPolicy(POLICY);
  for (const id of [w.ids.policyId, autoSnapshotPolicyId])
    w.ecs.applyAutoSnapshotPolicy({
      regionId: REGION,
      autoSnapshotPolicyId: id,
      diskIds: JSON.stringify([w.ids.dataDiskId]),
    });
}

/** The provocations of the storage operations' own codes. */
const STORAGE_PROVOCATIONS: OperationProvocations = {
  createAutoSnapshotPolicy: {
    ParameterInvalid: { timePoints: '["25"]' },
    'AutoSnapshotPolicy.QuotaExceed': (_w, m) => {
      const ecs = createEcs({ seed: 'matrix-quota', quotas: { autoSnapshotPoliciesPerRegion: 1 } });
      ecs.createAutoSnapshotPolicy(POLICY);
      return { ecs, call: () => invoke(ecs, m, POLICY) };
    },
  },
  modifyDiskSpec: {
    CategoryNotSupported: (w, m) => {
      const ecs = anEssdOnlyWorld();
      const { diskId } = ecs.createDisk({ regionId: REGION, zoneId: ESSD_ONLY_ZONE, size: 40 });
      ecs.clock.settle();
      return merged(
        w,
        m,
        { diskId, diskCategory: 'cloud_efficiency', performanceLevel: undefined },
        ecs,
      );
    },
    'InvalidSize.ValueNotSupported': { performanceLevel: 'PL3' },
    'IncorrectDiskStatus.CreatingSnapshot': timed((t) => {
      t.ecs.createSnapshot({ diskId: t.diskId });
      return { diskId: t.diskId, performanceLevel: 'PL0' };
    }),
    IncorrectDiskStatus: timed((t) => ({
      diskId: t.ecs.createDisk({
        regionId: REGION,
        zoneId: t.zoneId,
        size: 20,
        diskCategory: 'cloud_essd',
      }).diskId,
      performanceLevel: 'PL0',
    })),
  },
  attachDisk: {
    DiskTypeViolation: (w, m) => {
      const diskId = systemDiskOf(w);
      w.ecs.detachDisk({ instanceId: w.ids.stoppedId, diskId });
      return merged(w, m, { instanceId: w.ids.stoppedId, diskId });
    },
    InstanceDiskLimitExceeded: (w, m) => {
      const { ecs, instanceId, zoneId } = aQuotaWorld({ dataDisksPerInstance: 1 });
      const { diskId } = ecs.createDisk({ regionId: REGION, zoneId, size: 20 });
      ecs.clock.settle();
      return merged(w, m, { instanceId, diskId }, ecs);
    },
    'InvalidDisk.InUse': (w, m) => merged(w, m, { diskId: w.ids.attachedDiskId }),
    ResourcesNotInSameZone: (w, m) => {
      const other = w.ecs.createDisk({ regionId: REGION, zoneId: 'cn-hangzhou-i', size: 20 });
      w.ecs.clock.settle();
      return merged(w, m, { diskId: other.diskId });
    },
    IncorrectDiskStatus: timed((t) => ({
      instanceId: t.instanceId,
      diskId: t.ecs.createDisk({ regionId: REGION, zoneId: t.zoneId, size: 20 }).diskId,
    })),
    IncorrectInstanceStatus: timed((t) => {
      const { diskId } = t.ecs.createDisk({ regionId: REGION, zoneId: t.zoneId, size: 20 });
      t.ecs.clock.settle();
      return { instanceId: pendingInstance(t), diskId };
    }),
  },
  detachDisk: {
    // The disk is attached to the running instance, not to the stopped one.
    DependencyViolation: (w, m) => merged(w, m, { instanceId: w.ids.stoppedId }),
    DiskNotPortable: (w, m) => {
      const { instanceId, diskId } = basicSystemDisk(w);
      return merged(w, m, { instanceId, diskId });
    },
    'InvalidDisk.AlreadyDetached': (w, m) => merged(w, m, { diskId: w.ids.availableDiskId }),
    IncorrectInstanceStatus: (w, m) =>
      merged(w, m, { instanceId: w.ids.runningId, diskId: systemDiskOf(w, w.ids.runningId) }),
    IncorrectDiskStatus: timed((t) => {
      t.ecs.detachDisk({ instanceId: t.instanceId, diskId: t.diskId });
      return { instanceId: t.instanceId, diskId: t.diskId };
    }),
  },
  createSnapshotGroup: {
    // More disks than a group holds (128): the count is checked before each disk is.
    'NumberExceed.TooManyDisks': (w, m) => {
      const disk = () =>
        w.ecs.createDisk({ regionId: REGION, zoneId: w.ids.zoneId, size: 20 }).diskId;
      const diskId = Array.from({ length: MAX_GROUP_DISKS + 1 }, disk);
      return merged(w, m, { instanceId: undefined, diskId });
    },
    'DiskCategory.OperationNotSupported': (w, m) =>
      merged(w, m, { instanceId: undefined, diskId: [basicSystemDisk(w).diskId] }),
    IncorrectDiskStatus: timed((t) => ({
      regionId: REGION,
      diskId: [
        t.ecs.createDisk({
          regionId: REGION,
          zoneId: t.zoneId,
          size: 20,
          diskCategory: 'cloud_essd',
        }).diskId,
      ],
    })),
    IncorrectInstanceStatus: timed((t) => {
      t.ecs.stopInstance({ instanceId: t.instanceId });
      return { regionId: REGION, instanceId: t.instanceId };
    }),
    ResourcesNotInSameZone: (w, m) => {
      const elsewhere = must(
        w.ecs.runInstances({
          regionId: REGION,
          zoneId: 'cn-hangzhou-i',
          imageId: LINUX_IMAGE,
          instanceType: 'ecs.g7.large',
        }).instanceIdSets.instanceIdSet[0],
      );
      w.ecs.clock.settle();
      return merged(w, m, {
        instanceId: undefined,
        diskId: [w.ids.dataDiskId, systemDiskOf(w, elsewhere)],
      });
    },
    'InvalidInstance.NoDisk': (w, m) => {
      const disks = w.ecs.describeDisks({ regionId: REGION, instanceId: w.ids.stoppedId }).disks
        .disk;
      return merged(w, m, { excludeDiskId: disks.map((d) => d.diskId) });
    },
    'InvalidDiskId.NotFound': { instanceId: undefined, diskId: ['d-matrix0none'] },
    'IncorrectDiskStatus.NeverAttached': (w, m) =>
      merged(w, m, { instanceId: undefined, diskId: [w.ids.availableDiskId] }),
    'IncorrectDiskStatus.CreatingSnapshot': timed((t) => {
      t.ecs.createSnapshot({ diskId: t.diskId });
      return { regionId: REGION, instanceId: t.instanceId };
    }),
    'QuotaExceed.Snapshot': (_w, m) => {
      const { ecs, instanceId } = aQuotaWorld({ manualSnapshotsPerDisk: 1 });
      ecs.createSnapshotGroup({ regionId: REGION, instanceId });
      return { ecs, call: () => invoke(ecs, m, { regionId: REGION, instanceId }) };
    },
  },
  reInitDisk: {
    // The system disk of an instance made from a custom image since deleted.
    'InvalidImageId.NotFound': (w, m) => {
      const instanceId = must(
        w.ecs.runInstances({
          regionId: REGION,
          imageId: w.ids.imageId,
          instanceType: 'ecs.g7.large',
        }).instanceIdSets.instanceIdSet[0],
      );
      w.ecs.clock.settle();
      w.ecs.stopInstance({ instanceId });
      w.ecs.clock.settle();
      w.ecs.deleteImage({ regionId: REGION, imageId: w.ids.imageId, force: true });
      return merged(w, m, { diskId: systemDiskOf(w, instanceId) });
    },
    // A disk made from a snapshot since force-deleted.
    InvalidSourceSnapshot: (w, m) => {
      const { spareSnapshotId: snapshotId, zoneId, stoppedId: instanceId } = w.ids;
      const { diskId } = w.ecs.createDisk({ regionId: REGION, zoneId, snapshotId });
      w.ecs.clock.settle();
      w.ecs.attachDisk({ instanceId, diskId });
      w.ecs.clock.settle();
      w.ecs.deleteSnapshot({ snapshotId, force: true });
      return merged(w, m, { diskId });
    },
    IncorrectInstanceStatus: (w, m) => merged(w, m, { diskId: systemDiskOf(w, w.ids.runningId) }),
    IncorrectDiskStatus: (w, m) => merged(w, m, { diskId: w.ids.availableDiskId }),
    DiskCreatingSnapshot: timed((t) => {
      stopped(t);
      t.ecs.createSnapshot({ diskId: t.diskId });
      return { diskId: t.diskId };
    }),
  },
  resizeDisk: {
    IncorrectInstanceStatus: timed((t) => {
      t.ecs.stopInstance({ instanceId: t.instanceId });
      return { diskId: t.diskId, newSize: 100 };
    }),
    IdempotentParameterMismatch: mismatch({ newSize: 61 }),
    'InvalidDataDiskSize.ValueNotSupported': { newSize: 999_999 },
    'InvalidSystemDiskSize.ValueNotSupported': (w, method) =>
      merged(w, method, { diskId: systemDiskOf(w), newSize: 999_999 }),
    'IncorrectDiskStatus.CreatingSnapshot': timed((t) => {
      t.ecs.createSnapshot({ diskId: t.diskId });
      return { diskId: t.diskId, newSize: 100 };
    }),
    IncorrectDiskStatus: timed((t) => ({
      diskId: t.ecs.createDisk({ regionId: REGION, zoneId: t.zoneId, size: 20 }).diskId,
      newSize: 100,
    })),
  },
  deleteSnapshot: {
    SnapshotCreatedImage: (w, m) => merged(w, m, { snapshotId: w.ids.systemSnapshotId }),
    SnapshotCreatedDisk: (w, m) => {
      w.ecs.createDisk({
        regionId: REGION,
        zoneId: w.ids.zoneId,
        snapshotId: w.ids.spareSnapshotId,
      });
      w.ecs.clock.settle();
      return merged(w, m, {});
    },
  },
  modifyDiskAttribute: {
    DiskNotPortable: (w, m) =>
      merged(w, m, { diskId: basicSystemDisk(w).diskId, deleteWithInstance: false }),
    NoAttributeToModify: { diskName: undefined },
  },
  modifySnapshotAttribute: {
    NoAttributeToModify: { snapshotName: undefined },
    // Every snapshot of the served world is kept forever: any retention is shorter.
    'InvalidOperation.DecreaseRetentionDaysUnsupported': { retentionDays: 30 },
  },
  cancelAutoSnapshotPolicy: {
    ParameterInvalid: UNKNOWN_REGION,
    'OperationDenied.TooManyAutoSnapshotPolicies': (w, m) => {
      twoPolicies(w);
      return merged(w, m, {});
    },
  },
  createSnapshot: {
    // The reference: a snapshot of an attached disk needs its instance Running or Stopped.
    IncorrectInstanceStatus: timed((t) => {
      t.ecs.stopInstance({ instanceId: t.instanceId });
      return { diskId: t.diskId };
    }),
    'QuotaExceed.Snapshot': (_w, m) => {
      const { ecs, instanceId } = aQuotaWorld({ manualSnapshotsPerDisk: 1 });
      const diskId = must(ecs.describeDisks({ regionId: REGION, instanceId }).disks.disk[0]).diskId;
      ecs.createSnapshot({ diskId });
      return { ecs, call: () => invoke(ecs, m, { diskId }) };
    },
    IdempotentParameterMismatch: mismatch({ snapshotName: 'another' }),
    'IncorrectDiskStatus.NeverAttached': (w, m) => merged(w, m, { diskId: w.ids.availableDiskId }),
    'IncorrectDiskStatus.CreatingSnapshot': timed((t) => {
      t.ecs.createSnapshot({ diskId: t.diskId });
      return { diskId: t.diskId };
    }),
    IncorrectDiskStatus: timed((t) => {
      const { diskId } = t.ecs.createDisk({ regionId: REGION, zoneId: t.zoneId, size: 20 });
      return { diskId };
    }),
  },
  resetDisks: {
    'OperationDenied.UnsureConsistency': (_w, m) => {
      const { ecs, pairs } = anUnsureRollback();
      return { ecs, call: () => invoke(ecs, m, { regionId: REGION, disk: pairs }) };
    },
    IncorrectDiskStatus: timed((t) => {
      reIniting(t);
      const snapshotId = must(
        t.ecs.describeSnapshots({ regionId: REGION, diskId: t.diskId }).snapshots.snapshot[0],
      ).snapshotId;
      return { regionId: REGION, disk: [{ diskId: t.diskId, snapshotId }] };
    }),
    'InvalidDiskId.NotFound': (w, m) =>
      merged(w, m, { disk: [{ diskId: 'd-matrix0none', snapshotId: w.ids.snapshotId }] }),
    'InvalidSnapshotId.NotFound': (w, m) =>
      merged(w, m, { disk: [{ diskId: w.ids.dataDiskId, snapshotId: 's-matrix0none' }] }),
    'InvalidParameter.Mismatch': (w, m) =>
      merged(w, m, { disk: [{ diskId: w.ids.dataDiskId, snapshotId: w.ids.systemSnapshotId }] }),
    IncorrectInstanceStatus: (w, m) => {
      const { snapshotId } = w.ecs.createSnapshot({ diskId: w.ids.attachedDiskId });
      return merged(w, m, { disk: [{ diskId: w.ids.attachedDiskId, snapshotId }] });
    },
    'IncorrectDiskStatus.CreatingSnapshot': timed((t) => {
      const old = snapshotted(t);
      t.ecs.createSnapshot({ diskId: t.diskId });
      return { regionId: REGION, disk: [{ diskId: t.diskId, snapshotId: old }] };
    }),
    'InvalidSnapshotId.NotReady': timed((t) => {
      stopped(t);
      const { snapshotId } = t.ecs.createSnapshot({ diskId: t.diskId });
      return { regionId: REGION, disk: [{ diskId: t.diskId, snapshotId }] };
    }),
  },
  modifyImageAttribute: {
    IncorrectImageStatus: timed((t) => ({
      regionId: REGION,
      imageId: creatingImage(t),
      status: 'Deprecated',
    })),
    'InvalidImageName.Duplicated': (w, m) => {
      w.ecs.createImage({
        regionId: REGION,
        snapshotId: w.ids.systemSnapshotId,
        imageName: 'taken',
      });
      return merged(w, m, { imageName: 'taken' });
    },
  },
  createImage: {
    'InvalidDevice.InUse': (w, m) =>
      merged(w, m, {
        snapshotId: undefined,
        diskDeviceMapping: [
          { snapshotId: w.ids.systemSnapshotId },
          { size: 20, device: '/dev/xvdb' },
          { size: 20, device: '/dev/xvdb' },
        ],
      }),
    // An empty data disk smaller than 20 GiB.
    'InvalidSize.ValueNotSupported': (w, m) =>
      merged(w, m, {
        snapshotId: undefined,
        diskDeviceMapping: [{ snapshotId: w.ids.systemSnapshotId }, { size: 10 }],
      }),
    // A disk mapping without the system disk's snapshot (400; a data disk's snapshot as
    // \`SnapshotId\` is 403, see OTHER_STATUSES).
    OperationDenied: (w, m) =>
      merged(w, m, {
        snapshotId: undefined,
        diskDeviceMapping: [{ snapshotId: w.ids.snapshotId }],
      }),
    'InvalidImageName.Duplicated': (w, m) => {
      w.ecs.createImage({
        regionId: REGION,
        snapshotId: w.ids.systemSnapshotId,
        imageName: 'taken',
      });
      return merged(w, m, { imageName: 'taken' });
    },
    'InvalidSnapshotId.NotReady': timed((t) => ({
      regionId: REGION,
      snapshotId: t.ecs.createSnapshot({ diskId: systemDiskIn(t) }).snapshotId,
    })),
  },
  copySnapshot: {
    IdempotentParameterMismatch: mismatch({ destinationSnapshotName: 'another' }),
    'InvalidDescription.Malformed': { destinationSnapshotDescription: 'http://bad' },
    'InvalidSnapshotName.Malformed': { destinationSnapshotName: 'http://bad' },
    'InvalidOperation.NotSupportCopyInSameRegion': { destinationRegionId: REGION },
    'InvalidSnapshotId.NotReady': timed((t) => ({
      regionId: REGION,
      snapshotId: t.ecs.createSnapshot({ diskId: t.diskId }).snapshotId,
      destinationRegionId: 'cn-shanghai',
      destinationSnapshotName: 'copy',
      destinationSnapshotDescription: 'off-site copy',
    })),
  },
  resetDisk: {
    'OperationDenied.UnsureConsistency': (_w, m) => {
      const { ecs, pairs } = anUnsureRollback();
      return { ecs, call: () => invoke(ecs, m, must(pairs[0])) };
    },
    IncorrectDiskStatus: timed((t) => {
      reIniting(t);
      const snapshotId = must(
        t.ecs.describeSnapshots({ regionId: REGION, diskId: t.diskId }).snapshots.snapshot[0],
      ).snapshotId;
      return { diskId: t.diskId, snapshotId };
    }),
    'InvalidParameter.Mismatch': (w, m) => merged(w, m, { snapshotId: w.ids.systemSnapshotId }),
    IncorrectInstanceStatus: (w, m) => {
      const { snapshotId } = w.ecs.createSnapshot({ diskId: w.ids.attachedDiskId });
      return merged(w, m, { diskId: w.ids.attachedDiskId, snapshotId });
    },
    'InvalidSnapshotId.NotReady': timed((t) => {
      stopped(t);
      return {
        diskId: t.diskId,
        snapshotId: t.ecs.createSnapshot({ diskId: t.diskId }).snapshotId,
      };
    }),
    'IncorrectDiskStatus.CreatingSnapshot': timed((t) => {
      const old = snapshotted(t);
      t.ecs.createSnapshot({ diskId: t.diskId });
      return { diskId: t.diskId, snapshotId: old };
    }),
  },
  describeAutoSnapshotPolicyEx: { ParameterInvalid: UNKNOWN_REGION },
  applyAutoSnapshotPolicy: {
    ParameterInvalid: UNKNOWN_REGION,
    'OperationDenied.TooManyAutoSnapshotPolicies': (w, m) => {
      for (let i = 0; i < 10; i++) {
        const { autoSnapshotPolicyId } = w.ecs.createAutoSnapshotPolicy(POLICY);
        w.ecs.applyAutoSnapshotPolicy({
          regionId: REGION,
          autoSnapshotPolicyId,
          diskIds: JSON.stringify([w.ids.dataDiskId]),
        });
      }
      return merged(w, m, {});
    },
  },
  deleteDisk: {
    DiskStillAttached: (w, m) => merged(w, m, { diskId: w.ids.attachedDiskId }),
    IncorrectDiskStatus: (_w, m) => {
      const t = aTimedWorld();
      const { diskId } = t.ecs.createDisk({ regionId: REGION, zoneId: t.zoneId, size: 20 });
      return { ecs: t.ecs, call: () => invoke(t.ecs, m, { diskId }) };
    },
    DiskCreatingSnapshot: (_w, m) => {
      const t = aTimedWorld();
      t.ecs.detachDisk({ instanceId: t.instanceId, diskId: t.diskId });
      t.ecs.clock.settle();
      t.ecs.createSnapshot({ diskId: t.diskId });
      return { ecs: t.ecs, call: () => invoke(t.ecs, m, { diskId: t.diskId }) };
    },
  },
  createDisk: {
    'InvalidSnapshotId.NotReady': timed((t) => ({
      regionId: REGION,
      zoneId: t.zoneId,
      snapshotId: basicSnapshotInProgress(t),
    })),
    'InvalidDiskSize.TooSmall': (w, m) => merged(w, m, { snapshotId: w.ids.snapshotId, size: 10 }),
  },
  deleteImage: {
    ImageUsingByInstance: (w, m) => {
      w.ecs.runInstances({
        regionId: REGION,
        imageId: w.ids.imageId,
        instanceType: 'ecs.g7.large',
      });
      w.ecs.clock.settle();
      return merged(w, m, {});
    },
  },
  deleteAutoSnapshotPolicy: { ParameterInvalid: UNKNOWN_REGION },
  modifyAutoSnapshotPolicyEx: { ParameterInvalid: UNKNOWN_REGION },
  describeSnapshotGroups: { 'InvalidStatus.ValueNotSupported': { status: ['Bogus'] } },
};

/** The provocations of one operation's own codes. */
export const BY_OPERATION: OperationProvocations = {
  ...STORAGE_PROVOCATIONS,
  ...INSTANCE_PROVOCATIONS,
};

/** A policy of nobody's, for the policy operations that answer an unknown policy with 404. */
const UNKNOWN_POLICY: Provocation = { autoSnapshotPolicyId: 'sp-matrix0none' };

/** A case of a code whose status differs from the one the matrix lists for the operation. */
export interface OtherStatus {
  readonly method: SdkOperationName;
  readonly code: EcsErrorCode;
  readonly status: number;
  readonly provocation: Provocation;
}

/** The cases the reference gives a status of their own (the matrix lists the usual one). */
export const OTHER_STATUSES: readonly OtherStatus[] = [
  ...(
    [
      'applyAutoSnapshotPolicy',
      'cancelAutoSnapshotPolicy',
      'deleteAutoSnapshotPolicy',
      'modifyAutoSnapshotPolicyEx',
    ] as const
  ).map((method) => ({
    method,
    code: 'ParameterInvalid' as const,
    status: 404,
    provocation: UNKNOWN_POLICY,
  })),
  {
    method: 'createImage',
    code: 'OperationDenied',
    status: 403,
    // A data disk's snapshot as `SnapshotId` (not from a system disk).
    provocation: (w, m) => merged(w, m, { snapshotId: w.ids.snapshotId }),
  },
];
