import { findDisk } from '../disks/store.js';
import type { Snapshot } from '../snapshots/types.js';
import type { EcsState } from '../state/ecs-state.js';
import { PUBLIC_IMAGES } from '../world/catalog.js';
import { findImage } from './store.js';
import type { Image } from './types.js';

/**
 * The operating-system fields of a new custom image.
 *
 * @internal
 */
export type ImageOs = Pick<Image, 'osName' | 'osType' | 'platform' | 'architecture'>;

/**
 * The operating system a system-disk snapshot carries: that of the image its disk was created
 * from, while the disk (and that image) still exist; otherwise what the request says, else
 * `Others Linux` on `x86_64`. The result is stored on the image, so it survives the disk.
 *
 * @param state - The state.
 * @param system - The system-disk snapshot.
 * @param requested - `platform` and `architecture` from the request, when given.
 * @returns The OS fields.
 * @internal
 */
export function osOfSnapshot(
  state: EcsState,
  system: Snapshot,
  requested: { platform: string | undefined; architecture: string | undefined },
): ImageOs {
  const sourceImageId = findDisk(state, system.sourceDiskId)?.imageId ?? null;
  const source: ImageOs | undefined = sourceImageId
    ? (PUBLIC_IMAGES.find((i) => i.imageId === sourceImageId) ?? findImage(state, sourceImageId))
    : undefined;
  const platform = requested.platform ?? source?.platform ?? 'Others Linux';
  return {
    osName: source?.osName ?? platform,
    osType: source?.osType ?? (/windows/i.test(platform) ? 'windows' : 'linux'),
    platform,
    architecture: requested.architecture ?? source?.architecture ?? 'x86_64',
  };
}
