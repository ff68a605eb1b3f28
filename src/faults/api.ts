import { findDisk } from '../disks/store.js';
import type { Engine } from '../engine/engine.js';
import { ecsError } from '../shared/ecs-error.js';
import { plainRequest } from '../shared/plain-request.js';
import type { EcsFaults, FaultRuleInput } from './types.js';

/**
 * Binds fault injection to an engine.
 *
 * @param engine - The engine (its fault set knows the operations rules may name).
 * @returns `ecs.faults`.
 * @internal
 */
export function faultsApi(engine: Engine): EcsFaults {
  return {
    add(rule) {
      // Read once, as requests are: a getter or proxy cannot make the check and the rule differ.
      const plain = plainRequest(rule);
      if (!plain.ok)
        throw new TypeError(
          'ecs.faults.add: the rule cannot be read (a getter or proxy that throws, or a cycle).',
        );
      return engine.faults.add(plain.value as FaultRuleInput);
    },
    remove: (id) => engine.faults.remove(id),
    clear: () => engine.faults.clear(),
    failNextSnapshot(given) {
      const plain = plainRequest(given);
      if (!plain.ok) return engine.refuse(plain.error, 'FailNextSnapshot');
      const request = plain.value;
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
