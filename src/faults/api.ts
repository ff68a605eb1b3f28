import { findDisk } from '../disks/store.js';
import type { Engine } from '../facade/engine.js';
import { ecsError } from '../shared/ecs-error.js';
import type { EcsFaults } from './types.js';

/**
 * Binds fault injection to an engine.
 *
 * @param engine - The engine (its fault set knows the operations rules may name).
 * @returns `ecs.faults`.
 * @internal
 */
export function faultsApi(engine: Engine): EcsFaults {
  return {
    add: (rule) => engine.faults.add(rule),
    remove: (id) => engine.faults.remove(id),
    clear: () => engine.faults.clear(),
    failNextSnapshot(request) {
      const diskId = (request as { diskId?: unknown } | null | undefined)?.diskId;
      if (typeof diskId !== 'string' || diskId === '')
        return engine.refuse(
          ecsError(
            'MissingParameter',
            'The input parameter DiskId that is mandatory for processing this request is not supplied.',
          ),
          'FailNextSnapshot',
        );
      const disk = findDisk(engine.state, diskId);
      if (!disk)
        return engine.refuse(
          ecsError('InvalidDiskId.NotFound', `The specified disk does not exist: ${diskId}.`),
          'FailNextSnapshot',
        );
      engine.faults.armSnapshotFailure(diskId, disk.progressingSnapshotId);
    },
    get rules() {
      return engine.faults.rules();
    },
  };
}
