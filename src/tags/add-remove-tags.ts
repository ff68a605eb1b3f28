import type { Operation } from '../operations/operation.js';
import { ok } from '../shared/result.js';
import { type TagInput, validateTags } from '../shared/tags.js';
import { readTagTarget, type TagTargetInput } from './tag-request.js';
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

interface OneResourceInput extends TagTargetInput {
  readonly resourceId: string;
  readonly tag: unknown;
}

function readOne(p: Parameters<typeof readTagTarget>[0], tagRequired: boolean): OneResourceInput {
  const tag = p.passThrough('tag');
  return {
    ...readTagTarget(p),
    resourceId: p.required('resourceId', p.string('resourceId')),
    tag: tagRequired ? p.required('tag', tag) : tag,
  };
}

/**
 * `AddTags`: adds tags to one resource.
 *
 * @internal
 */
export const addTagsOp: Operation<OneResourceInput, Record<never, never>> = {
  action: 'AddTags',
  read: (p) => readOne(p, true),
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
  read: (p) => readOne(p, false),
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
