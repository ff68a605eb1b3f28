import { chinaDate } from '../clock/china-time.js';
import { findDisk } from '../disks/store.js';
import { entityCountByKey, entityWalkByKey } from '../shared/entity-table.js';
import { takeSnapshot } from '../snapshots/create-snapshot.js';
import { releaseSnapshot } from '../snapshots/release-snapshot.js';
import { requireSnapshottableDisk } from '../snapshots/snapshot-preconditions.js';
import { findSnapshot } from '../snapshots/store.js';
import type { TransitionContext } from '../state/context.js';
import type { EcsState } from '../state/ecs-state.js';
import { timePointOrdinal } from './schedule.js';
import type { AutoSnapshotPolicy } from './types.js';

/**
 * Makes room for one more automatic snapshot of a disk at its quota (1,000 by default): the
 * oldest automatic snapshot no image or disk was made from is released first.
 *
 * @returns The state with room, or `undefined` when every automatic snapshot is in use.
 */
function makeRoom(state: EcsState, diskId: string): EcsState | undefined {
  const key = `quota:${diskId}:auto`;
  if (entityCountByKey(state.snapshots, key) < state.world.quotas.autoSnapshotsPerDisk)
    return state;
  for (const id of entityWalkByKey(state.snapshots, key)) {
    const oldest = findSnapshot(state, id);
    if (oldest && oldest.usage === 'none') return releaseSnapshot(state, oldest);
  }
  return undefined;
}

/**
 * Takes the automatic snapshot of one disk at a policy's time point, through the same creation
 * path as `CreateSnapshot` (point in time, incremental size, progress, retention), named
 * `auto_yyyyMMdd_N` (UTC+8 date, N-th time point of that day) with `snapshotType: 'auto'`.
 * A disk that cannot take a snapshot now is skipped: a snapshot of it still in progress, a
 * transient status, a disk never attached, or automatic snapshots disabled on it.
 *
 * @param state - The state, its clock at the time point.
 * @param policy - The policy firing.
 * @param diskId - A disk it applies to.
 * @param ctx - The time point.
 * @returns The next state (the same one when the disk is skipped).
 * @internal
 */
export function takeAutoSnapshot(
  state: EcsState,
  policy: AutoSnapshotPolicy,
  diskId: string,
  ctx: TransitionContext,
): EcsState {
  const ready = requireSnapshottableDisk(state, diskId, 'auto');
  if (!ready.ok || !ready.value.enableAutoSnapshot) return state;
  const room = makeRoom(state, diskId);
  // Releasing the oldest snapshot may move the disk's lineage head: read the disk again.
  const disk = room && findDisk(room, diskId);
  if (!room || !disk) return state;
  const taken = takeSnapshot(
    room,
    {
      disk,
      snapshotType: 'auto',
      snapshotName: `auto_${chinaDate(ctx.nowMs)}_${timePointOrdinal(policy, ctx.nowMs)}`,
      description: '',
      retentionDays: policy.retentionDays === -1 ? null : policy.retentionDays,
      tags: [],
    },
    ctx,
  );
  return taken.state;
}
