import { nextDataDevice } from '../disks/new-disk.js';
import { type EcsError, ecsError } from '../shared/ecs-error.js';
import { err, ok, type Result } from '../shared/result.js';
import { snapshotNotFound } from '../snapshots/errors.js';
import { findSnapshot } from '../snapshots/store.js';
import type { Snapshot } from '../snapshots/types.js';
import type { EcsState } from '../state/ecs-state.js';
import type { MappingChoice } from './create-image-request.js';
import type { ImageDiskMapping } from './types.js';

/** Empty data disks of an image: 20-32,768 GiB, 20 by default (ESSD and other non-basic disks). */
const EMPTY_DISK = { min: 20, max: 32768, default: 20 } as const;

interface Checked {
  readonly choice: MappingChoice;
  readonly type: 'system' | 'data';
  readonly snapshot: Snapshot | null;
  readonly size: number;
}

function checkOne(
  state: EcsState,
  regionId: string,
  choice: MappingChoice,
  fromSnapshotId: boolean,
): Result<Checked, EcsError> {
  if (!choice.snapshotId) {
    const size = choice.size ?? EMPTY_DISK.default;
    if (size < EMPTY_DISK.min || size > EMPTY_DISK.max)
      return err(
        ecsError(
          'InvalidSize.ValueNotSupported',
          `The specified parameter Size ${size} is not valid: an empty data disk takes ${EMPTY_DISK.min}-${EMPTY_DISK.max} GiB.`,
        ),
      );
    return ok({ choice, type: choice.diskType ?? 'data', snapshot: null, size });
  }
  const snapshot = findSnapshot(state, choice.snapshotId);
  if (!snapshot || snapshot.regionId !== regionId) return err(snapshotNotFound(choice.snapshotId));
  if (snapshot.status !== 'accomplished')
    return err(
      ecsError(
        'InvalidSnapshotId.NotReady',
        `The specified snapshot ${snapshot.snapshotId} has not completed yet (${snapshot.status}).`,
      ),
    );
  const type = choice.diskType ?? snapshot.sourceDiskType;
  if (fromSnapshotId && type === 'data')
    return err(
      ecsError(
        'OperationDenied',
        `The specified snapshot is not from system disk: ${snapshot.snapshotId} is a data disk snapshot.`,
        // The reference gives this case 403; the other OperationDenied cases of CreateImage are 400.
        403,
      ),
    );
  const size = choice.size ?? snapshot.sourceDiskSize;
  if (size < snapshot.sourceDiskSize)
    return err(
      ecsError(
        'InvalidSize.ValueNotSupported',
        `The specified parameter Size ${size} is not valid: snapshot ${snapshot.snapshotId} needs at least ${snapshot.sourceDiskSize} GiB.`,
      ),
    );
  return ok({ choice, type, snapshot, size });
}

function assignDevices(
  system: Checked,
  data: readonly Checked[],
): Result<ImageDiskMapping[], EcsError> {
  const systemDevice = system.choice.device ?? '/dev/xvda';
  if (systemDevice !== '/dev/xvda')
    return err(
      ecsError(
        'InvalidParameter',
        `The specified parameter DiskDeviceMapping.n.Device ${systemDevice} is not valid: the system disk is /dev/xvda.`,
      ),
    );
  const taken = new Set<string>([systemDevice]);
  for (const d of data) {
    const device = d.choice.device;
    if (device === undefined) continue;
    if (!/^\/dev\/xvd[b-z]$/.test(device))
      return err(
        ecsError(
          'InvalidParameter',
          `The specified parameter DiskDeviceMapping.n.Device ${device} is not valid: data disks use /dev/xvdb-/dev/xvdz.`,
        ),
      );
    if (taken.has(device))
      return err(ecsError('InvalidDevice.InUse', `The specified device ${device} is used twice.`));
    taken.add(device);
  }
  const mapping = (c: Checked, device: string): ImageDiskMapping => ({
    device,
    type: c.type,
    snapshotId: c.snapshot?.snapshotId ?? null,
    size: c.size,
  });
  const out = [mapping(system, systemDevice)];
  for (const d of data) {
    const device = d.choice.device ?? nextDataDevice(taken);
    taken.add(device);
    out.push(mapping(d, device));
  }
  return ok(out);
}

/**
 * Checks the disks of a new image and lays them out: exactly one system-disk snapshot (first,
 * at `/dev/xvda`), then the data disks; every snapshot accomplished, every size at least its
 * snapshot's.
 *
 * @param state - The state.
 * @param regionId - The image's region.
 * @param choices - The requested mappings (one, from `snapshotId`, or `diskDeviceMapping`).
 * @param fromSnapshotId - Whether they came from `snapshotId`.
 * @returns The mappings and the system snapshot, or the ECS error.
 * @internal
 */
export function resolveImageMappings(
  state: EcsState,
  regionId: string,
  choices: readonly MappingChoice[],
  fromSnapshotId: boolean,
): Result<{ mappings: ImageDiskMapping[]; system: Snapshot }, EcsError> {
  const checked: Checked[] = [];
  for (const choice of choices) {
    const one = checkOne(state, regionId, choice, fromSnapshotId);
    if (!one.ok) return one;
    checked.push(one.value);
  }
  const systems = checked.filter((c) => c.type === 'system');
  const [system] = systems;
  if (!system?.snapshot)
    return err(
      ecsError(
        'OperationDenied',
        'The specified parameter DiskDeviceMapping.n.SnapshotId does not contain system disk snapshot.',
      ),
    );
  if (systems.length > 1)
    return err(
      ecsError(
        'OperationDenied',
        'The specified parameter DiskDeviceMapping.n.SnapshotId contains two or more system disk snapshots.',
      ),
    );
  const laidOut = assignDevices(
    system,
    checked.filter((c) => c.type === 'data'),
  );
  if (!laidOut.ok) return laidOut;
  return ok({ mappings: laidOut.value, system: system.snapshot });
}
