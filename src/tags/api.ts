import type { EmptyResponseBody } from '../instances/api.js';
import type { WithRequestId } from '../operations/operation.js';
import type { AddTagsRequest } from './add-remove-tags.js';
import type { DescribeTagsRequest, DescribeTagsResponseBody } from './describe-tags.js';
import type { JoinResourceGroupRequest } from './join-resource-group.js';
import type {
  ListTagResourcesRequest,
  ListTagResourcesResponseBody,
} from './list-tag-resources.js';
import type { TagResourcesRequest } from './tag-resources.js';
import type { UntagResourcesRequest } from './untag-resources.js';

/**
 * Tags and resource groups on every resource: instances, disks, snapshots, custom images,
 * automatic snapshot policies, key pairs and snapshot groups (`resourceType` `instance`, `disk`,
 * `snapshot`, `image`, `snapshotpolicy`, `keypair`, `snapshotgroup`).
 *
 * @example
 * ```ts
 * ecs.tagResources({ regionId: 'cn-hangzhou', resourceType: 'snapshot', resourceId: [snapshotId], tag: [{ key: 'env', value: 'prod' }] });
 * ```
 * @category Tags
 */
export interface TagApi {
  /**
   * Adds tags to 1-50 resources of one type, all or none (a key present takes the new value).
   *
   * @param request - `{ regionId, resourceType, resourceId: [...], tag: [...] }`.
   * @returns `{ requestId }`.
   * @throws EcsError `MissingParameter`, `InvalidRegionId.NotFound`, `InvalidResourceType.NotFound`,
   *   `InvalidResourceId.NotFound`, `InvalidTagCount`, tag errors.
   * @example
   * ```ts
   * ecs.tagResources({ regionId: 'cn-hangzhou', resourceType: 'disk', resourceId: [diskId], tag: [{ key: 'team', value: 'db' }] });
   * ```
   */
  tagResources(request: TagResourcesRequest): EmptyResponseBody;
  /**
   * Removes tags by key (or all of them) from 1-50 resources of one type.
   *
   * @param request - `{ regionId, resourceType, resourceId: [...], tagKey?: [...], all? }`.
   * @returns `{ requestId }`.
   * @throws EcsError `MissingParameter`, `InvalidRegionId.NotFound`, `InvalidResourceType.NotFound`,
   *   `InvalidResourceId.NotFound`.
   * @example
   * ```ts
   * ecs.untagResources({ regionId: 'cn-hangzhou', resourceType: 'disk', resourceId: [diskId], tagKey: ['team'] });
   * ```
   */
  untagResources(request: UntagResourcesRequest): EmptyResponseBody;
  /**
   * Lists resource-tag pairs of one type, 50 a page.
   *
   * @param request - `{ regionId, resourceType, resourceId?: [...], tag?: [...], nextToken? }`.
   * @returns `{ requestId, nextToken, tagResources: { tagResource } }`.
   * @throws EcsError `MissingParameter`, `InvalidRegionId.NotFound`, `InvalidResourceType.NotFound`,
   *   `InvalidParameter`, tag errors.
   * @example
   * ```ts
   * ecs.listTagResources({ regionId: 'cn-hangzhou', resourceType: 'disk', resourceId: [diskId] }).tagResources.tagResource;
   * ```
   */
  listTagResources(request: ListTagResourcesRequest): WithRequestId<ListTagResourcesResponseBody>;
  /**
   * Adds tags to one resource (the older action).
   *
   * @param request - `{ regionId, resourceType, resourceId, tag: [...] }`.
   * @returns `{ requestId }`.
   * @throws EcsError as `tagResources`.
   * @example
   * ```ts
   * ecs.addTags({ regionId: 'cn-hangzhou', resourceType: 'disk', resourceId: diskId, tag: [{ key: 'team', value: 'db' }] });
   * ```
   */
  addTags(request: AddTagsRequest): EmptyResponseBody;
  /**
   * Removes tags from one resource by key; without `tag`, all of them (the older action).
   *
   * @param request - `{ regionId, resourceType, resourceId, tag?: [...] }`.
   * @returns `{ requestId }`.
   * @throws EcsError as `untagResources`.
   * @example
   * ```ts
   * ecs.removeTags({ regionId: 'cn-hangzhou', resourceType: 'disk', resourceId: diskId, tag: [{ key: 'team' }] });
   * ```
   */
  removeTags(request: AddTagsRequest): EmptyResponseBody;
  /**
   * The distinct tags of a region with how many resources of each type carry each (the older
   * listing).
   *
   * @param request - `{ regionId, resourceType?, resourceId?, tag?, pageNumber?, pageSize? }`.
   * @returns `{ requestId, totalCount, pageNumber, pageSize, tags: { tag } }`.
   * @throws EcsError `MissingParameter`, `InvalidRegionId.NotFound`, `InvalidResourceType.NotFound`,
   *   `InvalidParameter`, tag errors.
   * @example
   * ```ts
   * ecs.describeTags({ regionId: 'cn-hangzhou' }).tags.tag;
   * ```
   */
  describeTags(request: DescribeTagsRequest): WithRequestId<DescribeTagsResponseBody>;
  /**
   * Moves one resource into a resource group.
   *
   * @param request - `{ regionId, resourceGroupId, resourceType, resourceId }`.
   * @returns `{ requestId }`.
   * @throws EcsError `MissingParameter`, `InvalidRegionId.NotFound`, `InvalidResourceType.NotFound`,
   *   `InvalidResourceGroup.NotFound`, `InvalidResourceId.NotFound`.
   * @example
   * ```ts
   * ecs.joinResourceGroup({ regionId: 'cn-hangzhou', resourceGroupId: 'rg-acfmteam0001', resourceType: 'disk', resourceId: diskId });
   * ```
   */
  joinResourceGroup(request: JoinResourceGroupRequest): EmptyResponseBody;
}
