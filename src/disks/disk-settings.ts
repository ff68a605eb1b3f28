import { type FieldValues, flag, text } from '../shared/fields.js';
import { givenFields } from '../shared/given-fields.js';

/**
 * The creation parameters that describe a disk without changing what fake-ecs simulates: stored
 * as given and shown by `DescribeDisks`. Only stated fields are present, so saved worlds of
 * earlier versions load unchanged. Encryption is carried to the disk's snapshots and to disks
 * made from them (real ECS's rule); no data is actually encrypted.
 *
 * @example
 * ```ts
 * const settings: DiskSettings = { encrypted: true, kmsKeyId: 'key-1', resourceGroupId: 'rg-1' };
 * ```
 * @category Disks
 */
export interface DiskSettings {
  /** The resource group (`ResourceGroupId`, or its instance's). */
  readonly resourceGroupId?: string | undefined;
  /** Whether the disk is encrypted (`Encrypted`, or its source snapshot's). */
  readonly encrypted?: boolean | undefined;
  /** The KMS key (`KMSKeyId`, or its source snapshot's). */
  readonly kmsKeyId?: string | undefined;
}

/**
 * `KMSKeyId` and `Encrypted` of a request or of one of its disks (`DataDisk.N`, `SystemDisk`),
 * for its spec.
 *
 * @internal
 */
export const ENCRYPTION_FIELDS = { KMSKeyId: text, encrypted: flag };

/**
 * The encryption settings given (a key alone means an encrypted disk, as real ECS takes it).
 *
 * @param values - The encryption fields as read.
 * @returns The settings given.
 * @internal
 */
export function encryptionOf(values: FieldValues<typeof ENCRYPTION_FIELDS>): DiskSettings {
  const kmsKeyId = values.KMSKeyId;
  const encrypted = values.encrypted ?? (kmsKeyId !== undefined ? true : undefined);
  return givenFields<DiskSettings>({ encrypted, kmsKeyId });
}

/**
 * The encryption a disk made from a snapshot inherits, unless its request states its own.
 *
 * @param source - The snapshot (or nothing).
 * @param stated - What the request gave.
 * @returns The disk's encryption fields.
 * @internal
 */
export function inheritedEncryption(
  source: DiskSettings | undefined,
  stated: DiskSettings,
): DiskSettings {
  if (stated.encrypted !== undefined || !source?.encrypted) return stated;
  return givenFields<DiskSettings>({ encrypted: true, kmsKeyId: source.kmsKeyId });
}

/**
 * The encryption part of stored settings.
 *
 * @param settings - A disk's or request's settings.
 * @returns `encrypted` and `kmsKeyId`, where present.
 * @internal
 */
export function readEncryption(settings: DiskSettings): DiskSettings {
  return givenFields<DiskSettings>({ encrypted: settings.encrypted, kmsKeyId: settings.kmsKeyId });
}
