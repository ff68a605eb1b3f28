import { type DiskSettings, readEncryption } from '../disks/disk-settings.js';
import { enterDiskPath } from '../disks/enter-status.js';
import { disksOfInstance, putDisk, removeDisk } from '../disks/store.js';
import { resolveImageSource } from '../images/image-source.js';
import type { Operation } from '../operations/operation.js';
import { givenFields } from '../shared/given-fields.js';
import { IdAllocator } from '../shared/ids.js';
import { err, ok } from '../shared/result.js';
import { guardInstanceChange } from '../snapshots/instance-change-guard.js';
import { dropEmptyChain } from '../snapshots/lineage.js';
import { releaseAutoSnapshots } from '../snapshots/release-auto-snapshots.js';
import { refreshUsage } from '../snapshots/usage.js';
import { commit } from '../state/commit.js';
import { instanceNotFound } from './errors.js';
import { requireInstanceStatus } from './lifecycle.js';
import {
  type ReplaceSystemDiskInput,
  type ReplaceSystemDiskResponseBody,
  readReplaceSystemDisk,
} from './replace-system-disk-request.js';
import { plannedDisk, planSystemDisk } from './run-instances-disks.js';
import { findInstance, putInstance } from './store.js';

/**
 * `ReplaceSystemDisk` (change the operating system): a `Stopped` instance gets a new system disk,
 * with a new id, from a public or custom image, at `/dev/xvda`; the old system disk is released.
 * Its snapshots stay (usable for new disks and images) but can never roll the new disk back.
 *
 * @internal
 */
export const replaceSystemDiskOp: Operation<ReplaceSystemDiskInput, ReplaceSystemDiskResponseBody> =
  {
    action: 'ReplaceSystemDisk',
    read: readReplaceSystemDisk,
    run(state, input, ctx) {
      const instance = findInstance(state, input.instanceId);
      if (!instance) return err(instanceNotFound(input.instanceId));
      const stopped = requireInstanceStatus(instance, 'ReplaceSystemDisk');
      if (!stopped.ok) return stopped;
      const image = resolveImageSource(state, input.imageId, instance.regionId);
      if (!image.ok) return image;
      const old = disksOfInstance(state, instance.instanceId).find((d) => d.type === 'system');
      // The category (and ESSD level) of the system disk never changes.
      const systemDisk = {
        category: old?.category,
        performanceLevel: old?.performanceLevel ?? undefined,
        size: input.size,
        diskName: undefined,
        description: undefined,
        deleteWithInstance: old?.deleteWithInstance ?? true,
        snapshotId: undefined,
        // The new system disk keeps the old one's encryption.
        encryption: old ? readEncryption(old) : {},
      };
      // Only the system disk is replaced: a custom image's data disks are not created.
      const plan = planSystemDisk(state, { systemDisk, image: image.value }, ctx.nowMs);
      if (!plan.ok) return plan;
      const guarded = guardInstanceChange(state, instance.instanceId, 'given a new system disk');
      if (!guarded.ok) return guarded;
      // The old system disk is released, its automatic snapshots with it when it says so.
      const from = old ? releaseAutoSnapshots(guarded.value, old) : guarded.value;
      const ids = new IdAllocator(from.ids);
      const diskId = ids.next('d-', instance.regionId);
      const disk = plannedDisk(plan.value, {
        seq: from.disks.nextSeq,
        diskId,
        regionId: instance.regionId,
        zoneId: instance.zoneId,
        type: 'system',
        imageId: image.value.imageId,
        instanceId: instance.instanceId,
        device: '/dev/xvda',
        now: ctx.now,
        settings: {
          ...givenFields<DiskSettings>({ resourceGroupId: instance.resourceGroupId }),
          ...(old ? readEncryption(old) : {}),
        },
      });
      const entered = enterDiskPath(disk, ['Creating', 'In_use'], from.tasks, from.world, ctx);
      let disks = putDisk(from.disks, entered.disk);
      let { snapshotLinks } = from;
      if (old) {
        disks = removeDisk(disks, old.diskId);
        snapshotLinks = dropEmptyChain(snapshotLinks, old, from.snapshots);
      }
      const instances = putInstance(from.instances, {
        ...instance,
        imageId: image.value.imageId,
        osName: image.value.osName,
        osType: image.value.osType,
        systemDiskId: diskId,
      });
      const snapshots = refreshUsage({ ...from, disks }, [
        old?.sourceSnapshotId ?? null,
        disk.sourceSnapshotId,
      ]);
      const next = commit(from, {
        ids: ids.position(),
        disks,
        snapshotLinks,
        snapshots,
        instances,
        tasks: entered.tasks,
      });
      return ok({ state: next, response: { diskId } });
    },
  };
