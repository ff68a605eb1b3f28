import type { Ecs } from '../facade/create-ecs.js';

/**
 * The world a server serves now. `POST /__fake-ecs/world/reset` and `/world/import` put a new
 * world in the slot; every request reads the slot when it starts, so an answer never mixes two
 * worlds, and whoever keeps state per world (the event trail) hears the swap.
 *
 * @internal
 */
export class WorldSlot {
  #current: Ecs;
  readonly #listeners = new Set<(next: Ecs, reason: WorldChange) => void>();

  /** @param initial - The world given to `startServer`. */
  constructor(initial: Ecs) {
    this.#current = initial;
  }

  /** The world served now. */
  get current(): Ecs {
    return this.#current;
  }

  /**
   * Serves another world from now on.
   *
   * @param next - The new world.
   * @param reason - Why: `reset` or `import`.
   */
  replace(next: Ecs, reason: WorldChange): void {
    this.#current = next;
    for (const listener of [...this.#listeners]) listener(next, reason);
  }

  /**
   * Hears each swap.
   *
   * @param listener - Called with the new world.
   * @returns A function that stops listening.
   */
  onReplace(listener: (next: Ecs, reason: WorldChange) => void): () => void {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  }
}

/**
 * Why the served world changed.
 *
 * @internal
 */
export type WorldChange = 'reset' | 'import';
