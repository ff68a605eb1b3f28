import { apiTime } from '../clock/timestamp.js';
import { entityGet, entityIdsByKey } from '../shared/entity-table.js';
import { commit } from '../state/commit.js';
import type { EcsState } from '../state/ecs-state.js';
import { takeAutoSnapshot } from './auto-snapshot.js';
import { schedulePolicyTimer } from './policy-timer.js';
import { policyDisksKey, putPolicy } from './store.js';

/**
 * The scheduler's handler for a policy's time point: every disk under the policy takes its
 * automatic snapshot (in the disks' creation order), then the policy's timer moves to its next
 * time point. Everything it needs is in the state, so running it on a copy of the state (a
 * forecast) gives the same result. A stale timer (policy deleted or rescheduled) does nothing.
 *
 * A time point that took no snapshot (no disk under the policy, or each one busy or unable) will
 * take none until something else changes the state: with `quietUntilMs`, the timer skips the time
 * points up to then in one step, so a clock move costs what changes, not what passes (an hourly
 * policy over 40 virtual years was 350,000 time points).
 *
 * @param state - The state, its clock at the task's time.
 * @param policyId - The policy.
 * @param taskSeq - The task's sequence number.
 * @param dueMs - The time point, epoch ms.
 * @param quietUntilMs - Until when nothing else can change the state, if known.
 * @returns The next state.
 * @internal
 */
export function firePolicy(
  state: EcsState,
  policyId: string,
  taskSeq: number,
  dueMs: number,
  quietUntilMs?: number,
): EcsState {
  const policy = entityGet(state.autoSnapshotPolicies, policyId);
  if (!policy || policy.timerTask !== taskSeq) return state;
  const ctx = { now: apiTime(dueMs), nowMs: dueMs };
  let current = state;
  for (const diskId of entityIdsByKey(state.disks, policyDisksKey(policyId)))
    current = takeAutoSnapshot(current, policy, diskId, ctx);
  const tookNone = current === state && quietUntilMs !== undefined;
  const from = tookNone ? Math.max(dueMs, quietUntilMs) : dueMs;
  const timer = schedulePolicyTimer(current.tasks, policyId, policy, from);
  const moved = { ...policy, nextRunMs: timer.nextRunMs, timerTask: timer.timerTask };
  return commit(current, {
    autoSnapshotPolicies: putPolicy(current.autoSnapshotPolicies, moved),
    tasks: timer.tasks,
  });
}
