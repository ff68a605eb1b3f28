import { commit } from '../state/commit.js';
import type { EcsState } from '../state/ecs-state.js';
import { findVpc, findVSwitch, putVpc, putVSwitch } from './store.js';

/**
 * The scheduler's handler for VPC tasks: a `Pending` VPC becomes `Available`. A stale task (the
 * VPC is gone) does nothing.
 *
 * @param state - The state, its clock at the task's time.
 * @param vpcId - The VPC.
 * @param taskSeq - The task's sequence number.
 * @returns The next state.
 * @internal
 */
export function advanceVpc(state: EcsState, vpcId: string, taskSeq: number): EcsState {
  const vpc = findVpc(state, vpcId);
  if (!vpc || vpc.pendingTask !== taskSeq) return state;
  return commit(state, {
    vpcs: putVpc(state.vpcs, { ...vpc, status: 'Available', pendingTask: null }),
  });
}

/**
 * The scheduler's handler for vSwitch tasks: a `Pending` vSwitch becomes `Available`.
 *
 * @param state - The state, its clock at the task's time.
 * @param vSwitchId - The vSwitch.
 * @param taskSeq - The task's sequence number.
 * @returns The next state.
 * @internal
 */
export function advanceVSwitch(state: EcsState, vSwitchId: string, taskSeq: number): EcsState {
  const vSwitch = findVSwitch(state, vSwitchId);
  if (!vSwitch || vSwitch.pendingTask !== taskSeq) return state;
  return commit(state, {
    vSwitches: putVSwitch(state.vSwitches, { ...vSwitch, status: 'Available', pendingTask: null }),
  });
}
