// A forecast's fast path: the capacity history a region would get if nothing but time passed,
// computed per disk with the chain arithmetic alone instead of running the world's scheduler.
//
// Running the scheduler forward makes every automatic snapshot a full state change (a snapshot
// record with its indexes, a task, a chain and usage update, a commit): ~190 µs each, minutes for a
// year of 1,000 disks. What the bill depends on is only the region's capacity over time, and in
// the common world -- every live snapshot of the region on a linear chain of a disk of the region,
// no operation pending -- that capacity moves by the same arithmetic the lineage uses
// (src/snapshots/lineage.ts): a new snapshot adds the blocks it holds and its parent does not; a
// released one frees the blocks neither its parent nor its child holds. Here each disk keeps just
// its content and its chain (block maps and counts), the policies' time points, the retention
// expiries and the copy completions run in the scheduler's own order (due time, then scheduling
// order), and each change of the region's total is recorded with the same `recordCapacity`.
// Anything outside that world (a lineage branch after a rollback, a copy, a failed snapshot, an
// operation in progress, ...) returns `undefined`, and the forecast runs the scheduler instead.
// test/billing/chain-forecast.test.ts compares both paths on worlds made to differ.
import {
  type BlockMap,
  type BlockVersion,
  blocksHolding,
  countNewerBlocks,
  visitChangedRuns,
  writeToBlocks,
} from '../blocks/index.js';
import { millisOf } from '../clock/timestamp.js';
import type { Disk } from '../disks/types.js';
import { requireGuestDisk } from '../io/guest-io.js';
import { nextTimePoint } from '../policies/schedule.js';
import { policyDisksKey } from '../policies/store.js';
import type { AutoSnapshotPolicy } from '../policies/types.js';
import { entityGet, entityIdsByKey, entityReplaceUnindexed } from '../shared/entity-table.js';
import { hashTableValues, taskHeapPeek, taskHeapPop } from '../shared/persistent/index.js';
import { coveredCount } from '../snapshots/lineage-ghosts.js';
import { requireSnapshottableDisk } from '../snapshots/snapshot-preconditions.js';
import { snapshotCopyMs } from '../snapshots/snapshot-schedule.js';
import type { Snapshot } from '../snapshots/types.js';
import type { EcsState } from '../state/ecs-state.js';
import type { Task } from '../tasks/types.js';
import { assumedWrite, daysSinceWrite } from './assumed-writes.js';
import { recordCapacity } from './capacity-history.js';

/** One live snapshot of a modelled chain. */
interface Link {
  /** The snapshot's id (a new one's is made up: nothing outside this model sees it). */
  readonly id: string;
  readonly content: BlockMap<BlockVersion>;
  ownBlocks: number;
  readonly auto: boolean;
  readonly releasable: boolean;
}

/** One disk of the region: its content and its chain, oldest first (the last is the head). */
interface DiskModel {
  readonly disk: Disk;
  content: BlockMap<BlockVersion>;
  readonly chain: Link[];
  /** The snapshot of it still being copied (its completion not yet run), if any. */
  busy: Link | null;
  /** Whether the guest can write (assumed writes) and a policy may snapshot it. */
  readonly writable: boolean;
  readonly snapshottable: boolean;
}

/** A task of the modelled region, in the scheduler's order: due time, then sequence number. */
type Event =
  | {
      readonly due: number;
      readonly seq: number;
      readonly kind: 'policy';
      readonly policy: AutoSnapshotPolicy;
    }
  | {
      readonly due: number;
      readonly seq: number;
      readonly kind: 'expiry';
      readonly model: DiskModel;
      readonly link: Link;
    }
  | {
      readonly due: number;
      readonly seq: number;
      readonly kind: 'completion';
      readonly model: DiskModel;
      readonly link: Link;
    };

/** A binary min-heap of events by (due, seq). */
class EventQueue {
  readonly #items: Event[] = [];

  get size(): number {
    return this.#items.length;
  }

