import { putDisk } from '../disks/store.js';
import { putSnapshotGroup } from '../groups/store.js';
import { putImage } from '../images/store.js';
import { putInstance } from '../instances/store.js';
import { keyPairKey, putKeyPair } from '../keypairs/store.js';
import { putPolicy } from '../policies/store.js';
import { type EcsError, ecsError } from '../shared/ecs-error.js';
import { type EntityTable, entityGet, entityIdsByKey } from '../shared/entity-table.js';
import { DEFAULT_RESOURCE_GROUP_ID } from '../shared/resource-groups.js';
import { err, ok, type Result } from '../shared/result.js';
import type { Tag } from '../shared/tags.js';
import { putSnapshot } from '../snapshots/store.js';
import { commit } from '../state/commit.js';
import type { EcsState } from '../state/ecs-state.js';

/**
 * What tags and resource groups see of a resource.
 *
 * @internal
 */
export interface TaggableResource {
  readonly regionId: string;
  readonly tags: readonly Tag[];
  readonly resourceGroupId?: string | undefined;
}

/** One kind of resource that takes tags: how to find it and how to store it changed. */
interface ResourceKind {
  /** The resource's id as the API names it (a key pair's name). */
  readonly idOf: (resource: never) => string;
  readonly get: (state: EcsState, regionId: string, id: string) => TaggableResource | undefined;
  readonly put: (state: EcsState, resource: TaggableResource) => EcsState;
  /** Every resource of the kind in a region, oldest first. */
  readonly all: (state: EcsState, regionId: string) => TaggableResource[];
}

function kind<E extends TaggableResource & { readonly seq: number }>(
  table: (state: EcsState) => EntityTable<E>,
  idOf: (resource: E) => string,
  keyOf: (regionId: string, id: string) => string,
  put: (state: EcsState, resource: E) => EcsState,
): ResourceKind {
  return {
    idOf: idOf as (resource: never) => string,
    get: (state, regionId, id) => {
      const found = entityGet(table(state), keyOf(regionId, id));
      return found && found.regionId === regionId ? found : undefined;
    },
    put: (state, resource) => put(state, resource as E),
    all: (state, regionId) =>
      entityIdsByKey(table(state), `region:${regionId}`).flatMap(
        (key) => entityGet(table(state), key) ?? [],
      ),
  };
}

const byId = (_regionId: string, id: string): string => id;

/**
 * The resource types tags and resource groups work on, by the lowercase name `TagResources`
 * takes (`AddTags` takes the same names).
 *
 * @internal
 */
export const TAGGABLE: Readonly<Record<string, ResourceKind>> = {
  instance: kind(
    (s) => s.instances,
    (i) => i.instanceId,
    byId,
    (s, i) => commit(s, { instances: putInstance(s.instances, i) }),
  ),
  disk: kind(
    (s) => s.disks,
    (d) => d.diskId,
    byId,
    (s, d) => commit(s, { disks: putDisk(s.disks, d) }),
  ),
  snapshot: kind(
    (s) => s.snapshots,
    (x) => x.snapshotId,
    byId,
    (s, x) => commit(s, { snapshots: putSnapshot(s.snapshots, x) }),
  ),
  image: kind(
    (s) => s.images,
    (m) => m.imageId,
    byId,
    (s, m) => commit(s, { images: putImage(s.images, m) }),
  ),
  snapshotpolicy: kind(
    (s) => s.autoSnapshotPolicies,
    (p) => p.autoSnapshotPolicyId,
    byId,
    (s, p) => commit(s, { autoSnapshotPolicies: putPolicy(s.autoSnapshotPolicies, p) }),
  ),
  keypair: kind(
    (s) => s.keyPairs,
    (k) => k.keyPairName,
    keyPairKey,
    (s, k) => commit(s, { keyPairs: putKeyPair(s.keyPairs, k) }),
  ),
  snapshotgroup: kind(
    (s) => s.snapshotGroups,
    (g) => g.snapshotGroupId,
    byId,
    (s, g) => commit(s, { snapshotGroups: putSnapshotGroup(s.snapshotGroups, g) }),
  ),
};

/**
 * The kind named by a request's `ResourceType` (case-insensitive, as ECS reads it).
 *
 * @param resourceType - The type given.
 * @returns The kind and its canonical name, or `InvalidResourceType.NotFound`.
 * @internal
 */
export function requireKind(
  resourceType: string,
): Result<{ name: string; kind: ResourceKind }, EcsError> {
  const name = resourceType.toLowerCase();
  const found = TAGGABLE[name];
  if (found) return ok({ name, kind: found });
  return err(
    ecsError(
      'InvalidResourceType.NotFound',
      `The specified ResourceType ${resourceType} is not valid; use one of ${Object.keys(TAGGABLE).join(', ')}.`,
    ),
  );
}

/**
 * The resources a request names, all of which must exist in its region.
 *
 * @param state - The state.
 * @param kindOf - The kind.
 * @param regionId - The region.
 * @param ids - The ids.
 * @returns The resources in request order, or `InvalidResourceId.NotFound` for the first unknown.
 * @internal
 */
export function requireResources(
  state: EcsState,
  kindOf: ResourceKind,
  regionId: string,
  ids: readonly string[],
): Result<TaggableResource[], EcsError> {
  const found: TaggableResource[] = [];
  for (const id of new Set(ids)) {
    const resource = kindOf.get(state, regionId, id);
    if (!resource)
      return err(
        ecsError(
          'InvalidResourceId.NotFound',
          `The specified ResourceIds are not found in our records: ${id} in ${regionId}.`,
        ),
      );
    found.push(resource);
  }
  return ok(found);
}

/**
 * The resource group a resource is in (the default one unless it joined another).
 *
 * @param resource - The resource.
 * @returns The group id.
 * @internal
 */
export function resourceGroupOf(resource: TaggableResource): string {
  return resource.resourceGroupId ?? DEFAULT_RESOURCE_GROUP_ID;
}
