import { describe, expect, it } from 'vitest';
import { createEcs, type Ecs } from '../../src/index.js';
import {
  createClient,
  type EcsSdkClient,
  SDK_OPERATIONS,
  type SdkClientTarget,
  type SdkOperationName,
  type SdkRequest,
  type SdkResponseBody,
} from '../../src/sdk/index.js';
import { LINUX_IMAGE, REGION } from '../fixtures/world.js';

/** A world whose ECS operations record their request and answer with their own name. */
function aRecordingWorld() {
  const calls: { name: string; request: unknown; self: unknown }[] = [];
  const advanced: unknown[] = [];
  const world: Record<string, unknown> = {
    clock: {
      advance: (by: unknown) => {
        advanced.push(by);
        return '';
      },
    },
  };
  for (const name of SDK_OPERATIONS) {
    world[name] = function (this: unknown, request: unknown) {
      calls.push({ name, request, self: this });
      return { requestId: `R-${name}`, answeredBy: name };
    };
  }
  return { target: world as unknown as SdkClientTarget, calls, advanced };
}

/** Calls one operation on the facade or the client, and reports what came back. */
type Outcome = { ok: true; body: unknown } | { ok: false; code: unknown; status: unknown };

function viaFacade(ecs: Ecs, name: SdkOperationName, request: object): Outcome {
  const method: (request: never) => object = ecs[name];
  try {
    return { ok: true, body: method(request as never) };
  } catch (error) {
    const e = error as { code?: unknown; statusCode?: unknown };
    return { ok: false, code: e.code, status: e.statusCode };
  }
}

async function viaClient(
  client: EcsSdkClient,
  name: SdkOperationName,
  request: object,
  withOptions: boolean,
): Promise<Outcome> {
  const methods = client as unknown as Record<string, (r: object, o?: object) => Promise<unknown>>;
  const method = methods[withOptions ? `${name}WithOptions` : name];
  if (!method) throw new Error(`client has no ${name}`);
  try {
    const res = (await method(request, {})) as { statusCode: unknown; body: unknown };
    expect(res.statusCode).toBe(200);
    return { ok: true, body: res.body };
  } catch (error) {
    const e = error as { code?: unknown; statusCode?: unknown };
    return { ok: false, code: e.code, status: e.statusCode };
  }
}

interface Ids {
  instanceId: string;
  zoneId: string;
  dataDiskId: string;
  systemDiskId: string;
  diskId: string;
  snapshotId: string;
  systemSnapshotId: string;
  imageId: string;
  groupId: string;
  policyId: string;
  vpcId: string;
  vSwitchId: string;
  securityGroupId: string;
  defaultGroupId: string;
  createdInstanceId: string;
  taskId: string;
}

interface Step {
  readonly name: SdkOperationName;
  readonly request: (ids: Ids) => object;
  readonly capture?: (body: unknown, ids: Ids) => void;
}

function step<M extends SdkOperationName>(
  name: M,
  request: (ids: Ids) => SdkRequest<M>,
  capture?: (body: SdkResponseBody<M>, ids: Ids) => void,
): Step {
  return capture
    ? { name, request, capture: (body, ids) => capture(body as SdkResponseBody<M>, ids) }
    : { name, request };
}

