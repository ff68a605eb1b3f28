import { snapshotProgress } from '../snapshots/progress.js';
import { findSnapshot } from '../snapshots/store.js';
import type { Snapshot } from '../snapshots/types.js';
import type { EcsState } from '../state/ecs-state.js';
import type { SnapshotGroup, SnapshotGroupStatus } from './types.js';

/**
 * Where a snapshot-consistent group stands at a moment, read from its members.
 *
 * @example
 * ```ts
 * const p: GroupProgress = { status: 'progressing', percent: 40, remainTime: 90 };
 * ```
 * @internal
 */
export interface GroupProgress {
  /** `progressing` while any member is, else `failed` if any member failed, else `accomplished`. */
  readonly status: SnapshotGroupStatus;
  /** The least advanced member's percentage (100 when every member is accomplished). */
  readonly percent: number;
  /** Seconds until the last member completes: the largest member `remainTime`. */
  readonly remainTime: number;
}

/**
 * The member snapshots of a group that still exist (a member deleted on its own is skipped).
 *
 * @param state - The state.
 * @param group - The group.
 * @returns Its live or failed members, in selection order.
 * @example
 * ```ts
 * groupMembers(state, group).map((s) => s.sourceDiskId); //=> ['d-bp...sys', 'd-bp...data']
 * ```
 * @internal
 */
export function groupMembers(state: EcsState, group: SnapshotGroup): Snapshot[] {
  return group.snapshotIds.flatMap((id) => {
    const snapshot = findSnapshot(state, id);
    return snapshot ? [snapshot] : [];
  });
}

/**
 * A group's status, progress and remaining time on the virtual clock: the console's "Instance
 * Snapshots" view. A group whose members are all gone counts as `accomplished` at 100%.
 *
 * @param members - The group's members.
 * @param nowMs - The current time, epoch ms.
 * @returns Status, least member percentage and largest member remaining time.
 * @example
 * ```ts
 * groupProgress(groupMembers(state, group), ctx.nowMs); //=> { status: 'progressing', percent: 40, remainTime: 90 }
 * ```
 * @internal
 */
export function groupProgress(members: readonly Snapshot[], nowMs: number): GroupProgress {
  let percent = 100;
  let remainTime = 0;
  for (const member of members) {
    const p = snapshotProgress(member, nowMs);
    percent = Math.min(percent, p.percent);
    remainTime = Math.max(remainTime, p.remainTime);
  }
  const status: SnapshotGroupStatus = members.some((m) => m.status === 'progressing')
    ? 'progressing'
    : members.some((m) => m.status === 'failed')
      ? 'failed'
      : 'accomplished';
  return { status, percent, remainTime };
}
