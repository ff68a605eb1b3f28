import type { BillingApi } from '../billing/api.js';
import type { DiskPerformanceApi } from '../disks/disk-performance-api.js';
import type { Engine } from '../engine/engine.js';
import type { DiskIoApi } from '../io/api.js';
import { SIMULATION_ROWS } from '../operations/simulation-table.js';
import type { BlockAccessApi } from '../snapshots/block-access/api.js';
import type { VolumeApi } from '../volumes/api.js';

/**
 * The simulation calls of the facade (documented by their `*Api` interfaces).
 *
 * @internal
 */
export type SimulationApi = DiskIoApi &
  DiskPerformanceApi &
  BlockAccessApi &
  BillingApi &
  VolumeApi;

/**
 * The simulation half of the facade, derived from the simulation table: one method per row (in
 * its group, for `billing`), each running its call through the engine's one pipeline.
 *
 * @param engine - The facade's engine.
 * @returns The methods.
 * @internal
 */
export function bindSimulations(engine: Engine): SimulationApi {
  const api: Record<string, unknown> = {};
  for (const { method, group, op } of SIMULATION_ROWS) {
    const call = (request: unknown) => engine.simulate(op, request);
    if (group === undefined) api[method] = call;
    else api[group] = { ...(api[group] as object | undefined), [method]: call };
  }
  // test/engine/simulation-pipeline.test.ts checks every row is bound; tests of each call use it.
  return api as unknown as SimulationApi;
}
