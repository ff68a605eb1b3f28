import type * as $Ecs from '@alicloud/ecs20140526';
import { describe, expectTypeOf, it } from 'vitest';
import type { Ecs, WithRequestId } from '../../src/index.js';
import type { SdkData } from './sdk-shape.js';

type RequestOf<M extends keyof Ecs> = Ecs[M] extends (request: infer R) => unknown ? R : never;
type BodyOf<M extends keyof Ecs> = Ecs[M] extends (request: never) => infer B ? B : never;

describe('snapshot-consistent group operations', () => {
  it('accept requests built with the official SDK classes', () => {
    expectTypeOf<
      Omit<$Ecs.CreateSnapshotGroupRequest, 'resourceGroupId' | 'storageLocationArn'>
    >().toExtend<RequestOf<'createSnapshotGroup'>>();
    expectTypeOf<$Ecs.DeleteSnapshotGroupRequest>().toExtend<RequestOf<'deleteSnapshotGroup'>>();
    expectTypeOf<$Ecs.ModifySnapshotGroupRequest>().toExtend<RequestOf<'modifySnapshotGroup'>>();
    expectTypeOf<
      Omit<$Ecs.DescribeSnapshotGroupsRequest, 'additionalAttributes' | 'resourceGroupId'>
    >().toExtend<RequestOf<'describeSnapshotGroups'>>();
  });

  it('return bodies assignable to the official SDK response bodies', () => {
    expectTypeOf<BodyOf<'createSnapshotGroup'>>().toExtend<
      SdkData<$Ecs.CreateSnapshotGroupResponseBody>
    >();
    expectTypeOf<BodyOf<'describeSnapshotGroups'>>().toExtend<
      SdkData<$Ecs.DescribeSnapshotGroupsResponseBody>
    >();
    expectTypeOf<BodyOf<'deleteSnapshotGroup'>>().toExtend<
      SdkData<$Ecs.DeleteSnapshotGroupResponseBody>
    >();
    expectTypeOf<BodyOf<'modifySnapshotGroup'>>().toExtend<
      SdkData<$Ecs.ModifySnapshotGroupResponseBody>
    >();
  });

  it('keeps the describeSnapshots body assignable with the extra snapshotGroupId', () => {
    expectTypeOf<BodyOf<'describeSnapshots'>>().toExtend<
      SdkData<$Ecs.DescribeSnapshotsResponseBody>
    >();
  });

  it('rejects group tags shaped like DescribeSnapshots tags (the check has teeth)', () => {
    type Wrong = WithRequestId<{
      snapshotGroups: { snapshotGroup: { tags: { tag: { key: number }[] } }[] };
    }>;
    expectTypeOf<Wrong>().not.toExtend<SdkData<$Ecs.DescribeSnapshotGroupsResponseBody>>();
  });
});
