import type * as $Ecs from '@alicloud/ecs20140526';
import { describe, expectTypeOf, it } from 'vitest';
import type { Ecs, WithRequestId } from '../../src/index.js';
import type { SdkData } from './sdk-shape.js';

type RequestOf<M extends keyof Ecs> = Ecs[M] extends (request: infer R) => unknown ? R : never;
type BodyOf<M extends keyof Ecs> = Ecs[M] extends (request: never) => infer B ? B : never;

describe('instance operations', () => {
  it('accept requests built with the official SDK classes', () => {
    expectTypeOf<$Ecs.RunInstancesRequest>().toExtend<RequestOf<'runInstances'>>();
    expectTypeOf<$Ecs.StartInstanceRequest>().toExtend<RequestOf<'startInstance'>>();
    expectTypeOf<$Ecs.StopInstanceRequest>().toExtend<RequestOf<'stopInstance'>>();
    expectTypeOf<$Ecs.RebootInstanceRequest>().toExtend<RequestOf<'rebootInstance'>>();
    expectTypeOf<$Ecs.DeleteInstanceRequest>().toExtend<RequestOf<'deleteInstance'>>();
    expectTypeOf<$Ecs.DescribeInstancesRequest>().toExtend<RequestOf<'describeInstances'>>();
    expectTypeOf<$Ecs.DescribeInstanceStatusRequest>().toExtend<
      RequestOf<'describeInstanceStatus'>
    >();
    expectTypeOf<$Ecs.DescribeImagesRequest>().toExtend<RequestOf<'describeImages'>>();
  });

  it('return bodies assignable to the official SDK response bodies', () => {
    expectTypeOf<BodyOf<'runInstances'>>().toExtend<SdkData<$Ecs.RunInstancesResponseBody>>();
    expectTypeOf<BodyOf<'startInstance'>>().toExtend<SdkData<$Ecs.StartInstanceResponseBody>>();
    expectTypeOf<BodyOf<'stopInstance'>>().toExtend<SdkData<$Ecs.StopInstanceResponseBody>>();
    expectTypeOf<BodyOf<'rebootInstance'>>().toExtend<SdkData<$Ecs.RebootInstanceResponseBody>>();
    expectTypeOf<BodyOf<'deleteInstance'>>().toExtend<SdkData<$Ecs.DeleteInstanceResponseBody>>();
    expectTypeOf<BodyOf<'describeInstances'>>().toExtend<
      SdkData<$Ecs.DescribeInstancesResponseBody>
    >();
    expectTypeOf<BodyOf<'describeInstanceStatus'>>().toExtend<
      SdkData<$Ecs.DescribeInstanceStatusResponseBody>
    >();
    expectTypeOf<BodyOf<'describeImages'>>().toExtend<SdkData<$Ecs.DescribeImagesResponseBody>>();
  });

  it('rejects a body whose field has the wrong type (the check has teeth)', () => {
    type Wrong = WithRequestId<{ totalCount: string }>;
    expectTypeOf<Wrong>().not.toExtend<SdkData<$Ecs.DescribeInstancesResponseBody>>();
  });
});
