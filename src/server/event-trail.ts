import type { EcsEvent } from '../events/types.js';
import type { Ecs } from '../facade/create-ecs.js';

/**
 * One event of the trail with its position: `seq` grows by one per event and never restarts,
 * not even when the served world is reset or imported, so it works as a cursor.
 *
 * @internal
 */
export interface TrailEntry {
  readonly seq: number;
  readonly event: EcsEvent;
}

/**
 * What a stream listener hears: an event, or the news that another world is now served.
 *
 * @internal
 */
export type TrailNews = TrailEntry | { readonly world: 'reset' | 'import'; readonly seq: number };

/**
 * Which events a page keeps.
 *
 * @internal
 */
export interface TrailFilter {
  /** `call` or `transition`. */
  readonly kind?: string | undefined;
  /** The exact action (`CreateSnapshot`, or a task kind such as `snapshot`). */
  readonly action?: string | undefined;
  /** A resource id the event names: a transition's resource, or a value of a call's request or response. */
  readonly resourceId?: string | undefined;
  /** Only refused calls. */
  readonly errorsOnly?: boolean | undefined;
}

/**
 * A page of the trail.
 *
 * @internal
 */
export interface TrailPage {
  readonly entries: readonly TrailEntry[];
  /** The cursor to ask for next: the last position examined. */
  readonly next: number;
  /** Whether events after `next` exist now. */
  readonly more: boolean;
  /** The oldest position still kept (older events were dropped to bound memory). */
  readonly oldest: number;
}

function mentions(value: unknown, id: string, depth = 0): boolean {
  if (value === id) return true;
  if (depth > 3 || typeof value !== 'object' || value === null) return false;
  for (const field of Object.values(value)) if (mentions(field, id, depth + 1)) return true;
  return false;
}

function keeps(event: EcsEvent, filter: TrailFilter): boolean {
  if (filter.kind !== undefined && event.kind !== filter.kind) return false;
  if (filter.action !== undefined && event.action !== filter.action) return false;
  if (filter.errorsOnly && (event.kind !== 'call' || event.error === undefined)) return false;
  const id = filter.resourceId;
  if (id === undefined) return true;
  if (event.kind === 'transition') return event.resourceId === id || !!event.created?.includes(id);
  return mentions(event.parameters, id) || mentions(event.response, id);
}

/**
 * The server's copy of the served world's audit trail, numbered for cursors and streams. It holds
 * references to the world's frozen events (no copies), at most `limit` of them.
 *
 * @internal
 */
export class EventTrail {
  readonly #limit: number;
  #entries: TrailEntry[] = [];
  #nextSeq = 1;
  #unsubscribe: (() => void) | undefined;
  readonly #listeners = new Set<(news: TrailNews) => void>();

  /** @param limit - The most events kept. */
  constructor(limit: number) {
    this.#limit = limit;
  }

  /**
   * Follows a world: its kept events join the trail, then every new one.
   *
   * @param ecs - The world.
   * @param reason - Set when it replaces the world followed before.
   */
  follow(ecs: Ecs, reason?: 'reset' | 'import'): void {
    this.#unsubscribe?.();
    if (reason) {
      this.#entries = [];
      this.#tell({ world: reason, seq: this.#nextSeq - 1 });
    }
    for (const event of ecs.events) this.#push(event);
    this.#unsubscribe = ecs.on((event) => this.#push(event));
  }

  /** Stops following. */
  stop(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#listeners.clear();
  }

  #push(event: EcsEvent): void {
    const entry: TrailEntry = { seq: this.#nextSeq++, event };
    this.#entries.push(entry);
    if (this.#entries.length >= 2 * this.#limit) this.#entries = this.#entries.slice(-this.#limit);
    this.#tell(entry);
  }

  #tell(news: TrailNews): void {
    for (const listener of [...this.#listeners]) listener(news);
  }

  /** The kept entries, oldest first. */
  #kept(): readonly TrailEntry[] {
    const all = this.#entries;
    return all.length > this.#limit ? all.slice(-this.#limit) : all;
  }

  /**
   * The kept events after a cursor that pass a filter.
   *
   * @param after - The cursor: events with a greater `seq`.
   * @param size - The most events returned.
   * @param filter - Which events to keep.
   * @returns The page.
   */
  page(after: number, size: number, filter: TrailFilter): TrailPage {
    const kept = this.#kept();
    const oldest = kept[0]?.seq ?? this.#nextSeq;
    const entries: TrailEntry[] = [];
    let next = Math.min(after, this.#nextSeq - 1);
    // Positions are consecutive: jump straight to the first one after the cursor.
    for (let i = Math.max(0, after + 1 - oldest); i < kept.length; i++) {
      const entry = kept[i] as TrailEntry;
      if (entries.length === size) break;
      next = entry.seq;
      if (keeps(entry.event, filter)) entries.push(entry);
    }
    return { entries, next, more: next < this.#nextSeq - 1, oldest };
  }

  /**
   * Whether an event passes a filter.
   *
   * @param event - The event.
   * @param filter - The filter.
   * @returns The verdict.
   */
  matches(event: EcsEvent, filter: TrailFilter): boolean {
    return keeps(event, filter);
  }

  /**
   * Hears every new event and world swap.
   *
   * @param listener - Called with each piece of news.
   * @returns A function that stops listening.
   */
  subscribe(listener: (news: TrailNews) => void): () => void {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  }
}
