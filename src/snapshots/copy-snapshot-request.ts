import type { InputOf } from '../operations/operation.js';
import { clientToken, fieldReader, fieldsOf, int, tags, text } from '../shared/fields.js';
import type { TagInput } from '../shared/tags.js';

/**
 * `CopySnapshot` parameters (the SDK's `CopySnapshotRequest` fields fake-ecs supports).
 * Encryption (`encrypted`, `KMSKeyId`), `resourceGroupId` and `arn` are not modelled and fail
 * with `UnsupportedParameter`.
 *
 * @example
 * ```ts
 * const request: CopySnapshotRequest = {
 *   regionId: 'cn-hangzhou', snapshotId: 's-bp1c0doj0taqyzzl0001',
 *   destinationRegionId: 'cn-shanghai', destinationSnapshotName: 'dr-copy',
 *   destinationSnapshotDescription: 'disaster recovery copy', retentionDays: 30,
 * };
 * ```
 * @category Snapshots
 */
export interface CopySnapshotRequest {
  /** The region of the source snapshot (required). */
  regionId?: string | undefined;
  /** The source snapshot (required): it must be `accomplished`. */
  snapshotId?: string | undefined;
  /** The region to copy to (required): another region of the world. */
  destinationRegionId?: string | undefined;
  /** The copy's name (required): 2-128 characters, starting with a letter; not `auto...` or `http(s)://...`. */
  destinationSnapshotName?: string | undefined;
  /** The copy's description (required): 2-256 characters, not starting with `http(s)://`. */
  destinationSnapshotDescription?: string | undefined;
  /** Days until the copy is released automatically, 1-65536; unset keeps it until deleted. */
  retentionDays?: number | undefined;
  /** Tags of the copy, up to 20. */
  tag?: TagInput[] | undefined;
  /** Idempotency token: a retry with the same parameters returns the same copy. */
  clientToken?: string | undefined;
}

/**
 * `CopySnapshot` response body: the copy's id, in the destination region.
 *
 * @example
 * ```ts
 * const body: CopySnapshotResponseBody = { snapshotId: 's-uf6bwf3c3tbqe3nw0001' };
 * ```
 * @category Snapshots
 */
export interface CopySnapshotResponseBody {
  /** The new snapshot (the copy) in the destination region. */
  snapshotId: string;
}

const FIELDS = fieldsOf<CopySnapshotRequest>()(() => ({
  regionId: text.required(),
  snapshotId: text.required(),
  destinationRegionId: text.required(),
  destinationSnapshotName: text.required(),
  destinationSnapshotDescription: text.required(),
  retentionDays: int(),
  tag: tags,
  clientToken,
}));

/** @internal */
export type CopySnapshotInput = InputOf<typeof FIELDS>;

/**
 * Reads a `CopySnapshot` request.
 *
 * @example
 * ```ts
 * readParams(request, readCopySnapshot);
 * ```
 * @internal
 */
export const readCopySnapshot = fieldReader(FIELDS);
