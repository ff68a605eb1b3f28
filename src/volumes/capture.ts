import { findDisk } from '../disks/store.js';
import type { Disk } from '../disks/types.js';
import type { EcsState } from '../state/ecs-state.js';
import { volumeOfDisk } from './store.js';
import type { Volume, VolumeCapture, VolumeCaptureMember } from './types.js';

/**
 * Every member disk's blocks and change count as they are now, in volume order (members that no
 * longer exist are left out).
 *
 * @param state - The state.
 * @param volume - The volume.
 * @returns The members.
 * @internal
 */
export function currentMembers(state: EcsState, volume: Volume): VolumeCaptureMember[] {
  return volume.diskIds.flatMap((diskId) => {
    const disk = findDisk(state, diskId);
    return disk ? [{ diskId, changes: disk.contentChanges, content: disk.content }] : [];
  });
}

/**
 * What a snapshot of `disk` records about the disk's volume at the instant it is taken: every
 * member's blocks by reference (O(1) each) and change count. A group's members are all taken in
 * one transition, so they record the same instant.
 *
 * @param state - The state before the snapshot.
 * @param disk - The disk being captured.
 * @returns The capture, or `null` when the disk is in no volume.
 * @internal
 */
export function captureVolume(state: EcsState, disk: Disk): VolumeCapture | null {
  const volume = volumeOfDisk(state, disk.diskId);
  if (!volume) return null;
  return {
    volumeId: volume.volumeId,
    consistent: volume.consistency === 'consistent',
    members: currentMembers(state, volume),
  };
}
