// `Tag.N` and `ResourceGroupId` filter every Describe action that documents them in the same way:
// each tag given must be on the resource (a tag without a value matches any value), and the
// resource must be in the group given. One reader and one predicate, so the describes agree.

import type { EcsError } from '../shared/ecs-error.js';
import { type FieldValues, tags, text } from '../shared/fields.js';
import { DEFAULT_RESOURCE_GROUP_ID } from '../shared/resource-groups.js';
import { ok, type Result } from '../shared/result.js';
import { type Tag, type TagInput, tagsMatch, validateTags } from '../shared/tags.js';

/**
 * A describe request's `Tag.N` and `ResourceGroupId`, as read.
 *
 * @internal
 */
export type OwnershipInput = FieldValues<typeof OWNERSHIP_FIELDS>;

/**
 * A describe's `Tag.N` and `ResourceGroupId` filter fields, for its spec: the tags unchecked (see
 * {@link ownershipFilter}), the resource group asked for, if any.
 *
 * @internal
 */
export const OWNERSHIP_FIELDS = { tag: tags, resourceGroupId: text };

/**
 * What the filter looks at: a resource's tags and resource group (absent or `''`: the default
 * group, {@link DEFAULT_RESOURCE_GROUP_ID}).
 *
 * @internal
 */
export interface Owned {
  readonly tags: readonly Tag[];
  readonly resourceGroupId?: string | undefined;
}

/**
 * The predicate of a describe's `Tag.N` and `ResourceGroupId` filters.
 *
 * @param input - The filters as read.
 * @returns `undefined` when neither filters, the predicate otherwise, or the tag error
 *   (`InvalidTagKey.Malformed`, `InvalidTagValue.Malformed`, `Duplicate.TagKey`...).
 * @internal
 */
export function ownershipFilter(
  input: OwnershipInput,
): Result<((resource: Owned) => boolean) | undefined, EcsError> {
  const tags = validateTags(input.tag as TagInput[] | undefined);
  if (!tags.ok) return tags;
  const group = input.resourceGroupId === '' ? undefined : input.resourceGroupId;
  if (tags.value.length === 0 && group === undefined) return ok(undefined);
  return ok(
    (resource) =>
      (group === undefined || (resource.resourceGroupId || DEFAULT_RESOURCE_GROUP_ID) === group) &&
      tagsMatch(resource.tags, tags.value),
  );
}
