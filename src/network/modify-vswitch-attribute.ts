import type { InputOf, Operation } from '../operations/operation.js';
import { ecsError } from '../shared/ecs-error.js';
import { fieldReader, fieldsOf, text } from '../shared/fields.js';
import { isValidDescription, isValidName } from '../shared/names.js';
import { err, ok } from '../shared/result.js';
import { commit } from '../state/commit.js';
import { requireRegionIfGiven } from '../world/regions.js';
import { requireVSwitch } from './lookups.js';
import { putVSwitch } from './store.js';

/**
 * `ModifyVSwitchAttribute` parameters: what is given changes, what is left out stays.
 *
 * @example
 * ```ts
 * const request: ModifyVSwitchAttributeRequest = { vSwitchId: 'vsw-bp1...', vSwitchName: 'app-h' };
 * ```
 * @category Network
 */
export interface ModifyVSwitchAttributeRequest {
  /** Region (optional: the vSwitch's region when left out). */
  regionId?: string | undefined;
  /** The vSwitch (required). */
  vSwitchId?: string | undefined;
  /** New name: 2-128 characters starting with a letter. */
  vSwitchName?: string | undefined;
  /** New description: 2-256 characters. */
  description?: string | undefined;
}

const FIELDS = fieldsOf<ModifyVSwitchAttributeRequest>()(() => ({
  regionId: text,
  vSwitchId: text.required(),
  vSwitchName: text,
  description: text,
}));

type ModifyVSwitchAttributeInput = InputOf<typeof FIELDS>;

/**
 * `ModifyVSwitchAttribute`: renames a vSwitch or changes its description.
 *
 * @internal
 */
export const modifyVSwitchAttributeOp: Operation<
  ModifyVSwitchAttributeInput,
  Record<never, never>
> = {
  action: 'ModifyVSwitchAttribute',
  read: fieldReader(FIELDS),
  run(state, input) {
    const region = requireRegionIfGiven(state.world, input.regionId);
    if (!region.ok) return region;
    const vSwitch = requireVSwitch(state, input.regionId, input.vSwitchId);
    if (!vSwitch.ok) return vSwitch;
    if (input.vSwitchName !== undefined && !isValidName(input.vSwitchName))
      return err(ecsError('InvalidVSwitchName.Malformed'));
    if (input.description !== undefined && !isValidDescription(input.description))
      return err(ecsError('InvalidDescription.Malformed'));
    const vSwitches = putVSwitch(state.vSwitches, {
      ...vSwitch.value,
      vSwitchName: input.vSwitchName ?? vSwitch.value.vSwitchName,
      description: input.description ?? vSwitch.value.description,
    });
    return ok({ state: commit(state, { vSwitches }), response: {} });
  },
};