  push(event: Event): void {
    const items = this.#items;
    let i = items.push(event) - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(event, items[parent] as Event)) break;
      items[i] = items[parent] as Event;
      i = parent;
    }
    items[i] = event;
  }

  peek(): Event | undefined {
    return this.#items[0];
  }

  pop(): Event | undefined {
    const items = this.#items;
    const top = items[0];
    const last = items.pop();
    if (top === undefined || last === undefined || items.length === 0) return top;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= items.length) break;
      const right = left + 1;
      const child =
        right < items.length && before(items[right] as Event, items[left] as Event) ? right : left;
      if (!before(items[child] as Event, last)) break;
      items[i] = items[child] as Event;
      i = child;
    }
    items[i] = last;
    return top;
  }
}

function before(a: Event, b: Event): boolean {
  return a.due < b.due || (a.due === b.due && a.seq < b.seq);
}

/** Why the fast path does not apply: the forecast runs the scheduler. */
class NotModelled extends Error {}

function requireModel(condition: boolean): asserts condition {
  if (!condition) throw new NotModelled();
}

/** The live chain of a disk, oldest first, if it is one unbranched line of live snapshots. */
function chainOf(state: EcsState, disk: Disk): Link[] {
  const chain: Link[] = [];
  for (let id = disk.lineageSnapshotId; id !== null; ) {
    const s: Snapshot | undefined = entityGet(state.snapshots, id);
    requireModel(s !== undefined && s.status !== 'failed' && s.sourceSnapshotId === null);
    requireModel(s.sourceDiskId === disk.diskId && s.regionId === disk.regionId);
    chain.push({
      id: s.snapshotId,
      content: s.content,
      ownBlocks: s.ownBlocks,
      auto: s.snapshotType === 'auto',
      releasable: s.usage === 'none',
    });
    id = s.lineageParentId;
  }
  return chain.reverse();
}

function modelDisk(state: EcsState, disk: Disk): DiskModel {
  const idle = { ...disk, progressingSnapshotId: null };
  const quiet = { ...state, disks: entityReplaceUnindexed(state.disks, disk.diskId, idle) };
  const ready = requireSnapshottableDisk(quiet, disk.diskId, 'auto');
  const chain = chainOf(state, disk);
  const busy = chain.find((l) => l.id === disk.progressingSnapshotId) ?? null;
  requireModel((busy === null) === (disk.progressingSnapshotId === null));
  return {
    disk,
    content: disk.content,
    chain,
    busy,
    writable: requireGuestDisk(state, disk.diskId).ok,
    snapshottable: ready.ok && disk.enableAutoSnapshot,
  };
}

/** Every task, in the scheduler's order. */
function tasksOf(state: EcsState): { due: number; seq: number; item: Task }[] {
  const tasks: { due: number; seq: number; item: Task }[] = [];
  for (let heap = state.tasks.heap, top = taskHeapPeek(heap); top; top = taskHeapPeek(heap)) {
    tasks.push(top);
    heap = taskHeapPop(heap);
  }
  return tasks;
}

/** The simulation of one region. */
class RegionModel {
  readonly #state: EcsState;
  readonly #regionId: string;
  readonly #models = new Map<string, DiskModel>();
  readonly #events = new EventQueue();
  readonly #lastWrite = new Map<string, number>();
  #nextSeq: number;
  #blocks: number;
  #history: EcsState['capacityHistory'];
  /** The total before the changes at `#changedAt` (recorded once the time moves on). */
  #recorded: number;
  #changedAt = Number.NaN;

  constructor(state: EcsState, regionId: string) {
    this.#state = state;
    this.#regionId = regionId;
    this.#nextSeq = state.tasks.nextSeq;
    const usage = state.snapshotUsage[regionId];
    this.#blocks = usage?.snapshotBlocks ?? 0;
    this.#recorded = this.#blocks;
    this.#history = state.capacityHistory;
    let live = 0;
    for (const disk of hashTableValues(state.disks.rows)) {
      if (disk.regionId !== regionId) continue;
      const model = modelDisk(state, disk);
      live += model.chain.length;
      this.#models.set(disk.diskId, model);
    }
    // Every live snapshot of the region is on one of these chains (none orphaned, copied or branched).
    requireModel(live === (usage?.snapshotCount ?? 0));
    for (const ghost of hashTableValues(state.lineageNodes.rows))
      requireModel(ghost.regionId !== regionId);
    for (const task of tasksOf(state)) this.#schedule(task);
  }

