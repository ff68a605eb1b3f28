// One answer (or more) of every served operation, from a world where every list holds something:
// the material the response-completeness checks walk. The same calls run through the facade or
// over HTTP (same seed, same ids), so both paths are measured on the same answers.

import { OpenApiUtil } from '@alicloud/openapi-core';
import type { Ecs } from '../../src/index.js';
import type { SdkOperationName } from '../../src/sdk/index.js';
import { must } from '../fixtures/must.js';
import { LINUX_IMAGE, REGION } from '../fixtures/world.js';
import { aRichWorld } from '../saved/helpers.js';
import { acs3Request, send } from '../server/raw-requests.js';
import { requestModel } from './model-fields.js';

/** Runs one operation and resolves with its answer body (facade names, or wire names over HTTP). */
export type Caller = (
  operation: SdkOperationName,
  request: Record<string, unknown>,
) => Promise<unknown>;

/** Calls the facade method of the same name. */
export function facadeCaller(ecs: Ecs): Caller {
  return async (operation, request) =>
    (ecs as unknown as Record<string, (r: unknown) => unknown>)[operation]?.(request);
}

/** Sends the request as the SDK flattens it (`Tag.1.Key`), signed, and parses the raw JSON. */
export function httpCaller(port: number, endpoint: string): Caller {
  return async (operation, request) => {
    const Model = requestModel(operation) as unknown as new (m: object) => { toMap(): object };
    const query = OpenApiUtil.query(new Model(request).toMap()) as Record<string, string>;
    const action = `${operation.charAt(0).toUpperCase()}${operation.slice(1)}`;
    const answer = await send(port, acs3Request(endpoint, action, query));
    if (answer.status !== 200) throw new Error(`${action}: ${answer.status} ${answer.text}`);
    return JSON.parse(answer.text) as unknown;
  };
}

/** The world the answers come from, and its ids. */
export function anAnsweringWorld() {
  return aRichWorld();
}

/**
 * Calls every served operation at least once on a world made by {@link anAnsweringWorld}, and
 * collects the answers per operation (describes run before and after the changes, so their lists
 * hold every kind of item: public and custom images, copies, groups, policies...).
 */
