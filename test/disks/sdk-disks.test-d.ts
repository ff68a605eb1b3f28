import type * as $Ecs from '@alicloud/ecs20140526';
import { describe, expectTypeOf, it } from 'vitest';
import type { DiskApi } from '../../src/disks/api.js';
import type { WithRequestId } from '../../src/index.js';
import type { SdkData } from '../types/sdk-shape.js';

type RequestOf<M extends keyof DiskApi> = DiskApi[M] extends (request: infer R) => unknown
  ? R
  : never;
type BodyOf<M extends keyof DiskApi> = DiskApi[M] extends (request: never) => infer B ? B : never;

describe('disk operations', () => {
  it('accept requests built with the official SDK classes', () => {
    expectTypeOf<$Ecs.CreateDiskRequest>().toExtend<RequestOf<'createDisk'>>();
    expectTypeOf<$Ecs.AttachDiskRequest>().toExtend<RequestOf<'attachDisk'>>();
    expectTypeOf<$Ecs.DetachDiskRequest>().toExtend<RequestOf<'detachDisk'>>();
    expectTypeOf<$Ecs.DeleteDiskRequest>().toExtend<RequestOf<'deleteDisk'>>();
    expectTypeOf<$Ecs.ResizeDiskRequest>().toExtend<RequestOf<'resizeDisk'>>();
    expectTypeOf<$Ecs.ModifyDiskAttributeRequest>().toExtend<RequestOf<'modifyDiskAttribute'>>();
    expectTypeOf<$Ecs.DescribeDisksRequest>().toExtend<RequestOf<'describeDisks'>>();
  });

  it('return bodies assignable to the official SDK response bodies', () => {
    expectTypeOf<BodyOf<'createDisk'>>().toExtend<SdkData<$Ecs.CreateDiskResponseBody>>();
    expectTypeOf<BodyOf<'attachDisk'>>().toExtend<SdkData<$Ecs.AttachDiskResponseBody>>();
    expectTypeOf<BodyOf<'detachDisk'>>().toExtend<SdkData<$Ecs.DetachDiskResponseBody>>();
    expectTypeOf<BodyOf<'deleteDisk'>>().toExtend<SdkData<$Ecs.DeleteDiskResponseBody>>();
    expectTypeOf<BodyOf<'resizeDisk'>>().toExtend<SdkData<$Ecs.ResizeDiskResponseBody>>();
    expectTypeOf<BodyOf<'modifyDiskAttribute'>>().toExtend<
      SdkData<$Ecs.ModifyDiskAttributeResponseBody>
    >();
    expectTypeOf<BodyOf<'describeDisks'>>().toExtend<SdkData<$Ecs.DescribeDisksResponseBody>>();
  });

  it('rejects a disk item whose field has the wrong type (the check has teeth)', () => {
    type Wrong = WithRequestId<{ disks: { disk: { size: string }[] } }>;
    expectTypeOf<Wrong>().not.toExtend<SdkData<$Ecs.DescribeDisksResponseBody>>();
  });
});
