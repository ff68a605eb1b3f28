import type { Timestamp } from '../clock/timestamp.js';
import type { Tag } from '../shared/tags.js';

/**
 * An automatic snapshot policy as the world stores it: when it fires (UTC+8 hours and weekdays),
 * how long its snapshots live, and the timer of its next time point. The disks it applies to carry
 * its id (`Disk.autoSnapshotPolicyIds`); they are counted, not listed, here.
 *
 * @example
 * ```ts
 * ecs.state.autoSnapshotPolicies.rows; // policies by id
 * ```
 * @category Automatic snapshot policies
 */
export interface AutoSnapshotPolicy {
  /** Creation order. */
  readonly seq: number;
  /** The policy id (`sp-` + 20 lowercase alphanumerics). */
  readonly autoSnapshotPolicyId: string;
  /** The region. */
  readonly regionId: string;
  /** The name (empty when none was given). */
  readonly autoSnapshotPolicyName: string;
  /** Hours of the day, 0-23 in UTC+8, ascending. */
  readonly timePoints: readonly number[];
  /** Days of the week, 1-7 (1 = Monday, UTC+8), ascending. */
  readonly repeatWeekdays: readonly number[];
  /** Days its automatic snapshots are kept; `-1` keeps them until deleted. */
  readonly retentionDays: number;
  /** When it was created. */
  readonly creationTime: Timestamp;
  /** Tags. */
  readonly tags: readonly Tag[];
  /** The resource group it joined (`JoinResourceGroup`); absent: the default group. */
  readonly resourceGroupId?: string | undefined;
  /** Its next time point, epoch ms. */
  readonly nextRunMs: number;
  /** The scheduled task that fires it at `nextRunMs` (an older task is stale and does nothing). */
  readonly timerTask: number;
}
