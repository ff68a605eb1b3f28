// THE OPERATION TABLE: every ECS operation fake-ecs serves, one row each. The facade's methods
// (createEcs), the SDK-shaped client's methods (SDK_OPERATIONS), the HTTP server's action map and
// the operation names fault rules may name are all derived from it; nothing else lists them.
//
// Adding an ECS operation (recipe):
//   1. One file in its aggregate's folder, e.g. `src/disks/describe-disk-monitor-data.ts`, that
//      exports `describeDiskMonitorDataOp: Operation<Input, ResponseBody>` (`action`: the PascalCase
//      ECS name; `read`: its parameters; `run`: the pure transition) and its documented
//      `...Request` / `...ResponseBody` types. Each parameter is declared once, in a field spec
//      checked against the documented request (`src/shared/fields.ts`):
//        const FIELDS = fieldsOf<DescribeDiskMonitorDataRequest>()(() => ({
//          regionId: text.required(), diskIds: jsonIds(100), maxResults: int({ min: 1 }),
//          dryRun: flag }));
//        type DescribeDiskMonitorDataInput = InputOf<typeof FIELDS>;   // derived, never written
//        read: fieldReader(FIELDS),   // or fieldReader(FIELDS, (values, p) => ...) for the rules
//                                     // across fields (exactly one of, required if) and the shape
//      The kinds (`text`, `flag`, `int`, `oneOf`, `ids`, `jsonIds`, `tags`, `clientToken`,
//      `object`, `list`, `accepted`...) read with the `ParamReader` methods, so codes and messages
//      are the reader's; a documented parameter fake-ecs takes without effect is `accepted<T>()`.
//   2. One row below, keyed by the SDK client's method name (the action with a lowercase first
//      letter), in alphabetical order: `describeDiskMonitorData: describeDiskMonitorDataOp,`.
//   3. Its documented method signature (summary, @param, @returns, @throws, @example) in the
//      aggregate's `*Api` interface (e.g. `DiskApi` in `src/disks/api.ts`): that interface is the
//      documentation surface. The type checker fails until the row and the signature agree (same
//      method names, same response body). A new aggregate's `*Api` interface is also added to
//      `EcsApi` (`./ecs-api.ts`) and to the `Ecs` interface's `extends` list.
//   4. `npm run contract` (regenerates the parameter list of docs/fidelity.md from the row: what
//      the reader reads is "modelled", what `stores` lists is "stored", the rest of the documented
//      parameters "accepted without effect"); test/contract/fidelity-doc.test.ts checks it.
// Nothing else: the facade, the SDK client, the server and fault rules pick the row up.

