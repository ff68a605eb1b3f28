// A world saved before the weak snapshot index keys were retired (`type:`, `source-type:`,
// `usage:none`, `status:accomplished`, and the manual quota's `quota:<disk>:user`) still restores, and after a change it saves and restores
// again: the retired keys are dropped on restore instead of going stale. So are the chain keys
// (`link:<chain>`, every snapshot under its chain) of a save made before only failed snapshots
// were indexed by chain (`failed-link:<chain>`): those are made on restore.
import { describe, expect, it } from 'vitest';
import { createEcs, type Ecs } from '../../src/index.js';
import { encodeGraph } from '../../src/saved/graph-codec.js';
import { entityGet, entityIdsByKey } from '../../src/shared/entity-table.js';
import {
  emptyOrderedIndex,
  hashTableEntries,
  hashTableGet,
  hashTableRemove,
  hashTableSet,
  orderedIndexInsert,
} from '../../src/shared/persistent/index.js';
import type { EcsState } from '../../src/state/ecs-state.js';
import { thrownBy } from '../fixtures/ecs-errors.js';
import { must } from '../fixtures/must.js';
import { aRunningInstance, aWorld, dataDiskOf, REGION } from '../fixtures/world.js';

const RETIRED = ['type:user', 'source-type:data', 'usage:none', 'status:accomplished'];

/** The state as an earlier fake-ecs kept it: every snapshot also under the retired keys. */
function withRetiredKeys(state: EcsState, retired: readonly string[]): EcsState {
  let indexes = state.snapshots.indexes;
  for (const key of retired) {
    let index = emptyOrderedIndex();
    for (const id of entityIdsByKey(state.snapshots, `region:${REGION}`)) {
      const s = entityGet(state.snapshots, id);
      if (s) index = orderedIndexInsert(index, s.seq, id);
    }
    indexes = hashTableSet(indexes, key, index);
  }
  return { ...state, snapshots: { ...state.snapshots, indexes } };
}

/** Saves `ecs` the way the earlier fake-ecs did, and restores it through JSON. */
function restoredOldSave(ecs: Ecs, retired: readonly string[]): Ecs {
  const saved = { ...ecs.export(), state: encodeGraph(withRetiredKeys(ecs.state, retired)) };
  return createEcs({ from: JSON.parse(JSON.stringify(saved)) });
}

describe('a world saved with the retired snapshot index keys', () => {
  it('restores without them, keeps its listings, and restores again after deletions', () => {
    const ecs = aWorld({ quotas: { manualSnapshotsPerDisk: 3 } });
    const diskId = dataDiskOf(ecs, aRunningInstance(ecs, { dataDisk: [{ size: 20 }] })).diskId;
    const retired = [...RETIRED, `quota:${diskId}:user`];
    const ids = [0, 1, 2].map((i) => {
      const { snapshotId } = ecs.createSnapshot({ diskId, snapshotName: `s${i}` });
      ecs.clock.settle();
      return snapshotId;
    });
    const back = restoredOldSave(ecs, retired);
    for (const key of retired)
      expect(hashTableGet(back.state.snapshots.indexes, key)).toBeUndefined();
    const listed = (e: Ecs) =>
      e
        .describeSnapshots({
          regionId: REGION,
          status: 'accomplished',
          snapshotType: 'user',
          usage: 'none',
          sourceDiskType: 'Data',
        })
        .snapshots.snapshot.map((s) => s.snapshotId);
    expect(listed(back)).toEqual(listed(ecs));
    expect(listed(back)).toHaveLength(3);
    // The manual quota still counts the three: a fourth is refused until one is deleted.
    expect(thrownBy(() => back.createSnapshot({ diskId }))).toMatchObject({
      code: 'QuotaExceed.Snapshot',
    });
    back.deleteSnapshot({ snapshotId: ids[1] as string });
    expect(back.createSnapshot({ diskId }).snapshotId).toMatch(/^s-/);
    back.clock.settle();
    const again = createEcs({ from: JSON.parse(JSON.stringify(back.export())) });
    expect(listed(again)).toHaveLength(3);
    expect(listed(again).slice(1)).toEqual([ids[2], ids[0]]);
  });
});

/** The state as a fake-ecs that indexed every snapshot by chain kept it. */
function withChainKeys(state: EcsState): EcsState {
  let indexes = state.snapshots.indexes;
  for (const { key } of hashTableEntries(indexes))
    if (key.startsWith('failed-link:')) indexes = hashTableRemove(indexes, key);
  for (const id of entityIdsByKey(state.snapshots, `region:${REGION}`)) {
    const s = entityGet(state.snapshots, id);
    if (!s) continue;
    const key = `link:${s.snapshotLinkId}`;
    const index = hashTableGet(indexes, key) ?? emptyOrderedIndex();
    indexes = hashTableSet(indexes, key, orderedIndexInsert(index, s.seq, id));
  }
  return { ...state, snapshots: { ...state.snapshots, indexes } };
}

describe('a world saved with every snapshot indexed by chain', () => {
  it('restores with only its failed snapshots indexed by chain, which keep their chain', () => {
    const ecs = aWorld();
    const instanceId = aRunningInstance(ecs, { dataDisk: [{ size: 20 }] });
    const { diskId } = dataDiskOf(ecs, instanceId);
    const live = ecs.createSnapshot({ diskId }).snapshotId;
    ecs.clock.settle();
    ecs.faults.failNextSnapshot({ diskId });
    const failed = ecs.createSnapshot({ diskId }).snapshotId;
    ecs.clock.settle();
    const chain = must(entityGet(ecs.state.snapshots, failed)).snapshotLinkId;
    const old = withChainKeys(ecs.state);
    expect(hashTableGet(old.snapshots.indexes, `link:${chain}`)).toBeDefined();
    const saved = { ...ecs.export(), state: encodeGraph(old) };
    const back = createEcs({ from: JSON.parse(JSON.stringify(saved)) });
    const keys = [...hashTableEntries(back.state.snapshots.indexes)].map((e) => e.key);
    expect(keys.filter((k) => k.startsWith('link:'))).toEqual([]);
    expect(entityIdsByKey(back.state.snapshots, `failed-link:${chain}`)).toEqual([failed]);
    const chains = (e: Ecs) =>
      e
        .describeSnapshotLinks({ regionId: REGION })
        .snapshotLinks.snapshotLink.map((l) => [l.snapshotLinkId, l.totalCount]);
    expect(back.describeSnapshots({ regionId: REGION, snapshotLinkId: chain }).totalCount).toBe(2);
    // The disk goes, then its live snapshot: the failed one still shows the chain, which stays.
    back.detachDisk({ instanceId, diskId });
    back.clock.settle();
    back.deleteDisk({ diskId });
    back.deleteSnapshot({ snapshotId: live });
    expect(chains(back)).toEqual([[chain, 0]]);
    const again = createEcs({ from: JSON.parse(JSON.stringify(back.export())) });
    again.deleteSnapshot({ snapshotId: failed });
    expect(chains(again)).toEqual([]);
  });
});
