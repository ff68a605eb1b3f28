import type { Disk } from '../disks/types.js';
import { instanceNotFound } from '../instances/errors.js';
import { requireInstanceStatus } from '../instances/lifecycle.js';
import { findInstance } from '../instances/store.js';
import { requireGuestDisk } from '../io/guest-io.js';
import { type EcsError, ecsError } from '../shared/ecs-error.js';
import { IdAllocator } from '../shared/ids.js';
import { invalidParameter } from '../shared/invalid-parameter.js';
import { err, ok, type Result } from '../shared/result.js';
import { commit } from '../state/commit.js';
import type { TransitionContext } from '../state/context.js';
import type { EcsState } from '../state/ecs-state.js';
import type { CreateVolumeInput } from './create-volume-request.js';
import { putVolume, volumeOfDisk } from './store.js';
import type { Volume, VolumeExtent } from './types.js';

const GIB = 1024 ** 3;
const MAX_STRIPE = GIB;

/** A member disk: reachable by the guest of this very instance, and in no other volume. */
function requireMemberDisk(
  state: EcsState,
  instanceId: string,
  diskId: string,
): Result<Disk, EcsError> {
  const disk = requireGuestDisk(state, diskId);
  if (!disk.ok) return disk;
  if (disk.value.instanceId !== instanceId) {
    return err(
      invalidParameter(
        'DiskId',
        `disk ${diskId} is attached to ${disk.value.instanceId}, not ${instanceId}`,
      ),
    );
  }
  const taken = volumeOfDisk(state, diskId);
  if (taken) {
    return err(
      ecsError(
        'InvalidDisk.InUse',
        `The specified disk has been occupied: ${diskId} is already a member of volume ${taken.volumeId}.`,
      ),
    );
  }
  return disk;
}

function partitionExtents(
  disk: Disk,
  partitions: CreateVolumeInput['partitions'],
): Result<VolumeExtent[], EcsError> {
  const capacity = disk.size * GIB;
  const extents: VolumeExtent[] = [];
  let next = 0;
  for (const [i, partition] of partitions.entries()) {
    const offset = partition.offset ?? next;
    if (offset + partition.size > capacity) {
      return err(
        invalidParameter(
          `Partitions.${i + 1}`,
          `${offset}+${partition.size} ends beyond the ${disk.size} GiB disk ${disk.diskId}`,
        ),
      );
    }
    extents.push({ diskId: disk.diskId, offset, size: partition.size });
    next = offset + partition.size;
  }
  const sorted = [...extents].sort((a, b) => a.offset - b.offset);
  for (let i = 1; i < sorted.length; i++) {
    const [before, after] = [sorted[i - 1], sorted[i]];
    if (before && after && before.offset + before.size > after.offset) {
      return err(
        invalidParameter(
          'Partitions',
          `partitions ${before.offset}+${before.size} and ${after.offset}+${after.size} overlap`,
        ),
      );
    }
  }
  return ok(extents);
}

function spannedExtents(
  disks: readonly Disk[],
  stripeSize: number | null,
  blockSize: number,
): Result<VolumeExtent[], EcsError> {
  if (stripeSize === null) {
    return ok(disks.map((d) => ({ diskId: d.diskId, offset: 0, size: d.size * GIB })));
  }
  const powerOfTwo = (stripeSize & (stripeSize - 1)) === 0;
  if (!powerOfTwo || stripeSize < blockSize || stripeSize > MAX_STRIPE) {
    return err(
      invalidParameter(
        'StripeSize',
        `expected a power of two from the block size (${blockSize}) to ${MAX_STRIPE} bytes; got ${stripeSize}`,
      ),
    );
  }
  // Every member gives as much as the smallest: a whole number of stripes, as sizes are in GiB.
  const perDisk = Math.min(...disks.map((d) => d.size)) * GIB;
  return ok(disks.map((d) => ({ diskId: d.diskId, offset: 0, size: perDisk })));
}

/**
 * The guest builds a volume: checks the instance (`Running`), every member disk (`In_use` on it,
 * in no other volume) and the layout, then stores the volume, `consistent`.
 *
 * @param state - The state.
 * @param input - The request, read.
 * @param ctx - The time.
 * @returns The next state and the volume id, or the ECS error (state untouched).
 * @internal
 */
export function createVolume(
  state: EcsState,
  input: CreateVolumeInput,
  ctx: TransitionContext,
): Result<{ state: EcsState; volumeId: string }, EcsError> {
  const instance = findInstance(state, input.instanceId);
  if (!instance) return err(instanceNotFound(input.instanceId));
  const running = requireInstanceStatus(instance, 'WriteDisk');
  if (!running.ok) return running;
  const disks: Disk[] = [];
  for (const diskId of input.diskIds) {
    const disk = requireMemberDisk(state, input.instanceId, diskId);
    if (!disk.ok) return disk;
    disks.push(disk.value);
  }
  const [first] = disks;
  if (!first) return err(invalidParameter('DiskIds', 'no disk given'));
  const extents =
    input.kind === 'partitioned'
      ? partitionExtents(first, input.partitions)
      : spannedExtents(disks, input.stripeSize, state.world.blockSize);
  if (!extents.ok) return extents;
  const ids = new IdAllocator(state.ids);
  const volume: Volume = {
    seq: state.volumes.nextSeq,
    volumeId: ids.next('vol-', instance.regionId),
    regionId: instance.regionId,
    instanceId: instance.instanceId,
    kind: input.kind,
    diskIds: input.diskIds,
    extents: extents.value,
    stripeSize: input.kind === 'spanned' ? input.stripeSize : null,
    size: extents.value.reduce((sum, e) => sum + e.size, 0),
    consistency: 'consistent',
    creationTime: ctx.now,
  };
  const next = commit(state, {
    ids: ids.position(),
    volumes: putVolume(state.volumes, volume),
  });
  return ok({ state: next, volumeId: volume.volumeId });
}
