// The preamble the network and instance describes share: the region must exist, `Tag.N` and
// `ResourceGroupId` must be well formed, and the filters an index answers become index keys.

import type { EcsError } from '../shared/ecs-error.js';
import { ok, type Result } from '../shared/result.js';
import type { EcsState } from '../state/ecs-state.js';
import { requireRegion } from '../world/regions.js';
import { type Owned, type OwnershipInput, ownershipFilter } from './ownership-filter.js';

/**
 * What a describe lists from: its index keys (the region's first) and its ownership predicate.
 *
 * @internal
 */
export interface DescribeScope {
  /** `region:<id>`, then `<name>:<value>` for each indexed filter given. */
  readonly keys: readonly string[];
  /** The `Tag.N`/`ResourceGroupId` predicate, `undefined` when neither filters. */
  readonly ownedBy: ((resource: Owned) => boolean) | undefined;
}

/**
 * Checks a describe's region and ownership filters and names its index keys.
 *
 * @param state - The state.
 * @param input - The region and the ownership filters, as read.
 * @param indexed - Index key names and the filter values for them (absent or empty: no key),
 *   e.g. `{ vpc: input.vpcId, zone: input.zoneId }`.
 * @returns The scope, or `InvalidRegionId.NotFound` / the tag error.
 * @internal
 */
export function describeScope(
  state: EcsState,
  input: OwnershipInput & { readonly regionId: string },
  indexed: Readonly<Record<string, string | undefined>> = {},
): Result<DescribeScope, EcsError> {
  const region = requireRegion(state.world, input.regionId);
  if (!region.ok) return region;
  const owned = ownershipFilter(input);
  if (!owned.ok) return owned;
  const keys = [`region:${input.regionId}`];
  for (const [name, value] of Object.entries(indexed)) if (value) keys.push(`${name}:${value}`);
  return ok({ keys, ownedBy: owned.value });
}
