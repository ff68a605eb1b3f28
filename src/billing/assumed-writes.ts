import type { BlockFillWrite } from '../blocks/index.js';
import type { Disk } from '../disks/types.js';
import { requireGuestDisk } from '../io/guest-io.js';
import { writeDisk } from '../io/write-disk.js';
import { policyDisksKey } from '../policies/store.js';
import { entityGet, entityIdsByKey } from '../shared/entity-table.js';
import type { EcsState } from '../state/ecs-state.js';
import type { BeforeTask } from '../tasks/run-due-tasks.js';

const DAY_MS = 86_400_000;
const GIB = 1024 ** 3;

/**
 * The write a forecast assumes on one disk at one time point: the first `blocks` blocks, with a
 * fill named after the time point (`blocks` is 0 when nothing is written).
 *
 * @param disk - The disk's size and content.
 * @param blockSize - Bytes per block.
 * @param fraction - `dailyChangeRate` x the days since the disk's previous assumed write.
 * @param dueMs - The time point.
 * @returns The leading blocks rewritten, and the write.
 * @example
 * ```ts
 * assumedWrite({ size: 20, content }, 524288, 0.02, dueMs).blocks; //=> 2% of content.size
 * ```
 * @internal
 */
export function assumedWrite(
  disk: Pick<Disk, 'size' | 'content'>,
  blockSize: number,
  fraction: number,
  dueMs: number,
): { readonly blocks: number; readonly write: BlockFillWrite } {
  const diskBlocks = Math.floor((disk.size * GIB) / blockSize);
  const blocks = Math.min(Math.round(fraction * disk.content.size), diskBlocks);
  return { blocks, write: { offset: 0, length: blocks * blockSize, fill: `forecast-${dueMs}` } };
}

/**
 * The days since a disk's previous assumed write (or the forecast's start), remembered per disk.
 *
 * @param lastWrite - Each disk's previous assumed write, epoch ms; updated.
 * @param diskId - The disk.
 * @param startMs - The forecast's start.
 * @param dueMs - The time point.
 * @returns The days, a fraction for the first time point.
 * @example
 * ```ts
 * daysSinceWrite(new Map(), 'd-1', 0, 86_400_000); //=> 1
 * ```
 * @internal
 */
export function daysSinceWrite(
  lastWrite: Map<string, number>,
  diskId: string,
  startMs: number,
  dueMs: number,
): number {
  const days = (dueMs - (lastWrite.get(diskId) ?? startMs)) / DAY_MS;
  lastWrite.set(diskId, dueMs);
  return days;
}

/** Rewrites the first blocks of one disk, if its guest can write; the state unchanged otherwise. */
function rewriteLeadingBlocks(
  state: EcsState,
  diskId: string,
  fraction: number,
  dueMs: number,
): EcsState {
  const disk = requireGuestDisk(state, diskId);
  if (!disk.ok) return state;
  const { blocks, write } = assumedWrite(disk.value, state.world.blockSize, fraction, dueMs);
  if (blocks === 0) return state;
  const written = writeDisk(state, { diskId, ...write });
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
      const days = daysSinceWrite(lastWrite, diskId, startMs, dueMs);
      current = rewriteLeadingBlocks(current, diskId, dailyChangeRate * days, dueMs);
    }
    return current;
  };
}
