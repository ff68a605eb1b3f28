import type { TaskApi } from '../async-tasks/api.js';
import type { BillingApi } from '../billing/api.js';
import type { CatalogueApi } from '../catalogue/api.js';
import type { DiskApi } from '../disks/api.js';
import type { DiskPerformanceApi } from '../disks/disk-performance-api.js';
import type { DiskEncryptionApi } from '../disks/encryption-api.js';
import { Engine } from '../engine/engine.js';
import { EventLog } from '../events/event-log.js';
import type { EcsEvent, EcsEventListener } from '../events/types.js';
import { faultsApi } from '../faults/api.js';
import { FaultSet } from '../faults/fault-set.js';
import type { EcsFaults } from '../faults/types.js';
import type { SnapshotGroupApi } from '../groups/api.js';
import type { InstanceApi } from '../instances/api.js';
import type { InstanceFleetApi } from '../instances/fleet-api.js';
import type { DiskIoApi } from '../io/api.js';
import type { KeyPairApi } from '../keypairs/api.js';
import type { NetworkApi } from '../network/api.js';
import { SIMULATION_ROWS } from '../operations/simulation-table.js';
import { OPERATION_ROWS } from '../operations/table.js';
import type { AutoSnapshotPolicyApi } from '../policies/api.js';
import { exportWorld, readSavedWorld } from '../saved/saved-world.js';
import type { EcsExport } from '../saved/types.js';
import type { SnapshotApi } from '../snapshots/api.js';
import type { BlockAccessApi } from '../snapshots/block-access/api.js';
import { type EcsState, initialState } from '../state/ecs-state.js';
import type { TagApi } from '../tags/api.js';
import type { VolumeApi } from '../volumes/api.js';
import { type EcsOptions, resolveOptions } from '../world/options.js';
import { bindOperations } from './bind-operations.js';
import { bindSimulations } from './bind-simulations.js';
import { clockControls, type EcsClock } from './clock-controls.js';

/**
 * A virtual ECS world: the ECS API (named and shaped like the official SDK's client, but
 * synchronous), plus the simulation controls real ECS does not have (`clock`, disk I/O, `state`).
 *
 * @example
 * ```ts
 * const ecs = createEcs({ seed: 1 });
 * ecs.runInstances({ regionId: 'cn-hangzhou', imageId: 'aliyun_3_x64_20G_alibase_20240528.vhd', instanceType: 'ecs.g7.large' });
 * ecs.clock.settle();
 * ```
 * @category World
 */
