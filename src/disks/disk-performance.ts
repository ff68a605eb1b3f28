import { millisOf } from '../clock/timestamp.js';
import { type EcsError, ecsError } from '../shared/ecs-error.js';
import { err, ok, type Result } from '../shared/result.js';
import type { EcsState } from '../state/ecs-state.js';
import { diskNotFound } from './errors.js';
import { baselinePerformance, type DiskPerformanceSpec } from './performance.js';
import { findDisk } from './store.js';
import type { Disk } from './types.js';

/**
 * `ecs.diskPerformance` result: what a disk sustains by its category, performance level and
 * size, and what it delivers right now.
 *
 * @example
 * ```ts
 * const perf: DiskPerformance = {
 *   baseline: { iops: 6800, throughputMBps: 170 },
 *   current: { iops: 6120, throughputMBps: 153 },
 *   degradation: 0.1,
 *   reasons: ['snapshot s-bp1c0doj0taqyzzl0001 in progress'],
 * };
 * ```
 * @category Disks
 */
export interface DiskPerformance {
  /** IOPS and MB/s from the category's published formula (see `docs/timings.md`). */
  baseline: DiskPerformanceSpec;
  /** IOPS and MB/s now: the baseline less the degradation, rounded down. */
  current: DiskPerformanceSpec;
  /** The fraction of the baseline lost now, 0 (none) to below 1. */
  degradation: number;
  /** Why the disk is degraded, one entry per cause; empty when it is not. */
  reasons: string[];
}

/** One thing that slows a disk down now: the fraction it takes away, and why. */
interface Slowdown {
  readonly fraction: number;
  readonly reason: string;
}

/** A cause of degradation: looks at a disk and reports a slowdown when it applies. */
type SlowdownCause = (state: EcsState, disk: Disk) => Slowdown | undefined;

/** A snapshot in progress costs the disk `timings.snapshotIoDegradation` ("up to 10%"). */
const snapshotInProgress: SlowdownCause = (state, disk) =>
  disk.progressingSnapshotId === null
    ? undefined
    : {
        fraction: state.world.timings.snapshotIoDegradation,
        reason: `snapshot ${disk.progressingSnapshotId} in progress`,
      };

/**
 * A disk created from a snapshot loads the snapshot's data lazily from its creation, at
 * `timings.lazyLoadThroughput`; until it has, it loses `timings.lazyLoadDegradation`.
 */
const lazyLoading: SlowdownCause = (state, disk) =>
  disk.lazyLoadedUntilMs === null || millisOf(state.clock.now) >= disk.lazyLoadedUntilMs
    ? undefined
    : {
        fraction: state.world.timings.lazyLoadDegradation,
        reason: `lazy loading from snapshot ${disk.sourceSnapshotId ?? ''}`,
      };

// Causes compose multiplicatively: each takes its fraction of what the others leave.
const CAUSES: readonly SlowdownCause[] = [snapshotInProgress, lazyLoading];

/** Rounds down, forgiving the float error of products such as 6800 × 0.9. */
function floorRate(value: number): number {
  return Math.floor(value + 1e-9);
}

function scaled(spec: DiskPerformanceSpec, factor: number): DiskPerformanceSpec {
  return {
    iops: floorRate(spec.iops * factor),
    throughputMBps: floorRate(spec.throughputMBps * factor),
  };
}

/**
 * A disk's baseline and current performance. The baseline follows the category's formula; a
 * snapshot in progress lowers the current values by the world's `snapshotIoDegradation`, lazy
 * loading from a snapshot by its `lazyLoadDegradation`.
 *
 * @param state - The state.
 * @param diskId - The disk.
 * @returns The performance, or `MissingParameter` / `InvalidDiskId.NotFound`.
 * @internal
 */
export function diskPerformance(
  state: EcsState,
  diskId: unknown,
): Result<DiskPerformance, EcsError> {
  if (diskId === undefined || diskId === null || diskId === '') {
    return err(
      ecsError(
        'MissingParameter',
        'The input parameter DiskId that is mandatory for processing this request is not supplied.',
      ),
    );
  }
  if (typeof diskId !== 'string')
    return err(
      ecsError(
        'InvalidParameter',
        'The specified parameter DiskId is not valid: expected a string.',
      ),
    );
  const disk = findDisk(state, diskId);
  if (!disk) return err(diskNotFound(diskId));
  const baseline = baselinePerformance(disk.category, disk.performanceLevel, disk.size);
  const slowdowns = CAUSES.flatMap((cause) => cause(state, disk) ?? []).filter(
    (s) => s.fraction > 0,
  );
  const remaining = slowdowns.reduce((left, s) => left * (1 - s.fraction), 1);
  return ok({
    baseline: { ...baseline },
    current: scaled(baseline, remaining),
    // 1 - 0.9 is 0.09999999999999998 in floats: report the fraction as configured.
    degradation: Math.round((1 - remaining) * 1e12) / 1e12,
    reasons: slowdowns.map((s) => s.reason),
  });
}
