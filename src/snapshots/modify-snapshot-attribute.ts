import type { InputOf, Operation } from '../operations/operation.js';
import { type EcsError, ecsError } from '../shared/ecs-error.js';
import { fieldReader, fieldsOf, flag, int, text } from '../shared/fields.js';
import { isValidDescription } from '../shared/names.js';
import { err, ok, type Result } from '../shared/result.js';
import { commit } from '../state/commit.js';
import { validateSnapshotFields } from './snapshot-fields.js';
import { scheduleExpiry } from './snapshot-schedule.js';
import { findSnapshot, putSnapshot } from './store.js';
import type { Snapshot } from './types.js';

/**
 * `ModifySnapshotAttribute` parameters (the SDK's `ModifySnapshotAttributeRequest`).
 *
 * @example
 * ```ts
 * const request: ModifySnapshotAttributeRequest = { snapshotId: 's-bp1c0doj0taqyzzl0001', retentionDays: 30 };
 * ```
 * @category Snapshots
 */
export interface ModifySnapshotAttributeRequest {
  /** The snapshot (required). */
  snapshotId?: string | undefined;
  /** New name: 2-128 characters, starting with a letter; not `auto...` or `http(s)://...`. */
  snapshotName?: string | undefined;
  /** New description: empty, or 2-256 characters not starting with `http(s)://`. */
  description?: string | undefined;
  /** New retention, 1-65536 days counted from creation; it can only be extended. */
  retentionDays?: number | undefined;
  /** Deprecated: accepted, no effect (and not an attribute to modify on its own). */
  disableInstantAccess?: boolean | undefined;
}

const FIELDS = fieldsOf<ModifySnapshotAttributeRequest>()(() => ({
  disableInstantAccess: flag.discard(),
  snapshotId: text.required(),
  snapshotName: text,
  description: text,
  retentionDays: int(),
}));

type ModifySnapshotAttributeInput = InputOf<typeof FIELDS>;

function validate(input: ModifySnapshotAttributeInput): Result<void, EcsError> {
  const { snapshotName, description, retentionDays } = input;
  if (snapshotName === undefined && description === undefined && retentionDays === undefined) {
    return err(
      ecsError(
        'NoAttributeToModify',
        'No attribute to be modified in this request: give SnapshotName, Description or RetentionDays.',
      ),
    );
  }
  if (description !== undefined && description !== '' && !isValidDescription(description)) {
    return err(
      ecsError(
        'InvalidDescription.Malformed',
        'The specified description is wrongly formed: empty, or 2-256 characters not starting with "http(s)://".',
      ),
    );
  }
  return validateSnapshotFields({ snapshotName, retentionDays });
}

function requireLongerRetention(snapshot: Snapshot, days: number): Result<void, EcsError> {
  if (snapshot.retentionDays !== null && days >= snapshot.retentionDays) return ok(undefined);
  const current =
    snapshot.retentionDays === null ? 'kept until deleted' : `${snapshot.retentionDays} days`;
  return err(
    ecsError(
      'InvalidOperation.DecreaseRetentionDaysUnsupported',
      `The requested operation to decrease retention days for the snapshot is not supported: ${snapshot.snapshotId} is ${current}, ${days} days would shorten it.`,
    ),
  );
}

/**
 * `ModifySnapshotAttribute`: renames, re-describes or extends the retention of a snapshot. A longer
 * retention reschedules its release, still counted from its creation time.
 *
 * @internal
 */
export const modifySnapshotAttributeOp: Operation<
  ModifySnapshotAttributeInput,
  Record<never, never>
> = {
  action: 'ModifySnapshotAttribute',
  read: fieldReader(FIELDS),
  run(state, input, ctx) {
    const valid = validate(input);
    if (!valid.ok) return valid;
    const snapshot = findSnapshot(state, input.snapshotId);
    if (!snapshot) {
      return err(
        ecsError('InvalidSnapshotId.NotFound', 'The specified SnapshotId does not exist.'),
      );
    }
    const days = input.retentionDays;
    if (days !== undefined) {
      const longer = requireLongerRetention(snapshot, days);
      if (!longer.ok) return longer;
    }
    // A longer retention schedules a new release; the old task goes stale (expiryTask moves on).
    const expiry =
      days === undefined || days === snapshot.retentionDays
        ? undefined
        : scheduleExpiry(state.tasks, snapshot.snapshotId, snapshot.startedMs, days);
    const modified: Snapshot = {
      ...snapshot,
      snapshotName: input.snapshotName ?? snapshot.snapshotName,
      description: input.description ?? snapshot.description,
      retentionDays: days ?? snapshot.retentionDays,
      expiryTask: expiry ? expiry.expiryTask : snapshot.expiryTask,
      lastModifiedTime: ctx.now,
    };
    const next = commit(state, {
      snapshots: putSnapshot(state.snapshots, modified),
      tasks: expiry?.tasks ?? state.tasks,
    });
    return ok({ state: next, response: {} });
  },
};
