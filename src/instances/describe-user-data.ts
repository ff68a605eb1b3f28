import type { InputOf, Operation } from '../operations/operation.js';
import { fieldReader, fieldsOf, text } from '../shared/fields.js';
import { err, ok } from '../shared/result.js';
import { instanceNotFound } from './errors.js';
import { findInstance } from './store.js';

/**
 * `DescribeUserData` parameters (the SDK's `DescribeUserDataRequest`).
 *
 * @example
 * ```ts
 * const request: DescribeUserDataRequest = { regionId: 'cn-hangzhou', instanceId: 'i-bp67acfmxazb4p0001' };
 * ```
 * @category Instances
 */
export interface DescribeUserDataRequest {
  /** The region (required). */
  regionId?: string | undefined;
  /** The instance (required). */
  instanceId?: string | undefined;
}

/**
 * `DescribeUserData` response body.
 *
 * @example
 * ```ts
 * const body: DescribeUserDataResponseBody = { regionId: 'cn-hangzhou', instanceId: 'i-bp67acfmxazb4p0001', userData: 'ZWNobyBoZWxsbw==' };
 * ```
 * @category Instances
 */
export interface DescribeUserDataResponseBody {
  /** The region. */
  regionId: string;
  /** The instance. */
  instanceId: string;
  /** The user data, Base64 as given; empty when the instance has none. */
  userData: string;
}

const FIELDS = fieldsOf<DescribeUserDataRequest>()(() => ({
  regionId: text.required(),
  instanceId: text.required(),
}));

type DescribeUserDataInput = InputOf<typeof FIELDS>;

/**
 * `DescribeUserData`: the user data an instance was given (`RunInstances`, `CreateInstance`,
 * `ModifyInstanceAttribute`). An instance of another region is unknown.
 *
 * @internal
 */
export const describeUserDataOp: Operation<DescribeUserDataInput, DescribeUserDataResponseBody> = {
  action: 'DescribeUserData',
  read: fieldReader(FIELDS),
  run(state, input) {
    const instance = findInstance(state, input.instanceId);
    if (!instance || instance.regionId !== input.regionId)
      return err(instanceNotFound(input.instanceId));
    return ok({
      state,
      response: {
        regionId: instance.regionId,
        instanceId: instance.instanceId,
        userData: instance.userData ?? '',
      },
    });
  },
};
