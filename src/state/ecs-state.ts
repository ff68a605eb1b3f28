import type { AsyncTask } from '../async-tasks/types.js';
import type { CapacityHour } from '../billing/types.js';
import { preciseTime, type Timestamp } from '../clock/timestamp.js';
import type { Disk, DiskEncryptionDefault } from '../disks/types.js';
import type { SnapshotGroup } from '../groups/types.js';
import type { Image } from '../images/types.js';
import type { Instance } from '../instances/types.js';
import type { KeyPair } from '../keypairs/types.js';
import { defaultNetwork } from '../network/default-network.js';
import type { SecurityGroup, Vpc, VSwitch } from '../network/types.js';
import type { AutoSnapshotPolicy } from '../policies/types.js';
import { deepFreeze } from '../shared/deep-freeze.js';
import { type EntityTable, emptyEntityTable } from '../shared/entity-table.js';
import type { IdGeneratorState } from '../shared/ids.js';
import { emptyHashTable, type HashTable } from '../shared/persistent/index.js';
import type { LineageGhost, Snapshot, SnapshotLink } from '../snapshots/types.js';
import { emptyTasks } from '../tasks/schedule.js';
import type { TasksState } from '../tasks/types.js';
import type { Volume } from '../volumes/types.js';
import type { WorldConfig } from '../world/config.js';

/**
 * A remembered `clientToken`: the operation, a fingerprint of its parameters and the response it
 * got, so a retry returns the same ids.
 *
 * @example
 * ```ts
 * const record: IdempotencyRecord = { action: 'RunInstances', fingerprint: '{}', response: {} };
 * ```
 * @category World
 */
export interface IdempotencyRecord {
  /** The operation. */
  readonly action: string;
  /** The parameters, canonical JSON. */
  readonly fingerprint: string;
  /** The response body, without its request id. */
  readonly response: unknown;
}

/**
 * The snapshot capacity of one region, kept incrementally (never recomputed by scanning).
 *
 * @example
 * ```ts
 * ecs.state.snapshotUsage['cn-hangzhou']; //=> { snapshotCount: 2, snapshotBlocks: 2048 }
 * ```
 * @category Snapshots
 */
export interface SnapshotUsage {
  /** Live snapshots in the region. */
  readonly snapshotCount: number;
  /** Blocks they occupy together (times the block size: bytes). */
  readonly snapshotBlocks: number;
}

/**
 * The whole world as one immutable, frozen value of plain data (objects, arrays, strings, numbers,
 * and block maps), sharing structure between versions: a snapshot shares its block map with its
 * disk and with the snapshots before it. Not for `JSON.stringify`, which writes a shared part once
 * per place that uses it: its text grows with snapshots x blocks and, past a few thousand
 * snapshots interleaved with writes, exceeds JavaScript's longest string. To save a world as JSON,
 * use `ecs.export()`, which writes each shared part once (26 MB for 10,000 snapshots).
 *
 * @example
 * ```ts
 * ecs.state.clock.now; //=> '2026-01-01T00:00:00.000Z'
 * ```
 * @category World
 */
