import type { WithRequestId } from '../operations/operation.js';
import type { EmptyResponseBody } from './api.js';
import type { BatchPowerResponseBody } from './batch-power.js';
import type { CreateInstanceRequest, CreateInstanceResponseBody } from './create-instance.js';
import type { DeleteInstancesRequest } from './delete-instances.js';
import type {
  DescribeInstanceAttributeRequest,
  DescribeInstanceAttributeResponseBody,
} from './describe-instance-attribute.js';
import type {
  DescribeInstanceAttachmentAttributesRequest,
  DescribeInstanceAttachmentAttributesResponseBody,
  DescribeInstanceMaintenanceAttributesRequest,
  DescribeInstanceMaintenanceAttributesResponseBody,
  DescribeInstanceRamRoleRequest,
  DescribeInstanceRamRoleResponseBody,
} from './describe-instance-extras.js';
import type {
  DescribeUserDataRequest,
  DescribeUserDataResponseBody,
} from './describe-user-data.js';
import type { ModifyInstanceAttributeRequest } from './modify-instance-attribute.js';
import type {
  RebootInstancesRequest,
  StartInstancesRequest,
  StopInstancesRequest,
} from './power-instances.js';

/**
 * The instance operations real programs drive beyond one instance at a time: the older
 * `CreateInstance`, batches, attributes, user data, and the reads a Terraform instance resource
 * makes after creating one.
 *
 * @example
 * ```ts
 * ecs.stopInstances({ regionId: 'cn-hangzhou', instanceId: [a, b], batchOptimization: 'SuccessFirst' });
 * ```
 * @category Instances
 */
