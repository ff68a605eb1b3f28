import type { CommonInput } from '../operations/operation.js';
import type { EcsError } from '../shared/ecs-error.js';
import { IdAllocator } from '../shared/ids.js';
import type { ParamReader } from '../shared/params.js';
import { resolveResourceGroup } from '../shared/resource-groups.js';
import { ok, type Result } from '../shared/result.js';
import { type TagInput, validateTags } from '../shared/tags.js';
import { commit } from '../state/commit.js';
import type { Transition, TransitionContext } from '../state/context.js';
import type { EcsState } from '../state/ecs-state.js';
import { requireRegion } from '../world/regions.js';
import { keyFingerprint } from './key-material.js';
import { checkNewKeyPair } from './key-pair-rules.js';
import { putKeyPair } from './store.js';
import type { KeyPair } from './types.js';

/**
 * What `CreateKeyPair` and `ImportKeyPair` share in their requests.
 *
 * @internal
 */
export interface NewKeyPairInput extends CommonInput {
  readonly regionId: string;
  readonly keyPairName: string;
  readonly resourceGroupId: string | undefined;
  readonly tag: unknown;
}

/**
 * Reads the shared fields of a new key pair.
 *
 * @param p - The reader.
 * @returns The fields.
 * @internal
 */
export function readNewKeyPair(p: ParamReader): NewKeyPairInput {
  return {
    regionId: p.required('regionId', p.string('regionId')),
    keyPairName: p.required('keyPairName', p.string('keyPairName')),
    resourceGroupId: p.string('resourceGroupId'),
    tag: p.passThrough('tag'),
  };
}

/**
 * Validates and stores a new key pair (region, name, quota, resource group, tags, in that order).
 *
 * @param state - The state.
 * @param input - The shared fields.
 * @param ctx - The time.
 * @param material - The key pair's public key (from the request, or made for it from its id).
 * @returns The transition with the stored key pair (the caller shapes the response), or the error.
 * @internal
 */
export function addKeyPair(
  state: EcsState,
  input: NewKeyPairInput,
  ctx: TransitionContext,
  material: (keyPairId: string) => string,
): Result<Transition<KeyPair>, EcsError> {
  const region = requireRegion(state.world, input.regionId);
  if (!region.ok) return region;
  const name = checkNewKeyPair(state, input.regionId, input.keyPairName);
  if (!name.ok) return name;
  const group = resolveResourceGroup(input.resourceGroupId);
  if (!group.ok) return group;
  const tags = validateTags(input.tag as TagInput[] | undefined);
  if (!tags.ok) return tags;
  const ids = new IdAllocator(state.ids);
  const keyPairId = ids.next('kp-', input.regionId);
  const publicKey = material(keyPairId);
  const keyPair: KeyPair = {
    seq: state.keyPairs.nextSeq,
    keyPairId,
    keyPairName: input.keyPairName,
    regionId: input.regionId,
    keyPairFingerPrint: keyFingerprint(publicKey),
    publicKey,
    creationTime: ctx.now,
    resourceGroupId: group.value,
    tags: tags.value,
  };
  const next = commit(state, {
    ids: ids.position(),
    keyPairs: putKeyPair(state.keyPairs, keyPair),
  });
  return ok({ state: next, response: keyPair });
}
