import type { CommonInput } from '../operations/operation.js';
import type { ParamReader } from '../shared/params.js';
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

/** @internal */
export interface CopySnapshotInput extends CommonInput {
  readonly regionId: string;
  readonly snapshotId: string;
  readonly destinationRegionId: string;
  readonly destinationSnapshotName: string;
  readonly destinationSnapshotDescription: string;
  readonly retentionDays: number | undefined;
  readonly tag: unknown;
}

/**
 * Reads a `CopySnapshot` request.
 *
 * @param p - The reader.
 * @returns The typed input.
 * @example
 * ```ts
 * readParams(request, readCopySnapshot);
 * ```
 * @internal
 */
export function readCopySnapshot(p: ParamReader): CopySnapshotInput {
  return {
    regionId: p.required('regionId', p.string('regionId')),
    snapshotId: p.required('snapshotId', p.string('snapshotId')),
    destinationRegionId: p.required('destinationRegionId', p.string('destinationRegionId')),
    destinationSnapshotName: p.required(
      'destinationSnapshotName',
      p.string('destinationSnapshotName'),
    ),
    destinationSnapshotDescription: p.required(
      'destinationSnapshotDescription',
      p.string('destinationSnapshotDescription'),
    ),
    retentionDays: p.int('retentionDays'),
    tag: p.passThrough('tag'),
    clientToken: p.clientToken(),
  };
}