export interface Ecs
  extends InstanceApi,
    DiskApi,
    DiskEncryptionApi,
    SnapshotApi,
    SnapshotGroupApi,
    AutoSnapshotPolicyApi,
    CatalogueApi,
    NetworkApi,
    DiskIoApi,
    DiskPerformanceApi,
    BlockAccessApi,
    BillingApi,
    VolumeApi,
    KeyPairApi,
    InstanceFleetApi,
    TagApi,
    TaskApi {
  /**
   * The virtual clock: nothing happens until it is moved.
   *
   * @example
   * ```ts
   * ecs.clock.advance('PT5M');
   * ecs.clock.now(); //=> '2026-01-01T00:05:00Z'
   * ```
   */
  readonly clock: EcsClock;
  /**
   * The current state: immutable, frozen plain data that shares structure between versions. A
   * refused call leaves it the very same object. To save it as JSON use {@link Ecs.export}:
   * `JSON.stringify(ecs.state)` writes shared parts once per use and fails for big worlds.
   *
   * @example
   * ```ts
   * const before = ecs.state;
   * ecs.clock.advance('PT1H');
   * before.clock.now; //=> '2026-01-01T00:00:00.000Z' (a version is never changed)
   * ecs.state.clock.now; //=> '2026-01-01T01:00:00.000Z'
   * ```
   */
  readonly state: EcsState;
  /**
   * The audit trail, oldest first: every ECS API call (time, action, request id, parameters,
   * response or error code) and every timed transition (snapshot accomplished, instance stopped,
   * ...). A frozen copy: read it again to see newer events. Keeps the newest `events.limit`
   * (default 10,000). A simulation call (`writeDisk`, volumes, ...) is recorded as a call marked
   * `simulation` when it changes the world or is refused (consecutive writes to one disk share
   * one event, counted by `calls`); one that only reads (`readDisk`, block access, billing) and
   * succeeds is not. The clock, fault and export controls are not calls.
   *
   * @example
   * ```ts
   * ecs.events.filter((e) => e.kind === 'call' && e.error?.code === 'Throttling').length; //=> 1
   * ```
   */
  readonly events: readonly EcsEvent[];
  /**
   * Observes the audit trail: `listener` is called synchronously with each new event, in order,
   * once the state is committed. A listener that throws changes nothing (the call still returns
   * its result, the other listeners still run); its error is rethrown in a microtask.
   *
   * @param listener - Called with each event.
   * @returns A function that unsubscribes it.
   * @example
   * ```ts
   * const statuses: string[] = [];
   * const off = ecs.on((e) => { if (e.kind === 'transition') statuses.push(`${e.resourceId} ${e.to}`); });
   * off();
   * ```
   */
  on(listener: EcsEventListener): () => void;
  /**
   * Fault injection: make matching ECS API calls (or simulation calls, named by their action
   * such as `WriteDisk`) fail with a real error code (throttling, internal errors, quotas), or
   * the next snapshot of a disk end `failed` halfway.
   *
   * @example
   * ```ts
   * ecs.faults.add({ action: 'CreateSnapshot', code: 'Throttling', times: 2 });
   * ```
   */
  readonly faults: EcsFaults;
  /**
   * Saves the whole world (state, request ids, fault rules and their random stream, events) as
   * versioned JSON data; `createEcs({ from })` continues it exactly, as if it had never been saved.
   *
   * @returns The saved world.
   * @throws TypeError when a fault rule filters with a predicate (which JSON cannot hold).
   * @example
   * ```ts
   * const saved = JSON.stringify(ecs.export());
   * const again = createEcs({ from: JSON.parse(saved) });
   * again.createSnapshot({ diskId }).snapshotId === ecs.createSnapshot({ diskId }).snapshotId; //=> true
   * ```
   */
  export(): EcsExport;
}

/**
 * Creates a virtual ECS world. Same seed + same calls = identical ids, request ids and times.
 *
 * @param options - Seed, start time, regions, timings, block size, quotas.
 * @returns The world.
 * @throws TypeError or RangeError naming the option, for invalid options.
 * @example
 * ```ts
 * const ecs = createEcs({ seed: 'docs', now: '2026-03-01T08:00:00Z', timings: 'instant' });
 * ecs.clock.now(); //=> '2026-03-01T08:00:00Z'
 * ```
 * @category World
 */
export function createEcs(options?: EcsOptions): Ecs {
  const { world, seed, startMs, eventLimit, strictParameters } = resolveOptions(options);
  const saved = options?.from === undefined ? undefined : readSavedWorld(options.from);
  const state = saved?.state ?? initialState(world, seed, startMs);
  // Fault rules may name any operation of the table, and any simulation call.
  const operations = new Set([...OPERATION_ROWS, ...SIMULATION_ROWS].map((row) => row.op.action));
  const engine = new Engine(state, {
    requestCounter: saved?.requestCounter ?? 0,
    events: new EventLog(eventLimit, saved?.events),
    faults: new FaultSet(state.ids.seed, operations, saved?.faults),
    strictParameters,
  });
  return {
    ...bindOperations(engine),
    ...bindSimulations(engine),
    clock: clockControls(engine),
    get state() {
      return engine.state;
    },
    get events() {
      return engine.events.list();
    },
    on: (listener) => engine.events.subscribe(listener),
    faults: faultsApi(engine),
    export: () => exportWorld(engine),
  };
}
