import type { Input, Operation } from '../operations/operation.js';
import { ecsError } from '../shared/ecs-error.js';
import { fieldReader, fieldsOf, ids, tags } from '../shared/fields.js';
import { err, ok } from '../shared/result.js';
import { type Tag, type TagInput, validateTags } from '../shared/tags.js';
import type { EcsState } from '../state/ecs-state.js';
import { requireRegion } from '../world/regions.js';
import { MAX_TAGS_PER_RESOURCE, TAG_TARGET_FIELDS } from './tag-request.js';
import { requireKind, requireResources, type TaggableResource } from './taggable.js';

/**
 * `TagResources` parameters (the SDK's `TagResourcesRequest`); `AddTags` takes one `resourceId`.
 *
 * @example
 * ```ts
 * const request: TagResourcesRequest = { regionId: 'cn-hangzhou', resourceType: 'snapshot', resourceId: ['s-bp1...'], tag: [{ key: 'env', value: 'prod' }] };
 * ```
 * @category Tags
 */
export interface TagResourcesRequest {
  /** The region (required). */
  regionId?: string | undefined;
  /** `instance`, `disk`, `snapshot`, `image`, `snapshotpolicy`, `keypair` or `snapshotgroup` (required). */
  resourceType?: string | undefined;
  /** The resources (required): 1-50 ids (a key pair's name for `keypair`). */
  resourceId?: string[] | undefined;
  /** The tags (required): 1-20; a key already present takes the new value. */
  tag?: TagInput[] | undefined;
}

const FIELDS = fieldsOf<TagResourcesRequest>()(() => ({
  ...TAG_TARGET_FIELDS,
  resourceId: ids(50).required(),
  tag: tags.required(),
}));

const read = fieldReader(FIELDS, ({ resourceId, ...rest }) => ({
  ...rest,
  resourceIds: resourceId,
}));

type TagResourcesInput = Input<ReturnType<typeof read>>;

/** A resource's tags with new ones set (an existing key takes the new value, keeping its place). */
export function withTags(current: readonly Tag[], added: readonly Tag[]): Tag[] {
  const next = current.map((t) => added.find((a) => a.key === t.key) ?? t);
  for (const tag of added) if (!current.some((t) => t.key === tag.key)) next.push(tag);
  return next;
}

/**
 * Sets tags on resources, all or none (`TagResources`, `AddTags`).
 *
 * @param state - The state.
 * @param input - The target, ids and tags.
 * @returns The next state, or the first refusal.
 * @internal
 */
export function tagResources(state: EcsState, input: TagResourcesInput) {
  const region = requireRegion(state.world, input.regionId);
  if (!region.ok) return region;
  const kind = requireKind(input.resourceType);
  if (!kind.ok) return kind;
  const tags = validateTags(input.tag as TagInput[] | undefined);
  if (!tags.ok) return tags;
  if (tags.value.length === 0)
    return err(ecsError('MissingParameter', 'The input parameter Tag.1.Key is not supplied.'));
  const resources = requireResources(state, kind.value.kind, input.regionId, input.resourceIds);
  if (!resources.ok) return resources;
  let next = state;
  for (const resource of resources.value) {
    const merged = withTags(resource.tags, tags.value);
    if (merged.length > MAX_TAGS_PER_RESOURCE)
      return err(
        ecsError(
          'InvalidTagCount',
          `The specified tags are beyond the permitted range: a resource carries at most ${MAX_TAGS_PER_RESOURCE} tags.`,
        ),
      );
    next = kind.value.kind.put(next, { ...resource, tags: merged } as TaggableResource);
  }
  return ok(next);
}

/**
 * `TagResources`: adds tags to 1-50 resources of one type (all or none).
 *
 * @internal
 */
export const tagResourcesOp: Operation<TagResourcesInput, Record<never, never>> = {
  action: 'TagResources',
  read,
  run(state, input) {
    const tagged = tagResources(state, input);
    return tagged.ok ? ok({ state: tagged.value, response: {} }) : tagged;
  },
};
