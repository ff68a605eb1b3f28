import type { SimulationOperation } from '../operations/operation.js';
import { runKeyField } from '../operations/run-key.js';
import { answer, written } from '../operations/simulation-answer.js';
import { ok } from '../shared/result.js';
import {
  type CheckConsistencyInput,
  type CheckConsistencyRequest,
  checkConsistency,
  readCheckConsistency,
} from './check-consistency.js';
import type { CheckConsistencyResult } from './consistency-types.js';
import { createVolume } from './create-volume.js';
import {
  type CreateVolumeInput,
  type CreateVolumeRequest,
  type CreateVolumeResponse,
  readCreateVolume,
} from './create-volume-request.js';
import {
  type DescribeVolumesRequest,
  type DescribeVolumesResponse,
  describeVolumes,
} from './describe-volumes.js';
import {
  type ReadVolumeRequest,
  readVolume,
  type WriteVolumeRequest,
  writeVolume,
} from './volume-io.js';

/**
 * The guest's extended volumes and the consistency of rolling their disks back (fake-ecs
 * simulation: real ECS does not know about guest volumes). See docs/consistency.md.
 *
 * @example
 * ```ts
 * const { volumeId } = ecs.createVolume({ instanceId, kind: 'spanned', diskIds: [d1, d2, d3] });
 * ecs.writeVolume({ volumeId, offset: 0, data: 'hello' });
 * ecs.checkConsistency({ snapshotIds: [s1, s2, s3] }).verdict; //=> 'consistent'
 * ```
 * @category Simulation
 */
export interface VolumeApi {
  /**
   * The guest of a `Running` instance builds a volume from disks `In_use` on it: one disk cut
   * into partitions, or several disks spanned (concatenated, or striped with `stripeSize`).
   *
   * @param request - The instance, kind and disks.
   * @returns The new volume's id (`vol-...`).
   * @throws EcsError `InvalidInstanceId.NotFound`, `IncorrectInstanceStatus`,
   *   `InvalidDiskId.NotFound`, `IncorrectDiskStatus`, `InvalidDisk.InUse` (already in a volume),
   *   `InvalidParameter` (layout), `MissingParameter`, `UnsupportedParameter`.
   * @example
   * ```ts
   * ecs.createVolume({ instanceId, kind: 'partitioned', diskId, partitions: [{ size: 2 ** 30 }, { size: 2 ** 30 }] });
   * ```
   */
  createVolume(request: CreateVolumeRequest): CreateVolumeResponse;
  /**
   * Writes to a volume at a volume offset: the write is cut along the layout into disk writes,
   * applied to every member it reaches in one transition (all or nothing). The same status rules
   * as `writeDisk` apply to every member.
   *
   * @param request - The volume and the write.
   * @throws EcsError `InvalidVolumeId.NotFound`, `InvalidDiskId.NotFound`, `IncorrectDiskStatus`,
   *   `IncorrectInstanceStatus`, `InvalidParameter` (also for `data` given with `fill` or
   *   `length`), `MissingParameter`, `UnsupportedParameter`.
   * @example
   * ```ts
   * ecs.writeVolume({ volumeId, offset: 0, length: 3 * 2 ** 30, fill: 'dataset' });
   * ```
   */
  writeVolume(request: WriteVolumeRequest): void;
  /**
   * Reads a volume byte range, assembled from its member disks.
   *
   * @param request - The volume and the range.
   * @returns The bytes.
   * @throws EcsError as `writeVolume`.
   * @example
   * ```ts
   * ecs.readVolume({ volumeId, offset: 0, length: 5 });
   * ```
   */
  readVolume(request: ReadVolumeRequest): Uint8Array;
  /**
   * Lists the guest volumes with their consistency.
   *
   * @param request - An optional instance filter.
   * @returns The volumes.
   * @throws EcsError `InvalidParameter` (a request that is not an object, an `instanceId` that is
   * not a string), `UnsupportedParameter` (a field it does not read).
   * @example
   * ```ts
   * ecs.describeVolumes().volumes[0].consistency; //=> 'consistent'
   * ```
   */
  describeVolumes(request?: DescribeVolumesRequest): DescribeVolumesResponse;
  /**
   * Judges rolling a set of snapshots back together (one per disk): `consistent`, `unsure` (with
   * the writes counted and the block ranges affected) or `incomplete`. Changes nothing.
   *
   * @param request - The snapshot ids.
   * @returns The verdict.
   * @throws EcsError `InvalidSnapshotId.NotFound`, `InvalidParameter`, `MissingParameter`.
   * @example
   * ```ts
   * ecs.checkConsistency({ snapshotIds: [s1, s2, s3] }).verdict; //=> 'unsure'
   * ```
   */
  checkConsistency(request: CheckConsistencyRequest): CheckConsistencyResult;
}

/**
 * `ecs.createVolume`, as the engine runs it.
 *
 * @internal
 */
export const createVolumeSimulation: SimulationOperation<CreateVolumeInput, CreateVolumeResponse> =
  {
    action: 'CreateVolume',
    read: readCreateVolume,
    run: (state, input, ctx) => {
      const result = createVolume(state, input, ctx);
      if (!result.ok) return result;
      return ok({ state: result.value.state, response: { volumeId: result.value.volumeId } });
    },
  };

/**
 * `ecs.writeVolume`, as the engine runs it.
 *
 * @internal
 */
export const writeVolumeSimulation: SimulationOperation<WriteVolumeRequest, undefined> = {
  action: 'WriteVolume',
  runKey: runKeyField('volumeId'),
  run: (state, request) => written(writeVolume(state, request)),
};

/**
 * `ecs.readVolume`, as the engine runs it.
 *
 * @internal
 */
export const readVolumeSimulation: SimulationOperation<ReadVolumeRequest, Uint8Array> = {
  action: 'ReadVolume',
  run: (state, request) => answer(state, readVolume(state, request)),
};

/**
 * `ecs.describeVolumes`, as the engine runs it.
 *
 * @internal
 */
export const describeVolumesSimulation: SimulationOperation<
  DescribeVolumesRequest | undefined,
  DescribeVolumesResponse
> = {
  action: 'DescribeVolumes',
  run: (state, request) => answer(state, describeVolumes(state, request)),
};

/**
 * `ecs.checkConsistency`, as the engine runs it.
 *
 * @internal
 */
export const checkConsistencySimulation: SimulationOperation<
  CheckConsistencyInput,
  CheckConsistencyResult
> = {
  action: 'CheckConsistency',
  read: readCheckConsistency,
  run: (state, input) => answer(state, checkConsistency(state, input)),
};
