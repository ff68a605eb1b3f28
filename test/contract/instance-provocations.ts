// The provocations of the codes of instance, network and key pair operations that are their own
// (test/contract/error-matrix.test.ts; the storage operations' are in ./error-provocations.ts).

import type { EcsErrorCode } from '../../src/index.js';
import { must } from '../fixtures/must.js';
import { aServedWorld } from '../fixtures/served-requests.js';
import { LINUX_IMAGE, REGION } from '../fixtures/world.js';
import {
  fillUp,
  invoke,
  merged,
  mismatch,
  type OperationProvocations,
  type Provocation,
  type Served,
  served,
} from './provocation.js';
import {
  anEssdOnlyWorld,
  aQuotaWorld,
  basicSnapshotInProgress,
  creatingImage,
  pendingInstance,
  pendingVpc,
  pendingVSwitch,
  reIniting,
  timed,
} from './provocation-worlds.js';

/** A port range the rule's protocol cannot have (TCP ports end at 65535). */
const PORTS_NOT_FOR_PROTOCOL: Provocation = { portRange: '99999/1' };

/** The served world's stopped instance, protected from deletion, in a world of its own. */
const protectedInstance: Provocation = (_w, method) => {
  const w = aServedWorld();
  w.ecs.modifyInstanceAttribute({ instanceId: w.ids.stoppedId, deletionProtection: true });
  return merged(w, method, {});
};

/** The default security group of the served world's region. */
function defaultGroupOf(w: Served): string {
  const groups = w.ecs.describeSecurityGroups({ regionId: REGION, securityGroupName: 'default' });
  return must(groups.securityGroups.securityGroup[0]).securityGroupId;
}

/** A region with as many key pairs as it may hold (in a world of its own). */
const fullOfKeyPairs: Provocation = (_w, m) => {
  const w = aServedWorld();
  fillUp((i) => w.ecs.createKeyPair({ regionId: REGION, keyPairName: `full-${i}` }));
  return merged(w, m, { keyPairName: 'one-too-many' });
};

/** A 20 GiB ESSD data disk. */
const TWENTY_GIB = { category: 'cloud_essd', size: 20 } as const;

/** A pending instance joining or leaving a group (the status is checked before membership). */
const PENDING_MEMBER = timed((t) => ({
  instanceId: pendingInstance(t),
  securityGroupId: t.ecs.createSecurityGroup({ regionId: REGION }).securityGroupId,
}));

/** The id of the served world's extra group's rule of a direction. */
function ruleOf(w: Served, direction: 'ingress' | 'egress'): string {
  const { permissions } = w.ecs.describeSecurityGroupAttribute({
    regionId: REGION,
    securityGroupId: w.ids.extraGroupId,
  });
  return must(permissions.permission.find((p) => p.direction === direction)).securityGroupRuleId;
}

/** `RunInstances` and `CreateInstance` share their checks. */
const LAUNCH: Partial<Record<EcsErrorCode, Provocation>> = {
  InstanceDiskLimitExceeded: (w, m) =>
    merged(
      w,
      m,
      { dataDisk: [TWENTY_GIB, TWENTY_GIB] },
      aQuotaWorld({ dataDisksPerInstance: 1 }).ecs,
    ),
  CategoryNotSupported: (w, m) =>
    merged(w, m, { dataDisk: [{ category: 'cloud_efficiency', size: 20 }] }, anEssdOnlyWorld()),
  // The default catalogue sells no ecs.g8y type in that zone.
  'InvalidInstanceType.ZoneNotSupported': {
    instanceType: 'ecs.g8y.large',
    zoneId: 'cn-hangzhou-h',
  },
  'InvalidSnapshotId.NotReady': timed((t) => ({
    regionId: REGION,
    imageId: LINUX_IMAGE,
    instanceType: 'ecs.g7.large',
    dataDisk: [{ snapshotId: basicSnapshotInProgress(t) }],
  })),
  'QuotaExceeded.PrivateIpAddress': (w, m) => {
    const { vSwitchId } = w.ecs.createVSwitch({
      regionId: REGION,
      zoneId: w.ids.zoneId,
      vpcId: w.ids.vpcId,
      cidrBlock: '10.0.9.0/29',
    });
    w.ecs.clock.settle();
    const placed = { vSwitchId, securityGroupId: w.ids.securityGroupId };
    fillUp(() => invoke(w.ecs, 'runInstances', served(w, 'runInstances', placed)));
    return merged(w, m, placed);
  },
  InstanceSecurityGroupLimitExceeded: (w, m) => {
    const groups = Array.from(
      { length: 6 },
      () => w.ecs.createSecurityGroup({ regionId: REGION }).securityGroupId,
    );
    return merged(w, m, { securityGroupIds: groups });
  },
  'InvalidPrivateIpAddress.Duplicated': (w, m) => {
    const placed = {
      vSwitchId: w.ids.vSwitchId,
      securityGroupId: w.ids.securityGroupId,
      privateIpAddress: '10.0.1.50',
    };
    invoke(w.ecs, 'runInstances', served(w, 'runInstances', placed));
    return merged(w, m, placed);
  },
  'InvalidSnapshotId.NotFound': {
    dataDisk: [{ category: 'cloud_essd', size: 20, snapshotId: 's-matrix0none' }],
  },
  'InvalidSecurityGroup.NotInDefaultVpc': (w, m) =>
    merged(w, m, { securityGroupId: w.ids.securityGroupId }),
  'InvalidParameter.Mismatch': (w, m) =>
    merged(w, m, { vSwitchId: w.ids.vSwitchId, securityGroupId: w.ids.joinedGroupId }),
  InvalidPrivateIpAddress: (w, m) =>
    merged(w, m, {
      vSwitchId: w.ids.vSwitchId,
      securityGroupId: w.ids.securityGroupId,
      privateIpAddress: '10.9.9.9',
    }),
  IncorrectImageStatus: timed((t) => ({
    regionId: REGION,
    imageId: creatingImage(t),
    instanceType: 'ecs.g7.large',
  })),
  IncorrectVSwitchStatus: timed((t) => ({
    regionId: REGION,
    imageId: LINUX_IMAGE,
    instanceType: 'ecs.g7.large',
    vSwitchId: pendingVSwitch(t),
  })),
};

