import { requireGuestDisk } from '../io/guest-io.js';
import { writeDisk } from '../io/write-disk.js';
import { policyDisksKey } from '../policies/store.js';
import { entityGet, entityIdsByKey } from '../shared/entity-table.js';
import type { EcsState } from '../state/ecs-state.js';
import type { BeforeTask } from '../tasks/run-due-tasks.js';

const DAY_MS = 86_400_000;
const GIB = 1024 ** 3;

/** Rewrites the first blocks of one disk, if its guest can write; the state unchanged otherwise. */
function rewriteLeadingBlocks(
  state: EcsState,
  diskId: string,
  fraction: number,
  fill: string,
): EcsState {
  const disk = requireGuestDisk(state, diskId);
  if (!disk.ok) return state;
  const { blockSize } = state.world;
  const diskBlocks = Math.floor((disk.value.size * GIB) / blockSize);
  const blocks = Math.min(Math.round(fraction * disk.value.content.size), diskBlocks);
  if (blocks === 0) return state;
  const written = writeDisk(state, { diskId, offset: 0, length: blocks * blockSize, fill });
  return written.ok ? written.value : state;
}

/**
 * The guest writes a forecast assumes, since future writes are unknown: just before each time
 * point of an automatic snapshot policy, every disk under it that its guest can write (`In_use`
 * on a `Running` instance) rewrites its first N blocks, where N = `dailyChangeRate` x the days
 * since the forecast started (or since that disk's previous assumed write) x the blocks written on
 * the disk, rounded, at most the whole disk. Rewriting the same leading blocks models a working
 * set: each automatic snapshot then holds N blocks of its own.
 *
 * @param dailyChangeRate - The fraction of a disk's written blocks rewritten per day, 0 to 1.
 * @param startMs - When the forecast starts, epoch ms.
 * @returns The hook for `runDueTasks`, or `undefined` for a rate of 0 (no writes).
 * @internal
 */
export function assumedWrites(dailyChangeRate: number, startMs: number): BeforeTask | undefined {
  if (dailyChangeRate === 0) return undefined;
  // Local to one forecast run: the state itself never learns about the assumption.
  const lastWrite = new Map<string, number>();
  return (state, task, seq, dueMs) => {
    if (task.kind !== 'auto-snapshot-policy') return state;
    const policy = entityGet(state.autoSnapshotPolicies, task.id);
    // A stale timer (policy deleted or rescheduled) takes no snapshot: nothing to write for.
    if (!policy || policy.timerTask !== seq) return state;
    let current = state;
    for (const diskId of entityIdsByKey(state.disks, policyDisksKey(task.id))) {
      const days = (dueMs - (lastWrite.get(diskId) ?? startMs)) / DAY_MS;
      lastWrite.set(diskId, dueMs);
      current = rewriteLeadingBlocks(current, diskId, dailyChangeRate * days, `forecast-${dueMs}`);
    }
    return current;
  };
}
