import type { InputOf } from '../operations/operation.js';
import { text } from '../shared/fields.js';

/**
 * What every tag operation reads: `RegionId` and `ResourceType` (both required).
 *
 * @internal
 */
export const TAG_TARGET_FIELDS = { regionId: text.required(), resourceType: text.required() };

/**
 * The region and the resource type, as read.
 *
 * @internal
 */
export type TagTargetInput = InputOf<typeof TAG_TARGET_FIELDS>;

/** The most tags one resource can carry. */
export const MAX_TAGS_PER_RESOURCE = 20;
