import { entityGet, entityPut, entityRemove } from '../shared/entity-table.js';
import type { EcsState } from '../state/ecs-state.js';
import type { AutoSnapshotPolicy } from './types.js';

/**
 * The index keys of a policy: its region (listings and the per-region quota).
 *
 * @param policy - The policy.
 * @returns Its keys.
 * @internal
 */
export function policyIndexKeys(policy: AutoSnapshotPolicy): readonly string[] {
  return [`region:${policy.regionId}`];
}

/**
 * Looks a policy up by id, in a region.
 *
 * @param state - The state.
 * @param policyId - The id.
 * @param regionId - The region it must belong to.
 * @returns The policy, or `undefined`.
 * @internal
 */
export function findPolicy(
  state: EcsState,
  policyId: string,
  regionId: string,
): AutoSnapshotPolicy | undefined {
  const policy = entityGet(state.autoSnapshotPolicies, policyId);
  return policy && policy.regionId === regionId ? policy : undefined;
}

/**
 * Stores a policy (insert or update) with its indexes.
 *
 * @param table - The policies table.
 * @param policy - The policy.
 * @returns The new table.
 * @internal
 */
export function putPolicy(
  table: EcsState['autoSnapshotPolicies'],
  policy: AutoSnapshotPolicy,
): EcsState['autoSnapshotPolicies'] {
  return entityPut(table, policy.autoSnapshotPolicyId, policy, policyIndexKeys);
}

/**
 * Removes a policy record.
 *
 * @param table - The policies table.
 * @param policyId - The id.
 * @returns The new table.
 * @internal
 */
export function removePolicy(
  table: EcsState['autoSnapshotPolicies'],
  policyId: string,
): EcsState['autoSnapshotPolicies'] {
  return entityRemove(table, policyId, policyIndexKeys);
}

/**
 * The index key of the disks a policy applies to: their count is the policy's `diskNums`.
 *
 * @param policyId - The policy.
 * @returns The disks' index key.
 * @internal
 */
export function policyDisksKey(policyId: string): string {
  return `policy:${policyId}`;
}