/** A story that calls every operation once or more, each with a valid request. */
const STORY: readonly Step[] = [
  step('describeRegions', () => ({})),
  step('describeZones', () => ({ regionId: REGION })),
  step('describeAvailableResource', () => ({ regionId: REGION, destinationResource: 'Zone' })),
  step('describeInstanceTypes', () => ({ instanceTypeFamily: 'ecs.g7' })),
  step('describeInstanceTypeFamilies', () => ({ regionId: REGION })),
  step(
    'createVpc',
    () => ({ regionId: REGION, cidrBlock: '10.0.0.0/16' }),
    (b, ids) => {
      ids.vpcId = b.vpcId;
    },
  ),
  step('describeVpcs', () => ({ regionId: REGION })),
  step(
    'createVSwitch',
    (ids) => ({
      regionId: REGION,
      zoneId: 'cn-hangzhou-h',
      vpcId: ids.vpcId,
      cidrBlock: '10.0.1.0/24',
    }),
    (b, ids) => {
      ids.vSwitchId = b.vSwitchId;
    },
  ),
  step('describeVSwitches', (ids) => ({ regionId: REGION, vpcId: ids.vpcId })),
  step(
    'createSecurityGroup',
    (ids) => ({ regionId: REGION, vpcId: ids.vpcId, securityGroupName: 'web' }),
    (b, ids) => {
      ids.securityGroupId = b.securityGroupId;
    },
  ),
  step(
    'createSecurityGroup',
    () => ({ regionId: REGION, securityGroupName: 'extra' }),
    (b, ids) => {
      ids.defaultGroupId = b.securityGroupId;
    },
  ),
  step('describeSecurityGroups', () => ({ regionId: REGION })),
  step('authorizeSecurityGroup', (ids) => ({
    regionId: REGION,
    securityGroupId: ids.securityGroupId,
    ipProtocol: 'tcp',
    portRange: '22/22',
    sourceCidrIp: '10.0.0.0/8',
  })),
  step('describeSecurityGroupAttribute', (ids) => ({
    regionId: REGION,
    securityGroupId: ids.securityGroupId,
  })),
  step('modifySecurityGroupRule', (ids) => ({
    regionId: REGION,
    securityGroupId: ids.securityGroupId,
    ipProtocol: 'tcp',
    portRange: '22/22',
    sourceCidrIp: '10.0.0.0/8',
    description: 'ssh',
  })),
  step('revokeSecurityGroup', (ids) => ({
    regionId: REGION,
    securityGroupId: ids.securityGroupId,
    ipProtocol: 'tcp',
    portRange: '22/22',
    sourceCidrIp: '10.0.0.0/8',
  })),
  step('describeImageSupportInstanceTypes', () => ({ regionId: REGION, imageId: LINUX_IMAGE })),
  step('enableDiskEncryptionByDefault', () => ({ regionId: REGION })),
  step('describeDiskEncryptionByDefaultStatus', () => ({ regionId: REGION })),
  step('modifyDiskDefaultKMSKeyId', () => ({
    regionId: REGION,
    KMSKeyId: '0e478b7a-4262-4802-b8cb-00d3fb408b21',
  })),
  step('describeDiskDefaultKMSKeyId', () => ({ regionId: REGION })),
  step('resetDiskDefaultKMSKeyId', () => ({ regionId: REGION })),
  step('disableDiskEncryptionByDefault', () => ({ regionId: REGION })),
  step('authorizeSecurityGroupEgress', (ids) => ({
    regionId: REGION,
    securityGroupId: ids.securityGroupId,
    ipProtocol: 'tcp',
    portRange: '443/443',
    destCidrIp: '10.0.0.0/8',
  })),
  step('modifySecurityGroupEgressRule', (ids) => ({
    regionId: REGION,
    securityGroupId: ids.securityGroupId,
    ipProtocol: 'tcp',
    portRange: '443/443',
    destCidrIp: '10.0.0.0/8',
    description: 'tls out',
  })),
  step('revokeSecurityGroupEgress', (ids) => ({
    regionId: REGION,
    securityGroupId: ids.securityGroupId,
    ipProtocol: 'tcp',
    portRange: '443/443',
    destCidrIp: '10.0.0.0/8',
  })),
  step('modifySecurityGroupAttribute', (ids) => ({
    regionId: REGION,
    securityGroupId: ids.securityGroupId,
    description: 'web tier',
  })),
  step('describeSecurityGroupReferences', (ids) => ({
    regionId: REGION,
    securityGroupId: [ids.securityGroupId],
  })),
  step('modifyVpcAttribute', (ids) => ({ vpcId: ids.vpcId, vpcName: 'app' })),
  step('modifyVSwitchAttribute', (ids) => ({ vSwitchId: ids.vSwitchId, vSwitchName: 'app-h' })),
  step('modifySecurityGroupPolicy', (ids) => ({
    regionId: REGION,
    securityGroupId: ids.securityGroupId,
    innerAccessPolicy: 'Drop',
  })),
  step(
    'runInstances',
    () => ({
      regionId: REGION,
      imageId: LINUX_IMAGE,
      instanceType: 'ecs.g7.large',
      dataDisk: [{ category: 'cloud_essd', size: 20 }],
    }),
    (b, ids) => {
      ids.instanceId = b.instanceIdSets.instanceIdSet[0] ?? '';
    },
  ),
  step(
    'describeInstances',
    () => ({ regionId: REGION }),
    (b, ids) => {
      ids.zoneId = b.instances.instance[0]?.zoneId ?? '';
    },
  ),
  step('describeInstanceStatus', () => ({ regionId: REGION })),
  step('describeNetworkInterfaces', (ids) => ({ regionId: REGION, instanceId: ids.instanceId })),
  step('joinSecurityGroup', (ids) => ({
    instanceId: ids.instanceId,
    securityGroupId: ids.defaultGroupId,
  })),
  step('leaveSecurityGroup', (ids) => ({
    instanceId: ids.instanceId,
    securityGroupId: ids.defaultGroupId,
  })),
  step('deleteSecurityGroup', (ids) => ({
    regionId: REGION,
    securityGroupId: ids.securityGroupId,
  })),
  step('deleteVSwitch', (ids) => ({ vSwitchId: ids.vSwitchId })),
  step('deleteVpc', (ids) => ({ regionId: REGION, vpcId: ids.vpcId })),
  step('describeImages', () => ({ regionId: REGION })),
  step(
    'describeDisks',
    (ids) => ({ regionId: REGION, instanceId: ids.instanceId }),
    (b, ids) => {
      ids.dataDiskId = b.disks.disk.find((d) => d.type === 'data')?.diskId ?? '';
      ids.systemDiskId = b.disks.disk.find((d) => d.type === 'system')?.diskId ?? '';
    },
  ),
  step(
    'createDisk',
    (ids) => ({ regionId: REGION, zoneId: ids.zoneId, size: 20, diskCategory: 'cloud_essd' }),
    (b, ids) => {
      ids.diskId = b.diskId;
    },
  ),
  step('attachDisk', (ids) => ({ instanceId: ids.instanceId, diskId: ids.diskId })),
  step('resizeDisk', (ids) => ({ diskId: ids.diskId, newSize: 30 })),
  step(
    'modifyDiskSpec',
    (ids) => ({ diskId: ids.diskId, performanceLevel: 'PL0' }),
    (b, ids) => {
      ids.taskId = b.taskId;
    },
  ),
  step('describeTasks', () => ({ regionId: REGION })),
  step('describeTaskAttribute', (ids) => ({ regionId: REGION, taskId: ids.taskId })),
  step('modifyDiskAttribute', (ids) => ({ diskId: ids.diskId, diskName: 'scratch' })),
  step(
    'createSnapshot',
    (ids) => ({ diskId: ids.dataDiskId, snapshotName: 'data' }),
    (b, ids) => {
      ids.snapshotId = b.snapshotId;
    },
  ),
  step(
    'createSnapshot',
    (ids) => ({ diskId: ids.systemDiskId }),
    (b, ids) => {
      ids.systemSnapshotId = b.snapshotId;
    },
  ),
  step('describeSnapshots', () => ({ regionId: REGION })),
  step('modifySnapshotAttribute', (ids) => ({
    snapshotId: ids.snapshotId,
    description: 'nightly',
  })),
  step('describeSnapshotLinks', () => ({ regionId: REGION })),
  step('describeSnapshotsUsage', () => ({ regionId: REGION })),
  step('copySnapshot', (ids) => ({
    regionId: REGION,
    snapshotId: ids.snapshotId,
    destinationRegionId: 'cn-shanghai',
    destinationSnapshotName: 'data-copy',
    destinationSnapshotDescription: 'off-site copy',
  })),
  step(
    'createSnapshotGroup',
    (ids) => ({ regionId: REGION, instanceId: ids.instanceId, name: 'whole-instance' }),
    (b, ids) => {
      ids.groupId = b.snapshotGroupId;
    },
  ),
  step('describeSnapshotGroups', (ids) => ({ regionId: REGION, instanceId: ids.instanceId })),
  step('modifySnapshotGroup', (ids) => ({
    regionId: REGION,
    snapshotGroupId: ids.groupId,
    name: 'renamed',
  })),
  step('deleteSnapshotGroup', (ids) => ({ regionId: REGION, snapshotGroupId: ids.groupId })),
  step(
    'createAutoSnapshotPolicy',
    () => ({
      regionId: REGION,
      timePoints: '["2"]',
      repeatWeekdays: '["1","4"]',
      retentionDays: 7,
    }),
    (b, ids) => {
      ids.policyId = b.autoSnapshotPolicyId;
    },
  ),
  step('applyAutoSnapshotPolicy', (ids) => ({
    regionId: REGION,
    autoSnapshotPolicyId: ids.policyId,
    diskIds: JSON.stringify([ids.dataDiskId]),
  })),
  step('modifyAutoSnapshotPolicyEx', (ids) => ({
    regionId: REGION,
    autoSnapshotPolicyId: ids.policyId,
    timePoints: '["3","15"]',
  })),
  step('describeAutoSnapshotPolicyEx', () => ({ regionId: REGION })),
  step('cancelAutoSnapshotPolicy', (ids) => ({
    regionId: REGION,
    diskIds: JSON.stringify([ids.dataDiskId]),
  })),
  step('deleteAutoSnapshotPolicy', (ids) => ({
    regionId: REGION,
    autoSnapshotPolicyId: ids.policyId,
  })),
  step('createKeyPair', () => ({ regionId: REGION, keyPairName: 'deploy' })),
  step('importKeyPair', () => ({
    regionId: REGION,
    keyPairName: 'laptop',
    publicKeyBody: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIA me@laptop',
  })),
  step('describeKeyPairs', () => ({ regionId: REGION, includePublicKey: true })),
  step('attachKeyPair', (ids) => ({
    regionId: REGION,
    keyPairName: 'deploy',
    instanceIds: JSON.stringify([ids.instanceId]),
  })),
  step('detachKeyPair', (ids) => ({
    regionId: REGION,
    keyPairName: 'deploy',
    instanceIds: JSON.stringify([ids.instanceId]),
  })),
  step('deleteKeyPairs', () => ({ regionId: REGION, keyPairNames: '["deploy","laptop"]' })),
  step('describeInstanceAttribute', (ids) => ({ instanceId: ids.instanceId })),
  step('modifyInstanceAttribute', (ids) => ({ instanceId: ids.instanceId, hostName: 'web-01' })),
  step('describeUserData', (ids) => ({ regionId: REGION, instanceId: ids.instanceId })),
  step('describeInstanceMaintenanceAttributes', (ids) => ({
    regionId: REGION,
    instanceId: [ids.instanceId],
  })),
  step('describeInstanceAttachmentAttributes', (ids) => ({
    regionId: REGION,
    instanceIds: JSON.stringify([ids.instanceId]),
  })),
  step('describeInstanceRamRole', () => ({ regionId: REGION })),
  step('rebootInstances', (ids) => ({ regionId: REGION, instanceId: [ids.instanceId] })),
  step('stopInstances', (ids) => ({ regionId: REGION, instanceId: [ids.instanceId] })),
  step('startInstances', (ids) => ({ regionId: REGION, instanceId: [ids.instanceId] })),
  step(
    'createInstance',
    () => ({ regionId: REGION, imageId: LINUX_IMAGE, instanceType: 'ecs.g7.large' }),
    (b, ids) => {
      ids.createdInstanceId = b.instanceId;
    },
  ),
  step('tagResources', (ids) => ({
    regionId: REGION,
    resourceType: 'instance',
    resourceId: [ids.instanceId],
    tag: [{ key: 'env', value: 'prod' }],
  })),
  step('listTagResources', (ids) => ({
    regionId: REGION,
    resourceType: 'instance',
    resourceId: [ids.instanceId],
  })),
  step('describeTags', () => ({ regionId: REGION })),
  step('untagResources', (ids) => ({
    regionId: REGION,
    resourceType: 'instance',
    resourceId: [ids.instanceId],
    all: true,
  })),
  step('addTags', (ids) => ({
    regionId: REGION,
    resourceType: 'instance',
    resourceId: ids.instanceId,
    tag: [{ key: 'team', value: 'web' }],
  })),
  step('removeTags', (ids) => ({
    regionId: REGION,
    resourceType: 'instance',
    resourceId: ids.instanceId,
  })),
  step('joinResourceGroup', (ids) => ({
    regionId: REGION,
    resourceGroupId: 'rg-acfmteam0001',
    resourceType: 'instance',
    resourceId: ids.instanceId,
  })),
  step('deleteInstances', (ids) => ({
    regionId: REGION,
    instanceId: [ids.createdInstanceId],
    force: true,
  })),
  step(
    'createImage',
    (ids) => ({ regionId: REGION, snapshotId: ids.systemSnapshotId, imageName: 'golden' }),
    (b, ids) => {
      ids.imageId = b.imageId;
    },
  ),
  step('stopInstance', (ids) => ({ instanceId: ids.instanceId })),
  step('resetDisk', (ids) => ({ diskId: ids.dataDiskId, snapshotId: ids.snapshotId })),
  step('resetDisks', (ids) => ({
    regionId: REGION,
    disk: [{ diskId: ids.dataDiskId, snapshotId: ids.snapshotId }],
  })),
  step('reInitDisk', (ids) => ({ diskId: ids.dataDiskId })),
  step('replaceSystemDisk', (ids) => ({ instanceId: ids.instanceId, imageId: LINUX_IMAGE })),
  step('startInstance', (ids) => ({ instanceId: ids.instanceId })),
  step('rebootInstance', (ids) => ({ instanceId: ids.instanceId })),
  step('detachDisk', (ids) => ({ instanceId: ids.instanceId, diskId: ids.diskId })),
  step('deleteDisk', (ids) => ({ diskId: ids.diskId })),
  step('modifyImageAttribute', (ids) => ({
    regionId: REGION,
    imageId: ids.imageId,
    status: 'Deprecated',
  })),
  step('deleteImage', (ids) => ({ regionId: REGION, imageId: ids.imageId })),
  step('deleteSnapshot', (ids) => ({ snapshotId: ids.systemSnapshotId })),
  step('stopInstance', (ids) => ({ instanceId: ids.instanceId })),
  step('deleteInstance', (ids) => ({ instanceId: ids.instanceId })),
];

