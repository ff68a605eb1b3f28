import { entityGet, entityPut } from '../shared/entity-table.js';
import {
  hashTableGet,
  orderedIndexAt,
  orderedIndexRank,
  orderedIndexSlice,
} from '../shared/persistent/index.js';
import type { EcsState } from '../state/ecs-state.js';
import { HOUR_MS, hourOf } from './hours.js';
import type { CapacityHour } from './types.js';

// Billing needs each region's snapshot capacity over time, hour by hour. Recording every change
// would grow without bound (a year of policies is ~150,000 creations and releases); one record
// per region and UTC hour in which the capacity changed is enough, and an hour without a record
// simply holds the value the last record ended with. A record is one persistent-table write, so
// a change costs O(log n) and a statement O(log n + hours).

function capacityKeys(hour: CapacityHour): readonly string[] {
  return [`region:${hour.regionId}`];
}

/**
 * Records that a region's snapshot capacity changed from `beforeBlocks` to `afterBlocks` at
 * `atMs`: the only writer of the capacity history (called where the usage itself changes).
 *
 * @param history - The capacity history.
 * @param regionId - The region.
 * @param atMs - The time of the change, epoch milliseconds.
 * @param beforeBlocks - The region's capacity just before, in blocks.
 * @param afterBlocks - The capacity just after.
 * @returns The new history.
 * @internal
 */
export function recordCapacity(
  history: EcsState['capacityHistory'],
  regionId: string,
  atMs: number,
  beforeBlocks: number,
  afterBlocks: number,
): EcsState['capacityHistory'] {
  const hour = hourOf(atMs);
  const id = `${regionId}@${hour}`;
  const current = entityGet(history, id);
  let heldPeakBlocks: number;
  if (current) {
    // The previous end value was held from its change until now: for a positive time only if
    // this change comes later.
    heldPeakBlocks =
      atMs > current.lastChangeMs
        ? Math.max(current.heldPeakBlocks, current.endBlocks)
        : current.heldPeakBlocks;
  } else {
    // The value before was held since the start of the hour, unless the change is right on it.
    heldPeakBlocks = atMs > hour * HOUR_MS ? beforeBlocks : 0;
  }
  const record: CapacityHour = {
    seq: hour,
    regionId,
    heldPeakBlocks,
    endBlocks: afterBlocks,
    lastChangeMs: atMs,
  };
  return entityPut(history, id, record, capacityKeys);
}

/**
 * A region's billed capacity for each hour of a range: the largest capacity present at any time
 * during the hour (part hours are whole hours), in blocks.
 *
 * @param history - The capacity history.
 * @param regionId - The region.
 * @param fromHour - The first hour (whole hours since the epoch).
 * @param toHour - The hour after the last one.
 * @returns One block count per hour, `toHour - fromHour` of them.
 * @internal
 */
export function hourlyPeakBlocks(
  history: EcsState['capacityHistory'],
  regionId: string,
  fromHour: number,
  toHour: number,
): number[] {
  const peaks: number[] = [];
  const index = hashTableGet(history.indexes, `region:${regionId}`);
  if (!index) return new Array<number>(toHour - fromHour).fill(0);
  const startRank = orderedIndexRank(index, fromHour);
  const previous = startRank > 0 ? orderedIndexAt(index, startRank - 1) : undefined;
  let carried = previous ? (entityGet(history, previous.value)?.endBlocks ?? 0) : 0;
  const inRange = orderedIndexSlice(index, startRank, toHour - fromHour);
  let next = 0;
  for (let hour = fromHour; hour < toHour; hour++) {
    const entry = inRange[next];
    const record = entry?.key === hour ? entityGet(history, entry.value) : undefined;
    if (record) {
      next++;
      peaks.push(Math.max(record.heldPeakBlocks, record.endBlocks));
      carried = record.endBlocks;
    } else {
      peaks.push(carried);
    }
  }
  return peaks;
}
