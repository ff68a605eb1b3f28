// The pairs of the error matrix test/contract/error-matrix.test.ts does not provoke: those no
// call can reach, each with why. Every other pair is provoked (docs/fidelity.md says which kinds
// are left out).

import type { EcsErrorCode } from '../../src/index.js';
import type { SdkOperationName } from '../../src/sdk/index.js';

const DISK_SPEC =
  'the shared disk-spec check answers this code where a disk is given another way (CreateDisk, SystemDisk.*, DataDisk.N.*)';
const INBOUND =
  'an inbound rule names no destination group: the shared rule check answers this code for outbound rules';
const OUTBOUND =
  'an outbound rule names no source group: the shared rule check answers this code for inbound rules';
const NO_SOURCE =
  "an outbound rule without a destination is MissingParameter (.Source names an inbound rule's)";
const PER_INSTANCE_STATUS =
  "an instance neither Running nor Stopped is reported in the response's per-instance Results (Code IncorrectInstanceStatus, Success false), as AttachKeyPair/DetachKeyPair's response documents; the call succeeds";
const DISK_ERROR =
  'DiskError guards starting only (the shared power change checks it for StartInstances): a disk re-initialises only while its instance is Stopped, and a Stopped instance is refused a stop or reboot first with IncorrectInstanceStatus';
const PER_INSTANCE =
  "an unknown instance is reported in the response's per-instance results; the call succeeds";

/**
 * Pairs of the matrix the derivation finds but no call can reach (a shared helper's code that
 * only another operation's arguments select), each with why.
 */
export const UNREACHABLE: Partial<Record<SdkOperationName, Partial<Record<EcsErrorCode, string>>>> =
  {
    createDisk: {
      'InvalidDataDiskCategory.ValueNotSupported': DISK_SPEC,
      'InvalidDataDiskSize.ValueNotSupported': DISK_SPEC,
      'InvalidSystemDiskCategory.ValueNotSupported': DISK_SPEC,
      'InvalidSystemDiskSize.ValueNotSupported': DISK_SPEC,
    },
    modifyDiskSpec: {
      'InvalidDataDiskCategory.ValueNotSupported': DISK_SPEC,
      'InvalidDataDiskSize.ValueNotSupported': DISK_SPEC,
      'InvalidSystemDiskCategory.ValueNotSupported': DISK_SPEC,
      'InvalidSystemDiskSize.ValueNotSupported': DISK_SPEC,
    },
    runInstances: {
      'InvalidDiskCategory.ValueNotSupported': DISK_SPEC,
      'InvalidSize.ValueNotSupported': DISK_SPEC,
    },
    createInstance: {
      'InvalidDiskCategory.ValueNotSupported': DISK_SPEC,
      'InvalidSize.ValueNotSupported': DISK_SPEC,
    },
    replaceSystemDisk: {
      'InvalidDataDiskCategory.ValueNotSupported': DISK_SPEC,
      'InvalidDataDiskSize.ValueNotSupported': DISK_SPEC,
      'InvalidDiskCategory.ValueNotSupported': DISK_SPEC,
      'InvalidSize.ValueNotSupported': DISK_SPEC,
      'InvalidSystemDiskCategory.ValueNotSupported':
        'ReplaceSystemDisk takes no category: the new system disk keeps the old one',
    },
    authorizeSecurityGroup: {
      'InvalidDestGroupId.Mismatch': INBOUND,
      'InvalidDestGroupId.NotFound': INBOUND,
    },
    revokeSecurityGroup: {
      'InvalidDestGroupId.Mismatch': INBOUND,
      'InvalidDestGroupId.NotFound': INBOUND,
    },
    modifySecurityGroupRule: {
      'InvalidDestGroupId.Mismatch': INBOUND,
      'InvalidDestGroupId.NotFound': INBOUND,
    },
    authorizeSecurityGroupEgress: {
      'InvalidSourceGroup.NotFound': OUTBOUND,
      'InvalidSourceGroupId.Mismatch': OUTBOUND,
      'MissingParameter.Source': NO_SOURCE,
    },
    revokeSecurityGroupEgress: {
      'InvalidSourceGroup.NotFound': OUTBOUND,
      'InvalidSourceGroupId.Mismatch': OUTBOUND,
      'MissingParameter.Source': NO_SOURCE,
    },
    modifySecurityGroupEgressRule: {
      'InvalidSourceGroup.NotFound': OUTBOUND,
      'InvalidSourceGroupId.Mismatch': OUTBOUND,
      'MissingParameter.Source': NO_SOURCE,
    },
    attachKeyPair: {
      'InvalidInstanceId.NotFound': PER_INSTANCE,
      IncorrectInstanceStatus: PER_INSTANCE_STATUS,
    },
    detachKeyPair: {
      'InvalidInstanceId.NotFound': PER_INSTANCE,
      IncorrectInstanceStatus: PER_INSTANCE_STATUS,
    },
    deleteSnapshotGroup: {
      SnapshotCreatedImage:
        "a member snapshot an image was made from is kept and reported in the response's OperationProgressSet (ErrorCode SnapshotCreatedImage); the call succeeds and deletes the other members",
    },
    stopInstances: { DiskError: DISK_ERROR },
    rebootInstances: { DiskError: DISK_ERROR },
    modifyInstanceAttribute: {
      'InvalidKeyPairName.NotFound':
        'the shared instance-settings check answers it for KeyPairName, which ModifyInstanceAttribute does not take',
    },
  };
