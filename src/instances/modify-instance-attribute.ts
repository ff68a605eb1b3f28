import type { InputOf, Operation } from '../operations/operation.js';
import { ecsError } from '../shared/ecs-error.js';
import { fieldReader, fieldsOf, flag, text } from '../shared/fields.js';
import { isValidDescription, isValidName } from '../shared/names.js';
import { err, ok } from '../shared/result.js';
import { commit } from '../state/commit.js';
import { instanceNotFound } from './errors.js';
import { validateInstanceSettings } from './instance-settings.js';
import { findInstance, putInstance } from './store.js';

/**
 * `ModifyInstanceAttribute` parameters (the SDK's `ModifyInstanceAttributeRequest`, the fields
 * fake-ecs keeps; the others are accepted without effect).
 *
 * @example
 * ```ts
 * const request: ModifyInstanceAttributeRequest = { instanceId: 'i-bp67acfmxazb4p0001', deletionProtection: true };
 * ```
 * @category Instances
 */
export interface ModifyInstanceAttributeRequest {
  /** The instance (required). */
  instanceId?: string | undefined;
  /** The new name: 2-128 characters starting with a letter. */
  instanceName?: string | undefined;
  /** The new description: 2-256 characters. */
  description?: string | undefined;
  /** The new host name (the guest sees it after a restart). */
  hostName?: string | undefined;
  /** The new user data, Base64: only while the instance is `Stopped`. */
  userData?: string | undefined;
  /** Turn deletion protection on or off. */
  deletionProtection?: boolean | undefined;
  /** Accepted: fake-ecs models no guest credentials. */
  password?: string | undefined;
}

const FIELDS = fieldsOf<ModifyInstanceAttributeRequest>()(() => ({
  password: text.discard(),
  instanceId: text.required(),
  instanceName: text,
  description: text,
  hostName: text,
  userData: text,
  deletionProtection: flag,
}));

type ModifyInstanceAttributeInput = InputOf<typeof FIELDS>;

/**
 * `ModifyInstanceAttribute`: changes an instance's name, description, host name, user data
 * (only while `Stopped`, as the reference says) or deletion protection. A request that changes
 * nothing succeeds and changes nothing.
 *
 * @internal
 */
export const modifyInstanceAttributeOp: Operation<
  ModifyInstanceAttributeInput,
  Record<never, never>
> = {
  action: 'ModifyInstanceAttribute',
  read: fieldReader(FIELDS),
  run(state, input) {
    const instance = findInstance(state, input.instanceId);
    if (!instance) return err(instanceNotFound(input.instanceId));
    if (input.instanceName !== undefined && !isValidName(input.instanceName))
      return err(ecsError('InvalidInstanceName.Malformed'));
    if (input.description !== undefined && !isValidDescription(input.description))
      return err(ecsError('InvalidDescription.Malformed'));
    const settings = validateInstanceSettings(state, instance.regionId, {
      hostName: input.hostName,
      userData: input.userData,
      keyPairName: undefined,
      deletionProtection: input.deletionProtection,
    });
    if (!settings.ok) return settings;
    if (input.userData !== undefined && instance.status !== 'Stopped')
      return err(
        ecsError(
          'IncorrectInstanceStatus',
          `The current status of the resource does not support this operation: the user data of instance ${instance.instanceId} can change only while it is Stopped; it is ${instance.status}.`,
        ),
      );
    const next = {
      ...instance,
      instanceName: input.instanceName ?? instance.instanceName,
      description: input.description ?? instance.description,
      hostName: input.hostName ?? instance.hostName,
      userData: input.userData ?? instance.userData,
      deletionProtection: input.deletionProtection ?? instance.deletionProtection,
    };
    const same = (Object.keys(next) as (keyof typeof next)[]).every((k) => next[k] === instance[k]);
    if (same) return ok({ state, response: {} });
    return ok({
      state: commit(state, { instances: putInstance(state.instances, next) }),
      response: {},
    });
  },
};
