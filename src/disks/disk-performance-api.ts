import type { SimulationOperation } from '../operations/operation.js';
import { answer } from '../operations/simulation-answer.js';
import { type DiskPerformance, diskPerformance } from './disk-performance.js';

/**
 * Disk performance as the guest sees it: a simulation control real ECS does not have.
 *
 * @example
 * ```ts
 * ecs.createSnapshot({ diskId });
 * ecs.diskPerformance(diskId).reasons; //=> ['snapshot s-... in progress']
 * ```
 * @category Simulation
 */
export interface DiskPerformanceApi {
  /**
   * A disk's baseline IOPS and throughput (by category, performance level and size) and what it
   * delivers now: while the disk has a snapshot in progress, `timings.snapshotIoDegradation`
   * less (10% by default).
   *
   * @param diskId - The disk.
   * @returns `{ baseline, current, degradation, reasons }`.
   * @throws EcsError `MissingParameter`, `InvalidParameter`, `InvalidDiskId.NotFound`.
   * @example
   * ```ts
   * ecs.diskPerformance(diskId);
   * //=> { baseline: { iops: 6800, throughputMBps: 170 }, current: { iops: 6800, throughputMBps: 170 }, degradation: 0, reasons: [] }
   * ```
   */
  diskPerformance(diskId: string): DiskPerformance;
}

/**
 * `ecs.diskPerformance`, as the engine runs it (its request is the disk id).
 *
 * @internal
 */
export const diskPerformanceSimulation: SimulationOperation<string, DiskPerformance> = {
  action: 'DiskPerformance',
  run: (state, diskId) => answer(state, diskPerformance(state, diskId)),
};
