import type * as $Ecs from '@alicloud/ecs20140526';
import { describe, expectTypeOf, it } from 'vitest';
import type { Ecs, WithRequestId } from '../../src/index.js';
import type { SdkData } from './sdk-shape.js';

type RequestOf<M extends keyof Ecs> = Ecs[M] extends (request: infer R) => unknown ? R : never;
type BodyOf<M extends keyof Ecs> = Ecs[M] extends (request: never) => infer B ? B : never;

describe('snapshot operations', () => {
  it('accept requests built with the official SDK classes', () => {
    expectTypeOf<$Ecs.CreateSnapshotRequest>().toExtend<RequestOf<'createSnapshot'>>();
    expectTypeOf<$Ecs.DeleteSnapshotRequest>().toExtend<RequestOf<'deleteSnapshot'>>();
    expectTypeOf<$Ecs.DescribeSnapshotsRequest>().toExtend<RequestOf<'describeSnapshots'>>();
    expectTypeOf<$Ecs.ModifySnapshotAttributeRequest>().toExtend<
      RequestOf<'modifySnapshotAttribute'>
    >();
    expectTypeOf<$Ecs.DescribeSnapshotLinksRequest>().toExtend<
      RequestOf<'describeSnapshotLinks'>
    >();
    expectTypeOf<$Ecs.DescribeSnapshotsUsageRequest>().toExtend<
      RequestOf<'describeSnapshotsUsage'>
    >();
  });

  it('return bodies assignable to the official SDK response bodies', () => {
    expectTypeOf<BodyOf<'createSnapshot'>>().toExtend<SdkData<$Ecs.CreateSnapshotResponseBody>>();
    expectTypeOf<BodyOf<'deleteSnapshot'>>().toExtend<SdkData<$Ecs.DeleteSnapshotResponseBody>>();
    expectTypeOf<BodyOf<'describeSnapshots'>>().toExtend<
      SdkData<$Ecs.DescribeSnapshotsResponseBody>
    >();
    expectTypeOf<BodyOf<'modifySnapshotAttribute'>>().toExtend<
      SdkData<$Ecs.ModifySnapshotAttributeResponseBody>
    >();
    expectTypeOf<BodyOf<'describeSnapshotLinks'>>().toExtend<
      SdkData<$Ecs.DescribeSnapshotLinksResponseBody>
    >();
    expectTypeOf<BodyOf<'describeSnapshotsUsage'>>().toExtend<
      SdkData<$Ecs.DescribeSnapshotsUsageResponseBody>
    >();
  });

  it('rejects a snapshot item whose sourceDiskSize is a number (the check has teeth)', () => {
    type Wrong = WithRequestId<{ snapshots: { snapshot: { sourceDiskSize: number }[] } }>;
    expectTypeOf<Wrong>().not.toExtend<SdkData<$Ecs.DescribeSnapshotsResponseBody>>();
  });
});
