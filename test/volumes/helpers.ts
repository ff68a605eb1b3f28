import type { Ecs, EcsOptions } from '../../src/index.js';
import { must } from '../fixtures/must.js';
import { aRunningInstance, aWorld, dataDiskOf, REGION } from '../fixtures/world.js';

/** A small block size keeps volume tests cheap. */
export const BLOCK = 4096;

/** The stripe size the volume tests use: two blocks. */
export const STRIPE = 2 * BLOCK;

/** A running instance (instant timings, 4 KiB blocks) with three 20 GiB ESSD data disks and one 40 GiB. */
export function aVolumeGuest(options: EcsOptions = {}) {
  const ecs = aWorld({ timings: 'instant', blockSize: BLOCK, ...options });
  const instanceId = aRunningInstance(ecs, {
    dataDisk: [20, 20, 20, 40].map((size) => ({ size, category: 'cloud_essd' })),
  });
  const diskIds: string[] = [1, 2, 3, 4].map((n) => dataDiskOf(ecs, instanceId, n).diskId);
  return { ecs, instanceId, diskIds };
}

/** A spanned volume over the first three data disks (striped when a stripe size is given). */
export function aSpannedVolume(options: EcsOptions = {}, stripeSize?: number) {
  const guest = aVolumeGuest(options);
  const [d1, d2, d3] = guest.diskIds;
  const { volumeId } = guest.ecs.createVolume({
    instanceId: guest.instanceId,
    kind: 'spanned',
    diskIds: [must(d1), must(d2), must(d3)],
    ...(stripeSize === undefined ? {} : { stripeSize }),
  });
  const members: string[] = [must(d1), must(d2), must(d3)];
  return { ...guest, volumeId, members };
}

/** A partitioned volume on the first data disk of {@link aVolumeGuest}. */
export function aPartitionedVolume(
  partitions: readonly { offset?: number; size: number }[],
  options: EcsOptions = {},
) {
  const guest = aVolumeGuest(options);
  const diskId = must(guest.diskIds[0]);
  const { volumeId } = guest.ecs.createVolume({
    instanceId: guest.instanceId,
    kind: 'partitioned',
    diskId,
    partitions: [...partitions],
  });
  return { ...guest, diskId, volumeId };
}

/** A snapshot group as `describeSnapshotGroups` shows it. */
export function groupOf(ecs: Ecs, snapshotGroupId: string) {
  return must(
    ecs.describeSnapshotGroups({ regionId: REGION, snapshotGroupId: [snapshotGroupId] })
      .snapshotGroups.snapshotGroup[0],
    `group ${snapshotGroupId}`,
  );
}

/** Takes one snapshot of a disk and returns its id. */
export function snap(ecs: Ecs, diskId: string): string {
  return ecs.createSnapshot({ diskId }).snapshotId;
}

/** Stops the instance, runs `fn`, starts it again (settling the clock around). */
export function whileStopped<T>(ecs: Ecs, instanceId: string, fn: () => T): T {
  ecs.stopInstance({ instanceId });
  ecs.clock.settle();
  const result = fn();
  ecs.clock.settle();
  ecs.startInstance({ instanceId });
  ecs.clock.settle();
  return result;
}

/** Rolls every given disk back in one `resetDisks` call. */
export function rollBack(ecs: Ecs, pairs: readonly (readonly [string, string])[]) {
  return ecs.resetDisks({
    regionId: REGION,
    disk: pairs.map(([diskId, snapshotId]) => ({ diskId, snapshotId })),
  });
}

/** The whole volume's bytes in the first `length` bytes. */
export function volumeBytes(ecs: Ecs, volumeId: string, length: number): Uint8Array {
  return ecs.readVolume({ volumeId, offset: 0, length });
}

/** Deterministic distinct bytes for a write. */
export function pattern(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) out[i] = (seed * 31 + i * 7 + 1) & 0xff;
  return out;
}

/** The index of the first differing byte, or -1 when equal (cheap on large arrays). */
export function firstDifference(a: Uint8Array, b: Uint8Array): number {
  if (
    Buffer.from(a.buffer, a.byteOffset, a.length).equals(
      Buffer.from(b.buffer, b.byteOffset, b.length),
    )
  )
    return -1;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return i;
  return n;
}
