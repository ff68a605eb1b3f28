import type { InputOf, Operation } from '../operations/operation.js';
import { ecsError } from '../shared/ecs-error.js';
import { fieldReader, fieldsOf, text } from '../shared/fields.js';
import { err, ok } from '../shared/result.js';

/**
 * `DescribeSnapshotsUsage` parameters (the SDK's `DescribeSnapshotsUsageRequest`).
 *
 * @example
 * ```ts
 * const request: DescribeSnapshotsUsageRequest = { regionId: 'cn-hangzhou' };
 * ```
 * @category Snapshots
 */
export interface DescribeSnapshotsUsageRequest {
  /** Region (required). */
  regionId?: string | undefined;
}

/**
 * `DescribeSnapshotsUsage` response body.
 *
 * @example
 * ```ts
 * ecs.describeSnapshotsUsage({ regionId: 'cn-hangzhou' }); //=> { requestId, snapshotCount: 2, snapshotSize: 1073741824 }
 * ```
 * @category Snapshots
 */
export interface DescribeSnapshotsUsageResponseBody {
  /** Live snapshots in the region. */
  snapshotCount: number;
  /** Bytes they occupy together (each distinct block version once). */
  snapshotSize: number;
}

const FIELDS = fieldsOf<DescribeSnapshotsUsageRequest>()(() => ({
  regionId: text.required(),
}));

type DescribeSnapshotsUsageInput = InputOf<typeof FIELDS>;

/**
 * `DescribeSnapshotsUsage`: how many snapshots a region holds and the bytes they occupy, read
 * from the usage kept incrementally by every snapshot change (O(1)).
 *
 * @internal
 */
export const describeSnapshotsUsageOp: Operation<
  DescribeSnapshotsUsageInput,
  DescribeSnapshotsUsageResponseBody
> = {
  action: 'DescribeSnapshotsUsage',
  read: fieldReader(FIELDS),
  run(state, input) {
    if (!state.world.regions.some((r) => r.regionId === input.regionId)) {
      return err(
        ecsError('InvalidParam.RegionId', `The specified region is not exist: ${input.regionId}.`),
      );
    }
    const usage = state.snapshotUsage[input.regionId];
    return ok({
      state,
      response: {
        snapshotCount: usage?.snapshotCount ?? 0,
        snapshotSize: (usage?.snapshotBlocks ?? 0) * state.world.blockSize,
      },
    });
  },
};
