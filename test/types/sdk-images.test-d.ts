import type * as $Ecs from '@alicloud/ecs20140526';
import { describe, expectTypeOf, it } from 'vitest';
import type { Ecs, ImageId, WithRequestId } from '../../src/index.js';
import type { SdkData } from './sdk-shape.js';

type RequestOf<M extends keyof Ecs> = Ecs[M] extends (request: infer R) => unknown ? R : never;
type BodyOf<M extends keyof Ecs> = Ecs[M] extends (request: never) => infer B ? B : never;

describe('image operations', () => {
  it('accept requests built with the official SDK classes', () => {
    expectTypeOf<$Ecs.CreateImageRequest>().toExtend<RequestOf<'createImage'>>();
    expectTypeOf<$Ecs.DeleteImageRequest>().toExtend<RequestOf<'deleteImage'>>();
    expectTypeOf<$Ecs.DescribeImagesRequest>().toExtend<RequestOf<'describeImages'>>();
    expectTypeOf<$Ecs.ReplaceSystemDiskRequest>().toExtend<RequestOf<'replaceSystemDisk'>>();
    expectTypeOf<$Ecs.RunInstancesRequestDataDisk>().toExtend<
      NonNullable<RequestOf<'runInstances'>['dataDisk']>[number]
    >();
  });

  it('return bodies assignable to the official SDK response bodies', () => {
    expectTypeOf<BodyOf<'createImage'>>().toExtend<SdkData<$Ecs.CreateImageResponseBody>>();
    expectTypeOf<BodyOf<'deleteImage'>>().toExtend<SdkData<$Ecs.DeleteImageResponseBody>>();
    expectTypeOf<BodyOf<'describeImages'>>().toExtend<SdkData<$Ecs.DescribeImagesResponseBody>>();
    expectTypeOf<BodyOf<'replaceSystemDisk'>>().toExtend<
      SdkData<$Ecs.ReplaceSystemDiskResponseBody>
    >();
  });

  it('rejects a mapping size of the wrong type (the check has teeth)', () => {
    type Wrong = WithRequestId<{
      images: { image: { diskDeviceMappings: { diskDeviceMapping: { size: number }[] } }[] };
    }>;
    expectTypeOf<Wrong>().not.toExtend<SdkData<$Ecs.DescribeImagesResponseBody>>();
  });

  it('brands image ids', () => {
    expectTypeOf<string>().not.toExtend<ImageId>();
  });
});
