import type { InputOf, Operation } from '../operations/operation.js';
import { fieldReader, fieldsOf, int, tags, text } from '../shared/fields.js';
import { ok } from '../shared/result.js';
import { type Tag, type TagInput, validateTags } from '../shared/tags.js';
import type { EcsState } from '../state/ecs-state.js';
import { requireRegion } from '../world/regions.js';
import { requireKind, TAGGABLE } from './taggable.js';

/**
 * `DescribeTags` parameters (the SDK's `DescribeTagsRequest`).
 *
 * @example
 * ```ts
 * const request: DescribeTagsRequest = { regionId: 'cn-hangzhou', resourceType: 'disk' };
 * ```
 * @category Tags
 */
export interface DescribeTagsRequest {
  /** The region (required). */
  regionId?: string | undefined;
  /** Only this resource type. */
  resourceType?: string | undefined;
  /** Only this resource (with `resourceType`). */
  resourceId?: string | undefined;
  /** Only these tags (a tag without a value matches any value). */
  tag?: TagInput[] | undefined;
  /** Accepted: `Custom` (the only category fake-ecs has). */
  category?: string | undefined;
  /** Page number, from 1. */
  pageNumber?: number | undefined;
  /** Page size, 1-100 (default 50). */
  pageSize?: number | undefined;
}

/**
 * How many resources of each type carry a tag (types fake-ecs does not model count 0).
 *
 * @example
 * ```ts
 * const counts: Partial<ResourceTypeCount> = { disk: 2, snapshot: 5 };
 * ```
 * @category Tags
 */
export interface ResourceTypeCount {
  /** Instances. */
  instance: number;
  /** Disks. */
  disk: number;
  /** Snapshots. */
  snapshot: number;
  /** Custom images. */
  image: number;
  /** Automatic snapshot policies. */
  snapshotPolicy: number;
  /** Key pairs. */
  keyPair: number;
  /** Security groups. */
  securitygroup: number;
  /** Elastic network interfaces. */
  eni: number;
  /** Dedicated hosts. */
  ddh: number;
  /** Launch templates. */
  launchTemplate: number;
  /** Reserved instances. */
  reservedInstance: number;
  /** Volumes. */
  volume: number;
}

/**
 * `DescribeTags` response body: one entry per distinct key and value.
 *
 * @example
 * ```ts
 * ecs.describeTags({ regionId: 'cn-hangzhou' }).tags.tag[0]?.resourceTypeCount.disk; //=> 1
 * ```
 * @category Tags
 */
export interface DescribeTagsResponseBody {
  /** How many distinct tags. */
  totalCount: number;
  /** The page number. */
  pageNumber: number;
  /** The page size. */
  pageSize: number;
  /** The tags of this page. */
  tags: {
    /** The tags. */
    tag: {
      /** The key. */
      tagKey: string;
      /** The value. */
      tagValue: string;
      /** How many resources of each type carry it. */
      resourceTypeCount: ResourceTypeCount;
    }[];
  };
}

/** Whether a tag is one the filter asks for (any tag when the filter is empty). */
function wanted(tag: Tag, filter: readonly Tag[]): boolean {
  return (
    filter.length === 0 ||
    filter.some((f) => f.key === tag.key && (f.value === '' || f.value === tag.value))
  );
}

/** The response's name of each taggable type's count. */
const COUNT_FIELD: Readonly<Record<string, keyof ResourceTypeCount>> = {
  instance: 'instance',
  disk: 'disk',
  snapshot: 'snapshot',
  image: 'image',
  snapshotpolicy: 'snapshotPolicy',
  keypair: 'keyPair',
};

function noCounts(): ResourceTypeCount {
  return {
    instance: 0,
    disk: 0,
    snapshot: 0,
    image: 0,
    snapshotPolicy: 0,
    keyPair: 0,
    securitygroup: 0,
    eni: 0,
    ddh: 0,
    launchTemplate: 0,
    reservedInstance: 0,
    volume: 0,
  };
}

/** One distinct tag and how many resources of each type carry it. */
interface TagCount {
  tagKey: string;
  tagValue: string;
  counts: ResourceTypeCount;
}

/** Counts the wanted tags of the region's resources of the given types, first seen first. */
function countTags(
  state: EcsState,
  input: DescribeTagsInput,
  types: readonly string[],
  filter: readonly Tag[],
): TagCount[] {
  const found = new Map<string, TagCount>();
  const add = (tag: Tag, field: keyof ResourceTypeCount | undefined) => {
    const key = JSON.stringify([tag.key, tag.value]);
    const entry = found.get(key) ?? { tagKey: tag.key, tagValue: tag.value, counts: noCounts() };
    if (field) entry.counts[field] += 1;
    found.set(key, entry);
  };
  for (const type of types) {
    const kind = TAGGABLE[type];
    if (!kind) continue;
    const resources = kind
      .all(state, input.regionId)
      .filter((r) => input.resourceId === undefined || kind.idOf(r as never) === input.resourceId);
    for (const resource of resources)
      for (const tag of resource.tags) if (wanted(tag, filter)) add(tag, COUNT_FIELD[type]);
  }
  return [...found.values()];
}

const FIELDS = fieldsOf<DescribeTagsRequest>()(() => ({
  category: text.discard(),
  regionId: text.required(),
  resourceType: text,
  resourceId: text,
  tag: tags,
  pageNumber: int({ min: 1 }).default(1),
  pageSize: int({ min: 1, max: 100 }).default(50),
}));

type DescribeTagsInput = InputOf<typeof FIELDS>;

/**
 * `DescribeTags` (the older listing): the distinct tags of the region's resources, with how many
 * resources of each type carry each.
 *
 * @internal
 */
export const describeTagsOp: Operation<DescribeTagsInput, DescribeTagsResponseBody> = {
  action: 'DescribeTags',
  read: fieldReader(FIELDS),
  run(state, input) {
    const region = requireRegion(state.world, input.regionId);
    if (!region.ok) return region;
    const filter = validateTags(input.tag as TagInput[] | undefined);
    if (!filter.ok) return filter;
    let types = Object.keys(TAGGABLE);
    if (input.resourceType !== undefined) {
      const kind = requireKind(input.resourceType);
      if (!kind.ok) return kind;
      types = [kind.value.name];
    }
    const all = countTags(state, input, types, filter.value);
    const start = (input.pageNumber - 1) * input.pageSize;
    return ok({
      state,
      response: {
        totalCount: all.length,
        pageNumber: input.pageNumber,
        pageSize: input.pageSize,
        tags: {
          tag: all.slice(start, start + input.pageSize).map((e) => ({
            tagKey: e.tagKey,
            tagValue: e.tagValue,
            resourceTypeCount: e.counts,
          })),
        },
      },
    });
  },
};
