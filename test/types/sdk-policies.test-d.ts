import type * as $Ecs from '@alicloud/ecs20140526';
import { describe, expectTypeOf, it } from 'vitest';
import type { Ecs, WithRequestId } from '../../src/index.js';
import type { SdkData } from './sdk-shape.js';

type RequestOf<M extends keyof Ecs> = Ecs[M] extends (request: infer R) => unknown ? R : never;
type BodyOf<M extends keyof Ecs> = Ecs[M] extends (request: never) => infer B ? B : never;

/** SDK request fields fake-ecs does not model (they fail with UnsupportedParameter). */
type Unmodelled =
  | 'ownerId'
  | 'resourceOwnerAccount'
  | 'resourceOwnerId'
  | 'ownerAccount'
  | 'resourceGroupId'
  | 'storageLocationArn'
  | 'copiedSnapshotsRetentionDays'
  | 'copyEncryptionConfiguration'
  | 'targetCopyRegions'
  | 'targetTags';

describe('automatic snapshot policy operations', () => {
  it('accept requests built with the official SDK classes', () => {
    expectTypeOf<Omit<$Ecs.CreateAutoSnapshotPolicyRequest, Unmodelled>>().toExtend<
      RequestOf<'createAutoSnapshotPolicy'>
    >();
    expectTypeOf<Omit<$Ecs.ApplyAutoSnapshotPolicyRequest, Unmodelled>>().toExtend<
      RequestOf<'applyAutoSnapshotPolicy'>
    >();
    expectTypeOf<Omit<$Ecs.CancelAutoSnapshotPolicyRequest, Unmodelled>>().toExtend<
      RequestOf<'cancelAutoSnapshotPolicy'>
    >();
    expectTypeOf<Omit<$Ecs.DeleteAutoSnapshotPolicyRequest, Unmodelled>>().toExtend<
      RequestOf<'deleteAutoSnapshotPolicy'>
    >();
    expectTypeOf<Omit<$Ecs.ModifyAutoSnapshotPolicyExRequest, Unmodelled>>().toExtend<
      RequestOf<'modifyAutoSnapshotPolicyEx'>
    >();
    expectTypeOf<Omit<$Ecs.DescribeAutoSnapshotPolicyExRequest, Unmodelled>>().toExtend<
      RequestOf<'describeAutoSnapshotPolicyEx'>
    >();
  });

  it('return bodies assignable to the official SDK response bodies', () => {
    expectTypeOf<BodyOf<'createAutoSnapshotPolicy'>>().toExtend<
      SdkData<$Ecs.CreateAutoSnapshotPolicyResponseBody>
    >();
    expectTypeOf<BodyOf<'applyAutoSnapshotPolicy'>>().toExtend<
      SdkData<$Ecs.ApplyAutoSnapshotPolicyResponseBody>
    >();
    expectTypeOf<BodyOf<'cancelAutoSnapshotPolicy'>>().toExtend<
      SdkData<$Ecs.CancelAutoSnapshotPolicyResponseBody>
    >();
    expectTypeOf<BodyOf<'deleteAutoSnapshotPolicy'>>().toExtend<
      SdkData<$Ecs.DeleteAutoSnapshotPolicyResponseBody>
    >();
    expectTypeOf<BodyOf<'modifyAutoSnapshotPolicyEx'>>().toExtend<
      SdkData<$Ecs.ModifyAutoSnapshotPolicyExResponseBody>
    >();
    expectTypeOf<BodyOf<'describeAutoSnapshotPolicyEx'>>().toExtend<
      SdkData<$Ecs.DescribeAutoSnapshotPolicyExResponseBody>
    >();
  });

  it('keeps describeDisks assignable with the policy fields filled', () => {
    expectTypeOf<BodyOf<'describeDisks'>>().toExtend<SdkData<$Ecs.DescribeDisksResponseBody>>();
    expectTypeOf<{ autoSnapshotPolicyId: string }>().toExtend<RequestOf<'describeDisks'>>();
  });

  it('rejects a diskNums typed as text (the check has teeth)', () => {
    type Wrong = WithRequestId<{
      autoSnapshotPolicies: { autoSnapshotPolicy: { diskNums: string }[] };
    }>;
    expectTypeOf<Wrong>().not.toExtend<SdkData<$Ecs.DescribeAutoSnapshotPolicyExResponseBody>>();
  });
});
