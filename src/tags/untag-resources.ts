import type { Input, Operation } from '../operations/operation.js';
import { fieldReader, fieldsOf, flag, ids } from '../shared/fields.js';
import { ok } from '../shared/result.js';
import type { EcsState } from '../state/ecs-state.js';
import { requireRegion } from '../world/regions.js';
import { TAG_TARGET_FIELDS } from './tag-request.js';
import { requireKind, requireResources, type TaggableResource } from './taggable.js';

/**
 * `UntagResources` parameters (the SDK's `UntagResourcesRequest`).
 *
 * @example
 * ```ts
 * const request: UntagResourcesRequest = { regionId: 'cn-hangzhou', resourceType: 'snapshot', resourceId: ['s-bp1...'], tagKey: ['env'] };
 * ```
 * @category Tags
 */
export interface UntagResourcesRequest {
  /** The region (required). */
  regionId?: string | undefined;
  /** The resource type (required). */
  resourceType?: string | undefined;
  /** The resources (required): 1-50 ids. */
  resourceId?: string[] | undefined;
  /** The keys to remove (1-20); keys a resource lacks are ignored. */
  tagKey?: string[] | undefined;
  /** Remove every tag (only when `tagKey` is empty). */
  all?: boolean | undefined;
}

const FIELDS = fieldsOf<UntagResourcesRequest>()(() => ({
  ...TAG_TARGET_FIELDS,
  resourceId: ids(50).required(),
  tagKey: ids(20).default([]),
  all: flag.default(false),
}));

const read = fieldReader(FIELDS, ({ resourceId, tagKey, ...rest }) => ({
  ...rest,
  resourceIds: resourceId,
  keys: tagKey,
}));

type UntagInput = Input<ReturnType<typeof read>>;

/**
 * Removes tags by key from resources (`UntagResources`, `RemoveTags`), all or none.
 *
 * @param state - The state.
 * @param input - The target, ids and keys (`all`: every tag).
 * @returns The next state, or the first refusal.
 * @internal
 */
export function untagResources(state: EcsState, input: UntagInput) {
  const region = requireRegion(state.world, input.regionId);
  if (!region.ok) return region;
  const kind = requireKind(input.resourceType);
  if (!kind.ok) return kind;
  const resources = requireResources(state, kind.value.kind, input.regionId, input.resourceIds);
  if (!resources.ok) return resources;
  const removeAll = input.all && input.keys.length === 0;
  let next = state;
  for (const resource of resources.value) {
    const tags = removeAll ? [] : resource.tags.filter((t) => !input.keys.includes(t.key));
    if (tags.length !== resource.tags.length)
      next = kind.value.kind.put(next, { ...resource, tags } as TaggableResource);
  }
  return ok(next);
}

/**
 * `UntagResources`: removes tags by key from 1-50 resources of one type.
 *
 * @internal
 */
export const untagResourcesOp: Operation<UntagInput, Record<never, never>> = {
  action: 'UntagResources',
  read,
  run(state, input) {
    const done = untagResources(state, input);
    return done.ok ? ok({ state: done.value, response: {} }) : done;
  },
};
