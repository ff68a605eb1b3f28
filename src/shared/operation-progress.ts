import type { EcsError } from './ecs-error.js';

/**
 * The outcome of one item of a batch operation (`ResetDisks`, `DeleteSnapshotGroup`), shaped like
 * the SDK's `OperationProgressSet.OperationProgress`.
 *
 * @example
 * ```ts
 * const item: OperationProgress = {
 *   operationStatus: 'Success',
 *   relatedItemSet: { relatedItem: [{ name: 'DiskId', value: 'd-j6cf7l0ewidb78lq****' }] },
 * };
 * ```
 * @category World
 */
export interface OperationProgress {
  /** `Success`, or `Failed` with `errorCode` and `errorMsg`. */
  operationStatus: string;
  /** Why the item failed; empty on success. */
  errorCode: string;
  /** The message of `errorCode`; empty on success. */
  errorMsg: string;
  /** What the item is about. */
  relatedItemSet: {
    /** One entry, e.g. `{ name: 'DiskId', value }`. */
    relatedItem: {
      /** What the item is, e.g. `DiskId` or `SnapshotId`. */
      name: string;
      /** Its id. */
      value: string;
    }[];
  };
}

/**
 * One item's outcome: `Success`, or `Failed` with the error's code and message.
 *
 * @param name - What the item is (`DiskId`, `SnapshotId`).
 * @param value - Its id.
 * @param error - Why it failed, if it did.
 * @returns The progress item.
 * @internal
 */
export function operationProgress(
  name: string,
  value: string,
  error?: EcsError,
): OperationProgress {
  const relatedItemSet = { relatedItem: [{ name, value }] };
  return error
    ? {
        operationStatus: 'Failed',
        errorCode: error.code,
        errorMsg: error.description,
        relatedItemSet,
      }
    : { operationStatus: 'Success', errorCode: '', errorMsg: '', relatedItemSet };
}
