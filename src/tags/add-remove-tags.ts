import type { InputOf, Operation } from '../operations/operation.js';
import { fieldReader, fieldsOf, tags, text } from '../shared/fields.js';
import { ok } from '../shared/result.js';
import { type TagInput, validateTags } from '../shared/tags.js';
import { TAG_TARGET_FIELDS } from './tag-request.js';
import { tagResources } from './tag-resources.js';
import { untagResources } from './untag-resources.js';

/**
 * `AddTags` / `RemoveTags` parameters (the older, one-resource tag actions).
 *
 * @example
 * ```ts
 * const request: AddTagsRequest = { regionId: 'cn-hangzhou', resourceType: 'disk', resourceId: 'd-bp1...', tag: [{ key: 'env', value: 'prod' }] };
 * ```
 * @category Tags
 */
export interface AddTagsRequest {
  /** The region (required). */
  regionId?: string | undefined;
  /** The resource type (required). */
  resourceType?: string | undefined;
  /** The resource (required). */
  resourceId?: string | undefined;
  /** The tags (required to add; to remove, the keys to remove). */
  tag?: TagInput[] | undefined;
}

// The tags are read first; `AddTags` requires them once the rest is read.
const FIELDS = fieldsOf<AddTagsRequest>()(() => ({
  tag: tags,
  ...TAG_TARGET_FIELDS,
  resourceId: text.required(),
}));

type OneResourceInput = InputOf<typeof FIELDS>;

/**
 * `AddTags`: adds tags to one resource.
 *
 * @internal
 */
export const addTagsOp: Operation<OneResourceInput, Record<never, never>> = {
  action: 'AddTags',
  read: fieldReader(FIELDS, (values, p) => ({ ...values, tag: p.required('tag', values.tag) })),
  run(state, input) {
    const done = tagResources(state, { ...input, resourceIds: [input.resourceId] });
    return done.ok ? ok({ state: done.value, response: {} }) : done;
  },
};

/**
 * `RemoveTags`: removes the given tag keys from one resource (values are not compared); without
 * `tag`, every tag goes.
 *
 * @internal
 */
export const removeTagsOp: Operation<OneResourceInput, Record<never, never>> = {
  action: 'RemoveTags',
  read: fieldReader(FIELDS),
  run(state, input) {
    const given = validateTags(input.tag as TagInput[] | undefined);
    if (!given.ok) return given;
    const keys = given.value.map((t) => t.key);
    const done = untagResources(state, {
      ...input,
      resourceIds: [input.resourceId],
      keys,
      all: given.value.length === 0,
    });
    return done.ok ? ok({ state: done.value, response: {} }) : done;
  },
};
