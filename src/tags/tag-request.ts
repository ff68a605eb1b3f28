import type { CommonInput } from '../operations/operation.js';
import type { ParamReader } from '../shared/params.js';

/**
 * What every tag operation reads: the region and the resource type.
 *
 * @internal
 */
export interface TagTargetInput extends CommonInput {
  readonly regionId: string;
  readonly resourceType: string;
}

/**
 * Reads `RegionId` and `ResourceType` (both required).
 *
 * @param p - The reader.
 * @returns The target.
 * @internal
 */
export function readTagTarget(p: ParamReader): TagTargetInput {
  return {
    regionId: p.required('regionId', p.string('regionId')),
    resourceType: p.required('resourceType', p.string('resourceType')),
  };
}

/** The most tags one resource can carry. */
export const MAX_TAGS_PER_RESOURCE = 20;
