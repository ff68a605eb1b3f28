import type { SimulationOperation } from '../operations/operation.js';
import { runKeyField } from '../operations/run-key.js';
import { answer, written } from '../operations/simulation-answer.js';
import { type ReadDiskRequest, readDisk } from './read-disk.js';
import { type WriteDiskRequest, writeDisk } from './write-disk.js';

/**
 * The guest's disk I/O: what real ECS does not have, so a test can put data on a disk and read it
 * back (through snapshots and rollbacks).
 *
 * @example
 * ```ts
 * ecs.writeDisk({ diskId, offset: 0, data: 'hello' });
 * new TextDecoder().decode(ecs.readDisk({ diskId, offset: 0, length: 5 })); //=> 'hello'
 * ```
 * @category Simulation
 */
export interface DiskIoApi {
  /**
   * Writes to a disk that is `In_use` on a `Running` instance: real bytes, synthetic `fill`
   * content, or many writes in one transition.
   *
   * @param request - The disk and the write(s).
   * @throws EcsError `InvalidDiskId.NotFound`, `IncorrectDiskStatus`, `IncorrectInstanceStatus`,
   *   `InvalidParameter` (offset or length out of range, data given with a fill), `MissingParameter`,
   *   `UnsupportedParameter` (a field it does not read).
   * @example
   * ```ts
   * ecs.writeDisk({ diskId, offset: 0, length: 100 * 2 ** 30, fill: 'dataset' });
   * ```
   */
  writeDisk(request: WriteDiskRequest): void;
  /**
   * Reads a byte range of a disk that is `In_use` on a `Running` instance.
   *
   * @param request - The disk and range.
   * @returns The bytes (zeros where nothing was written).
   * @throws EcsError `InvalidDiskId.NotFound`, `IncorrectDiskStatus`, `IncorrectInstanceStatus`,
   *   `InvalidParameter`, `MissingParameter`, `UnsupportedParameter`.
   * @example
   * ```ts
   * ecs.readDisk({ diskId, offset: 0, length: 4096 });
   * ```
   */
  readDisk(request: ReadDiskRequest): Uint8Array;
}

/**
 * `ecs.writeDisk`, as the engine runs it.
 *
 * @internal
 */
export const writeDiskSimulation: SimulationOperation<WriteDiskRequest, undefined> = {
  action: 'WriteDisk',
  runKey: runKeyField('diskId'),
  run: (state, request) => written(writeDisk(state, request)),
};

/**
 * `ecs.readDisk`, as the engine runs it.
 *
 * @internal
 */
export const readDiskSimulation: SimulationOperation<ReadDiskRequest, Uint8Array> = {
  action: 'ReadDisk',
  run: (state, request) => answer(state, readDisk(state, request)),
};
