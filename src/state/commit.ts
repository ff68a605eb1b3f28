import { castDraft, type Draft, produce } from 'immer';
import type { EcsState } from './ecs-state.js';

/**
 * The parts of the state a transition may replace.
 *
 * @internal
 */
export type StateParts = Partial<Omit<EcsState, 'version' | 'world'>>;

const PART_KEYS = [
  'clock',
  'ids',
  'instances',
  'disks',
  'images',
  'snapshots',
  'snapshotLinks',
  'lineageNodes',
  'snapshotGroups',
  'autoSnapshotPolicies',
  'volumes',
  'snapshotUsage',
  'capacityHistory',
  'tasks',
  'idempotency',
] as const satisfies readonly (keyof StateParts)[];

/**
 * Applies a transition's new parts in one immer `produce`. The parts are persistent structures
 * built from the base state (never through drafts), so immer only swaps references.
 *
 * @param state - The base state.
 * @param parts - The replaced parts.
 * @returns The next state, frozen.
 * @internal
 */
export function commit(state: EcsState, parts: StateParts): EcsState {
  return produce(state, (d) => {
    const draft = d as Record<(typeof PART_KEYS)[number], Draft<unknown>>;
    for (const key of PART_KEYS) {
      const part = parts[key];
      if (part !== undefined) draft[key] = castDraft(part);
    }
  });
}
