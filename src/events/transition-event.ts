import { type EntityTable, entityGet, entityIdsByKeySince } from '../shared/entity-table.js';
import type { TaskHeapTop } from '../shared/persistent/index.js';
import type { EcsState } from '../state/ecs-state.js';
import type { Task } from '../tasks/types.js';
import type { TransitionEvent } from './types.js';

type StatusTable = 'instances' | 'disks' | 'images' | 'snapshots' | 'vpcs' | 'vSwitches';

/** Where the entity a task changes lives; a kind missing here gives an event without statuses. */
const TABLE_OF: Partial<Record<Task['kind'], StatusTable>> = {
  instance: 'instances',
  disk: 'disks',
  image: 'images',
  snapshot: 'snapshots',
  'snapshot-expiry': 'snapshots',
  'snapshot-fail': 'snapshots',
  vpc: 'vpcs',
  vswitch: 'vSwitches',
};

function statusIn(state: EcsState, table: StatusTable | undefined, id: string): string | null {
  if (table === undefined) return null;
  const entity = entityGet(state[table] as EntityTable<{ status?: string }>, id);
  return entity?.status ?? null;
}

/**
 * The audit-trail entry of one task the scheduler ran, or `undefined` when the task was stale and
 * changed nothing (lazy cancellation).
 *
 * @param before - The state before the task ran (its clock at the task's time).
 * @param after - The state after.
 * @param run - The task, its sequence number and due time.
 * @returns The event.
 * @internal
 */
export function transitionEvent(
  before: EcsState,
  after: EcsState,
  run: TaskHeapTop<Task>,
): TransitionEvent | undefined {
  if (after === before) return undefined;
  const table = TABLE_OF[run.item.kind];
  const event: TransitionEvent = {
    kind: 'transition',
    time: before.clock.now,
    action: run.item.kind,
    requestId: null,
    resourceId: run.item.id,
    from: statusIn(before, table, run.item.id),
    to: statusIn(after, table, run.item.id),
  };
  if (run.item.kind !== 'auto-snapshot-policy') return event;
  // A policy has no status: what its time point did is the snapshots it started.
  // A policy is regional: its snapshots are the automatic ones its region's index gained.
  const policy = entityGet(after.autoSnapshotPolicies, run.item.id);
  const created = policy
    ? entityIdsByKeySince(
        after.snapshots,
        `region:${policy.regionId}`,
        before.snapshots.nextSeq,
      ).filter((id) => entityGet(after.snapshots, id)?.snapshotType === 'auto')
    : [];
  return { ...event, created };
}
