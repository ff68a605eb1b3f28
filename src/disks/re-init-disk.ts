import { BlockMap, type BlockVersion } from '../blocks/index.js';
import { findImage } from '../images/store.js';
import type { InputOf, Operation } from '../operations/operation.js';
import { type EcsError, ecsError } from '../shared/ecs-error.js';
import { fieldReader, fieldsOf, flag, oneOf, text } from '../shared/fields.js';
import { err, ok, type Result } from '../shared/result.js';
import { rootSharing } from '../snapshots/lineage-roots.js';
import { findSnapshot } from '../snapshots/store.js';
import { commit } from '../state/commit.js';
import type { EcsState } from '../state/ecs-state.js';
import { PUBLIC_IMAGES } from '../world/catalog.js';
import { requireNoSnapshotInProgress } from './errors.js';
import { imageContent } from './new-disk.js';
import { replaceDiskContent, requireStoppedDisk } from './reset-disk-rules.js';
import type { Disk } from './types.js';

/**
 * `ReInitDisk` parameters (the SDK's `ReInitDiskRequest`): put a disk back to how it was created.
 *
 * @example
 * ```ts
 * const request: ReInitDiskRequest = { diskId: 'd-bp67acfmxazb4ph****' };
 * ```
 * @category Disks
 */
export interface ReInitDiskRequest {
  /** The disk (required): `In_use` on a `Stopped` instance. */
  diskId?: string | undefined;
  /**
   * Start the instance afterwards. Only `false` (the default) is supported: fake-ecs refuses
   * `true` with `UnsupportedParameter`; call `startInstance` once the disk is `In_use` again.
   */
  autoStartInstance?: boolean | undefined;
  /** A new login password for a system disk. Accepted; fake-ecs does not model credentials. */
  password?: string | undefined;
  /** An SSH key pair for a system disk. Accepted; fake-ecs does not model credentials. */
  keyPairName?: string | undefined;
  /** `Active` or `Deactive` (security center for a system disk). Accepted, no effect. */
  securityEnhancementStrategy?: string | undefined;
}

/**
 * `ReInitDisk` response body: only the request id.
 *
 * @example
 * ```ts
 * const body: WithRequestId<ReInitDiskResponseBody> = { requestId: '473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E' };
 * ```
 * @category Disks
 */
export type ReInitDiskResponseBody = Record<never, never>;

const FIELDS = fieldsOf<ReInitDiskRequest>()(() => ({
  password: text.discard(),
  keyPairName: text.discard(),
  securityEnhancementStrategy: oneOf(['Active', 'Deactive']).discard(),
  diskId: text.required(),
  autoStartInstance: flag.default(false),
}));

/** @internal */
export type ReInitDiskInput = InputOf<typeof FIELDS>;

/** The content a disk was created with, as far as the world still knows it. */
function initialContent(state: EcsState, disk: Disk): Result<BlockMap<BlockVersion>, EcsError> {
  if (disk.type === 'system') {
    const imageId = disk.imageId ?? '';
    const pub = PUBLIC_IMAGES.find((i) => i.imageId === imageId);
    if (pub) return ok(imageContent(pub.imageId, pub.usedBytes, state.world.blockSize));
    const image = findImage(state, imageId);
    const system = image?.diskDeviceMappings.find((m) => m.type === 'system');
    const snapshot = system?.snapshotId ? findSnapshot(state, system.snapshotId) : undefined;
    if (!snapshot) {
      return err(
        ecsError(
          'InvalidImageId.NotFound',
          `The specified ImageId does not exist: image ${imageId} of system disk ${disk.diskId} was deleted, so the disk cannot be re-initialized.`,
        ),
      );
    }
    return ok(snapshot.content);
  }
  if (!disk.sourceSnapshotId) return ok(BlockMap.empty<BlockVersion>());
  const source = findSnapshot(state, disk.sourceSnapshotId);
  if (!source) {
    return err(
      ecsError(
        'InvalidSourceSnapshot',
        `The snapshot which is used to create the specified disk has been deleted: ${disk.sourceSnapshotId} of disk ${disk.diskId}.`,
      ),
    );
  }
  return ok(source.content);
}

/**
 * `ReInitDisk`: a system disk goes back to its image (a public image's data, or a custom image's
 * system snapshot), a data disk to empty or to the snapshot it was created from. Like a rollback
 * the content changes at once and the disk is `ReIniting` for `timings.diskReInit` seconds. The
 * disk's next snapshot holds (and copies) only the blocks no snapshot of its chain already holds.
 *
 * @internal
 */
export const reInitDiskOp: Operation<ReInitDiskInput, ReInitDiskResponseBody> = {
  action: 'ReInitDisk',
  read: fieldReader(FIELDS),
  run(state, input, ctx) {
    if (input.autoStartInstance) {
      return err(
        ecsError(
          'UnsupportedParameter',
          'The parameter AutoStartInstance=true is not supported by fake-ecs; call StartInstance once the disk is In_use again.',
        ),
      );
    }
    const disk = requireStoppedDisk(state, input.diskId, 'ReInitDisk');
    if (!disk.ok) return disk;
    const idle = requireNoSnapshotInProgress(disk.value);
    if (!idle.ok) return idle;
    const content = initialContent(state, disk.value);
    if (!content.ok) return content;
    const parent = rootSharing(state, disk.value, content.value);
    const next = replaceDiskContent(state, disk.value, content.value, parent, ctx);
    return ok({
      state: commit(state, { disks: next.disks, tasks: next.tasks }),
      response: {},
    });
  },
};
