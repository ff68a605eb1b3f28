import { findKeyPair, keyPairNotFound } from '../keypairs/store.js';
import { type EcsError, ecsError } from '../shared/ecs-error.js';
import { type FieldValues, flag, int, oneOf, text } from '../shared/fields.js';
import { givenFields } from '../shared/given-fields.js';
import { err, ok, type Result } from '../shared/result.js';
import type { EcsState } from '../state/ecs-state.js';
import type { ShownInstanceSettings } from './types.js';

/** The raw user data may be up to 32 KiB before Base64 encoding (the reference's limit). */
const MAX_USER_DATA_BYTES = 32 * 1024;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
/** A host name: 2-64 characters, letters, digits, dots and hyphens, no dot or hyphen at an end. */
const HOST_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9.-]{0,62}[A-Za-z0-9])$/;

/**
 * The instance settings `RunInstances` and `CreateInstance` read, for their specs: checked by
 * {@link validateInstanceSettings}; the charge types and bandwidths are only shown.
 *
 * @internal
 */
export const SETTINGS_FIELDS = {
  hostName: text,
  userData: text,
  keyPairName: text,
  deletionProtection: flag,
  resourceGroupId: text,
  instanceChargeType: oneOf(['PostPaid', 'PrePaid']),
  internetChargeType: oneOf(['PayByTraffic', 'PayByBandwidth']),
  internetMaxBandwidthIn: int({ min: 1, max: 10_000 }),
  internetMaxBandwidthOut: int({ min: 0, max: 100 }),
};

type SettingsValues = FieldValues<typeof SETTINGS_FIELDS>;

/**
 * The settings of an instance as read: the shown ones grouped.
 *
 * @internal
 */
export type InstanceSettingsInput = Omit<SettingsValues, keyof ShownInstanceSettings> & {
  readonly shown: ShownInstanceSettings;
};

/**
 * Splits what a launch read into its settings and the rest.
 *
 * @param values - What the launch's spec read.
 * @returns The settings, and the other fields.
 * @internal
 */
export function splitSettings<V extends SettingsValues>(
  values: V,
): { settings: InstanceSettingsInput; rest: Omit<V, keyof SettingsValues> } {
  const {
    hostName,
    userData,
    keyPairName,
    deletionProtection,
    resourceGroupId,
    instanceChargeType,
    internetChargeType,
    internetMaxBandwidthIn,
    internetMaxBandwidthOut,
    ...rest
  } = values;
  const shown = givenFields<ShownInstanceSettings>({
    instanceChargeType,
    internetChargeType,
    internetMaxBandwidthIn,
    internetMaxBandwidthOut,
  });
  return {
    settings: { hostName, userData, keyPairName, deletionProtection, resourceGroupId, shown },
    rest,
  };
}

/** The number of bytes a valid Base64 text decodes to. */
function decodedLength(text: string): number {
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  return (text.length / 4) * 3 - padding;
}

/**
 * Checks the settings with ECS's rules: Base64 user data of at most 32 KiB once decoded, a host
 * name of 2-64 characters, a key pair of the region.
 *
 * @param state - The state (for the key pair).
 * @param regionId - The instance's region.
 * @param settings - The settings given.
 * @returns The settings, or the ECS error.
 * @internal
 */
export function validateInstanceSettings<
  T extends Pick<InstanceSettingsInput, 'hostName' | 'userData' | 'keyPairName'>,
>(state: EcsState, regionId: string, settings: T): Result<T, EcsError> {
  const { userData, hostName, keyPairName } = settings;
  if (userData !== undefined) {
    if (!BASE64.test(userData))
      return err(
        ecsError(
          'InvalidUserData.Base64FormatInvalid',
          'The specified parameter UserData must be base64 encoded.',
        ),
      );
    if (decodedLength(userData) > MAX_USER_DATA_BYTES)
      return err(
        ecsError(
          'InvalidUserData.SizeExceeded',
          `The specified parameter UserData exceeds the size: at most ${MAX_USER_DATA_BYTES} bytes before Base64 encoding.`,
        ),
      );
  }
  if (hostName !== undefined && !HOST_NAME.test(hostName))
    return err(
      ecsError(
        'InvalidHostName.Malformed',
        `The specified parameter HostName is not valid: ${JSON.stringify(hostName)} must be 2-64 letters, digits, dots or hyphens, not starting or ending with a dot or hyphen.`,
      ),
    );
  if (keyPairName !== undefined && !findKeyPair(state, regionId, keyPairName))
    return err(keyPairNotFound(keyPairName));
  return ok(settings);
}
