// THE SIMULATION TABLE: every simulation call of the facade (what real ECS does not have: guest
// I/O, volumes, block access, billing, performance, consistency), one row each, run by the engine
// through the same path as the ECS operations of ./table.ts (fault rules by the row's action, the
// request read once, call events, refusals). Kept apart from that table on purpose: the SDK-shaped
// client, the HTTP action map and the generated parameter list serve ECS operations only.
//
// Adding a simulation call: its `SimulationOperation` beside its rules, one row below (`group`
// for a call grouped under a facade member, as `billing.statement`), and its documented signature
// in its `*Api` interface, which the `Ecs` interface extends.

import { billingForecastSimulation, billingStatementSimulation } from '../billing/api.js';
import { diskPerformanceSimulation } from '../disks/disk-performance-api.js';
import { readDiskSimulation, writeDiskSimulation } from '../io/api.js';
import {
  getSnapshotBlockSimulation,
  listChangedBlocksSimulation,
  listSnapshotBlocksSimulation,
} from '../snapshots/block-access/api.js';
import {
  checkConsistencySimulation,
  createVolumeSimulation,
  describeVolumesSimulation,
  readVolumeSimulation,
  writeVolumeSimulation,
} from '../volumes/api.js';
import type { AnySimulation } from './operation.js';

/**
 * One simulation call of the facade.
 *
 * @internal
 */
export interface SimulationRow {
  /** The facade method. */
  readonly method: string;
  /** The facade member that groups it (`billing`), if any. */
  readonly group?: string;
  /** The call. */
  readonly op: AnySimulation;
}

/**
 * Every simulation call, in facade order.
 *
 * @internal
 */
export const SIMULATION_ROWS = [
  { method: 'writeDisk', op: writeDiskSimulation },
  { method: 'readDisk', op: readDiskSimulation },
  { method: 'diskPerformance', op: diskPerformanceSimulation },
  { method: 'listSnapshotBlocks', op: listSnapshotBlocksSimulation },
  { method: 'listChangedBlocks', op: listChangedBlocksSimulation },
  { method: 'getSnapshotBlock', op: getSnapshotBlockSimulation },
  { method: 'statement', group: 'billing', op: billingStatementSimulation },
  { method: 'forecast', group: 'billing', op: billingForecastSimulation },
  { method: 'createVolume', op: createVolumeSimulation },
  { method: 'writeVolume', op: writeVolumeSimulation },
  { method: 'readVolume', op: readVolumeSimulation },
  { method: 'describeVolumes', op: describeVolumesSimulation },
  { method: 'checkConsistency', op: checkConsistencySimulation },
] as const satisfies readonly SimulationRow[];