  #schedule({ due, seq, item }: { due: number; seq: number; item: Task }): void {
    const state = this.#state;
    if (item.kind === 'auto-snapshot-policy') {
      const policy = entityGet(state.autoSnapshotPolicies, item.id);
      // A stale timer does nothing; another region's policy changes nothing here.
      if (policy && policy.timerTask === seq && policy.regionId === this.#regionId)
        this.#events.push({ due, seq, kind: 'policy', policy });
      return;
    }
    requireModel(item.kind === 'snapshot-expiry' || item.kind === 'snapshot');
    const snapshot = entityGet(state.snapshots, item.id);
    if (!snapshot || snapshot.regionId !== this.#regionId) return;
    const model = this.#models.get(snapshot.sourceDiskId);
    const link = model?.chain.find((l) => l.id === snapshot.snapshotId);
    if (item.kind === 'snapshot') {
      if (snapshot.completionTask !== seq || snapshot.status !== 'progressing') return;
      requireModel(model !== undefined && link !== undefined && model.busy === link);
      this.#events.push({ due, seq, kind: 'completion', model, link });
      return;
    }
    // A failed snapshot's release changes no capacity.
    if (snapshot.expiryTask !== seq || snapshot.status === 'failed') return;
    requireModel(model !== undefined && link !== undefined);
    this.#events.push({ due, seq, kind: 'expiry', model, link });
  }

  /** Runs every event due until `untilMs`; returns the capacity history. */
  run(untilMs: number, dailyChangeRate: number, startMs: number): EcsState['capacityHistory'] {
    for (
      let event = this.#events.peek();
      event && event.due <= untilMs;
      event = this.#events.peek()
    ) {
      this.#events.pop();
      this.#moveTo(event.due);
      if (event.kind === 'policy') this.#fire(event.policy, event.due, dailyChangeRate, startMs);
      else if (event.kind === 'expiry') this.#release(event.model, event.link);
      else if (event.model.busy === event.link) event.model.busy = null;
    }
    this.#moveTo(Number.NaN);
    return this.#history;
  }

  #moveTo(ms: number): void {
    if (ms === this.#changedAt) return;
    if (this.#blocks !== this.#recorded) {
      this.#history = recordCapacity(
        this.#history,
        this.#regionId,
        this.#changedAt,
        this.#recorded,
        this.#blocks,
      );
      this.#recorded = this.#blocks;
    }
    this.#changedAt = ms;
  }

  #disksOf(policy: AutoSnapshotPolicy): DiskModel[] {
    const ids = entityIdsByKey(this.#state.disks, policyDisksKey(policy.autoSnapshotPolicyId));
    return ids.map((id) => {
      const model = this.#models.get(id);
      requireModel(model !== undefined);
      return model;
    });
  }