describe('createClient', () => {
  describe('when listing its methods', () => {
    it('has op and opWithOptions for every ECS operation of the facade', () => {
      const client = createClient(createEcs({ seed: 1 }));
      expect(SDK_OPERATIONS).toHaveLength(102);
      const names = SDK_OPERATIONS.flatMap((name) => [name, `${name}WithOptions`]);
      expect(Object.keys(client).sort()).toEqual([...names].sort());
      for (const method of Object.values(client)) expect(method).toBeTypeOf('function');
    });

    it('is frozen', () => {
      expect(Object.isFrozen(createClient(createEcs({ seed: 1 })))).toBe(true);
    });
  });

  describe.each(SDK_OPERATIONS)('%s', (name) => {
    it.each([
      [name, false],
      [`${name}WithOptions`, true],
    ])('%s forwards the request to the facade method and wraps its body', async (_m, withOpts) => {
      const { target, calls } = aRecordingWorld();
      const client = createClient(target);
      const methods = client as unknown as Record<string, (r: object, o?: object) => unknown>;
      const method = methods[withOpts ? `${name}WithOptions` : name];
      const request = { regionId: REGION, nested: [{ key: 'k', value: 'v' }] };
      const res = await method?.(request, { readTimeout: 5 });
      expect(calls).toEqual([{ name, request, self: target }]);
      expect(calls[0]?.request).not.toBe(request);
      expect(res).toEqual({
        headers: {
          'content-type': 'application/json;charset=utf-8',
          'x-acs-request-id': `R-${name}`,
        },
        statusCode: 200,
        body: { requestId: `R-${name}`, answeredBy: name },
      });
    });
  });

  describe('when driven alongside the facade on a world with the same seed', () => {
    it('answers every operation with the facade body, and ends in the same state', async () => {
      const facade = createEcs({ seed: 'sdk', timings: 'instant' });
      const world = createEcs({ seed: 'sdk', timings: 'instant' });
      const client = createClient(world);
      const ids: Ids = {
        instanceId: '',
        zoneId: '',
        dataDiskId: '',
        systemDiskId: '',
        diskId: '',
        snapshotId: '',
        systemSnapshotId: '',
        imageId: '',
        groupId: '',
        policyId: '',
        vpcId: '',
        vSwitchId: '',
        taskId: '',
        securityGroupId: '',
        defaultGroupId: '',
        createdInstanceId: '',
      };
      const failures: string[] = [];
      for (const [i, s] of STORY.entries()) {
        const request = s.request(ids);
        const expected = viaFacade(facade, s.name, request);
        const actual = await viaClient(client, s.name, request, i % 2 === 1);
        expect(actual, s.name).toEqual(expected);
        if (expected.ok) s.capture?.(expected.body, ids);
        else failures.push(`${s.name}: ${String(expected.code)}`);
        facade.clock.settle();
        world.clock.settle();
      }
      expect(failures).toEqual([]);
      expect(new Set(STORY.map((s) => s.name))).toEqual(new Set(SDK_OPERATIONS));
      expect(world.clock.now()).toBe(facade.clock.now());
      expect(JSON.stringify(world.state)).toBe(JSON.stringify(facade.state));
    });
  });
});