import { describeTaskAttributeOp } from '../async-tasks/describe-task-attribute.js';
import { describeTasksOp } from '../async-tasks/describe-tasks.js';
import { describeAvailableResourceOp } from '../catalogue/describe-available-resource.js';
import { describeInstanceTypeFamiliesOp } from '../catalogue/describe-instance-type-families.js';
import { describeInstanceTypesOp } from '../catalogue/describe-instance-types.js';
import { describeRegionsOp } from '../catalogue/describe-regions.js';
import { describeZonesOp } from '../catalogue/describe-zones.js';
import { attachDiskOp } from '../disks/attach-disk.js';
import { createDiskOp } from '../disks/create-disk.js';
import { deleteDiskOp } from '../disks/delete-disk.js';
import { describeDiskDefaultKMSKeyIdOp } from '../disks/describe-disk-default-kms-key-id.js';
import { describeDiskEncryptionByDefaultStatusOp } from '../disks/describe-disk-encryption-by-default-status.js';
import { describeDisksOp } from '../disks/describe-disks.js';
import { detachDiskOp } from '../disks/detach-disk.js';
import { disableDiskEncryptionByDefaultOp } from '../disks/disable-disk-encryption-by-default.js';
import { enableDiskEncryptionByDefaultOp } from '../disks/enable-disk-encryption-by-default.js';
import { modifyDiskAttributeOp } from '../disks/modify-disk-attribute.js';
import { modifyDiskDefaultKMSKeyIdOp } from '../disks/modify-disk-default-kms-key-id.js';
import { modifyDiskSpecOp } from '../disks/modify-disk-spec.js';
import { reInitDiskOp } from '../disks/re-init-disk.js';
import { resetDiskOp } from '../disks/reset-disk.js';
import { resetDiskDefaultKMSKeyIdOp } from '../disks/reset-disk-default-kms-key-id.js';
import { resetDisksOp } from '../disks/reset-disks.js';
import { resizeDiskOp } from '../disks/resize-disk.js';
import { createSnapshotGroupOp } from '../groups/create-snapshot-group.js';
import { deleteSnapshotGroupOp } from '../groups/delete-snapshot-group.js';
import { describeSnapshotGroupsOp } from '../groups/describe-snapshot-groups.js';
import { modifySnapshotGroupOp } from '../groups/modify-snapshot-group.js';
import { createImageOp } from '../images/create-image.js';
import { deleteImageOp } from '../images/delete-image.js';
import { describeImageSupportInstanceTypesOp } from '../images/describe-image-support-instance-types.js';
import { describeImagesOp } from '../images/describe-images.js';
import { modifyImageAttributeOp } from '../images/modify-image-attribute.js';
import { createInstanceOp } from '../instances/create-instance.js';
import { deleteInstanceOp } from '../instances/delete-instance.js';
import { deleteInstancesOp } from '../instances/delete-instances.js';
import { describeInstanceAttributeOp } from '../instances/describe-instance-attribute.js';
import {
  describeInstanceAttachmentAttributesOp,
  describeInstanceMaintenanceAttributesOp,
  describeInstanceRamRoleOp,
} from '../instances/describe-instance-extras.js';
import { describeInstanceStatusOp } from '../instances/describe-instance-status.js';
import { describeInstancesOp } from '../instances/describe-instances.js';
import { describeUserDataOp } from '../instances/describe-user-data.js';
import { modifyInstanceAttributeOp } from '../instances/modify-instance-attribute.js';
import {
  rebootInstancesOp,
  startInstancesOp,
  stopInstancesOp,
} from '../instances/power-instances.js';
import { rebootInstanceOp } from '../instances/reboot-instance.js';
import { replaceSystemDiskOp } from '../instances/replace-system-disk.js';
import { runInstancesOp } from '../instances/run-instances.js';
import { startInstanceOp } from '../instances/start-instance.js';
import { stopInstanceOp } from '../instances/stop-instance.js';
import { attachKeyPairOp, detachKeyPairOp } from '../keypairs/bind-key-pair.js';
import { createKeyPairOp } from '../keypairs/create-key-pair.js';
import { deleteKeyPairsOp } from '../keypairs/delete-key-pairs.js';
import { describeKeyPairsOp } from '../keypairs/describe-key-pairs.js';
import { importKeyPairOp } from '../keypairs/import-key-pair.js';
import { authorizeSecurityGroupOp } from '../network/authorize-security-group.js';
import { authorizeSecurityGroupEgressOp } from '../network/authorize-security-group-egress.js';
import { createSecurityGroupOp } from '../network/create-security-group.js';
import { createVpcOp } from '../network/create-vpc.js';
import { createVSwitchOp } from '../network/create-vswitch.js';
import { deleteSecurityGroupOp } from '../network/delete-security-group.js';
import { deleteVpcOp } from '../network/delete-vpc.js';
import { deleteVSwitchOp } from '../network/delete-vswitch.js';
import { describeNetworkInterfacesOp } from '../network/describe-network-interfaces.js';
import { describeSecurityGroupAttributeOp } from '../network/describe-security-group-attribute.js';
import { describeSecurityGroupReferencesOp } from '../network/describe-security-group-references.js';
import { describeSecurityGroupsOp } from '../network/describe-security-groups.js';
import { describeVpcsOp } from '../network/describe-vpcs.js';
import { describeVSwitchesOp } from '../network/describe-vswitches.js';
import { joinSecurityGroupOp } from '../network/join-security-group.js';
import { leaveSecurityGroupOp } from '../network/leave-security-group.js';
import { modifySecurityGroupAttributeOp } from '../network/modify-security-group-attribute.js';
import { modifySecurityGroupPolicyOp } from '../network/modify-security-group-policy.js';
import {
  modifySecurityGroupEgressRuleOp,
  modifySecurityGroupRuleOp,
} from '../network/modify-security-group-rule.js';
import { modifyVpcAttributeOp } from '../network/modify-vpc-attribute.js';
import { modifyVSwitchAttributeOp } from '../network/modify-vswitch-attribute.js';
import { revokeSecurityGroupOp } from '../network/revoke-security-group.js';
import { revokeSecurityGroupEgressOp } from '../network/revoke-security-group-egress.js';
import { applyAutoSnapshotPolicyOp } from '../policies/apply-auto-snapshot-policy.js';
import { cancelAutoSnapshotPolicyOp } from '../policies/cancel-auto-snapshot-policy.js';
import { createAutoSnapshotPolicyOp } from '../policies/create-auto-snapshot-policy.js';
import { deleteAutoSnapshotPolicyOp } from '../policies/delete-auto-snapshot-policy.js';
import { describeAutoSnapshotPolicyExOp } from '../policies/describe-auto-snapshot-policy-ex.js';
import { modifyAutoSnapshotPolicyExOp } from '../policies/modify-auto-snapshot-policy-ex.js';
import { copySnapshotOp } from '../snapshots/copy-snapshot.js';
import { createSnapshotOp } from '../snapshots/create-snapshot.js';
import { deleteSnapshotOp } from '../snapshots/delete-snapshot.js';
import { describeSnapshotLinksOp } from '../snapshots/describe-snapshot-links.js';
import { describeSnapshotsOp } from '../snapshots/describe-snapshots.js';
import { describeSnapshotsUsageOp } from '../snapshots/describe-snapshots-usage.js';
import { modifySnapshotAttributeOp } from '../snapshots/modify-snapshot-attribute.js';
import { addTagsOp, removeTagsOp } from '../tags/add-remove-tags.js';
import { describeTagsOp } from '../tags/describe-tags.js';
import { joinResourceGroupOp } from '../tags/join-resource-group.js';
import { listTagResourcesOp } from '../tags/list-tag-resources.js';
import { tagResourcesOp } from '../tags/tag-resources.js';
import { untagResourcesOp } from '../tags/untag-resources.js';
import type { EcsApi } from './ecs-api.js';
import type { AnyOperation, Operation, WithRequestId } from './operation.js';

