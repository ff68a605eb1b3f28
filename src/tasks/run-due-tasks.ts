import { preciseTime } from '../clock/timestamp.js';
import { advanceDisk } from '../disks/advance-disk.js';
import { advanceImage } from '../images/advance-image.js';
import { advanceInstance } from '../instances/advance-instance.js';
import { advanceVpc, advanceVSwitch } from '../network/advance-network.js';
import { firePolicy } from '../policies/fire-policy.js';
import { assertNever } from '../shared/invariant.js';
import {
  type TaskHeapTop,
  taskHeapFirstDue,
  taskHeapPeek,
  taskHeapPop,
} from '../shared/persistent/index.js';
import {
  completeSnapshot,
  expireSnapshot,
  failSnapshotMidway,
} from '../snapshots/snapshot-tasks.js';
import { commit } from '../state/commit.js';
import type { EcsState } from '../state/ecs-state.js';
import { isOperation, type Task } from './types.js';

function runTask(
  state: EcsState,
  task: Task,
  seq: number,
  dueMs: number,
  quietUntilMs: () => number | undefined,
): EcsState {
  switch (task.kind) {
    case 'instance':
      return advanceInstance(state, task.id, seq, dueMs);
    case 'disk':
      return advanceDisk(state, task.id, seq, dueMs);
    case 'image':
      return advanceImage(state, task.id, seq);
    case 'snapshot':
      return completeSnapshot(state, task.id, seq, dueMs);
    case 'snapshot-expiry':
      return expireSnapshot(state, task.id, seq);
    case 'auto-snapshot-policy':
      return firePolicy(state, task.id, seq, dueMs, quietUntilMs());
    case 'snapshot-fail':
      return failSnapshotMidway(state, task.id, seq);
    case 'vpc':
      return advanceVpc(state, task.id, seq);
    case 'vswitch':
      return advanceVSwitch(state, task.id, seq);
    default:
      return assertNever(task.kind);
  }
}

function withClock(state: EcsState, ms: number): EcsState {
  const now = preciseTime(ms);
  // Unchanged time keeps the very same state, so a read-only call never replaces it.
  return state.clock.now === now ? state : commit(state, { clock: Object.freeze({ now }) });
}

const isPolicyTimer = (task: Task): boolean => task.kind === 'auto-snapshot-policy';

/**
 * Until when nothing but policy time points can change the state during this clock move: just
 * before the next task of another kind, or the move's end. Only such a task changes the disks a
 * policy's time point looks at (calls come after the move), so a time point that took no snapshot
 * means the policy's time points before then take none either.
 */
function quietUntil(state: EcsState, untilMs: number): number {
  const next = taskHeapFirstDue(state.tasks.heap, isPolicyTimer);
  return next === undefined ? untilMs : Math.min(untilMs, next - 1);
}

/**
 * Something to do to the state just before a task runs, its clock already at the task's time: a
 * forecast's assumption about the future (guest writes before an automatic snapshot).
 *
 * @internal
 */
export type BeforeTask = (state: EcsState, task: Task, seq: number, dueMs: number) => EcsState;

/**
 * Sees each task the scheduler runs: the state before it (clock at the task's time) and after it,
 * and returns the state to continue from (the engine records events and arms injected failures
 * here). Without an observer the loop does no extra work.
 *
 * @internal
 */
export type TaskObserver = (before: EcsState, after: EcsState, run: TaskHeapTop<Task>) => EcsState;

/**
 * Completes every task due at or before `untilMs`, in time order and then creation order, moving
 * the clock to each task's time as it runs; the clock ends at `untilMs`.
 *
 * @param state - The current state.
 * @param untilMs - The time to run up to, epoch ms.
 * @param beforeTask - Applied before each task (forecasts only; the world never passes one).
 * @param observe - Sees each task run, if given (the engine's events and injected failures).
 * @returns The state after those tasks, its clock at `untilMs`.
 * @internal
 */
export function runDueTasks(
  state: EcsState,
  untilMs: number,
  beforeTask?: BeforeTask,
  observe?: TaskObserver,
): EcsState {
  let current = state;
  for (
    let top = taskHeapPeek(current.tasks.heap);
    top && top.due <= untilMs;
    top = taskHeapPeek(current.tasks.heap)
  ) {
    const heap = taskHeapPop(current.tasks.heap);
    const operations = current.tasks.operations - (isOperation(top.item) ? 1 : 0);
    // Parts frozen as made (the heap is frozen, the rest are primitives): committed without a walk.
    const popped = commit(current, {
      tasks: Object.freeze({ heap, operations, nextSeq: current.tasks.nextSeq }),
      clock: Object.freeze({ now: preciseTime(top.due) }),
    });
    const prepared = beforeTask ? beforeTask(popped, top.item, top.seq, top.due) : popped;
    // A forecast writes before each time point, so its time points are never quiet.
    const quiet = () => (beforeTask ? undefined : quietUntil(popped, untilMs));
    const after = runTask(prepared, top.item, top.seq, top.due, quiet);
    current = observe ? observe(prepared, after, top) : after;
  }
  return withClock(current, untilMs);
}

/**
 * The time of the next task that ends an operation in progress: what `clock.settle()` advances
 * to, running the timers due before it on the way. Timers alone (retention, policies) do not hold
 * it, and stepping over them one by one would make settle cost every time point it passes.
 *
 * @param state - The current state.
 * @returns Epoch ms, or `undefined` when no operation is pending.
 * @internal
 */
export function nextTaskDue(state: EcsState): number | undefined {
  if (state.tasks.operations === 0) return undefined;
  return taskHeapFirstDue(state.tasks.heap, (task) => !isOperation(task));
}
