import type { InputOf, Operation } from '../operations/operation.js';
import { fieldReader, fieldsOf, text } from '../shared/fields.js';
import { resolveResourceGroup } from '../shared/resource-groups.js';
import { ok } from '../shared/result.js';
import { requireRegion } from '../world/regions.js';
import { requireKind, requireResources, type TaggableResource } from './taggable.js';

/**
 * `JoinResourceGroup` parameters (the SDK's `JoinResourceGroupRequest`).
 *
 * @example
 * ```ts
 * const request: JoinResourceGroupRequest = { regionId: 'cn-hangzhou', resourceGroupId: 'rg-acfmteam0001', resourceType: 'snapshot', resourceId: 's-bp1...' };
 * ```
 * @category Tags
 */
export interface JoinResourceGroupRequest {
  /** The region (required). */
  regionId?: string | undefined;
  /** The group to join (required). */
  resourceGroupId?: string | undefined;
  /** The resource type (required). */
  resourceType?: string | undefined;
  /** The resource (required). */
  resourceId?: string | undefined;
}

const FIELDS = fieldsOf<JoinResourceGroupRequest>()(() => ({
  regionId: text.required(),
  resourceGroupId: text.required(),
  resourceType: text.required(),
  resourceId: text.required(),
}));

type JoinInput = InputOf<typeof FIELDS>;

/**
 * `JoinResourceGroup`: moves one resource into a resource group.
 *
 * @internal
 */
export const joinResourceGroupOp: Operation<JoinInput, Record<never, never>> = {
  action: 'JoinResourceGroup',
  read: fieldReader(FIELDS),
  run(state, input) {
    const region = requireRegion(state.world, input.regionId);
    if (!region.ok) return region;
    const kind = requireKind(input.resourceType);
    if (!kind.ok) return kind;
    const group = resolveResourceGroup(input.resourceGroupId);
    if (!group.ok) return group;
    const found = requireResources(state, kind.value.kind, input.regionId, [input.resourceId]);
    if (!found.ok) return found;
    const [resource] = found.value;
    if (!resource || resource.resourceGroupId === group.value) return ok({ state, response: {} });
    const moved = { ...resource, resourceGroupId: group.value } as TaggableResource;
    return ok({ state: kind.value.kind.put(state, moved), response: {} });
  },
};
