import { describe, expect, it } from 'vitest';
import { resetDisksRequestForGroup } from '../../src/index.js';
import { must } from '../fixtures/must.js';
import { REGION } from '../fixtures/world.js';
import { aGroupWorld, anEssdInstance, groupView } from './helpers.js';

function text(bytes: Uint8Array): string {
  return new TextDecoder().decode(bytes).replace(/\0+$/, '');
}

describe('resetDisks with the members of a snapshot group', () => {
  it('rolls every disk of the instance back to the same instant', () => {
    const ecs = aGroupWorld();
    const { instanceId, diskIds } = anEssdInstance(ecs);
    const [, a, b] = diskIds;
    const write = (diskId: string | undefined, data: string) =>
      ecs.writeDisk({ diskId: must(diskId, 'disk'), offset: 0, data });
    const read = (diskId: string | undefined) =>
      text(ecs.readDisk({ diskId: must(diskId, 'disk'), offset: 0, length: 16 }));
    write(a, 'a@t0');
    write(b, 'b@t0');
    const { snapshotGroupId } = ecs.createSnapshotGroup({ regionId: REGION, instanceId });
    write(a, 'a@t1');
    write(b, 'b@t1');
    ecs.clock.settle();
    write(a, 'a@t2');
    ecs.stopInstance({ instanceId });
    ecs.clock.settle();
    const request = resetDisksRequestForGroup(REGION, groupView(ecs, snapshotGroupId));
    expect(request.disk?.map((d) => d.diskId)).toEqual(diskIds);
    const body = ecs.resetDisks(request);
    expect(body.operationProgressSet.operationProgress.map((p) => p.operationStatus)).toEqual([
      'Success',
      'Success',
      'Success',
    ]);
    ecs.clock.settle();
    ecs.startInstance({ instanceId });
    ecs.clock.settle();
    expect([read(a), read(b)]).toEqual(['a@t0', 'b@t0']);
  });
});
