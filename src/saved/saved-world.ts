import { isRepresentable, millisOf } from '../clock/timestamp.js';
import type { Engine } from '../engine/engine.js';
import type { EcsEvent } from '../events/types.js';
import type { FaultsJson } from '../faults/fault-set.js';
import { movedChildOfKeys } from '../snapshots/lineage-children.js';
import { withCurrentSnapshotKeys } from '../snapshots/store.js';
import { type EcsState, initialState } from '../state/ecs-state.js';
import { damageOf } from './check-restored.js';
import { decodeGraph, encodeGraph, type SavedGraph } from './graph-codec.js';
import type { EcsExport, SavedEngine } from './types.js';

/**
 * Saves a world.
 *
 * @param engine - The engine.
 * @returns The saved world, plain JSON data.
 * @throws TypeError when a fault rule has a predicate, or a state part cannot be saved.
 * @internal
 */
export function exportWorld(engine: Engine): EcsExport {
  const faults = engine.faults.toJSON();
  return {
    format: 'fake-ecs',
    version: 1,
    state: encodeGraph(engine.state),
    engine: {
      requestCounter: engine.requestCounter,
      faults: JSON.parse(JSON.stringify(faults)) as FaultsJson,
      events: JSON.parse(JSON.stringify(engine.events.list())) as EcsEvent[],
    },
  };
}

/** A world read back from an {@link EcsExport}. */
export interface RestoredWorld {
  readonly state: EcsState;
  readonly requestCounter: number;
  readonly faults: FaultsJson;
  readonly events: readonly EcsEvent[];
}

function damaged(reason: string): never {
  throw new TypeError(`createEcs: option "from" is not a world saved by ecs.export() (${reason}).`);
}

const isWhole = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0;

function checkEngine(engine: unknown): SavedEngine {
  const e = engine as Partial<SavedEngine> | null;
  if (typeof e !== 'object' || e === null) damaged('"engine" is missing');
  if (!isWhole(e.requestCounter)) damaged('"engine.requestCounter" is not a whole number');
  if (!Array.isArray(e.events)) damaged('"engine.events" is not an array');
  const f = e.faults as Partial<FaultsJson> | undefined;
  if (
    typeof f !== 'object' ||
    f === null ||
    !isWhole(f.nextRule) ||
    !isWhole(f.draws) ||
    !Array.isArray(f.rules) ||
    !Array.isArray(f.armed)
  )
    damaged('"engine.faults" is malformed');
  return e as SavedEngine;
}

function restoreState(saved: SavedGraph): EcsState {
  let decoded: unknown;
  try {
    decoded = decodeGraph(saved);
  } catch (error) {
    return damaged(`its state is malformed: ${(error as Error).message}`);
  }
  const state = decoded as Partial<EcsState> | null;
  if (typeof state !== 'object' || state === null || state.version !== 1)
    return damaged('its state has no version 1');
  const now = state.clock?.now;
  if (typeof state.world !== 'object' || typeof state.ids?.seed !== 'number' || !now)
    return damaged('its state has no world, ids or clock');
  if (typeof now !== 'string' || !isRepresentable(millisOf(now as never)))
    return damaged('its clock is not a valid time');
  // Parts a later fake-ecs added start empty; parts this one does not know are refused.
  let base: EcsState;
  try {
    base = initialState(state.world, state.ids.seed, millisOf(now));
  } catch (error) {
    // A damaged world configuration (regions that are not a list...) breaks the default network.
    return damaged(`its world is not valid: ${(error as Error).message}`);
  }
  for (const key of Object.keys(state)) {
    if (!(key in base))
      throw new RangeError(
        `createEcs: option "from" holds the state part "${key}", which this fake-ecs does not know: it was saved by a newer version.`,
      );
  }
  const restored = Object.freeze({ ...base, ...state }) as EcsState;
  const damage = damageOf(restored, base);
  if (damage !== undefined) return damaged(`its state is inconsistent: ${damage}`);
  // An earlier fake-ecs's lineage edges were index keys; its retired keys are dropped.
  const moved = movedChildOfKeys(restored);
  const snapshots = withCurrentSnapshotKeys(moved.snapshots);
  const { lineageNodes, lineageChildren } = moved;
  const unchanged =
    snapshots === restored.snapshots &&
    lineageNodes === restored.lineageNodes &&
    lineageChildren === restored.lineageChildren;
  return unchanged
    ? restored
    : Object.freeze({ ...restored, snapshots, lineageNodes, lineageChildren });
}

/**
 * Validates and reads a saved world.
 *
 * @param from - The `from` option.
 * @returns The state and what the engine keeps beside it.
 * @throws TypeError when `from` is not a saved world; RangeError for another format version.
 * @internal
 */
export function readSavedWorld(from: unknown): RestoredWorld {
  const saved = from as Partial<EcsExport> | null;
  if (typeof saved !== 'object' || saved === null)
    throw new TypeError('createEcs: option "from" must be a world saved by ecs.export().');
  if (saved.format !== 'fake-ecs')
    damaged(`"format" is ${JSON.stringify(saved.format)}, not "fake-ecs"`);
  if (saved.version !== 1)
    throw new RangeError(
      `createEcs: option "from" has format version ${JSON.stringify(saved.version)}; this fake-ecs reads version 1.`,
    );
  const engine = checkEngine(saved.engine);
  if (typeof saved.state !== 'object' || saved.state === null) damaged('"state" is missing');
  return {
    state: restoreState(saved.state),
    requestCounter: engine.requestCounter,
    faults: engine.faults,
    events: engine.events,
  };
}
