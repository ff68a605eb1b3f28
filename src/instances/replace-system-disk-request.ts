import type { Input } from '../operations/operation.js';
import { clientToken, fieldReader, fieldsOf, flag, int, object, text } from '../shared/fields.js';

/**
 * The new system disk of {@link ReplaceSystemDiskRequest}.
 *
 * @example
 * ```ts
 * const systemDisk: ReplaceSystemDiskRequestSystemDisk = { size: 80 };
 * ```
 * @category Instances
 */
export interface ReplaceSystemDiskRequestSystemDisk {
  /** Size in GiB, at least the image size. Default max(40, image size). */
  size?: number | undefined;
}

/**
 * `ReplaceSystemDisk` parameters (the SDK's `ReplaceSystemDiskRequest` fields fake-ecs supports).
 *
 * @example
 * ```ts
 * const request: ReplaceSystemDiskRequest = { instanceId: 'i-bp67acfmxazb4p0001', imageId: 'ubuntu_22_04_x64_20G_alibase_20240508.vhd' };
 * ```
 * @category Instances
 */
export interface ReplaceSystemDiskRequest {
  /** The instance (required); it must be `Stopped`. */
  instanceId?: string | undefined;
  /** The image of the new system disk (required): public, or an `Available` custom image. */
  imageId?: string | undefined;
  /** The new system disk; its category stays that of the old one. */
  systemDisk?: ReplaceSystemDiskRequestSystemDisk | undefined;
  /** Accepted: fake-ecs models no guest credentials. */
  password?: string | undefined;
  /** Accepted: fake-ecs models no guest credentials. */
  passwordInherit?: boolean | undefined;
  /** Accepted: fake-ecs models no guest credentials. */
  keyPairName?: string | undefined;
  /** Idempotency token: a retry with the same parameters returns the same disk. */
  clientToken?: string | undefined;
}

/**
 * `ReplaceSystemDisk` response body.
 *
 * @example
 * ```ts
 * const body: ReplaceSystemDiskResponseBody = { diskId: 'd-bp1s5fnvk4gn2tws0002' };
 * ```
 * @category Instances
 */
export interface ReplaceSystemDiskResponseBody {
  /** The new system disk's id. */
  diskId: string;
}

const SYSTEM_DISK_FIELDS = fieldsOf<ReplaceSystemDiskRequestSystemDisk>()(() => ({
  size: int({ min: 1 }),
}));

const FIELDS = fieldsOf<ReplaceSystemDiskRequest>()(() => ({
  password: text.discard(),
  passwordInherit: flag.discard(),
  keyPairName: text.discard(),
  instanceId: text.required(),
  imageId: text.required(),
  systemDisk: object(SYSTEM_DISK_FIELDS, ({ size }) => size),
  clientToken,
}));

/**
 * Reads a `ReplaceSystemDisk` request (the new system disk's size as `size`).
 *
 * @internal
 */
export const readReplaceSystemDisk = fieldReader(FIELDS, ({ systemDisk, ...rest }) => ({
  ...rest,
  size: systemDisk,
}));

/** @internal */
export type ReplaceSystemDiskInput = Input<ReturnType<typeof readReplaceSystemDisk>>;