export interface InstanceFleetApi {
  /**
   * Creates one instance the older way: `Pending`, then `Stopped` (start it with `startInstance`).
   *
   * @param request - The `runInstances` fields for one instance (no `amount`).
   * @returns `{ requestId, instanceId, orderId, tradePrice }`.
   * @throws EcsError every `runInstances` code, `InvalidUserData.*`, `InvalidHostName.Malformed`,
   *   `InvalidKeyPairName.NotFound`.
   * @example
   * ```ts
   * const { instanceId } = ecs.createInstance({ regionId: 'cn-hangzhou', imageId: 'aliyun_3_x64_20G_alibase_20240528.vhd', instanceType: 'ecs.g7.large' });
   * ```
   */
  createInstance(request: CreateInstanceRequest): WithRequestId<CreateInstanceResponseBody>;
  /**
   * Starts 1-100 `Stopped` instances; `batchOptimization: 'SuccessFirst'` answers each on its own.
   *
   * @param request - `{ regionId, instanceId: [...], batchOptimization?, dryRun? }`.
   * @returns `{ requestId, instanceResponses: { instanceResponse } }`.
   * @throws EcsError (AllTogether: the first instance's refusal) `MissingParameter`,
   *   `InvalidInstanceId.NotFound`, `IncorrectInstanceStatus`, `DiskError`, `DryRunOperation`.
   * @example
   * ```ts
   * ecs.startInstances({ regionId: 'cn-hangzhou', instanceId: [instanceId] });
   * ```
   */
  startInstances(request: StartInstancesRequest): WithRequestId<BatchPowerResponseBody>;
  /**
   * Stops 1-100 `Running` instances.
   *
   * @param request - `{ regionId, instanceId: [...], forceStop?, stoppedMode?, batchOptimization?, dryRun? }`.
   * @returns `{ requestId, instanceResponses: { instanceResponse } }`.
   * @throws EcsError `MissingParameter`, `InvalidInstanceId.NotFound`, `IncorrectInstanceStatus`,
   *   `DryRunOperation`.
   * @example
   * ```ts
   * ecs.stopInstances({ regionId: 'cn-hangzhou', instanceId: [instanceId] });
   * ```
   */
  stopInstances(request: StopInstancesRequest): WithRequestId<BatchPowerResponseBody>;
  /**
   * Reboots 1-100 `Running` instances.
   *
   * @param request - `{ regionId, instanceId: [...], forceReboot?, batchOptimization?, dryRun? }`.
   * @returns `{ requestId, instanceResponses: { instanceResponse } }`.
   * @throws EcsError `MissingParameter`, `InvalidInstanceId.NotFound`, `IncorrectInstanceStatus`,
   *   `DryRunOperation`.
   * @example
   * ```ts
   * ecs.rebootInstances({ regionId: 'cn-hangzhou', instanceId: [instanceId] });
   * ```
   */
  rebootInstances(request: RebootInstancesRequest): WithRequestId<BatchPowerResponseBody>;
  /**
   * Releases 1-100 instances, all or none.
   *
   * @param request - `{ regionId, instanceId: [...], force?, dryRun?, clientToken? }`.
   * @returns `{ requestId }`.
   * @throws EcsError `MissingParameter`, `InvalidInstanceId.NotFound`,
   *   `InvalidOperation.DeletionProtection`, `IncorrectInstanceStatus`, `DryRunOperation`.
   * @example
   * ```ts
   * ecs.deleteInstances({ regionId: 'cn-hangzhou', instanceId: [instanceId], force: true });
   * ```
   */
  deleteInstances(request: DeleteInstancesRequest): EmptyResponseBody;
  /**
   * One instance's attributes (found in any region).
   *
   * @param request - `{ instanceId }`.
   * @returns The attributes, shaped like the SDK's `DescribeInstanceAttributeResponseBody`.
   * @throws EcsError `MissingParameter`, `InvalidInstanceId.NotFound`.
   * @example
   * ```ts
   * ecs.describeInstanceAttribute({ instanceId }).hostName;
   * ```
   */
  describeInstanceAttribute(
    request: DescribeInstanceAttributeRequest,
  ): WithRequestId<DescribeInstanceAttributeResponseBody>;
  /**
   * Changes an instance's name, description, host name, user data (while `Stopped`) or deletion
   * protection.
   *
   * @param request - `{ instanceId, instanceName?, description?, hostName?, userData?, deletionProtection? }`.
   * @returns `{ requestId }`.
   * @throws EcsError `MissingParameter`, `InvalidInstanceId.NotFound`,
   *   `InvalidInstanceName.Malformed`, `InvalidDescription.Malformed`, `InvalidHostName.Malformed`,
   *   `InvalidUserData.*`, `IncorrectInstanceStatus`.
   * @example
   * ```ts
   * ecs.modifyInstanceAttribute({ instanceId, deletionProtection: false });
   * ```
   */
  modifyInstanceAttribute(request: ModifyInstanceAttributeRequest): EmptyResponseBody;
  /**
   * The user data an instance was given.
   *
   * @param request - `{ regionId, instanceId }`.
   * @returns `{ requestId, regionId, instanceId, userData }`.
   * @throws EcsError `MissingParameter`, `InvalidInstanceId.NotFound`.
   * @example
   * ```ts
   * atob(ecs.describeUserData({ regionId: 'cn-hangzhou', instanceId }).userData);
   * ```
   */
  describeUserData(request: DescribeUserDataRequest): WithRequestId<DescribeUserDataResponseBody>;
  /**
   * The maintenance policy of instances (the default: `AutoRecover`, no windows).
   *
   * @param request - `{ regionId, instanceId?: [...], pageNumber?, pageSize? }`.
   * @returns `{ requestId, totalCount, pageNumber, pageSize, maintenanceAttributes: { maintenanceAttribute } }`.
   * @throws EcsError `MissingParameter`, `InvalidRegionId.NotFound`, `InvalidParameter`.
   * @example
   * ```ts
   * ecs.describeInstanceMaintenanceAttributes({ regionId: 'cn-hangzhou', instanceId: [instanceId] });
   * ```
   */
  describeInstanceMaintenanceAttributes(
    request: DescribeInstanceMaintenanceAttributesRequest,
  ): WithRequestId<DescribeInstanceMaintenanceAttributesResponseBody>;
  /**
   * The private pool of instances (none).
   *
   * @param request - `{ regionId, instanceIds, pageNumber?, pageSize? }`.
   * @returns `{ requestId, totalCount, pageNumber, pageSize, instances: { instance } }`.
   * @throws EcsError `MissingParameter`, `InvalidRegionId.NotFound`, `InvalidInstanceIds.Malformed`.
   * @example
   * ```ts
   * ecs.describeInstanceAttachmentAttributes({ regionId: 'cn-hangzhou', instanceIds: JSON.stringify([instanceId]) });
   * ```
   */
  describeInstanceAttachmentAttributes(
    request: DescribeInstanceAttachmentAttributesRequest,
  ): WithRequestId<DescribeInstanceAttachmentAttributesResponseBody>;
  /**
   * The RAM roles of instances (none: fake-ecs models no RAM).
   *
   * @param request - `{ regionId, instanceIds?, ramRoleName?, pageNumber?, pageSize? }`.
   * @returns `{ requestId, regionId, totalCount, instanceRamRoleSets: { instanceRamRoleSet } }`.
   * @throws EcsError `MissingParameter`, `InvalidRegionId.NotFound`, `InvalidInstanceIds.Malformed`.
   * @example
   * ```ts
   * ecs.describeInstanceRamRole({ regionId: 'cn-hangzhou' }).totalCount; //=> 0
   * ```
   */
  describeInstanceRamRole(
    request: DescribeInstanceRamRoleRequest,
  ): WithRequestId<DescribeInstanceRamRoleResponseBody>;
}
