import type { BillingApi } from '../billing/api.js';
import type { DiskPerformanceApi } from '../disks/disk-performance-api.js';
import type { Engine } from '../engine/engine.js';
import type { DiskIoApi } from '../io/api.js';
import { SIMULATION_ROWS, type SimulationRow } from '../operations/simulation-table.js';
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

type Row = (typeof SIMULATION_ROWS)[number];
/** Methods of the simulation interfaces without their row (or rows without their method). */
type Missing =
  | Exclude<Exclude<keyof SimulationApi, 'billing'>, Exclude<Row, { group: string }>['method']>
  | Exclude<keyof SimulationApi['billing'], Extract<Row, { group: 'billing' }>['method']>
  | Exclude<Row['method'], keyof SimulationApi | keyof SimulationApi['billing']>;
// A compile error here names a simulation method with no row, or a row with no documented method.
const rowsMatchApi: [Missing] extends [never] ? true : Missing = true;

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
  for (const { method, group, op } of SIMULATION_ROWS as readonly SimulationRow[]) {
    const call = (request: unknown) => engine.simulate(op, request);
    if (group === undefined) api[method] = call;
    else api[group] = { ...(api[group] as object | undefined), [method]: call };
  }
  // The rows match the interfaces' methods (rowsMatchApi above), each bound here.
  return rowsMatchApi && (api as unknown as SimulationApi);
}
