import type { CommonInput } from '../operations/operation.js';
import type { ParamReader } from '../shared/params.js';
import type { TagInput } from '../shared/tags.js';

/**
 * `CreateSnapshotGroup` parameters (the SDK's `CreateSnapshotGroupRequest` fields fake-ecs
 * supports). Give `instanceId` (its disks, minus `excludeDiskId`) or `diskId` (1-128 disks of one
 * zone; with `instanceId`, only disks of that instance).
 *
 * @example
 * ```ts
 * const request: CreateSnapshotGroupRequest = { regionId: 'cn-hangzhou', instanceId: 'i-bp67acfmxazb4p****', name: 'before-upgrade' };
 * ```
 * @category Snapshot groups
 */
export interface CreateSnapshotGroupRequest {
  /** Region (required). */
  regionId?: string | undefined;
  /** The instance whose disks the group holds (all of them unless `excludeDiskId` says otherwise). */
  instanceId?: string | undefined;
  /** The disks the group holds (`DiskId.N`, 1-128); not together with `excludeDiskId`. */
  diskId?: string[] | undefined;
  /** Disks of the instance to leave out (`ExcludeDiskId.N`); not together with `diskId`. */
  excludeDiskId?: string[] | undefined;
  /** 2-128 characters, starting with a letter; not `http(s)://...`. */
  name?: string | undefined;
  /** 2-256 characters. */
  description?: string | undefined;
  /** Deprecated: ESSD-series snapshots are instantly available anyway; accepted, no effect. */
  instantAccess?: boolean | undefined;
  /** Deprecated: accepted, no effect. */
  instantAccessRetentionDays?: number | undefined;
  /** The resource group, shown by the describe operation. */
  resourceGroupId?: string | undefined;
  /** Tags of the group, up to 20. */
  tag?: TagInput[] | undefined;
  /** Idempotency token: a retry with the same parameters returns the same group. */
  clientToken?: string | undefined;
  /** Validate only (fake-ecs accepts it here although the SDK's model lacks the field). */
  dryRun?: boolean | undefined;
}

/**
 * `CreateSnapshotGroup` response body.
 *
 * @example
 * ```ts
 * const body: CreateSnapshotGroupResponseBody = { snapshotGroupId: 'ssg-bp1c0doj0taqyzzl0001' };
 * ```
 * @category Snapshot groups
 */
export interface CreateSnapshotGroupResponseBody {
  /** The new group's id (`ssg-...`). */
  snapshotGroupId: string;
}

/** @internal */
export interface CreateSnapshotGroupInput extends CommonInput {
  readonly regionId: string;
  readonly instanceId: string | undefined;
  readonly diskIds: readonly string[] | undefined;
  readonly excludeDiskIds: readonly string[] | undefined;
  readonly name: string | undefined;
  readonly description: string | undefined;
  readonly tag: unknown;
  readonly resourceGroupId: string | undefined;
}

/** More than the 128 a group may hold, so that an overlong list answers `NumberExceed.TooManyDisks`. */
const LIST_CEILING = 10_000;

/**
 * Reads a `CreateSnapshotGroup` request.
 *
 * @param p - The reader.
 * @returns The typed input.
 * @example
 * ```ts
 * readParams({ regionId: 'cn-hangzhou', instanceId }, readCreateSnapshotGroup);
 * ```
 * @internal
 */
export function readCreateSnapshotGroup(p: ParamReader): CreateSnapshotGroupInput {
  p.bool('instantAccess');
  p.int('instantAccessRetentionDays', { min: 1, max: 65535 });
  return {
    regionId: p.required('regionId', p.string('regionId')),
    instanceId: p.string('instanceId'),
    diskIds: p.stringList('diskId', LIST_CEILING),
    excludeDiskIds: p.stringList('excludeDiskId', LIST_CEILING),
    name: p.string('name'),
    description: p.string('description'),
    tag: p.passThrough('tag'),
    resourceGroupId: p.string('resourceGroupId'),
    clientToken: p.clientToken(),
    dryRun: p.bool('dryRun'),
  };
}
