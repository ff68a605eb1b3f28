// Every answer of every served operation carries every field of its SDK response model (nested
// models and list items included), through the facade and over HTTP with the wire names.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SDK_OPERATIONS, type SdkOperationName } from '../../src/sdk/index.js';
import type { RunningServer } from '../../src/server/index.js';
import { aServer } from '../server/helpers.js';
import { anAnsweringWorld, everyAnswer, facadeCaller, httpCaller } from './every-answer.js';
import { countFields, responseModel } from './model-fields.js';

/**
 * Lists fake-ecs always answers empty (what they would hold is not modelled: locks, multi-attach
 * mounts, image checks, policy target tags, tags of group members, IPv6 and prefixes of network
 * interfaces and their tags, instance-type attributes and bandwidth weightings): the fields of
 * their items cannot be seen in an answer.
 */
const ALWAYS_EMPTY = [
  'InstanceTypes.InstanceType[].Attributes.Attribute[]',
  'InstanceTypes.InstanceType[].NetworkInfo.BandwidthWeighting.WeightingInfos.WeightingInfo[]',
  'Instances.Instance[].NetworkInterfaces.NetworkInterface[].Ipv4PrefixSets.Ipv4PrefixSet[]',
  'Instances.Instance[].NetworkInterfaces.NetworkInterface[].Ipv6PrefixSets.Ipv6PrefixSet[]',
  'Instances.Instance[].NetworkInterfaces.NetworkInterface[].Ipv6Sets.Ipv6Set[]',
  'NetworkInterfaceSets.NetworkInterfaceSet[].Ipv4PrefixSets.Ipv4PrefixSet[]',
  'NetworkInterfaceSets.NetworkInterfaceSet[].Ipv6PrefixSets.Ipv6PrefixSet[]',
  'NetworkInterfaceSets.NetworkInterfaceSet[].Ipv6Sets.Ipv6Set[]',
  'NetworkInterfaceSets.NetworkInterfaceSet[].Tags.Tag[]',
  'Instances.Instance[].OperationLocks.LockReason[]',
  'Images.Image[].DetectionOptions.Items.Item[]',
  'Disks.Disk[].MountInstances.MountInstance[]',
  'Disks.Disk[].OperationLocks.OperationLock[]',
  'SnapshotGroups.SnapshotGroup[].Snapshots.Snapshot[].Tags.Tag[]',
  'AutoSnapshotPolicies.AutoSnapshotPolicy[].TargetTags.TargetTag[]',
  'OperationLocks.LockReason[]',
  'MaintenanceAttributes.MaintenanceAttribute[].MaintenanceWindows.MaintenanceWindow[]',
  'InstanceRamRoleSets.InstanceRamRoleSet[]',
];

function completeness(answers: Map<SdkOperationName, unknown[]>, wire: boolean) {
  return SDK_OPERATIONS.map((operation) => {
    const found = countFields(responseModel(operation), answers.get(operation) ?? [], wire);
    return { operation, answered: answers.get(operation)?.length ?? 0, ...found };
  });
}

describe('complete responses', () => {
  it('through the facade: every field of every response model, in every item', async () => {
    const { ecs, diskId, instanceId } = anAnsweringWorld();
    const rows = completeness(
      await everyAnswer(ecs, { diskId, instanceId }, facadeCaller(ecs)),
      false,
    );
    for (const row of rows) {
      expect(row.answered, row.operation).toBeGreaterThan(0);
      expect(row.missing, row.operation).toEqual([]);
    }
    expect(rows.flatMap((r) => r.unchecked).sort()).toEqual([...ALWAYS_EMPTY].sort());
  });

  describe('over HTTP', () => {
    let server: RunningServer;
    const world = anAnsweringWorld();
    beforeAll(async () => {
      server = await aServer(world.ecs);
    });
    afterAll(async () => {
      await server.close();
    });

    it('every field of every response model under its wire name, in every item', async () => {
      const { ecs, diskId, instanceId } = world;
      const call = httpCaller(server.port, server.endpoint);
      const rows = completeness(await everyAnswer(ecs, { diskId, instanceId }, call), true);
      for (const row of rows) {
        expect(row.answered, row.operation).toBeGreaterThan(0);
        expect(row.missing, row.operation).toEqual([]);
      }
      expect(rows.flatMap((r) => r.unchecked).sort()).toEqual([...ALWAYS_EMPTY].sort());
    });
  });
});
