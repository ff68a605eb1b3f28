import type { EcsError } from '../shared/ecs-error.js';
import { entityGet, entityIdsByKey } from '../shared/entity-table.js';
import { readParams } from '../shared/params.js';
import { hashTableValues } from '../shared/persistent/index.js';
import { ok, type Result } from '../shared/result.js';
import type { EcsState } from '../state/ecs-state.js';
import type { Volume, VolumeConsistency, VolumeExtent, VolumeKind } from './types.js';

/**
 * `ecs.describeVolumes` parameters: every volume, or those of one instance.
 *
 * @example
 * ```ts
 * const request: DescribeVolumesRequest = { instanceId: 'i-bp1...' };
 * ```
 * @category Volumes
 */
export interface DescribeVolumesRequest {
  /** Only the volumes this instance's guest built. */
  instanceId?: string | undefined;
}

/**
 * One volume as `ecs.describeVolumes` lists it.
 *
 * @example
 * ```ts
 * ecs.describeVolumes().volumes[0]; //=> { volumeId: 'vol-bp1...', kind: 'spanned', size: 64424509440, consistency: 'consistent', ... }
 * ```
 * @category Volumes
 */
export interface VolumeView {
  /** The volume id. */
  volumeId: string;
  /** The instance whose guest built it. */
  instanceId: string;
  /** `partitioned` or `spanned`. */
  kind: VolumeKind;
  /** Its member disks, in volume order. */
  diskIds: string[];
  /** Its capacity in bytes. */
  size: number;
  /** `consistent`, or `unsure` after a rollback judged unsure. */
  consistency: VolumeConsistency;
  /** Stripe size in bytes, or `null` when concatenated (and for partitioned volumes). */
  stripeSize: number | null;
  /** Its extents in volume order: partitions, or whole disks. */
  extents: VolumeExtent[];
  /** When it was created. */
  creationTime: string;
}

/**
 * `ecs.describeVolumes` result.
 *
 * @example
 * ```ts
 * ecs.describeVolumes().volumes.length; //=> 1
 * ```
 * @category Volumes
 */
export interface DescribeVolumesResponse {
  /** The volumes, in creation order. */
  volumes: VolumeView[];
}

function view(volume: Volume): VolumeView {
  return {
    volumeId: volume.volumeId,
    instanceId: volume.instanceId,
    kind: volume.kind,
    diskIds: [...volume.diskIds],
    size: volume.size,
    consistency: volume.consistency,
    stripeSize: volume.stripeSize,
    extents: volume.extents.map((e) => ({ ...e })),
    creationTime: volume.creationTime,
  };
}

/**
 * Lists the guest volumes, in creation order.
 *
 * @param state - The state.
 * @param request - An optional instance filter.
 * @returns The volumes, or `InvalidParameter` / `UnsupportedParameter` for a malformed request.
 * @internal
 */
export function describeVolumes(
  state: EcsState,
  request: unknown,
): Result<DescribeVolumesResponse, EcsError> {
  const read = readParams(request, (p) => ({ instanceId: p.string('instanceId') }));
  if (!read.ok) return read;
  const { instanceId } = read.value;
  const volumes = instanceId
    ? entityIdsByKey(state.volumes, `instance:${instanceId}`).flatMap(
        (id) => entityGet(state.volumes, id) ?? [],
      )
    : [...hashTableValues(state.volumes.rows)].sort((a, b) => a.seq - b.seq);
  return ok({ volumes: volumes.map(view) });
}
