import { commit } from '../state/commit.js';
import type { EcsState } from '../state/ecs-state.js';
import { findImage, putImage } from './store.js';

/**
 * The scheduler's handler for image tasks: a `Creating` custom image becomes `Available`. A stale
 * task (the image was deleted) does nothing.
 *
 * @param state - The state.
 * @param imageId - The image.
 * @param taskSeq - The task's sequence number.
 * @returns The next state.
 * @internal
 */
export function advanceImage(state: EcsState, imageId: string, taskSeq: number): EcsState {
  const image = findImage(state, imageId);
  if (!image || image.pendingTask !== taskSeq) return state;
  return commit(state, {
    images: putImage(state.images, { ...image, status: 'Available', pendingTask: null }),
  });
}
