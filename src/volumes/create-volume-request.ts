import type { ParamReader } from '../shared/params.js';

/**
 * One partition of a partitioned volume's disk, in bytes.
 *
 * @example
 * ```ts
 * const partition: VolumePartitionSpec = { offset: 1 << 20, size: 4 * 2 ** 30 };
 * ```
 * @category Volumes
 */
export interface VolumePartitionSpec {
  /** Its first byte on the disk; default: where the previous partition ends (0 for the first). */
  offset?: number | undefined;
  /** Its length in bytes (> 0). */
  size: number;
}

/**
 * `ecs.createVolume` parameters (fake-ecs simulation): the guest of a `Running` instance builds
 * a volume from disks attached to it (`In_use`). A disk belongs to one volume at most.
 *
 * - `partitioned`: one disk cut into 1-128 partitions that must not overlap; the volume is the
 *   partitions concatenated in the order given.
 * - `spanned`: 2-32 distinct disks; concatenated in the order given, or striped in stripes of
 *   `stripeSize` bytes (a power of two from the world's block size to 1 GiB; each disk then
 *   contributes as much as the smallest one).
 *
 * @example
 * ```ts
 * const a: CreateVolumeRequest = { instanceId, kind: 'partitioned', diskId, partitions: [{ size: 2 ** 30 }, { size: 2 ** 30 }] };
 * const b: CreateVolumeRequest = { instanceId, kind: 'spanned', diskIds: [d1, d2, d3], stripeSize: 65536 };
 * ```
 * @category Volumes
 */
export type CreateVolumeRequest =
  | {
      /** The instance whose guest builds the volume; it must be `Running`. */
      instanceId: string;
      /** One disk cut into partitions. */
      kind: 'partitioned';
      /** The disk, `In_use` on that instance. */
      diskId: string;
      /** The partitions, in volume order. */
      partitions: readonly VolumePartitionSpec[];
    }
  | {
      /** The instance whose guest builds the volume; it must be `Running`. */
      instanceId: string;
      /** Several whole disks. */
      kind: 'spanned';
      /** The disks, `In_use` on that instance, in volume order. */
      diskIds: readonly string[];
      /** Stripe size in bytes: stripes the volume over the disks; absent: concatenated. */
      stripeSize?: number | undefined;
    };

/**
 * `ecs.createVolume` response: the new volume's id.
 *
 * @example
 * ```ts
 * const { volumeId } = ecs.createVolume(request); //=> { volumeId: 'vol-bp1...' }
 * ```
 * @category Volumes
 */
export interface CreateVolumeResponse {
  /** The volume id (`vol-` + 20 lowercase alphanumerics; fake-ecs's own). */
  volumeId: string;
}

/** @internal */
export interface CreateVolumeInput {
  readonly instanceId: string;
  readonly kind: 'partitioned' | 'spanned';
  readonly diskIds: readonly string[];
  readonly partitions: readonly { readonly offset: number | undefined; readonly size: number }[];
  readonly stripeSize: number | null;
}

/** The most partitions of one disk. */
const MAX_PARTITIONS = 128;
/** The most disks of one spanned volume. */
const MAX_SPANNED_DISKS = 32;

/**
 * Reads `createVolume`'s request: missing, malformed and unknown fields are refused here.
 *
 * @param p - The reader.
 * @returns The input.
 * @internal
 */
export function readCreateVolume(p: ParamReader): CreateVolumeInput {
  const instanceId = p.required('instanceId', p.string('instanceId'));
  const kind = p.required('kind', p.oneOf('kind', ['partitioned', 'spanned'] as const));
  if (kind === 'partitioned') {
    const diskId = p.required('diskId', p.string('diskId'));
    const partitions = p.required(
      'partitions',
      p.list(
        'partitions',
        (item) => ({
          offset: item.int('offset', { min: 0 }),
          size: item.required('size', item.int('size', { min: 1 })),
        }),
        MAX_PARTITIONS,
      ),
    );
    if (partitions.length === 0) p.reject('partitions', 'at least one partition is required');
    return { instanceId, kind, diskIds: [diskId], partitions, stripeSize: null };
  }
  const diskIds = p.required('diskIds', p.stringList('diskIds', MAX_SPANNED_DISKS));
  if (diskIds.length < 2) p.reject('diskIds', 'a spanned volume needs at least 2 disks');
  const seen = new Set<string>();
  for (const id of diskIds) {
    if (seen.has(id)) p.reject('diskIds', `disk ${id} is listed twice`);
    seen.add(id);
  }
  const stripeSize = p.int('stripeSize', { min: 1 }) ?? null;
  return { instanceId, kind, diskIds, partitions: [], stripeSize };
}
