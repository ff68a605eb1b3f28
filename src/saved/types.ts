import type { EcsEvent } from '../events/types.js';
import type { FaultsJson } from '../faults/fault-set.js';
import type { SavedGraph } from './graph-codec.js';

// The saved world's shape, apart from the code that writes and reads it: the options name it
// (`createEcs({ from })`) without importing the engine.

/**
 * What the engine keeps beside the state, saved with it.
 *
 * @example
 * ```ts
 * ecs.export().engine.requestCounter; //=> 12
 * ```
 * @category World
 */
export interface SavedEngine {
  /** How many request ids were handed out. */
  readonly requestCounter: number;
  /** Fault rules, their random stream's position and armed snapshot failures. */
  readonly faults: FaultsJson;
  /** The kept audit trail, as JSON (parameters and responses become plain data). */
  readonly events: readonly EcsEvent[];
}

/**
 * A saved world: `ecs.export()` makes it, `createEcs({ from })` continues it exactly (same ids,
 * request ids, times and injected failures as if it had never been saved). Plain JSON: write it to
 * a file with `JSON.stringify` and read it back with `JSON.parse`.
 *
 * @example
 * ```ts
 * const saved = ecs.export();
 * const copy = createEcs({ from: JSON.parse(JSON.stringify(saved)) });
 * ```
 * @category World
 */
export interface EcsExport {
  /** Always `'fake-ecs'`. */
  readonly format: 'fake-ecs';
  /** The format version: 1. */
  readonly version: 1;
  /** The whole state (`ecs.state`), structure-tagged. */
  readonly state: SavedGraph;
  /** Request ids, faults and events. */
  readonly engine: SavedEngine;
}
