import { type EcsError, ecsError } from '../shared/ecs-error.js';
import { isValidDescription } from '../shared/names.js';
import { err, ok, type Result } from '../shared/result.js';

/**
 * The ECS rule for snapshot-consistent group names: 2-128 characters, starting with a letter (any
 * script), then letters, digits, `.`, `_`, `-` or `:`; not starting with `http://` or `https://`.
 *
 * @param name - The proposed name.
 * @returns `true` when ECS would accept it.
 * @example
 * ```ts
 * isValidGroupName('before-upgrade'); //=> true
 * isValidGroupName('1st'); //=> false
 * ```
 * @internal
 */
export function isValidGroupName(name: string): boolean {
  return /^\p{L}[\p{L}\p{N}._:-]{1,127}$/u.test(name) && !/^https?:\/\//i.test(name);
}

/**
 * Validates the name and description a group request carries.
 *
 * @param fields - What the request gave.
 * @returns Nothing, or `InvalidParameter.Name` / `InvalidParameter.Description`.
 * @example
 * ```ts
 * validateGroupFields({ name: 'x' }).ok; //=> false
 * ```
 * @internal
 */
export function validateGroupFields(fields: {
  readonly name?: string | undefined;
  readonly description?: string | undefined;
}): Result<void, EcsError> {
  if (fields.name !== undefined && !isValidGroupName(fields.name)) {
    return err(
      ecsError(
        'InvalidParameter.Name',
        `The specified Name "${fields.name}" is invalid: 2-128 characters, starting with a letter, not with "http(s)://".`,
      ),
    );
  }
  if (fields.description !== undefined && !isValidDescription(fields.description)) {
    return err(
      ecsError(
        'InvalidParameter.Description',
        'The specified Description is invalid: 2-256 characters, not starting with "http(s)://".',
      ),
    );
  }
  return ok(undefined);
}

/**
 * `InvalidSnapshotGroup.NotFound` for an id.
 *
 * @param snapshotGroupId - The unknown id.
 * @returns The error.
 * @example
 * ```ts
 * snapshotGroupNotFound('ssg-nope').code; //=> 'InvalidSnapshotGroup.NotFound'
 * ```
 * @internal
 */
export function snapshotGroupNotFound(
  snapshotGroupId: string,
): EcsError<'InvalidSnapshotGroup.NotFound'> {
  return ecsError(
    'InvalidSnapshotGroup.NotFound',
    `The SnapshotGroupId ${snapshotGroupId} provided does not exist in our records.`,
  );
}
