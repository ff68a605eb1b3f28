import { describe, expect, it } from 'vitest';
import { must } from '../fixtures/must.js';
import { anInstance, aRunRequest, aWorld, dataDiskOf, REGION } from '../fixtures/world.js';

/** Freezes a request and everything in it (typed arrays cannot be frozen and are left alone). */
function frozen<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !ArrayBuffer.isView(value)) {
    for (const child of Object.values(value)) frozen(child);
    Object.freeze(value);
  }
  return value;
}

describe('the facade', () => {
  describe('when given frozen requests', () => {
    it('never writes to them (a write to a frozen object would throw)', () => {
      const ecs = aWorld({ timings: 'instant' });
      const request = frozen(
        aRunRequest({
          dataDisk: [{ size: 20 }],
          systemDisk: { size: 50 },
          tag: [{ key: 'a', value: 'b' }],
          clientToken: 't',
        }),
      );
      const id = must(ecs.runInstances(request).instanceIdSets.instanceIdSet[0]);
      expect(ecs.runInstances(request).instanceIdSets.instanceIdSet).toEqual([id]);
      ecs.describeInstances(frozen({ regionId: REGION, tag: [{ key: 'a' }], maxResults: 5 }));
      ecs.describeInstanceStatus(frozen({ regionId: REGION, instanceId: [id] }));
      ecs.describeImages(frozen({ regionId: REGION, OSType: 'linux' }));
      const diskId = dataDiskOf(ecs, id).diskId;
      ecs.writeDisk(
        frozen({
          diskId,
          writes: [
            { offset: 0, data: 'x' },
            { offset: 10, length: 5, fill: 'f' },
          ],
        }),
      );
      ecs.readDisk(frozen({ diskId, offset: 0, length: 4 }));
      ecs.stopInstance(frozen({ instanceId: id }));
      ecs.startInstance(frozen({ instanceId: id }));
      ecs.rebootInstance(frozen({ instanceId: id }));
      ecs.deleteInstance(frozen({ instanceId: id, force: true }));
      expect(ecs.describeInstances({ regionId: REGION }).totalCount).toBe(0);
    });
  });

  describe('when a request is changed after the call', () => {
    it('keeps what the call stored', () => {
      const ecs = aWorld();
      const tag = [{ key: 'env', value: 'prod' }];
      const id = anInstance(ecs, { tag, instanceName: 'kept' });
      tag[0] = { key: 'env', value: 'changed' };
      const [item] = ecs.describeInstances({ regionId: REGION }).instances.instance;
      expect(item?.tags.tag).toEqual([{ tagKey: 'env', tagValue: 'prod' }]);
      expect(item?.instanceId).toBe(id);
    });

    it('keeps the bytes it wrote', () => {
      const ecs = aWorld({ timings: 'instant' });
      const diskId = dataDiskOf(ecs, anInstance(ecs, { dataDisk: [{ size: 20 }] })).diskId;
      const data = new Uint8Array([1, 2, 3]);
      ecs.writeDisk({ diskId, writes: [{ offset: 0, data }] });
      data.set([9, 9, 9]);
      expect([...ecs.readDisk({ diskId, offset: 0, length: 3 })]).toEqual([1, 2, 3]);
    });
  });
});
