import { describe, expect, it } from 'vitest';
import type { Ecs } from '../../src/index.js';
import { expectRefused } from '../fixtures/ecs-errors.js';
import {
  anInstance,
  aRunningInstance,
  aStoppedInstance,
  aWorld,
  INSTANCE_TYPE,
  LINUX_IMAGE,
  REGION,
  statusOf,
} from '../fixtures/world.js';

const USER_DATA = btoa('#!/bin/sh\necho hello\n');

function aCreateRequest(overrides: object = {}) {
  return { regionId: REGION, imageId: LINUX_IMAGE, instanceType: INSTANCE_TYPE, ...overrides };
}

describe('instances as programs drive them', () => {
  describe('createInstance', () => {
    it('creates one instance that ends Stopped, with its disks In_use', () => {
      const ecs = aWorld();
      const body = ecs.createInstance(aCreateRequest({ dataDisk: [{ size: 20 }] }));
      expect(body).toMatchObject({ orderId: '', tradePrice: 0 });
      expect(statusOf(ecs, body.instanceId)).toBe('Pending');
      ecs.clock.settle();
      expect(statusOf(ecs, body.instanceId)).toBe('Stopped');
      const disks = ecs.describeDisks({ regionId: REGION, instanceId: body.instanceId }).disks.disk;
      expect(disks.map((d) => [d.type, d.status])).toEqual([
        ['system', 'In_use'],
        ['data', 'In_use'],
      ]);
      ecs.startInstance({ instanceId: body.instanceId });
      ecs.clock.settle();
      expect(statusOf(ecs, body.instanceId)).toBe('Running');
    });

    it.each<[string, object, string, number]>([
      ['no image', { imageId: undefined }, 'MissingParameter', 400],
      ['an unknown image', { imageId: 'm-nope' }, 'InvalidImageId.NotFound', 404],
      [
        'an unknown type',
        { instanceType: 'ecs.nope' },
        'InvalidInstanceType.ValueNotSupported',
        400,
      ],
      [
        'user data that is not Base64',
        { userData: 'not base64!' },
        'InvalidUserData.Base64FormatInvalid',
        400,
      ],
      [
        'user data over 32 KiB',
        { userData: btoa('x'.repeat(32 * 1024 + 1)) },
        'InvalidUserData.SizeExceeded',
        400,
      ],
      ['a bad host name', { hostName: '-web' }, 'InvalidHostName.Malformed', 400],
      ['an unknown key pair', { keyPairName: 'nope' }, 'InvalidKeyPairName.NotFound', 404],
      ['a dry run', { dryRun: true }, 'DryRunOperation', 400],
    ])('refuses %s, changing nothing', (_what, overrides, code, status) => {
      const ecs = aWorld();
      expectRefused(
        ecs,
        () => ecs.createInstance(aCreateRequest(overrides)),
        code as 'MissingParameter',
        status,
      );
    });

    it('replays a client token', () => {
      const ecs = aWorld();
      const first = ecs.createInstance(aCreateRequest({ clientToken: 'once' }));
      const again = ecs.createInstance(aCreateRequest({ clientToken: 'once' }));
      expect(again.instanceId).toBe(first.instanceId);
      expect(ecs.describeInstances({ regionId: REGION }).totalCount).toBe(1);
    });
  });

  describe('settings: user data, host name, key pair, deletion protection', () => {
    it('keeps what runInstances was given and shows it', () => {
      const ecs = aWorld();
      ecs.createKeyPair({ regionId: REGION, keyPairName: 'deploy' });
      const instanceId = aRunningInstance(ecs, {
        userData: USER_DATA,
        hostName: 'web-01',
        keyPairName: 'deploy',
        deletionProtection: true,
      });
      expect(ecs.describeUserData({ regionId: REGION, instanceId })).toMatchObject({
        regionId: REGION,
        instanceId,
        userData: USER_DATA,
      });
      expect(ecs.describeInstanceAttribute({ instanceId })).toMatchObject({
        instanceId,
        hostName: 'web-01',
        status: 'Running',
        instanceNetworkType: 'vpc',
      });
      expect(ecs.describeInstances({ regionId: REGION }).instances.instance[0]?.hostName).toBe(
        'web-01',
      );
    });

    it('describeUserData gives an empty string for an instance without user data', () => {
      const ecs = aWorld();
      const instanceId = aRunningInstance(ecs);
      expect(ecs.describeUserData({ regionId: REGION, instanceId }).userData).toBe('');
    });

    it('refuses deleting a protected instance with InvalidOperation.DeletionProtection (403)', () => {
      const ecs = aWorld();
      const instanceId = aStoppedInstance(ecs, { deletionProtection: true });
      expectRefused(
        ecs,
        () => ecs.deleteInstance({ instanceId }),
        'InvalidOperation.DeletionProtection',
        403,
      );
      expectRefused(
        ecs,
        () => ecs.deleteInstances({ regionId: REGION, instanceId: [instanceId], force: true }),
        'InvalidOperation.DeletionProtection',
        403,
      );
      ecs.modifyInstanceAttribute({ instanceId, deletionProtection: false });
      ecs.deleteInstance({ instanceId });
      expect(ecs.describeInstances({ regionId: REGION }).totalCount).toBe(0);
    });
  });

  describe('modifyInstanceAttribute', () => {
    it('changes name, description and host name; user data only while Stopped', () => {
      const ecs = aWorld();
      const instanceId = aRunningInstance(ecs);
      ecs.modifyInstanceAttribute({
        instanceId,
        instanceName: 'web',
        description: 'the web server',
        hostName: 'web-02',
      });
      expect(ecs.describeInstanceAttribute({ instanceId })).toMatchObject({
        instanceName: 'web',
        description: 'the web server',
        hostName: 'web-02',
      });
      expectRefused(
        ecs,
        () => ecs.modifyInstanceAttribute({ instanceId, userData: USER_DATA }),
        'IncorrectInstanceStatus',
        403,
      );
      ecs.stopInstance({ instanceId });
      ecs.clock.settle();
      ecs.modifyInstanceAttribute({ instanceId, userData: USER_DATA });
      expect(ecs.describeUserData({ regionId: REGION, instanceId }).userData).toBe(USER_DATA);
    });

    it('succeeds without changing anything when nothing differs', () => {
      const ecs = aWorld();
      const instanceId = aRunningInstance(ecs);
      const before = ecs.state;
      ecs.modifyInstanceAttribute({ instanceId });
      expect(ecs.state).toBe(before);
    });

    it.each<[string, object, string, number]>([
      ['no instance', { instanceId: undefined }, 'MissingParameter', 400],
      ['an unknown instance', { instanceId: 'i-nope' }, 'InvalidInstanceId.NotFound', 404],
      ['a bad name', { instanceName: '1x' }, 'InvalidInstanceName.Malformed', 400],
      ['a bad description', { description: 'x' }, 'InvalidDescription.Malformed', 400],
      ['a bad host name', { hostName: 'a' }, 'InvalidHostName.Malformed', 400],
      ['bad user data', { userData: '@@@' }, 'InvalidUserData.Base64FormatInvalid', 400],
    ])('refuses %s, changing nothing', (_what, overrides, code, status) => {
      const ecs = aWorld();
      const instanceId = aStoppedInstance(ecs);
      expectRefused(
        ecs,
        () => ecs.modifyInstanceAttribute({ instanceId, ...overrides }),
        code as 'MissingParameter',
        status,
      );
    });
  });

  describe('batches', () => {
    function twoRunning(ecs: Ecs) {
      return [aRunningInstance(ecs), aRunningInstance(ecs)];
    }

    it('stopInstances and startInstances move every instance, answering each', () => {
      const ecs = aWorld();
      const [a = '', b = ''] = twoRunning(ecs);
      const stopped = ecs.stopInstances({ regionId: REGION, instanceId: [a, b] });
      expect(stopped.instanceResponses.instanceResponse).toEqual([
        {
          instanceId: a,
          previousStatus: 'Running',
          currentStatus: 'Stopping',
          code: '200',
          message: 'success',
        },
        {
          instanceId: b,
          previousStatus: 'Running',
          currentStatus: 'Stopping',
          code: '200',
          message: 'success',
        },
      ]);
      ecs.clock.settle();
      const started = ecs.startInstances({ regionId: REGION, instanceId: [a, b] });
      expect(started.instanceResponses.instanceResponse.map((r) => r.currentStatus)).toEqual([
        'Starting',
        'Starting',
      ]);
      ecs.clock.settle();
      ecs.rebootInstances({ regionId: REGION, instanceId: [a] });
      expect(statusOf(ecs, a)).toBe('Stopping');
      ecs.clock.settle();
      expect([statusOf(ecs, a), statusOf(ecs, b)]).toEqual(['Running', 'Running']);
    });

    it('AllTogether (the default) refuses the whole batch on one bad instance', () => {
      const ecs = aWorld();
      const [a = ''] = twoRunning(ecs);
      const stopped = aStoppedInstance(ecs);
      expectRefused(
        ecs,
        () => ecs.stopInstances({ regionId: REGION, instanceId: [a, stopped] }),
        'IncorrectInstanceStatus',
        403,
      );
      expectRefused(
        ecs,
        () => ecs.startInstances({ regionId: REGION, instanceId: [stopped, 'i-nope'] }),
        'InvalidInstanceId.NotFound',
        404,
      );
    });

    it('SuccessFirst changes what it can and answers each instance', () => {
      const ecs = aWorld();
      const [a = ''] = twoRunning(ecs);
      const stopped = aStoppedInstance(ecs);
      const body = ecs.stopInstances({
        regionId: REGION,
        instanceId: [a, stopped, 'i-nope'],
        batchOptimization: 'SuccessFirst',
      });
      expect(body.instanceResponses.instanceResponse.map((r) => [r.instanceId, r.code])).toEqual([
        [a, '200'],
        [stopped, 'IncorrectInstanceStatus'],
        ['i-nope', 'InvalidInstanceId.NotFound'],
      ]);
      expect(statusOf(ecs, a)).toBe('Stopping');
    });

    it('a SuccessFirst dry run answers DRYRUN.SUCCESS per instance and changes nothing', () => {
      const ecs = aWorld();
      const [a = ''] = twoRunning(ecs);
      const before = ecs.state;
      const body = ecs.stopInstances({
        regionId: REGION,
        instanceId: [a],
        batchOptimization: 'SuccessFirst',
        dryRun: true,
      });
      expect(body.instanceResponses.instanceResponse[0]?.code).toBe('DRYRUN.SUCCESS');
      expect(ecs.state).toBe(before);
    });

    it('an AllTogether dry run fails with DryRunOperation', () => {
      const ecs = aWorld();
      const [a = ''] = twoRunning(ecs);
      expectRefused(
        ecs,
        () => ecs.rebootInstances({ regionId: REGION, instanceId: [a], dryRun: true }),
        'DryRunOperation',
        400,
      );
    });

    it('startInstances refuses a disk still ReIniting with DiskError', () => {
      const ecs = aWorld({ timings: { diskReInit: 30 } });
      const instanceId = aStoppedInstance(ecs);
      const diskId =
        ecs.describeDisks({ regionId: REGION, instanceId }).disks.disk[0]?.diskId ?? '';
      ecs.reInitDisk({ diskId });
      expectRefused(
        ecs,
        () => ecs.startInstances({ regionId: REGION, instanceId: [instanceId] }),
        'DiskError',
        403,
      );
    });

    it('deleteInstances releases all or none', () => {
      const ecs = aWorld();
      const [a = '', b = ''] = twoRunning(ecs);
      expectRefused(
        ecs,
        () => ecs.deleteInstances({ regionId: REGION, instanceId: [a, b] }),
        'IncorrectInstanceStatus',
        403,
      );
      ecs.deleteInstances({ regionId: REGION, instanceId: [a, b], force: true });
      expect(ecs.describeInstances({ regionId: REGION }).totalCount).toBe(0);
    });

    it.each<[string, object, string, number]>([
      ['no region', { regionId: undefined }, 'MissingParameter', 400],
      ['no instances', { instanceId: undefined }, 'MissingParameter', 400],
      ['an empty list', { instanceId: [] }, 'MissingParameter', 400],
      [
        '101 instances',
        { instanceId: Array.from({ length: 101 }, (_, i) => `i-${i}`) },
        'InvalidParameter',
        400,
      ],
      ['an unknown mode', { batchOptimization: 'Sometimes' }, 'InvalidParameter', 400],
      [
        'an instance of another region',
        { regionId: 'cn-shanghai' },
        'InvalidInstanceId.NotFound',
        404,
      ],
    ])('refuses %s, changing nothing', (_what, overrides, code, status) => {
      const ecs = aWorld();
      const instanceId = aRunningInstance(ecs);
      for (const call of [ecs.stopInstances, ecs.rebootInstances, ecs.startInstances]) {
        expectRefused(
          ecs,
          () => call({ regionId: REGION, instanceId: [instanceId], ...overrides }),
          code as 'MissingParameter',
          status,
        );
      }
    });
  });

  describe('the reads a Terraform instance resource makes', () => {
    it('answers maintenance, attachment and RAM role reads for existing instances', () => {
      const ecs = aWorld();
      const instanceId = aRunningInstance(ecs);
      const maintenance = ecs.describeInstanceMaintenanceAttributes({
        regionId: REGION,
        instanceId: [instanceId, 'i-nope'],
      });
      expect(maintenance.totalCount).toBe(1);
      expect(maintenance.maintenanceAttributes.maintenanceAttribute[0]).toMatchObject({
        instanceId,
        actionOnMaintenance: { value: 'AutoRecover' },
      });
      const attachment = ecs.describeInstanceAttachmentAttributes({
        regionId: REGION,
        instanceIds: JSON.stringify([instanceId]),
      });
      expect(attachment.instances.instance).toEqual([
        { instanceId, privatePoolOptionsId: '', privatePoolOptionsMatchCriteria: 'None' },
      ]);
      expect(ecs.describeInstanceRamRole({ regionId: REGION }).totalCount).toBe(0);
    });

    it.each<[string, (ecs: Ecs) => unknown, string, number]>([
      [
        'describeInstanceAttribute without id',
        (e) => e.describeInstanceAttribute({}),
        'MissingParameter',
        400,
      ],
      [
        'describeInstanceAttribute of an unknown id',
        (e) => e.describeInstanceAttribute({ instanceId: 'i-nope' }),
        'InvalidInstanceId.NotFound',
        404,
      ],
      [
        'describeUserData of an unknown id',
        (e) => e.describeUserData({ regionId: REGION, instanceId: 'i-nope' }),
        'InvalidInstanceId.NotFound',
        404,
      ],
      [
        'describeUserData without region',
        (e) => e.describeUserData({ instanceId: 'i-nope' }),
        'MissingParameter',
        400,
      ],
      [
        'maintenance in an unknown region',
        (e) => e.describeInstanceMaintenanceAttributes({ regionId: 'xx-1' }),
        'InvalidRegionId.NotFound',
        404,
      ],
      [
        'attachment without ids',
        (e) => e.describeInstanceAttachmentAttributes({ regionId: REGION }),
        'MissingParameter',
        400,
      ],
      [
        'attachment with malformed ids',
        (e) => e.describeInstanceAttachmentAttributes({ regionId: REGION, instanceIds: '[' }),
        'InvalidInstanceIds.Malformed',
        400,
      ],
      [
        'RAM roles in an unknown region',
        (e) => e.describeInstanceRamRole({ regionId: 'xx-1' }),
        'InvalidRegionId.NotFound',
        404,
      ],
    ])('refuses %s', (_what, call, code, status) => {
      const ecs = aWorld();
      anInstance(ecs);
      expectRefused(ecs, () => call(ecs), code as 'MissingParameter', status);
    });
  });
});