/** A security group with as many rules as it may hold, then one more asked. */
const fullGroup =
  (method: 'authorizeSecurityGroup' | 'authorizeSecurityGroupEgress'): Provocation =>
  (w, m) => {
    let portRange = '';
    fillUp((i) => {
      portRange = `${1000 + i}/${1000 + i}`;
      invoke(w.ecs, method, served(w, m, { portRange }));
    });
    return merged(w, m, { portRange });
  };

/** The provocations of the instance, network and key pair operations' own codes. */
export const INSTANCE_PROVOCATIONS: OperationProvocations = {
  revokeSecurityGroup: { OperationDenied: PORTS_NOT_FOR_PROTOCOL },
  revokeSecurityGroupEgress: { OperationDenied: PORTS_NOT_FOR_PROTOCOL },
  joinSecurityGroup: {
    'InvalidInstanceId.AlreadyExists': (w, m) =>
      merged(w, m, { securityGroupId: w.ids.joinedGroupId }),
    'InvalidInstanceId.Mismatch': (w, m) =>
      merged(w, m, { securityGroupId: w.ids.securityGroupId }),
    IncorrectInstanceStatus: PENDING_MEMBER,
    InstanceSecurityGroupLimitExceeded: (w, m) => {
      let securityGroupId = '';
      fillUp(() => {
        securityGroupId = w.ecs.createSecurityGroup({ regionId: REGION }).securityGroupId;
        w.ecs.joinSecurityGroup({ instanceId: w.ids.runningId, securityGroupId });
      });
      return merged(w, m, { securityGroupId });
    },
  },
  createKeyPair: {
    'QuotaExceed.KeyPair': fullOfKeyPairs,
    'KeyPair.AlreadyExist': { keyPairName: 'served' },
  },
  importKeyPair: {
    'QuotaExceed.KeyPair': fullOfKeyPairs,
    'KeyPair.AlreadyExist': { keyPairName: 'served' },
  },
  describeAvailableResource: {
    'Invalid.Param': { destinationResource: undefined },
    'InvalidParam.TypeAndCpuMem.Conflict': { instanceType: 'ecs.g7.large', cores: 2 },
  },
  runInstances: LAUNCH,
  createInstance: LAUNCH,
  deleteVSwitch: {
    DependencyViolation: (w, m) => {
      w.ecs.runInstances({
        regionId: REGION,
        imageId: LINUX_IMAGE,
        instanceType: 'ecs.g7.large',
        vSwitchId: w.ids.vSwitchId,
        securityGroupId: w.ids.securityGroupId,
      });
      w.ecs.clock.settle();
      return merged(w, m, {});
    },
    IncorrectVSwitchStatus: timed((t) => ({ regionId: REGION, vSwitchId: pendingVSwitch(t) })),
  },
  replaceSystemDisk: {
    IdempotentParameterMismatch: mismatch({ systemDisk: { size: 60 } }),
    IncorrectInstanceStatus: (w, m) => merged(w, m, { instanceId: w.ids.runningId }),
    IncorrectImageStatus: timed((t) => {
      const imageId = creatingImage(t);
      t.ecs.stopInstance({ instanceId: t.instanceId });
      t.ecs.clock.advance('PT1M');
      return { instanceId: t.instanceId, imageId };
    }),
  },
  startInstance: {
    IncorrectInstanceStatus: (w, m) => merged(w, m, { instanceId: w.ids.runningId }),
    DiskError: timed((t) => {
      reIniting(t);
      return { instanceId: t.instanceId };
    }),
  },
  startInstances: {
    IncorrectInstanceStatus: (w, m) => merged(w, m, { instanceId: [w.ids.runningId] }),
    DiskError: timed((t) => {
      reIniting(t);
      return { regionId: REGION, instanceId: [t.instanceId] };
    }),
  },
  authorizeSecurityGroup: {
    OperationDenied: PORTS_NOT_FOR_PROTOCOL,
    AuthorizationLimitExceed: fullGroup('authorizeSecurityGroup'),
  },
  authorizeSecurityGroupEgress: {
    OperationDenied: PORTS_NOT_FOR_PROTOCOL,
    AuthorizationLimitExceed: fullGroup('authorizeSecurityGroupEgress'),
  },
  deleteVpc: {
    'DependencyViolation.VSwitch': (w, m) => merged(w, m, { vpcId: w.ids.vpcId }),
    'DependencyViolation.SecurityGroup': (w, m) => {
      w.ecs.createSecurityGroup({ regionId: REGION, vpcId: w.ids.emptyVpcId });
      return merged(w, m, {});
    },
    IncorrectVpcStatus: pendingVpc((vpcId) => ({ regionId: REGION, vpcId })),
  },
  createVSwitch: {
    'InvalidCidrBlock.Overlapped': { cidrBlock: '10.0.1.0/24' },
    IncorrectVpcStatus: pendingVpc((vpcId, zoneId) => ({
      regionId: REGION,
      vpcId,
      zoneId,
      cidrBlock: '192.168.1.0/24',
    })),
  },
  createSecurityGroup: { IncorrectVpcStatus: pendingVpc((vpcId) => ({ regionId: REGION, vpcId })) },
  stopInstance: {
    IncorrectInstanceStatus: (w, m) => merged(w, m, { instanceId: w.ids.stoppedId }),
  },
  rebootInstance: {
    IncorrectInstanceStatus: (w, m) => merged(w, m, { instanceId: w.ids.stoppedId }),
  },
  stopInstances: {
    IncorrectInstanceStatus: (w, m) => merged(w, m, { instanceId: [w.ids.stoppedId] }),
  },
  rebootInstances: {
    IncorrectInstanceStatus: (w, m) => merged(w, m, { instanceId: [w.ids.stoppedId] }),
  },
  deleteInstance: {
    IncorrectInstanceStatus: (w, m) => merged(w, m, { instanceId: w.ids.runningId }),
    'InvalidOperation.DeletionProtection': protectedInstance,
  },
  deleteInstances: {
    IdempotentParameterMismatch: mismatch({ force: true }),
    IncorrectInstanceStatus: (w, m) => merged(w, m, { instanceId: [w.ids.runningId] }),
    'InvalidOperation.DeletionProtection': protectedInstance,
  },
  deleteSecurityGroup: {
    DependencyViolation: (w, m) => merged(w, m, { securityGroupId: w.ids.joinedGroupId }),
  },
  leaveSecurityGroup: {
    IncorrectInstanceStatus: PENDING_MEMBER,
    InstanceNotInSecurityGroup: (w, m) => merged(w, m, { securityGroupId: w.ids.extraGroupId }),
    'InvalidInstanceId.Mismatch': (w, m) =>
      merged(w, m, { securityGroupId: w.ids.securityGroupId }),
    InstanceLastSecurityGroup: (w, m) =>
      merged(w, m, { instanceId: w.ids.stoppedId, securityGroupId: defaultGroupOf(w) }),
  },
  modifySecurityGroupRule: {
    // A rule given by its id takes the fields given, checked as a new rule: a group of another VPC.
    'InvalidSourceGroupId.Mismatch': (w, m) =>
      merged(w, m, {
        securityGroupRuleId: ruleOf(w, 'ingress'),
        sourceGroupId: w.ids.securityGroupId,
        sourceCidrIp: undefined,
      }),
    OperationDenied: PORTS_NOT_FOR_PROTOCOL,
    'InvalidSecurityGroupRule.RuleNotExist': { portRange: '23/23' },
  },
  modifySecurityGroupEgressRule: {
    'InvalidDestGroupId.Mismatch': (w, m) =>
      merged(w, m, {
        securityGroupRuleId: ruleOf(w, 'egress'),
        destGroupId: w.ids.securityGroupId,
        destCidrIp: undefined,
      }),
    OperationDenied: PORTS_NOT_FOR_PROTOCOL,
    'InvalidSecurityGroupRule.RuleNotExist': { portRange: '444/444' },
  },
  modifySecurityGroupPolicy: {
    IdempotentParameterMismatch: mismatch({ innerAccessPolicy: 'Accept' }),
  },
  // User data changes only while the instance is Stopped; the served one runs.
  modifyInstanceAttribute: { IncorrectInstanceStatus: { userData: 'ZWNobyBoaQ==' } },
};
