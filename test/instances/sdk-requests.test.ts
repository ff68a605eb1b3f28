import * as $Ecs from '@alicloud/ecs20140526';
import { describe, expect, it } from 'vitest';
import { must } from '../fixtures/must.js';
import {
  aWorld,
  disksOf,
  INSTANCE_TYPE,
  instanceIn,
  LINUX_IMAGE,
  REGION,
  statusOf,
} from '../fixtures/world.js';

describe('requests built with the official SDK classes', () => {
  describe('when running, stopping and listing instances', () => {
    it('are accepted as they are', () => {
      const ecs = aWorld({ timings: 'instant' });
      const run = new $Ecs.RunInstancesRequest({
        regionId: REGION,
        imageId: LINUX_IMAGE,
        instanceType: INSTANCE_TYPE,
        instanceName: 'sdk-made',
        systemDisk: new $Ecs.RunInstancesRequestSystemDisk({ category: 'cloud_essd', size: '60' }),
        dataDisk: [new $Ecs.RunInstancesRequestDataDisk({ size: 20, deleteWithInstance: false })],
        tag: [new $Ecs.RunInstancesRequestTag({ key: 'env', value: 'sdk' })],
      });
      const id = must(ecs.runInstances(run).instanceIdSets.instanceIdSet[0]);
      expect(instanceIn(ecs, id)).toMatchObject({
        instanceName: 'sdk-made',
        tags: [{ key: 'env', value: 'sdk' }],
      });
      expect(disksOf(ecs, id).map((d) => [d.size, d.deleteWithInstance])).toEqual([
        [60, true],
        [20, false],
      ]);
      ecs.stopInstance(new $Ecs.StopInstanceRequest({ instanceId: id, forceStop: true }));
      expect(statusOf(ecs, id)).toBe('Stopped');
      const listed = ecs.describeInstances(
        new $Ecs.DescribeInstancesRequest({
          regionId: REGION,
          instanceIds: JSON.stringify([id]),
          maxResults: 10,
        }),
      );
      expect(listed.instances.instance.map((i) => i.instanceId)).toEqual([id]);
    });
  });
});