export interface EcsState {
  /** The state format version. */
  readonly version: 1;
  /** The virtual clock, with millisecond precision. */
  readonly clock: {
    /** The current time, `yyyy-MM-ddTHH:mm:ss.SSSZ`. */
    readonly now: Timestamp;
  };
  /** The position of the seeded id generator. */
  readonly ids: IdGeneratorState;
  /** The world's configuration. */
  readonly world: WorldConfig;
  /** Instances. */
  readonly instances: EntityTable<Instance>;
  /** Cloud disks. */
  readonly disks: EntityTable<Disk>;
  /** Custom images. */
  readonly images: EntityTable<Image>;
  /** Snapshots, live and failed. */
  readonly snapshots: EntityTable<Snapshot>;
  /** Snapshot chains, one per disk that has snapshots. */
  readonly snapshotLinks: EntityTable<SnapshotLink>;
  /** Hidden lineage nodes: deleted snapshots that two or more lineage branches descend from. */
  readonly lineageNodes: EntityTable<LineageGhost>;
  /**
   * The lineage tree's edges: node id -> the ids of the snapshots and hidden nodes whose lineage
   * parent it is (each node's `lineageParentId` is the truth; this finds children without a scan).
   */
  readonly lineageChildren: HashTable<readonly string[]>;
  /** Snapshot-consistent groups (instance snapshots). */
  readonly snapshotGroups: EntityTable<SnapshotGroup>;
  /** Automatic snapshot policies. */
  readonly autoSnapshotPolicies: EntityTable<AutoSnapshotPolicy>;
  /** Guest volumes (fake-ecs simulation: partitioned and spanned volumes the guest built). */
  readonly volumes: EntityTable<Volume>;
  /** VPCs, the default one of each region included. */
  readonly vpcs: EntityTable<Vpc>;
  /** vSwitches, each zone's default one included. */
  readonly vSwitches: EntityTable<VSwitch>;
  /** Security groups, each region's default one included. */
  readonly securityGroups: EntityTable<SecurityGroup>;
  /** SSH key pairs, by `regionId/keyPairName`. */
  readonly keyPairs: EntityTable<KeyPair>;
  /** Per region: how many live snapshots, and how many blocks they occupy together. */
  readonly snapshotUsage: Readonly<Record<string, SnapshotUsage>>;
  /**
   * Per region configured: disk encryption by default (on or off, and its KMS key); regions
   * never configured are absent (off, service key).
   */
  readonly diskEncryptionByDefault: Readonly<Record<string, DiskEncryptionDefault>>;
  /** Per region and UTC hour in which it changed: the snapshot capacity billing is computed from. */
  readonly capacityHistory: EntityTable<CapacityHour>;
  /** Pending asynchronous steps. */
  readonly tasks: TasksState;
  /** The operations real ECS reports as tasks (`DescribeTasks`), by task id. */
  readonly asyncTasks: EntityTable<AsyncTask>;
  /** Remembered client tokens, by `<Action>:<token>`. */
  readonly idempotency: HashTable<IdempotencyRecord>;
}

/**
 * The state of a new, empty world.
 *
 * @param world - The resolved configuration.
 * @param seed - The 32-bit seed.
 * @param startMs - The start of the clock.
 * @returns The initial state (frozen).
 * @internal
 */
export function initialState(world: WorldConfig, seed: number, startMs: number): EcsState {
  const network = defaultNetwork(world, seed, startMs);
  return deepFreeze({
    version: 1,
    clock: { now: preciseTime(startMs) },
    ids: { seed, counter: 0 },
    world,
    instances: emptyEntityTable<Instance>(),
    disks: emptyEntityTable<Disk>(),
    images: emptyEntityTable<Image>(),
    snapshots: emptyEntityTable<Snapshot>(),
    snapshotLinks: emptyEntityTable<SnapshotLink>(),
    lineageNodes: emptyEntityTable<LineageGhost>(),
    lineageChildren: emptyHashTable<readonly string[]>(),
    snapshotGroups: emptyEntityTable<SnapshotGroup>(),
    autoSnapshotPolicies: emptyEntityTable<AutoSnapshotPolicy>(),
    volumes: emptyEntityTable<Volume>(),
    vpcs: network.vpcs,
    vSwitches: network.vSwitches,
    securityGroups: network.securityGroups,
    keyPairs: emptyEntityTable<KeyPair>(),
    snapshotUsage: {},
    diskEncryptionByDefault: {},
    capacityHistory: emptyEntityTable<CapacityHour>(),
    tasks: emptyTasks(),
    asyncTasks: emptyEntityTable<AsyncTask>(),
    idempotency: emptyHashTable<IdempotencyRecord>(),
  });
}
