import type { Ecs } from '../../src/index.js';
import { findSnapshot } from '../../src/snapshots/store.js';
import { must } from '../fixtures/must.js';
import { aRunningInstance, disksOf, REGION } from '../fixtures/world.js';
import { anInstantWorld } from '../snapshots/helpers.js';

/** A world with 4 KiB blocks where every task completes at once. */
export const aWorldForImages = anInstantWorld;

/** A running instance with one 20 GiB data disk; its id and both disk ids. */
export function aServer(ecs: Ecs) {
  const instanceId = aRunningInstance(ecs, { dataDisk: [{ category: 'cloud_essd', size: 20 }] });
  const [system, data] = disksOf(ecs, instanceId);
  return { instanceId, systemDiskId: must(system).diskId, dataDiskId: must(data).diskId };
}

/** Writes text at the start of a disk. */
export function writeText(ecs: Ecs, diskId: string, text: string, offset = 0): void {
  ecs.writeDisk({ diskId, offset, data: text });
}

/** Reads text from a disk (its instance must be Running). */
export function readText(ecs: Ecs, diskId: string, length: number, offset = 0): string {
  return new TextDecoder().decode(ecs.readDisk({ diskId, offset, length }));
}

/** Takes a snapshot and settles: accomplished. */
export function snap(ecs: Ecs, diskId: string): string {
  const { snapshotId } = ecs.createSnapshot({ diskId });
  ecs.clock.settle();
  return snapshotId;
}

/** A snapshot's current usage. */
export function usage(ecs: Ecs, snapshotId: string): string {
  return must(findSnapshot(ecs.state, snapshotId), snapshotId).usage;
}

/** Creates an image from a system snapshot and settles: Available. */
export function anImage(ecs: Ecs, snapshotId: string, imageName?: string): string {
  const { imageId } = ecs.createImage({
    regionId: REGION,
    snapshotId,
    ...(imageName ? { imageName } : {}),
  });
  ecs.clock.settle();
  return imageId;
}

/** A running server, a snapshot of its system disk and an `Available` image from it. */
export function withImage() {
  const ecs = aWorldForImages();
  const server = aServer(ecs);
  const snapshotId = snap(ecs, server.systemDiskId);
  const imageId = anImage(ecs, snapshotId);
  return { ecs, ...server, snapshotId, imageId };
}
