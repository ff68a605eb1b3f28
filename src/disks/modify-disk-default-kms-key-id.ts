import type { InputOf, Operation } from '../operations/operation.js';
import { ecsError } from '../shared/ecs-error.js';
import { fieldReader, fieldsOf, text } from '../shared/fields.js';
import { err, ok } from '../shared/result.js';
import { commit } from '../state/commit.js';
import {
  encryptionDefaultOf,
  requireEncryptionRegion,
  withEncryptionDefault,
} from './encryption-by-default.js';

/**
 * `ModifyDiskDefaultKMSKeyId` parameters.
 *
 * @example
 * ```ts
 * const request: ModifyDiskDefaultKMSKeyIdRequest = { regionId: 'cn-hangzhou', KMSKeyId: '0e478b7a-4262-4802-b8cb-00d3fb408b21' };
 * ```
 * @category Disks
 */
export interface ModifyDiskDefaultKMSKeyIdRequest {
  /** Region (required). */
  regionId?: string | undefined;
  /** The KMS key (required): a key id (`0e478b7a-...` or `key-...`). */
  KMSKeyId?: string | undefined;
}

const FIELDS = fieldsOf<ModifyDiskDefaultKMSKeyIdRequest>()(() => ({
  regionId: text.required(),
  KMSKeyId: text.required(),
}));

type ModifyDiskDefaultKMSKeyIdInput = InputOf<typeof FIELDS>;

/** What a KMS key id looks like: a UUID, or the newer `key-` ids. fake-ecs has no KMS to ask. */
const KMS_KEY_ID =
  /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|key-[0-9a-z]{8,64})$/i;

/**
 * `ModifyDiskDefaultKMSKeyId`: chooses the KMS key of a region's encryption by default.
 *
 * @internal
 */
export const modifyDiskDefaultKMSKeyIdOp: Operation<
  ModifyDiskDefaultKMSKeyIdInput,
  Record<never, never>
> = {
  action: 'ModifyDiskDefaultKMSKeyId',
  read: fieldReader(FIELDS),
  run(state, input) {
    const region = requireEncryptionRegion(state, input.regionId);
    if (!region.ok) return region;
    if (!KMS_KEY_ID.test(input.KMSKeyId))
      return err(
        ecsError(
          'InvalidOperation.KMSKeyIdNotFound',
          `The specified KMSKeyId not found, ${input.KMSKeyId}: use a key id such as 0e478b7a-4262-4802-b8cb-00d3fb408b21 or key-hzz62f1c0e2d1****.`,
        ),
      );
    if (encryptionDefaultOf(state, input.regionId).kmsKeyId === input.KMSKeyId)
      return ok({ state, response: {} });
    const diskEncryptionByDefault = withEncryptionDefault(state, input.regionId, {
      kmsKeyId: input.KMSKeyId,
    });
    return ok({ state: commit(state, { diskEncryptionByDefault }), response: {} });
  },
};
