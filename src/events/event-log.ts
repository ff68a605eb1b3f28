import type { EcsEvent, EcsEventListener } from './types.js';

/** The default of `events.limit`: enough for any test, bounded for long simulations. */
export const DEFAULT_EVENT_LIMIT = 10_000;

/**
 * The audit trail beside the state (never in it: events are history, not the world). Appends are
 * O(1) amortised: the array is trimmed to the limit only when it has grown to twice the limit.
 * Listeners are told after the state is committed, in order; one that throws neither changes the
 * state nor the call's result nor stops the other listeners: its error is rethrown in a microtask,
 * where it surfaces as an uncaught exception (as a throwing DOM event listener's does).
 *
 * @internal
 */
export class EventLog {
  readonly #limit: number;
  #items: EcsEvent[];
  #view: readonly EcsEvent[] | undefined;
  readonly #listeners = new Set<EcsEventListener>();
  #unnotified: EcsEvent[] = [];
  #notifying = false;

  /**
   * @param limit - The most events kept (`Infinity` for all, `0` for none).
   * @param restored - Events of a saved world, oldest first.
   */
  constructor(limit: number = DEFAULT_EVENT_LIMIT, restored: readonly EcsEvent[] = []) {
    this.#limit = limit;
    this.#items = limit === 0 ? [] : restored.slice(-limit).map((e) => Object.freeze(e));
  }

  /** Whether anyone keeps or hears events: when not, callers skip building them. */
  get enabled(): boolean {
    return this.#limit > 0 || this.#listeners.size > 0;
  }

  /** Whether a listener is subscribed (it hears every event as it is recorded). */
  get listening(): boolean {
    return this.#listeners.size > 0;
  }

  /** The newest kept event, if any. */
  last(): EcsEvent | undefined {
    return this.#items.at(-1);
  }

  /**
   * Replaces the newest kept event by a new version of it (a run of writes counted once more).
   * Only while no listener is subscribed: listeners have heard the version it replaces.
   *
   * @param event - The new version (frozen by the log).
   */
  replaceLast(event: EcsEvent): void {
    this.#items[this.#items.length - 1] = Object.freeze(event);
    this.#view = undefined;
  }

  /** The kept events, oldest first, frozen (cached until the next append). */
  list(): readonly EcsEvent[] {
    if (this.#view === undefined) {
      const items = this.#items;
      this.#view = Object.freeze(
        items.length > this.#limit ? items.slice(-this.#limit) : [...items],
      );
    }
    return this.#view;
  }

  /**
   * Appends an event; listeners hear it at the next {@link EventLog.flush}.
   *
   * @param event - The event (frozen by the log).
   */
  record(event: EcsEvent): void {
    Object.freeze(event);
    if (this.#limit > 0) {
      this.#items.push(event);
      this.#view = undefined;
      if (this.#items.length >= 2 * this.#limit) this.#items = this.#items.slice(-this.#limit);
    }
    if (this.#listeners.size > 0) this.#unnotified.push(event);
  }

  /** Tells the listeners about every event recorded since the last flush, in order. */
  flush(): void {
    // A listener that calls the world records more events: the outer loop tells them in order.
    if (this.#notifying) return;
    this.#notifying = true;
    try {
      while (this.#unnotified.length > 0) {
        const events = this.#unnotified;
        this.#unnotified = [];
        for (const event of events) {
          Object.freeze(event);
          for (const listener of [...this.#listeners]) notify(listener, event);
        }
      }
    } finally {
      this.#notifying = false;
    }
  }

  /**
   * Adds a listener.
   *
   * @param listener - Called with each new event.
   * @returns A function that removes it.
   */
  subscribe(listener: EcsEventListener): () => void {
    if (typeof listener !== 'function')
      throw new TypeError('ecs.on: expected a function (event) => void.');
    // Each subscription is its own entry, so the same function twice is called twice.
    const entry: EcsEventListener = (event) => listener(event);
    this.#listeners.add(entry);
    return () => {
      this.#listeners.delete(entry);
    };
  }
}

function notify(listener: EcsEventListener, event: EcsEvent): void {
  try {
    listener(event);
  } catch (error) {
    queueMicrotask(() => {
      throw error;
    });
  }
}