/**
 * Every ECS operation fake-ecs serves, keyed by the official SDK client's method name. Not
 * exported: its inferred type names every operation's input, which declaration files cannot
 * (adapters read {@link OPERATION_ROWS}).
 */
const ECS_OPERATIONS = {
  addTags: addTagsOp,
  applyAutoSnapshotPolicy: applyAutoSnapshotPolicyOp,
  attachDisk: attachDiskOp,
  attachKeyPair: attachKeyPairOp,
  authorizeSecurityGroup: authorizeSecurityGroupOp,
  authorizeSecurityGroupEgress: authorizeSecurityGroupEgressOp,
  cancelAutoSnapshotPolicy: cancelAutoSnapshotPolicyOp,
  copySnapshot: copySnapshotOp,
  createAutoSnapshotPolicy: createAutoSnapshotPolicyOp,
  createDisk: createDiskOp,
  createImage: createImageOp,
  createInstance: createInstanceOp,
  createKeyPair: createKeyPairOp,
  createSecurityGroup: createSecurityGroupOp,
  createSnapshot: createSnapshotOp,
  createSnapshotGroup: createSnapshotGroupOp,
  createVpc: createVpcOp,
  createVSwitch: createVSwitchOp,
  deleteAutoSnapshotPolicy: deleteAutoSnapshotPolicyOp,
  deleteDisk: deleteDiskOp,
  deleteImage: deleteImageOp,
  deleteInstance: deleteInstanceOp,
  deleteInstances: deleteInstancesOp,
  deleteKeyPairs: deleteKeyPairsOp,
  deleteSecurityGroup: deleteSecurityGroupOp,
  deleteSnapshot: deleteSnapshotOp,
  deleteSnapshotGroup: deleteSnapshotGroupOp,
  deleteVpc: deleteVpcOp,
  deleteVSwitch: deleteVSwitchOp,
  describeAutoSnapshotPolicyEx: describeAutoSnapshotPolicyExOp,
  describeAvailableResource: describeAvailableResourceOp,
  describeDiskDefaultKMSKeyId: describeDiskDefaultKMSKeyIdOp,
  describeDiskEncryptionByDefaultStatus: describeDiskEncryptionByDefaultStatusOp,
  describeDisks: describeDisksOp,
  describeImages: describeImagesOp,
  describeImageSupportInstanceTypes: describeImageSupportInstanceTypesOp,
  describeInstanceAttachmentAttributes: describeInstanceAttachmentAttributesOp,
  describeInstanceAttribute: describeInstanceAttributeOp,
  describeInstanceMaintenanceAttributes: describeInstanceMaintenanceAttributesOp,
  describeInstanceRamRole: describeInstanceRamRoleOp,
  describeInstances: describeInstancesOp,
  describeInstanceStatus: describeInstanceStatusOp,
  describeInstanceTypeFamilies: describeInstanceTypeFamiliesOp,
  describeInstanceTypes: describeInstanceTypesOp,
  describeKeyPairs: describeKeyPairsOp,
  describeNetworkInterfaces: describeNetworkInterfacesOp,
  describeRegions: describeRegionsOp,
  describeSecurityGroupAttribute: describeSecurityGroupAttributeOp,
  describeSecurityGroupReferences: describeSecurityGroupReferencesOp,
  describeSecurityGroups: describeSecurityGroupsOp,
  describeSnapshotGroups: describeSnapshotGroupsOp,
  describeSnapshotLinks: describeSnapshotLinksOp,
  describeSnapshots: describeSnapshotsOp,
  describeSnapshotsUsage: describeSnapshotsUsageOp,
  describeTags: describeTagsOp,
  describeTaskAttribute: describeTaskAttributeOp,
  describeTasks: describeTasksOp,
  describeUserData: describeUserDataOp,
  describeVpcs: describeVpcsOp,
  describeVSwitches: describeVSwitchesOp,
  describeZones: describeZonesOp,
  detachDisk: detachDiskOp,
  detachKeyPair: detachKeyPairOp,
  disableDiskEncryptionByDefault: disableDiskEncryptionByDefaultOp,
  enableDiskEncryptionByDefault: enableDiskEncryptionByDefaultOp,
  importKeyPair: importKeyPairOp,
  joinResourceGroup: joinResourceGroupOp,
  joinSecurityGroup: joinSecurityGroupOp,
  leaveSecurityGroup: leaveSecurityGroupOp,
  listTagResources: listTagResourcesOp,
  modifyAutoSnapshotPolicyEx: modifyAutoSnapshotPolicyExOp,
  modifyDiskAttribute: modifyDiskAttributeOp,
  modifyDiskDefaultKMSKeyId: modifyDiskDefaultKMSKeyIdOp,
  modifyDiskSpec: modifyDiskSpecOp,
  modifyImageAttribute: modifyImageAttributeOp,
  modifyInstanceAttribute: modifyInstanceAttributeOp,
  modifySecurityGroupAttribute: modifySecurityGroupAttributeOp,
  modifySecurityGroupEgressRule: modifySecurityGroupEgressRuleOp,
  modifySecurityGroupPolicy: modifySecurityGroupPolicyOp,
  modifySecurityGroupRule: modifySecurityGroupRuleOp,
  modifySnapshotAttribute: modifySnapshotAttributeOp,
  modifySnapshotGroup: modifySnapshotGroupOp,
  modifyVpcAttribute: modifyVpcAttributeOp,
  modifyVSwitchAttribute: modifyVSwitchAttributeOp,
  rebootInstance: rebootInstanceOp,
  rebootInstances: rebootInstancesOp,
  reInitDisk: reInitDiskOp,
  removeTags: removeTagsOp,
  replaceSystemDisk: replaceSystemDiskOp,
  resetDisk: resetDiskOp,
  resetDiskDefaultKMSKeyId: resetDiskDefaultKMSKeyIdOp,
  resetDisks: resetDisksOp,
  resizeDisk: resizeDiskOp,
  revokeSecurityGroup: revokeSecurityGroupOp,
  revokeSecurityGroupEgress: revokeSecurityGroupEgressOp,
  runInstances: runInstancesOp,
  startInstance: startInstanceOp,
  startInstances: startInstancesOp,
  stopInstance: stopInstanceOp,
  stopInstances: stopInstancesOp,
  tagResources: tagResourcesOp,
  untagResources: untagResourcesOp,
} as const satisfies Readonly<Record<string, AnyOperation>>;

