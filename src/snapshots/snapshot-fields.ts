import { type EcsError, ecsError } from '../shared/ecs-error.js';
import { isValidDescription } from '../shared/names.js';
import { err, ok, type Result } from '../shared/result.js';

/**
 * The ECS rule for snapshot names: 2-128 characters, starting with a letter (any script), then
 * letters, digits, `:`, `_`, `.` or `-`; not starting with `http://`, `https://` or `auto` (the
 * prefix of automatic snapshots).
 *
 * @param name - The proposed name.
 * @returns `true` when ECS would accept it.
 * @internal
 */
export function isValidSnapshotName(name: string): boolean {
  return /^\p{L}[\p{L}\p{N}:_.-]{1,127}$/u.test(name) && !/^(https?:\/\/|auto)/i.test(name);
}

/**
 * Validates the name, description and retention a snapshot request carries.
 *
 * @param fields - What the request gave.
 * @returns Nothing, or the ECS error for the first bad field.
 * @internal
 */
export function validateSnapshotFields(fields: {
  readonly snapshotName?: string | undefined;
  readonly description?: string | undefined;
  readonly retentionDays?: number | undefined;
}): Result<void, EcsError> {
  if (fields.snapshotName !== undefined && !isValidSnapshotName(fields.snapshotName)) {
    return err(
      ecsError(
        'InvalidSnapshotName.Malformed',
        `The specified SnapshotName "${fields.snapshotName}" is wrongly formed: 2-128 characters, starting with a letter, not with "auto" or "http(s)://".`,
      ),
    );
  }
  if (fields.description !== undefined && !isValidDescription(fields.description)) {
    return err(
      ecsError(
        'InvalidDescription.Malformed',
        'The specified description is wrongly formed: 2-256 characters, not starting with "http(s)://".',
      ),
    );
  }
  const days = fields.retentionDays;
  if (days !== undefined && (!Number.isInteger(days) || days < 1 || days > 65536)) {
    return err(
      ecsError(
        'InvalidRetentionDays.Malformed',
        `The specified RetentionDays ${days} is not valid: 1 to 65536.`,
      ),
    );
  }
  return ok(undefined);
}
