// The codes the Terraform alicloud provider retries each destroy (and attach) call on, read from
// terraform-provider-alicloud's resources, and its test of an answer against them.

/**
 * The provider's `DiskInvalidOperation` (alicloud/errors.go): what alicloud_ecs_disk_attachment
 * retries an AttachDisk or a DetachDisk on.
 */
const DISK_INVALID_OPERATION = [
  'IncorrectDiskStatus',
  'IncorrectInstanceStatus',
  'OperationConflict',
  'InternalError',
  'InvalidOperation.Conflict',
  'IncorrectDiskStatus.Initializing',
];

/**
 * The codes the provider retries each call on (its `IsExpectedErrors` lists), besides its
 * `NeedRetry` (throttling, `ServiceUnavailable`, 5xx). Checked against terraform-provider-alicloud:
 * resource_alicloud_ecs_disk (DeleteDisk), resource_alicloud_ecs_disk_attachment (DetachDisk),
 * resource_alicloud_instance (DeleteInstance), resource_alicloud_ecs_snapshot (DeleteSnapshot),
 * resource_alicloud_ecs_security_group, resource_alicloud_vpc_vswitch, resource_alicloud_vpc
 * (DeleteVpc), resource_alicloud_image (DeleteImage), resource_alicloud_ecs_snapshot_group
 * (DeleteSnapshotGroup), resource_alicloud_ecs_auto_snapshot_policy (DeleteAutoSnapshotPolicy)
 * and resource_alicloud_ecs_auto_snapshot_policy_attachment (CancelAutoSnapshotPolicy). An empty
 * list: `NeedRetry` only.
 */
export const RETRY_ON: Readonly<Record<string, readonly string[]>> = {
  AttachDisk: DISK_INVALID_OPERATION,
  DetachDisk: DISK_INVALID_OPERATION,
  DeleteDisk: ['IncorrectDiskStatus.Initializing'],
  DeleteInstances: [
    'IncorrectInstanceStatus',
    'DependencyViolation.RouteEntry',
    'IncorrectInstanceStatus.Initializing',
    'LastTokenProcessing',
  ],
  DeleteSnapshot: [],
  DeleteSecurityGroup: ['DependencyViolation'],
  DeleteVSwitch: [
    'DependencyViolation',
    'OperationConflict',
    'IncorrectRouteEntryStatus',
    'InternalError',
    'TaskConflict',
  ],
  DeleteVpc: [
    'DependencyViolation.VSwitch',
    'DependencyViolation.SecurityGroup',
    'IncorrectVpcStatus',
  ],
  DeleteSnapshotGroup: [],
  DeleteImage: [],
  CancelAutoSnapshotPolicy: ['InvalidOperation.Conflict'],
  DeleteAutoSnapshotPolicy: [],
};

/**
 * Whether the provider retries an action's failure: its `IsExpectedErrors` (the code, or the
 * message naming it) or its `NeedRetry` (throttling, `ServiceUnavailable`).
 */
export function retried(action: string, error: unknown): boolean {
  const { code, message } = error as { code?: unknown; message?: unknown };
  const text = `${String(code ?? '')} ${String(message ?? '')}`;
  if (/Throttling|ServiceUnavailable/.test(String(code ?? ''))) return true;
  return (RETRY_ON[action] ?? []).some((c) => String(code) === c || text.includes(c));
}
