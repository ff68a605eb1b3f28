import type { InputOf } from '../operations/operation.js';
import type { EcsError } from '../shared/ecs-error.js';
import { tags, text } from '../shared/fields.js';
import { IdAllocator } from '../shared/ids.js';
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
 * What `CreateKeyPair` and `ImportKeyPair` both take (`ImportKeyPair` adds the public key).
 *
 * @internal
 */
export const NEW_KEY_PAIR_FIELDS = {
  regionId: text.required(),
  keyPairName: text.required(),
  resourceGroupId: text,
  tag: tags,
};

/** @internal */
export type NewKeyPairInput = InputOf<typeof NEW_KEY_PAIR_FIELDS>;

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
