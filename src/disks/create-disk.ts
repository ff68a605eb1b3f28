import { BlockMap, type BlockVersion } from '../blocks/index.js';
import type { Input, Operation } from '../operations/operation.js';
import { ecsError } from '../shared/ecs-error.js';
import { clientToken, fieldReader, fieldsOf, flag, int, tags, text } from '../shared/fields.js';
import { givenFields } from '../shared/given-fields.js';
import { IdAllocator } from '../shared/ids.js';
import { isValidDescription, isValidName } from '../shared/names.js';
import { err, ok } from '../shared/result.js';
import { type TagInput, validateTags } from '../shared/tags.js';
import { findSnapshot } from '../snapshots/store.js';
import { refreshUsage } from '../snapshots/usage.js';
import { commit } from '../state/commit.js';
import { requireRegion, requireZone } from '../world/regions.js';
import { resolveDiskSource } from './create-disk-from-snapshot.js';
import {
  type DiskSettings,
  ENCRYPTION_FIELDS,
  encryptionOf,
  inheritedEncryption,
  readEncryption,
} from './disk-settings.js';
import { enterDiskPath } from './enter-status.js';
import { newDisk } from './new-disk.js';
import { resolveDiskSpec } from './resolve-disk-spec.js';
import { putDisk } from './store.js';

/**
 * `CreateDisk` parameters (the SDK's `CreateDiskRequest` fields fake-ecs supports). Subscription
 * disks (`instanceId`) are not modelled. `encrypted`, `KMSKeyId` and `resourceGroupId` are stored
 * and shown by `describeDisks` (no data is actually encrypted).
 *
 * @example
 * ```ts
 * const request: CreateDiskRequest = {
 *   regionId: 'cn-hangzhou', zoneId: 'cn-hangzhou-h', diskCategory: 'cloud_essd', size: 100,
 *   diskName: 'data-01', tag: [{ key: 'env', value: 'test' }],
 * };
 * const restore: CreateDiskRequest = {
 *   regionId: 'cn-hangzhou', zoneId: 'cn-hangzhou-h', diskCategory: 'cloud_essd',
 *   snapshotId: 's-bp1c0doj0taqyzzl0001', // size: the snapshot's source disk size
 * };
 * ```
 * @category Disks
 */
export interface CreateDiskRequest {
  /** Region (required). */
  regionId?: string | undefined;
  /** Zone of the region (required: real ECS only infers it from a subscription `InstanceId`). */
  zoneId?: string | undefined;
  /**
   * A snapshot of the region to create the disk from (system- or data-disk snapshot; it must be
   * usable). The disk reads back the snapshot's content, keeps it as `sourceSnapshotId`, and loads
   * it lazily at first (slower, see `ecs.diskPerformance`).
   */
  snapshotId?: string | undefined;
  /**
   * Capacity in GiB, within the category's range, e.g. `cloud` 5-2,000, `cloud_essd` PL1
   * 20-65,536. Required without `snapshotId`; with one it defaults to the snapshot's source disk
   * size and may not be smaller (`InvalidDiskSize.TooSmall`).
   */
  size?: number | undefined;
  /** `cloud` (default), `cloud_efficiency`, `cloud_ssd`, `cloud_essd`, `cloud_auto` or `cloud_essd_entry`. */
  diskCategory?: string | undefined;
  /** ESSD performance level `PL0`-`PL3` (default `PL1`); `cloud_essd` only. */
  performanceLevel?: string | undefined;
  /** Name: 2-128 characters, starting with a letter. Default empty. */
  diskName?: string | undefined;
  /** Description: 2-256 characters, not starting with `http://` or `https://`. Default empty. */
  description?: string | undefined;
  /** Tags, up to 20. */
  tag?: TagInput[] | undefined;
  /** Validate only: a passing request fails with `DryRunOperation` (the SDK model has no such field; the wire does). */
  dryRun?: boolean | undefined;
  /** Idempotency token (ASCII, up to 64 characters): a retry with the same parameters returns the same disk. */
  clientToken?: string | undefined;
  /** The resource group, shown by `describeDisks`. */
  resourceGroupId?: string | undefined;
  /** Encrypted disk (shown only). Default: the source snapshot's encryption, else `false`. */
  encrypted?: boolean | undefined;
  /** The KMS key of an encrypted disk (a key alone means `encrypted: true`). */
  KMSKeyId?: string | undefined;
}

