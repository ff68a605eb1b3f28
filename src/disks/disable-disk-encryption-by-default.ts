import { switchEncryptionByDefault } from './enable-disk-encryption-by-default.js';

/**
 * `DisableDiskEncryptionByDefault`: turns a region's disk encryption by default off (the KMS key
 * chosen is kept for the next time it is turned on).
 *
 * @internal
 */
export const disableDiskEncryptionByDefaultOp = switchEncryptionByDefault(
  'DisableDiskEncryptionByDefault',
  false,
);