  #fire(policy: AutoSnapshotPolicy, dueMs: number, rate: number, startMs: number): void {
    const disks = this.#disksOf(policy);
    // The writes a forecast assumes come first, for every disk of the policy (`assumedWrites`).
    if (rate !== 0) for (const model of disks) this.#write(model, dueMs, rate, startMs);
    for (const model of disks) this.#take(model, policy, dueMs);
    const nextRunMs = nextTimePoint(policy, dueMs);
    const due = dueMs + Math.round(((nextRunMs - dueMs) / 1000) * 1000);
    this.#events.push({ due, seq: this.#nextSeq++, kind: 'policy', policy });
  }

  #write(model: DiskModel, dueMs: number, rate: number, startMs: number): void {
    const days = daysSinceWrite(this.#lastWrite, model.disk.diskId, startMs, dueMs);
    if (!model.writable) return;
    const { blockSize } = this.#state.world;
    const disk = { size: model.disk.size, content: model.content };
    const { blocks, write } = assumedWrite(disk, blockSize, rate * days, dueMs);
    if (blocks > 0) model.content = writeToBlocks(model.content, blockSize, [write]);
  }

  /** An automatic snapshot of one disk (`takeAutoSnapshot`), if the disk can take one now. */
  #take(model: DiskModel, policy: AutoSnapshotPolicy, dueMs: number): void {
    const { blockSize, timings, quotas } = this.#state.world;
    if (!model.snapshottable || model.busy) return;
    let autos = 0;
    for (const l of model.chain) if (l.auto) autos++;
    if (autos >= quotas.autoSnapshotsPerDisk) {
      // Room is made by releasing the oldest automatic snapshot not in use, if there is one.
      const oldest = model.chain.find((l) => l.auto && l.releasable);
      if (!oldest) return;
      this.#release(model, oldest);
    }
    const parent = model.chain.at(-1);
    const ownBlocks = parent ? countNewerBlocks(parent.content, model.content) : model.content.size;
    const link: Link = {
      id: `#${this.#nextSeq}`,
      content: model.content,
      ownBlocks,
      auto: true,
      releasable: true,
    };
    model.chain.push(link);
    model.busy = link;
    this.#blocks += ownBlocks;
    const durationMs = snapshotCopyMs(timings, ownBlocks * blockSize, timings.snapshotThroughput);
    const completes = dueMs + Math.round((durationMs / 1000) * 1000);
    this.#events.push({ due: completes, seq: this.#nextSeq++, kind: 'completion', model, link });
    if (policy.retentionDays === -1) return;
    const expires = dueMs + Math.round(policy.retentionDays * 86400 * 1000);
    this.#events.push({ due: expires, seq: this.#nextSeq++, kind: 'expiry', model, link });
  }

  /** A live snapshot leaves its chain: the blocks neither its parent nor its child holds are freed. */
  #release(model: DiskModel, link: Link): void {
    const at = model.chain.indexOf(link);
    if (at < 0) return;
    const parent = model.chain[at - 1];
    const child = model.chain[at + 1];
    let unheld = link.ownBlocks;
    if (child) {
      unheld = 0;
      visitChangedRuns(link.content, child.content, 0, (start, end, version) => {
        if (version === undefined) return true;
        // The child holds none of these blocks (they changed): only the parent may keep some.
        const kept = parent ? blocksHolding(parent.content, start, end, version) : [];
        unheld += end - start - coveredCount(kept);
        return true;
      });
      child.ownBlocks += link.ownBlocks - unheld;
    }
    model.chain.splice(at, 1);
    // Releasing the snapshot still being copied ends the copy (the disk may take the next one).
    if (model.busy === link) model.busy = null;
    this.#blocks -= unheld;
  }
}

/**
 * The capacity history of a region as the scheduler would leave it at `untilMs`, computed per
 * disk with the chain arithmetic, or `undefined` when the world is not one this fast path models
 * (the caller then runs the scheduler).
 *
 * @param state - The current state (read only).
 * @param regionId - The region billed.
 * @param untilMs - The end of the forecast.
 * @param dailyChangeRate - The assumed writes (see `assumedWrites`).
 * @returns The capacity history, or `undefined`.
 * @example
 * ```ts
 * const history = chainForecast(ecs.state, 'cn-hangzhou', untilMs, 0.02);
 * ```
 * @internal
 */
export function chainForecast(
  state: EcsState,
  regionId: string,
  untilMs: number,
  dailyChangeRate: number,
): EcsState['capacityHistory'] | undefined {
  try {
    const startMs = millisOf(state.clock.now);
    return new RegionModel(state, regionId).run(untilMs, dailyChangeRate, startMs);
  } catch (error) {
    if (error instanceof NotModelled) return undefined;
    throw error;
  }
}