/**
 * `CreateDisk` response body. `orderId` is empty: fake-ecs disks are pay-as-you-go and real ECS
 * only fills it for subscription disks.
 *
 * @example
 * ```ts
 * const body: CreateDiskResponseBody = { diskId: 'd-bp1s5fnvk4gn2tws0001', orderId: '' };
 * ```
 * @category Disks
 */
export interface CreateDiskResponseBody {
  /** The new disk's id. */
  diskId: string;
  /** The order of a subscription disk: always empty (disks are pay-as-you-go). */
  orderId: string;
}

const FIELDS = fieldsOf<CreateDiskRequest>()(() => ({
  regionId: text.required(),
  zoneId: text.required(),
  snapshotId: text,
  size: int(),
  diskCategory: text,
  performanceLevel: text,
  diskName: text,
  description: text,
  tag: tags,
  resourceGroupId: text,
  ...ENCRYPTION_FIELDS,
  dryRun: flag,
  clientToken,
}));

const readCreateDisk = fieldReader(FIELDS, ({ resourceGroupId, KMSKeyId, encrypted, ...rest }) => ({
  ...rest,
  settings: {
    ...givenFields<DiskSettings>({ resourceGroupId }),
    ...encryptionOf({ KMSKeyId, encrypted }),
  },
}));

/** @internal */
export type CreateDiskInput = Input<ReturnType<typeof readCreateDisk>>;

/**
 * `CreateDisk`: creates a pay-as-you-go data disk, `Creating` for `timings.diskCreate` seconds,
 * then `Available`. It is portable, not released with any instance, and has never been attached.
 * From a snapshot, it shares the snapshot's block map (O(1)), starts a chain of its own, and
 * makes the snapshot's usage `disk` (or `image_disk`).
 *
 * @internal
 */
export const createDiskOp: Operation<CreateDiskInput, CreateDiskResponseBody> = {
  action: 'CreateDisk',
  stores: ['ResourceGroupId', 'Encrypted', 'KMSKeyId'],
  read: readCreateDisk,
  run(state, input, ctx) {
    const region = requireRegion(state.world, input.regionId);
    if (!region.ok) return region;
    const zone = requireZone(region.value, input.zoneId);
    if (!zone.ok) return zone;
    const source = resolveDiskSource(state, input, ctx.nowMs);
    if (!source.ok) return source;
    const spec = resolveDiskSpec(
      'CreateDisk',
      {
        category: input.diskCategory,
        performanceLevel: input.performanceLevel,
        size: source.value.size,
      },
      { category: 'cloud', size: undefined },
    );
    if (!spec.ok) return spec;
    if (input.diskName !== undefined && !isValidName(input.diskName))
      return err(
        ecsError(
          'InvalidDiskName.Malformed',
          `The specified disk name ${JSON.stringify(input.diskName)} is wrongly formed.`,
        ),
      );
    if (input.description !== undefined && !isValidDescription(input.description))
      return err(ecsError('InvalidDescription.Malformed'));
    const tags = validateTags(input.tag as TagInput[] | undefined);
    if (!tags.ok) return tags;
    const ids = new IdAllocator(state.ids);
    const diskId = ids.next('d-', input.regionId);
    const disk = newDisk({
      seq: state.disks.nextSeq,
      diskId,
      regionId: input.regionId,
      zoneId: zone.value,
      type: 'data',
      category: spec.value.category,
      performanceLevel: spec.value.performanceLevel,
      size: spec.value.size,
      diskName: input.diskName ?? '',
      description: input.description ?? '',
      tags: tags.value,
      deleteWithInstance: false,
      imageId: null,
      instanceId: null,
      device: null,
      now: ctx.now,
      content: BlockMap.empty<BlockVersion>(),
      ...source.value.fields,
      settings: {
        ...input.settings,
        ...inheritedEncryption(
          input.snapshotId === undefined ? undefined : findSnapshot(state, input.snapshotId),
          readEncryption(input.settings),
        ),
      },
    });
    const entered = enterDiskPath(disk, ['Creating', 'Available'], state.tasks, state.world, ctx);
    const disks = putDisk(state.disks, entered.disk);
    // A disk made from a snapshot makes that snapshot's usage `disk` (or `image_disk`).
    const snapshots = refreshUsage({ ...state, disks }, [disk.sourceSnapshotId]);
    const next = commit(state, { disks, snapshots, tasks: entered.tasks, ids: ids.position() });
    return ok({ state: next, response: { diskId, orderId: '' } });
  },
};
