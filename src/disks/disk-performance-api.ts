import type { Engine } from '../engine/engine.js';
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
 * Binds the disk performance simulation to an engine.
 *
 * @param engine - The engine.
 * @returns The methods.
 * @internal
 */
export function diskPerformanceApi(engine: Engine): DiskPerformanceApi {
  return {
    diskPerformance(diskId) {
      const result = diskPerformance(engine.state, diskId);
      if (!result.ok) return engine.refuse(result.error, 'DiskPerformance');
      return result.value;
    },
  };
}