export async function everyAnswer(
  ecs: Ecs,
  ids: { diskId: string; instanceId: string },
  call: Caller,
): Promise<Map<SdkOperationName, unknown[]>> {
  const answers = new Map<SdkOperationName, unknown[]>();
  const settle = () => ecs.clock.settle();
  const run = async (operation: SdkOperationName, request: Record<string, unknown>) => {
    const answer = (await call(operation, request)) as Record<string, unknown>;
    answers.set(operation, [...(answers.get(operation) ?? []), answer]);
    return answer;
  };
  const describeAll = async () => {
    const regionId = REGION;
    await run('describeInstances', { regionId });
    await run('describeInstanceStatus', { regionId });
    await run('describeImages', { regionId });
    await run('describeImages', { regionId, imageOwnerAlias: 'self' });
    await run('describeDisks', { regionId });
    await run('describeSnapshots', { regionId });
    await run('describeSnapshotLinks', { regionId });
    await run('describeSnapshotsUsage', { regionId });
    await run('describeSnapshotGroups', { regionId });
    await run('describeAutoSnapshotPolicyEx', { regionId });
    await run('describeRegions', {});
    await run('describeZones', { regionId });
    await run('describeAvailableResource', { regionId, destinationResource: 'InstanceType' });
    await run('describeAvailableResource', { regionId, destinationResource: 'DataDisk' });
    await run('describeInstanceTypes', { instanceTypeFamily: 'ecs.g7' });
    await run('describeInstanceTypeFamilies', { regionId });
    await run('describeVpcs', { regionId });
    await run('describeVSwitches', { regionId });
    await run('describeSecurityGroups', { regionId });
    await run('describeNetworkInterfaces', { regionId });
  };
  const { instanceId } = ids;
  const regionId = REGION;
  await describeAll();
  const zoneId = must(ecs.describeInstances({ regionId }).instances.instance[0]).zoneId;
  const systemSnapshot = must(
    ecs
      .describeSnapshots({ regionId })
      .snapshots.snapshot.find((s) => s.sourceDiskType === 'system' && s.status === 'accomplished'),
  ).snapshotId;
  const disk = (await run('createDisk', {
    regionId,
    zoneId,
    size: 20,
    diskCategory: 'cloud_essd',
    tag: [{ key: 'team', value: 'storage' }],
  })) as { DiskId?: string; diskId?: string };
  const diskId = must(disk.diskId ?? disk.DiskId);
  settle();
  await run('attachDisk', { instanceId, diskId });
  settle();
  await run('modifyDiskAttribute', { diskId, diskName: 'renamed' });
  await run('resizeDisk', { diskId, newSize: 30 });
  const spec = (await run('modifyDiskSpec', { diskId, performanceLevel: 'PL0' })) as {
    TaskId?: string;
    taskId?: string;
  };
  await run('describeTasks', { regionId });
  await run('describeTaskAttribute', { regionId, taskId: must(spec.taskId ?? spec.TaskId) });
  settle();
  const snap = (await run('createSnapshot', {
    diskId,
    tag: [{ key: 'team', value: 'storage' }],
  })) as { SnapshotId?: string; snapshotId?: string };
  const snapshotId = must(snap.snapshotId ?? snap.SnapshotId);
  settle();
  await run('modifySnapshotAttribute', { snapshotId, snapshotName: 'renamed' });
  await run('copySnapshot', {
    regionId,
    snapshotId,
    destinationRegionId: 'cn-shanghai',
    destinationSnapshotName: 'copied',
    destinationSnapshotDescription: 'a copy',
  });
  settle();
  const group = (await run('createSnapshotGroup', {
    regionId,
    instanceId,
    tag: [{ key: 'team', value: 'storage' }],
  })) as {
    SnapshotGroupId?: string;
    snapshotGroupId?: string;
  };
  const snapshotGroupId = must(group.snapshotGroupId ?? group.SnapshotGroupId);
  settle();
  await run('modifySnapshotGroup', { regionId, snapshotGroupId, name: 'group' });
  await describeAll();
  await run('deleteSnapshotGroup', { regionId, snapshotGroupId });
  await run('stopInstance', { instanceId });
  settle();
  await run('resetDisk', { diskId, snapshotId });
  settle();
  await run('resetDisks', { regionId, disk: [{ diskId, snapshotId }] });
  settle();
  await run('reInitDisk', { diskId });
  settle();
  await run('detachDisk', { instanceId, diskId });
  settle();
  await run('deleteDisk', { diskId });
  await run('deleteSnapshot', { snapshotId });
  const image = (await run('createImage', {
    regionId,
    snapshotId: systemSnapshot,
    imageName: 'second',
    tag: [{ key: 'team', value: 'storage' }],
  })) as {
    ImageId?: string;
    imageId?: string;
  };
  settle();
  await run('modifyImageAttribute', {
    regionId,
    imageId: must(image.imageId ?? image.ImageId),
    imageFamily: 'web-family',
  });
  await run('describeImages', { regionId, imageOwnerAlias: 'self' });
  await run('deleteImage', { regionId, imageId: must(image.imageId ?? image.ImageId) });
  await run('replaceSystemDisk', { instanceId, imageId: LINUX_IMAGE });
  settle();
  await run('startInstance', { instanceId });
  settle();
  await run('rebootInstance', { instanceId });
  settle();
  const policy = (await run('createAutoSnapshotPolicy', {
    regionId,
    timePoints: '["3"]',
    repeatWeekdays: '["1"]',
    retentionDays: 3,
    tag: [{ key: 'team', value: 'storage' }],
  })) as { AutoSnapshotPolicyId?: string; autoSnapshotPolicyId?: string };
  const autoSnapshotPolicyId = must(policy.autoSnapshotPolicyId ?? policy.AutoSnapshotPolicyId);
  await run('describeAutoSnapshotPolicyEx', { regionId });
  await run('modifyAutoSnapshotPolicyEx', {
    regionId,
    autoSnapshotPolicyId,
    autoSnapshotPolicyName: 'nightly',
  });
  const diskIds = JSON.stringify([ids.diskId]);
  await run('applyAutoSnapshotPolicy', { regionId, autoSnapshotPolicyId, diskIds });
  await run('cancelAutoSnapshotPolicy', { regionId, diskIds });
  await run('deleteAutoSnapshotPolicy', { regionId, autoSnapshotPolicyId });
  const started = (await run('runInstances', {
    regionId,
    imageId: LINUX_IMAGE,
    instanceType: 'ecs.g7.large',
    tag: [{ key: 'team', value: 'storage' }],
  })) as {
    instanceIdSets?: { instanceIdSet: string[] };
    InstanceIdSets?: { InstanceIdSet: string[] };
  };
  const second = must(
    started.instanceIdSets?.instanceIdSet[0] ?? started.InstanceIdSets?.InstanceIdSet[0],
  );
  settle();
  await run('describeInstances', { regionId });
  await run('stopInstance', { instanceId: second });
  settle();
  await run('deleteInstance', { instanceId: second });
  await networkAnswers(run, settle);
  await run('createKeyPair', {
    regionId,
    keyPairName: 'deploy',
    tag: [{ key: 'team', value: 'storage' }],
  });
  await run('importKeyPair', {
    regionId,
    keyPairName: 'laptop',
    publicKeyBody: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIA me@laptop',
  });
  await run('describeKeyPairs', { regionId, includePublicKey: true });
  const instanceIds = JSON.stringify([instanceId]);
  await run('attachKeyPair', { regionId, keyPairName: 'deploy', instanceIds });
  await run('detachKeyPair', { regionId, keyPairName: 'deploy', instanceIds });
  await run('deleteKeyPairs', { regionId, keyPairNames: '["deploy","laptop"]' });
  await run('describeInstanceAttribute', { instanceId });
  await run('modifyInstanceAttribute', { instanceId, hostName: 'web-01' });
  await run('describeUserData', { regionId, instanceId });
  await run('describeInstanceMaintenanceAttributes', { regionId, instanceId: [instanceId] });
  await run('describeInstanceAttachmentAttributes', { regionId, instanceIds });
  await run('describeInstanceRamRole', { regionId });
  await run('rebootInstances', { regionId, instanceId: [instanceId] });
  settle();
  await run('stopInstances', { regionId, instanceId: [instanceId] });
  settle();
  await run('startInstances', { regionId, instanceId: [instanceId] });
  settle();
  const created = (await run('createInstance', {
    regionId,
    imageId: LINUX_IMAGE,
    instanceType: 'ecs.g7.large',
  })) as { instanceId?: string; InstanceId?: string };
  settle();
  const tagged = { regionId, resourceType: 'instance', resourceId: [instanceId] };
  await run('tagResources', { ...tagged, tag: [{ key: 'team', value: 'storage' }] });
  await run('listTagResources', tagged);
  await run('describeTags', { regionId });
  await run('untagResources', { ...tagged, tagKey: ['team'] });
  await run('addTags', { ...tagged, resourceId: instanceId, tag: [{ key: 'a', value: 'b' }] });
  await run('removeTags', { ...tagged, resourceId: instanceId });
  await run('joinResourceGroup', {
    regionId,
    resourceGroupId: 'rg-acfmteam0001',
    resourceType: 'instance',
    resourceId: instanceId,
  });
  await run('deleteInstances', {
    regionId,
    instanceId: [must(created.instanceId ?? created.InstanceId)],
  });
  return answers;
}

