// The codes the Terraform provider's destroys retry on (./retry-codes.ts), where fake-ecs models
// them: each is answered in the situation the provider retries it for, and the call goes through
// once that situation is over. The lifecycle test (./lifecycle.test.ts) waits every status out, so
// it never needs a retry; this is what a destroy run in parallel, or without the waits, meets.

import { describe, expect, it } from 'vitest';
import { EcsError } from '../../../src/index.js';
import { thrownBy } from '../../fixtures/ecs-errors.js';
import { aGroup, anInstance, aVpc, aVSwitch, aWorld, REGION, ZONE } from '../../network/helpers.js';
import { retried } from './retry-codes.js';

/** The code a call is refused with, after checking the provider retries the action on it. */
function retriedCode(action: string, call: () => unknown): string {
  const error = thrownBy(call);
  expect(error).toBeInstanceOf(EcsError);
  expect(retried(action, error)).toBe(true);
  return (error as EcsError).code;
}

describe("the codes the Terraform provider's destroys retry on", () => {
  it('DeleteVpc: retried while a vSwitch, then a security group, is left; done once both are gone', () => {
    const ecs = aWorld({ timings: 'instant' });
    const vpcId = aVpc(ecs);
    const vSwitchId = aVSwitch(ecs, vpcId);
    const securityGroupId = aGroup(ecs, vpcId);
    const deleteVpc = () => ecs.deleteVpc({ regionId: REGION, vpcId });
    expect(retriedCode('DeleteVpc', deleteVpc)).toBe('DependencyViolation.VSwitch');
    ecs.deleteVSwitch({ regionId: REGION, vSwitchId });
    expect(retriedCode('DeleteVpc', deleteVpc)).toBe('DependencyViolation.SecurityGroup');
    ecs.deleteSecurityGroup({ regionId: REGION, securityGroupId });
    deleteVpc();
    expect(ecs.describeVpcs({ regionId: REGION, vpcId }).totalCount).toBe(0);
  });

  it('DeleteVpc: retried while the VPC is still Pending (IncorrectVpcStatus)', () => {
    const ecs = aWorld();
    const { vpcId } = ecs.createVpc({ regionId: REGION, cidrBlock: '10.0.0.0/16' });
    const deleteVpc = () => ecs.deleteVpc({ regionId: REGION, vpcId });
    expect(retriedCode('DeleteVpc', deleteVpc)).toBe('IncorrectVpcStatus');
    ecs.clock.settle();
    deleteVpc();
  });

  it('DeleteVSwitch and DeleteSecurityGroup: retried while an instance is in them (DependencyViolation)', () => {
    const ecs = aWorld({ timings: 'instant' });
    const vpcId = aVpc(ecs);
    const vSwitchId = aVSwitch(ecs, vpcId);
    const securityGroupId = aGroup(ecs, vpcId);
    const instanceId = anInstance(ecs, { vSwitchId, securityGroupId, zoneId: ZONE });
    ecs.clock.settle();
    const deleteVSwitch = () => ecs.deleteVSwitch({ regionId: REGION, vSwitchId });
    const deleteGroup = () => ecs.deleteSecurityGroup({ regionId: REGION, securityGroupId });
    expect(retriedCode('DeleteVSwitch', deleteVSwitch)).toBe('DependencyViolation');
    expect(retriedCode('DeleteSecurityGroup', deleteGroup)).toBe('DependencyViolation');
    ecs.deleteInstances({ regionId: REGION, instanceId: [instanceId], force: true });
    ecs.clock.settle();
    deleteGroup();
    deleteVSwitch();
  });

  it('AttachDisk and DetachDisk: retried while the disk is Creating, then Attaching (IncorrectDiskStatus)', () => {
    const ecs = aWorld();
    const instanceId = anInstance(ecs);
    ecs.clock.settle();
    const { diskId } = ecs.createDisk({ regionId: REGION, zoneId: ZONE, size: 20 });
    const attach = () => ecs.attachDisk({ instanceId, diskId });
    expect(retriedCode('AttachDisk', attach)).toBe('IncorrectDiskStatus');
    ecs.clock.settle();
    attach();
    const detach = () => ecs.detachDisk({ instanceId, diskId });
    expect(retriedCode('DetachDisk', detach)).toBe('IncorrectDiskStatus');
    ecs.clock.settle();
    detach();
  });
});
