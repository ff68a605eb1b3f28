import type { InputOf, Operation } from '../operations/operation.js';
import { ecsError } from '../shared/ecs-error.js';
import { entityCountByKey, entityRemove } from '../shared/entity-table.js';
import { fieldReader, fieldsOf, text } from '../shared/fields.js';
import { err, ok } from '../shared/result.js';
import { commit } from '../state/commit.js';
import { requireRegionIfGiven } from '../world/regions.js';
import { vSwitchIndexKeys } from './index-keys.js';
import { requireVSwitch } from './lookups.js';

/**
 * `DeleteVSwitch` parameters.
 *
 * @example
 * ```ts
 * const request: DeleteVSwitchRequest = { regionId: 'cn-hangzhou', vSwitchId: 'vsw-bp1...' };
 * ```
 * @category Network
 */
export interface DeleteVSwitchRequest {
  /** Region; when given, the vSwitch must be in it. */
  regionId?: string | undefined;
  /** The vSwitch (required): `Available`, with no instance left in it. */
  vSwitchId?: string | undefined;
}

const FIELDS = fieldsOf<DeleteVSwitchRequest>()(() => ({
  regionId: text,
  vSwitchId: text.required(),
}));

type DeleteVSwitchInput = InputOf<typeof FIELDS>;

/**
 * `DeleteVSwitch`: releases a vSwitch once no instance uses it.
 *
 * @internal
 */
export const deleteVSwitchOp: Operation<DeleteVSwitchInput, Record<never, never>> = {
  action: 'DeleteVSwitch',
  read: fieldReader(FIELDS),
  run(state, input) {
    const region = requireRegionIfGiven(state.world, input.regionId);
    if (!region.ok) return region;
    const vSwitch = requireVSwitch(state, input.regionId, input.vSwitchId);
    if (!vSwitch.ok) return vSwitch;
    if (vSwitch.value.status !== 'Available')
      return err(
        ecsError(
          'IncorrectVSwitchStatus',
          `The vSwitch ${input.vSwitchId} is ${vSwitch.value.status}; it can be deleted once Available.`,
        ),
      );
    const instances = entityCountByKey(state.instances, `vswitch:${input.vSwitchId}`);
    if (instances > 0)
      return err(
        ecsError(
          'DependencyViolation',
          `Specified object has dependent resources: ${instances} instance(s) still use the vSwitch ${input.vSwitchId}.`,
        ),
      );
    const vSwitches = entityRemove(state.vSwitches, input.vSwitchId, vSwitchIndexKeys);
    return ok({ state: commit(state, { vSwitches }), response: {} });
  },
};
