import { castDraft, produce } from 'immer';
import type { EcsState } from './ecs-state.js';

/**
 * The parts of the state a transition may replace.
 *
 * @internal
 */
export type StateParts = Partial<Omit<EcsState, 'version' | 'world'>>;

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
    if (parts.clock) d.clock = castDraft(parts.clock);
    if (parts.ids) d.ids = castDraft(parts.ids);
    if (parts.instances) d.instances = castDraft(parts.instances);
    if (parts.disks) d.disks = castDraft(parts.disks);
    if (parts.tasks) d.tasks = castDraft(parts.tasks);
    if (parts.idempotency) d.idempotency = castDraft(parts.idempotency);
  });
}
