// What the state's types cannot say and the operations rely on: whole numbers where they count or
// address (the id generator's position, a volume's extents, a policy's hours and weekdays), and
// a policy with at least one time point in a week. The shapes (check-shape.ts) came first: every
// field here has its declared type.

import { upcomingIdBodies } from '../shared/ids.js';
import { type HashTable, hashTableEntries } from '../shared/persistent/index.js';
import type { EcsState } from '../state/ecs-state.js';
import { isTable } from './check-persistent.js';
import { require } from './check-shape.js';

const isWhole = (n: number) => Number.isSafeInteger(n) && n >= 0;
const within = (list: readonly number[], from: number, to: number) =>
  list.length > 0 && list.every((n) => Number.isSafeInteger(n) && n >= from && n <= to);

/** How many of the generator's next ids are compared with the ids that exist. */
const LOOKAHEAD = 64;

/**
 * The id generator: whole numbers, and not moved back (its next ids would be ids that exist and
 * overwrite their entities). A position moved back by up to 64 draws, or to where ids still alive
 * were drawn, is found.
 */
function checkIds(state: EcsState) {
  const { seed, counter } = state.ids;
  require(isWhole(seed) && seed < 2 ** 32 && isWhole(counter), 'its id generator is malformed');
  const existing = new Set<string>();
  for (const part of Object.values(state))
    if (isTable(part))
      for (const { key } of hashTableEntries(part.rows as HashTable<unknown>))
        existing.add(key.slice(-18));
  for (const body of upcomingIdBodies(state.ids, LOOKAHEAD))
    require(!existing.has(body), 'its id generator would hand out ids that exist');
}

/** A policy's timer: retention in days, hours 0-23 and ISO weekdays 1-7, at least one of each. */
function checkPolicies(state: EcsState) {
  for (const { key, value: policy } of hashTableEntries(state.autoSnapshotPolicies.rows)) {
    require(Number.isSafeInteger(policy.retentionDays) &&
      within(policy.timePoints, 0, 23) &&
      within(policy.repeatWeekdays, 1, 7), `the automatic snapshot policy ${key} is malformed`);
  }
}

/** A volume's byte addresses: whole, its members listed. */
function checkVolumes(state: EcsState) {
  for (const { key, value: volume } of hashTableEntries(state.volumes.rows)) {
    require(isWhole(volume.size) &&
      (volume.stripeSize === null || (isWhole(volume.stripeSize) && volume.stripeSize > 0)) &&
      volume.extents.every((e) => isWhole(e.offset) && isWhole(e.size)) &&
      volume.diskIds.length > 0, `the volume ${key} is malformed`);
  }
}

/**
 * Throws a Damage for a state whose fields have their types but not the values the operations
 * rely on.
 *
 * @param state - A state whose shapes were checked.
 * @internal
 */
export function checkInvariants(state: EcsState): void {
  checkIds(state);
  checkPolicies(state);
  checkVolumes(state);
}
