import type { Timestamp } from '../clock/timestamp.js';
import type { Tag } from '../shared/tags.js';

/**
 * The status of a snapshot-consistent group, derived from its members: `progressing` while any
 * member is, else `failed` if any member failed, else `accomplished`.
 *
 * @example
 * ```ts
 * const status: SnapshotGroupStatus = 'progressing';
 * ```
 * @category Snapshot groups
 */
export type SnapshotGroupStatus = 'progressing' | 'accomplished' | 'failed';

/**
 * A snapshot-consistent group (an "instance snapshot") as the world stores it: its attributes and
 * the ids of its member snapshots, all taken at the same instant. Its status and progress are not
 * stored: they are read from the members on the virtual clock.
 *
 * @example
 * ```ts
 * ecs.state.snapshotGroups.rows; // snapshot-consistent groups by id
 * ```
 * @category Snapshot groups
 */
export interface SnapshotGroup {
  /** Creation order. */
  readonly seq: number;
  /** The group id (`ssg-` + 20 lowercase alphanumerics). */
  readonly snapshotGroupId: string;
  /** The region. */
  readonly regionId: string;
  /** The name (empty when none was given). */
  readonly name: string;
  /** The description (empty when none was given). */
  readonly description: string;
  /** The instance whose disks it holds: the one asked for, or the one all its disks share; else `null`. */
  readonly instanceId: string | null;
  /** When it was created: the instant every member captured its disk. */
  readonly creationTime: Timestamp;
  /** Its member snapshots, one per disk, in selection order (a member deleted on its own is skipped when listed). */
  readonly snapshotIds: readonly string[];
  /** Tags. */
  readonly tags: readonly Tag[];
  /** The resource group it joined (`JoinResourceGroup`); absent: the default group. */
  readonly resourceGroupId?: string | undefined;
}