/**
 * The SDK client method name of every operation in the table, e.g. `'createSnapshot'` (the type
 * check below keeps the table's keys and the documented `EcsApi` methods the same).
 *
 * @internal
 */
export type EcsMethodName = keyof EcsApi;

/** The response body an operation of the table produces (without its request id). */
type ResponseOf<O> = O extends Operation<infer _I, infer R> ? R : never;

/** `true` when both types are assignable to each other. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** The methods whose row and documented signature disagree (missing on one side, other body). */
type TableKey = keyof typeof ECS_OPERATIONS;
type Mismatch =
  | Exclude<TableKey, keyof EcsApi>
  | Exclude<keyof EcsApi, TableKey>
  | {
      [M in TableKey & keyof EcsApi]: EcsApi[M] extends (request: never) => infer B
        ? Same<B, WithRequestId<ResponseOf<(typeof ECS_OPERATIONS)[M]>>> extends true
          ? never
          : M
        : M;
    }[TableKey & keyof EcsApi];

/** A compile error here names the method whose row and documented signature disagree. */
const tableMatchesApi: [Mismatch] extends [never] ? true : Mismatch = true;
void tableMatchesApi;

/**
 * One row of the table as the adapters read it.
 *
 * @internal
 */
export interface OperationRow {
  /** The SDK client's method name, e.g. `createSnapshot`. */
  readonly method: EcsMethodName;
  /** The ECS action name on the wire, e.g. `CreateSnapshot`. */
  readonly action: string;
  /** `ecs`: an operation of the ECS API. */
  readonly kind: 'ecs';
  /** The operation. */
  readonly op: AnyOperation;
}

/**
 * The table as rows, in method-name order.
 *
 * @internal
 */
export const OPERATION_ROWS: readonly OperationRow[] = Object.freeze(
  (Object.keys(ECS_OPERATIONS) as TableKey[]).map((method) =>
    Object.freeze({
      method,
      action: ECS_OPERATIONS[method].action,
      kind: 'ecs' as const,
      op: ECS_OPERATIONS[method] as AnyOperation,
    }),
  ),
);
