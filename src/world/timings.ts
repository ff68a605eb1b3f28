/**
 * How long each asynchronous ECS operation takes on the virtual clock, in seconds. Every transient
 * status (`Pending`, `Starting`, `Stopping`, `Creating`, `Attaching`, `Detaching`) lasts exactly
 * its timing. `docs/timings.md` explains where the realistic values come from.
 *
 * @example
 * ```ts
 * const fast: Partial<Timings> = { instanceStart: 5, diskAttach: 1 };
 * ```
 * @category World
 */
export interface Timings {
  /** `RunInstances`: how long a new instance stays `Pending` before it starts. */
  readonly instanceCreate: number;
  /** How long an instance stays `Starting` (after RunInstances, StartInstance or a reboot). */
  readonly instanceStart: number;
  /** How long an instance stays `Stopping` (StopInstance, or the first half of a reboot). */
  readonly instanceStop: number;
  /** `CreateDisk`: how long a new disk stays `Creating`. */
  readonly diskCreate: number;
  /** `AttachDisk`: how long a disk stays `Attaching`. */
  readonly diskAttach: number;
  /** `DetachDisk`: how long a disk stays `Detaching`. */
  readonly diskDetach: number;
  /** `CreateSnapshot`: the fixed start-up time of every snapshot, before data is copied. */
  readonly snapshotStartup: number;
  /** Snapshot copy rate in bytes per second: a snapshot takes start-up + bytes to copy / rate. */
  readonly snapshotThroughput: number;
  /** How much a disk's IOPS and throughput drop while it has a snapshot in progress (0-1). */
  readonly snapshotIoDegradation: number;
  /** `ResetDisk` / `ReInitDisk`: how long a disk stays `ReIniting`. */
  readonly diskReInit: number;
  /** `CreateImage`: how long a custom image stays `Creating`. */
  readonly imageCreate: number;
  /** `CopySnapshot`: the copy rate across regions, bytes per second. */
  readonly snapshotCopyThroughput: number;
  /** Disks created from a snapshot load their data lazily: the rate, bytes per second. */
  readonly lazyLoadThroughput: number;
  /** How much a lazily loading disk's IOPS and throughput drop until it has loaded (0-1). */
  readonly lazyLoadDegradation: number;
  /** `CreateVpc`: how long a new VPC stays `Pending`. */
  readonly vpcCreate: number;
  /** `CreateVSwitch`: how long a new vSwitch stays `Pending`. */
  readonly vSwitchCreate: number;
}

/**
 * Durations close to what real ECS shows for small pay-as-you-go resources.
 *
 * @example
 * ```ts
 * REALISTIC_TIMINGS.instanceStart; //=> 20
 * ```
 * @category World
 */
export const REALISTIC_TIMINGS: Timings = Object.freeze({
  instanceCreate: 10,
  instanceStart: 20,
  instanceStop: 15,
  diskCreate: 10,
  diskAttach: 5,
  diskDetach: 10,
  snapshotStartup: 60,
  snapshotThroughput: 64 * 1024 * 1024,
  snapshotIoDegradation: 0.1,
  diskReInit: 30,
  imageCreate: 120,
  snapshotCopyThroughput: 32 * 1024 * 1024,
  lazyLoadThroughput: 128 * 1024 * 1024,
  lazyLoadDegradation: 0.5,
  vpcCreate: 5,
  vSwitchCreate: 5,
});

/**
 * Every operation completes at the moment it starts: for tests that do not care about time.
 *
 * @example
 * ```ts
 * INSTANT_TIMINGS.diskCreate; //=> 0
 * ```
 * @category World
 */
export const INSTANT_TIMINGS: Timings = Object.freeze({
  instanceCreate: 0,
  instanceStart: 0,
  instanceStop: 0,
  diskCreate: 0,
  diskAttach: 0,
  diskDetach: 0,
  snapshotStartup: 0,
  // "Unlimited", as a JSON-safe number: any disk copies in well under a millisecond.
  snapshotThroughput: Number.MAX_SAFE_INTEGER,
  snapshotIoDegradation: 0.1,
  diskReInit: 0,
  imageCreate: 0,
  snapshotCopyThroughput: Number.MAX_SAFE_INTEGER,
  lazyLoadThroughput: Number.MAX_SAFE_INTEGER,
  lazyLoadDegradation: 0.5,
  vpcCreate: 0,
  vSwitchCreate: 0,
});

/**
 * The names of every timing, for validation and docs.
 *
 * @internal
 */
export const TIMING_NAMES = Object.keys(REALISTIC_TIMINGS) as readonly (keyof Timings)[];
