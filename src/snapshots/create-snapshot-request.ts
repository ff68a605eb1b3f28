import type { InputOf } from '../operations/operation.js';
import {
  clientToken,
  fieldReader,
  fieldsOf,
  flag,
  int,
  oneOf,
  tags,
  text,
} from '../shared/fields.js';
import type { TagInput } from '../shared/tags.js';

/**
 * `CreateSnapshot` parameters (the SDK's `CreateSnapshotRequest` fields fake-ecs supports).
 *
 * @example
 * ```ts
 * const request: CreateSnapshotRequest = { diskId: 'd-bp1s5fnvk4gn2tws0001', snapshotName: 'before-upgrade', retentionDays: 7 };
 * ```
 * @category Snapshots
 */
export interface CreateSnapshotRequest {
  /** The disk (required): `In_use` on a Running or Stopped instance, or `Available` but once attached. */
  diskId?: string | undefined;
  /** 2-128 characters, starting with a letter; not `auto...` or `http(s)://...`. */
  snapshotName?: string | undefined;
  /** 2-256 characters. */
  description?: string | undefined;
  /** Days until automatic release, 1-65536; unset keeps the snapshot until it is deleted. */
  retentionDays?: number | undefined;
  /** Deprecated: `Standard` is accepted and changes nothing. */
  category?: string | undefined;
  /** Deprecated: ESSD-series snapshots are instantly available anyway; accepted, no effect. */
  instantAccess?: boolean | undefined;
  /** Deprecated: accepted, no effect. */
  instantAccessRetentionDays?: number | undefined;
  /** Tags, up to 20. */
  tag?: TagInput[] | undefined;
  /** Idempotency token: a retry with the same parameters returns the same snapshot. */
  clientToken?: string | undefined;
  /** The resource group, shown by `describeSnapshots`. */
  resourceGroupId?: string | undefined;
  /** Validate only (fake-ecs accepts it here although SDK 7.11.6's model lacks the field). */
  dryRun?: boolean | undefined;
}

/**
 * `CreateSnapshot` response body.
 *
 * @example
 * ```ts
 * const body: CreateSnapshotResponseBody = { snapshotId: 's-bp1c0doj0taqyzzl0001' };
 * ```
 * @category Snapshots
 */
export interface CreateSnapshotResponseBody {
  /** The new snapshot's id. */
  snapshotId: string;
}

const FIELDS = fieldsOf<CreateSnapshotRequest>()(() => ({
  category: oneOf(['Standard', 'standard']).discard(),
  instantAccess: flag.discard(),
  instantAccessRetentionDays: int({ min: 1, max: 65535 }).discard(),
  diskId: text.required(),
  snapshotName: text,
  description: text,
  retentionDays: int(),
  tag: tags,
  resourceGroupId: text,
  clientToken,
  dryRun: flag,
}));

/** @internal */
export type CreateSnapshotInput = InputOf<typeof FIELDS>;

/**
 * Reads a `CreateSnapshot` request.
 *
 * @internal
 */
export const readCreateSnapshot = fieldReader(FIELDS);
