import type { InputOf } from '../operations/operation.js';
import {
  clientToken,
  fieldReader,
  fieldsOf,
  flag,
  ids,
  int,
  tags,
  text,
} from '../shared/fields.js';
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

/** More than the 128 a group may hold, so that an overlong list answers `NumberExceed.TooManyDisks`. */
const LIST_CEILING = 10_000;

const FIELDS = fieldsOf<CreateSnapshotGroupRequest>()(() => ({
  instantAccess: flag.discard(),
  instantAccessRetentionDays: int({ min: 1, max: 65535 }).discard(),
  regionId: text.required(),
  instanceId: text,
  diskId: ids(LIST_CEILING),
  excludeDiskId: ids(LIST_CEILING),
  name: text,
  description: text,
  tag: tags,
  resourceGroupId: text,
  clientToken,
  dryRun: flag,
}));

/** @internal */
export type CreateSnapshotGroupInput = InputOf<typeof FIELDS>;

/**
 * Reads a `CreateSnapshotGroup` request.
 *
 * @example
 * ```ts
 * readParams({ regionId: 'cn-hangzhou', instanceId }, readCreateSnapshotGroup);
 * ```
 * @internal
 */
export const readCreateSnapshotGroup = fieldReader(FIELDS);
