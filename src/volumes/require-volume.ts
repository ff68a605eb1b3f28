import type { Disk } from '../disks/types.js';
import { requireGuestDisk } from '../io/guest-io.js';
import { type EcsError, ecsError } from '../shared/ecs-error.js';
import { err, ok, type Result } from '../shared/result.js';
import type { EcsState } from '../state/ecs-state.js';
import { findVolume } from './store.js';
import type { Volume } from './types.js';

/**
 * `InvalidVolumeId.NotFound` (fake-ecs's own code) for an id.
 *
 * @param volumeId - The unknown id.
 * @returns The error.
 * @internal
 */
export function volumeNotFound(volumeId: string): EcsError {
  return ecsError('InvalidVolumeId.NotFound', `The specified volume ${volumeId} does not exist.`);
}

/**
 * Checks that a request is an object naming a volume, and finds the volume.
 *
 * @param state - The state.
 * @param request - The caller's request.
 * @returns The volume, or `InvalidParameter`, `MissingParameter` or `InvalidVolumeId.NotFound`.
 * @internal
 */
export function requireVolume(state: EcsState, request: unknown): Result<Volume, EcsError> {
  if (typeof request !== 'object' || request === null) {
    return err(ecsError('InvalidParameter', 'The request must be an object of parameters.'));
  }
  const { volumeId } = request as { volumeId?: unknown };
  if (typeof volumeId !== 'string' || volumeId === '') {
    return err(
      ecsError(
        'MissingParameter',
        'The input parameter VolumeId that is mandatory for processing this request is not supplied.',
      ),
    );
  }
  const volume = findVolume(state, volumeId);
  return volume ? ok(volume) : err(volumeNotFound(volumeId));
}

/**
 * Every member disk of a volume, reachable by the guest of the volume's instance: it exists, is
 * `In_use` on that very instance, which is `Running`. A volume with a missing member cannot be
 * read or written, as on a real guest.
 *
 * @param state - The state.
 * @param volume - The volume.
 * @returns The member disks in volume order, or the first member's ECS error.
 * @internal
 */
export function requireVolumeDisks(state: EcsState, volume: Volume): Result<Disk[], EcsError> {
  const disks: Disk[] = [];
  for (const diskId of volume.diskIds) {
    const disk = requireGuestDisk(state, diskId);
    if (!disk.ok) return disk;
    if (disk.value.instanceId !== volume.instanceId) {
      return err(
        ecsError(
          'IncorrectDiskStatus',
          `The current disk status does not support this operation: member ${diskId} of volume ${volume.volumeId} is attached to ${disk.value.instanceId}, not ${volume.instanceId}.`,
        ),
      );
    }
    disks.push(disk.value);
  }
  return ok(disks);
}

/**
 * A volume the guest can read or write now: the request names an existing volume (checked
 * first) whose every member disk passes {@link requireVolumeDisks}.
 *
 * @param state - The state.
 * @param request - The request, holding `volumeId`.
 * @returns The volume and its member disks in volume order, or the first ECS error.
 * @internal
 */
export function requireUsableVolume(
  state: EcsState,
  request: unknown,
): Result<{ volume: Volume; disks: Disk[] }, EcsError> {
  const volume = requireVolume(state, request);
  if (!volume.ok) return volume;
  const disks = requireVolumeDisks(state, volume.value);
  return disks.ok ? ok({ volume: volume.value, disks: disks.value }) : disks;
}