/** The network operations, from a VPC of their own down to its release. */
async function networkAnswers(
  run: (operation: SdkOperationName, request: Record<string, unknown>) => Promise<unknown>,
  settle: () => void,
): Promise<void> {
  const regionId = REGION;
  const field = (answer: unknown, name: string) => {
    const a = answer as Record<string, string>;
    return must(a[name] ?? a[`${name.charAt(0).toUpperCase()}${name.slice(1)}`]);
  };
  const vpcId = field(await run('createVpc', { regionId, cidrBlock: '10.0.0.0/16' }), 'vpcId');
  settle();
  const vSwitchId = field(
    await run('createVSwitch', {
      regionId,
      zoneId: 'cn-hangzhou-i',
      vpcId,
      cidrBlock: '10.0.2.0/24',
    }),
    'vSwitchId',
  );
  settle();
  const securityGroupId = field(
    await run('createSecurityGroup', {
      regionId,
      vpcId,
      securityGroupName: 'answers',
      tag: [{ key: 'team', value: 'network' }],
    }),
    'securityGroupId',
  );
  await run('describeSecurityGroups', { regionId, vpcId });
  const rule = { regionId, securityGroupId, ipProtocol: 'tcp', portRange: '22/22' };
  await run('authorizeSecurityGroup', { ...rule, sourceCidrIp: '10.0.0.0/8' });
  await run('describeSecurityGroupAttribute', { regionId, securityGroupId });
  await run('modifySecurityGroupRule', { ...rule, sourceCidrIp: '10.0.0.0/8', description: 'ssh' });
  await run('revokeSecurityGroup', { ...rule, sourceCidrIp: '10.0.0.0/8' });
  const egress = { ...rule, destGroupId: securityGroupId };
  await run('authorizeSecurityGroupEgress', egress);
  await run('describeSecurityGroupAttribute', { regionId, securityGroupId, direction: 'egress' });
  await run('modifySecurityGroupEgressRule', { ...egress, description: 'answers' });
  await run('revokeSecurityGroupEgress', egress);
  await run('modifySecurityGroupPolicy', { regionId, securityGroupId, innerAccessPolicy: 'Drop' });
  await run('describeImageSupportInstanceTypes', { regionId, imageId: LINUX_IMAGE });
  await run('enableDiskEncryptionByDefault', { regionId });
  await run('describeDiskEncryptionByDefaultStatus', { regionId });
  await run('modifyDiskDefaultKMSKeyId', {
    regionId,
    KMSKeyId: '0e478b7a-4262-4802-b8cb-00d3fb408b21',
  });
  await run('describeDiskDefaultKMSKeyId', { regionId });
  await run('resetDiskDefaultKMSKeyId', { regionId });
  await run('disableDiskEncryptionByDefault', { regionId });
  await run('modifySecurityGroupAttribute', { regionId, securityGroupId, description: 'answers' });
  const selfRule = { ...rule, sourceGroupId: securityGroupId };
  await run('authorizeSecurityGroup', selfRule);
  await run('describeSecurityGroupReferences', { regionId, securityGroupId: [securityGroupId] });
  await run('revokeSecurityGroup', selfRule);
  await run('modifyVpcAttribute', { regionId, vpcId, description: 'answers' });
  await run('modifyVSwitchAttribute', { regionId, vSwitchId, description: 'answers' });
  const started = await run('runInstances', {
    regionId,
    imageId: LINUX_IMAGE,
    instanceType: 'ecs.g7.large',
    vSwitchId,
    securityGroupId,
  });
  const sets = started as {
    instanceIdSets?: { instanceIdSet: string[] };
    InstanceIdSets?: { InstanceIdSet: string[] };
  };
  const instanceId = must(
    sets.instanceIdSets?.instanceIdSet[0] ?? sets.InstanceIdSets?.InstanceIdSet[0],
  );
  settle();
  const other = field(await run('createSecurityGroup', { regionId, vpcId }), 'securityGroupId');
  await run('joinSecurityGroup', { instanceId, securityGroupId: other });
  await run('leaveSecurityGroup', { instanceId, securityGroupId: other });
  await run('describeNetworkInterfaces', { regionId, instanceId });
  await run('describeVpcs', { regionId, vpcId });
  await run('describeVSwitches', { regionId, vpcId });
  await run('deleteSecurityGroup', { regionId, securityGroupId: other });
  await run('deleteInstance', { instanceId, force: true });
  await run('deleteSecurityGroup', { regionId, securityGroupId });
  await run('deleteVSwitch', { regionId, vSwitchId });
  await run('deleteVpc', { regionId, vpcId });
}
