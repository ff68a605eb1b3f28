import type { Input, Operation } from '../operations/operation.js';
import { ecsError } from '../shared/ecs-error.js';
import { fieldReader, fieldsOf, ids, raw, tags, text } from '../shared/fields.js';
import { err, ok } from '../shared/result.js';
import { type TagInput, tagsMatch, validateTags } from '../shared/tags.js';
import { requireRegion } from '../world/regions.js';
import { TAG_TARGET_FIELDS } from './tag-request.js';
import { requireKind } from './taggable.js';

/**
 * `ListTagResources` parameters (the SDK's `ListTagResourcesRequest`).
 *
 * @example
 * ```ts
 * const request: ListTagResourcesRequest = { regionId: 'cn-hangzhou', resourceType: 'snapshot', resourceId: ['s-bp1...'] };
 * ```
 * @category Tags
 */
export interface ListTagResourcesRequest {
  /** The region (required). */
  regionId?: string | undefined;
  /** The resource type (required). */
  resourceType?: string | undefined;
  /** The resources (up to 50); `resourceId` or `tag` is required. */
  resourceId?: string[] | undefined;
  /** Tags the resources must have (up to 20). */
  tag?: TagInput[] | undefined;
  /** The token of the next page. */
  nextToken?: string | undefined;
  /** Fuzzy tag filters (`TagFilter.N`): accepted without effect. */
  tagFilter?: unknown[] | undefined;
}

/**
 * One resource-tag pair.
 *
 * @example
 * ```ts
 * const pair: TagResource = { resourceId: 's-bp1...', resourceType: 'snapshot', tagKey: 'env', tagValue: 'prod' };
 * ```
 * @category Tags
 */
export interface TagResource {
  /** The resource. */
  resourceId: string;
  /** Its type. */
  resourceType: string;
  /** The tag's key. */
  tagKey: string;
  /** The tag's value. */
  tagValue: string;
}

/**
 * `ListTagResources` response body: up to 50 pairs a page.
 *
 * @example
 * ```ts
 * const body: ListTagResourcesResponseBody = { nextToken: '', tagResources: { tagResource: [] } };
 * ```
 * @category Tags
 */
export interface ListTagResourcesResponseBody {
  /** The token of the next page; empty on the last. */
  nextToken: string;
  /** The pairs of this page. */
  tagResources: {
    /** The pairs. */
    tagResource: TagResource[];
  };
}

const FIELDS = fieldsOf<ListTagResourcesRequest>()(() => ({
  tagFilter: raw<unknown[]>().discard(),
  ...TAG_TARGET_FIELDS,
  resourceId: ids(50),
  tag: tags,
  nextToken: text,
}));

const read = fieldReader(FIELDS, ({ resourceId, ...rest }) => ({
  ...rest,
  resourceIds: resourceId,
}));

type ListTagResourcesInput = Input<ReturnType<typeof read>>;

const PAGE = 50;

/**
 * `ListTagResources`: the tags of resources, one row per resource and tag; unknown resources are
 * left out.
 *
 * @internal
 */
export const listTagResourcesOp: Operation<ListTagResourcesInput, ListTagResourcesResponseBody> = {
  action: 'ListTagResources',
  read,
  run(state, input) {
    const region = requireRegion(state.world, input.regionId);
    if (!region.ok) return region;
    const kind = requireKind(input.resourceType);
    if (!kind.ok) return kind;
    const filter = validateTags(input.tag as TagInput[] | undefined);
    if (!filter.ok) return filter;
    if (input.resourceIds === undefined && filter.value.length === 0)
      return err(
        ecsError('MissingParameter', 'The input parameter ResourceId.N or Tag.N is not supplied.'),
      );
    const start = input.nextToken ? Number.parseInt(input.nextToken, 36) : 0;
    if (!Number.isSafeInteger(start) || start < 0)
      return err(ecsError('InvalidParameter', 'The specified NextToken is not valid.'));
    const { kind: k, name } = kind.value;
    const resources =
      input.resourceIds === undefined
        ? k.all(state, input.regionId)
        : [...new Set(input.resourceIds)].flatMap((id) => k.get(state, input.regionId, id) ?? []);
    const rows = resources
      .filter((r) => tagsMatch(r.tags, filter.value))
      .flatMap((r) =>
        r.tags.map((t) => ({
          resourceId: k.idOf(r as never),
          resourceType: name,
          tagKey: t.key,
          tagValue: t.value,
        })),
      );
    const page = rows.slice(start, start + PAGE);
    const more = start + PAGE < rows.length;
    return ok({
      state,
      response: {
        nextToken: more ? (start + PAGE).toString(36) : '',
        tagResources: { tagResource: page },
      },
    });
  },
};
