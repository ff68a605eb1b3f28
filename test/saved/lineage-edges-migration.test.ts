// A world saved when lineage edges were `child-of:` index keys (of the snapshot and hidden-node
// tables, with no `lineageChildren` part) still restores: the keys become edges, and the world
// continues exactly as the one it was saved from, hidden lineage nodes included.
import { describe, expect, it } from 'vitest';
import { createEcs, type Ecs } from '../../src/index.js';
import { encodeGraph } from '../../src/saved/graph-codec.js';
import type { EntityTable } from '../../src/shared/entity-table.js';
import {
  emptyOrderedIndex,
  hashTableEntries,
  hashTableGet,
  hashTableSet,
  hashTableValues,
  type OrderedIndex,
  orderedIndexInsert,
} from '../../src/shared/persistent/index.js';
import type { EcsState } from '../../src/state/ecs-state.js';
import { aRunningInstance, aWorld, dataDiskOf, REGION } from '../fixtures/world.js';

type Node = { seq: number; snapshotId: string; lineageParentId: string | null; status?: string };

/** A table as the earlier fake-ecs indexed it: each lineage node under `child-of:<parent>`. */
function withChildOfKeys<T extends Node>(table: EntityTable<T>): EntityTable<T> {
  let indexes = table.indexes;
  for (const node of hashTableValues(table.rows)) {
    if (node.lineageParentId === null || node.status === 'failed') continue;
    const key = `child-of:${node.lineageParentId}`;
    const index: OrderedIndex = hashTableGet(indexes, key) ?? emptyOrderedIndex();
    indexes = hashTableSet(indexes, key, orderedIndexInsert(index, node.seq, node.snapshotId));
  }
  return { ...table, indexes };
}

/** Saves `ecs` the way the earlier fake-ecs did, and restores it through JSON. */
function restoredOldSave(ecs: Ecs): Ecs {
  const { lineageChildren: _edges, ...rest } = ecs.state;
  const old = {
    ...rest,
    snapshots: withChildOfKeys(ecs.state.snapshots),
    lineageNodes: withChildOfKeys(ecs.state.lineageNodes),
  } as unknown as EcsState;
  const saved = { ...ecs.export(), state: encodeGraph(old) };
  return createEcs({ from: JSON.parse(JSON.stringify(saved)) });
}

/** The lineage edges, each parent's children sorted (their order is the order edges were made). */
function edgesOf(ecs: Ecs): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const { key, value } of hashTableEntries(ecs.state.lineageChildren))
    out[key] = [...value].sort();
  return out;
}

/** A disk with a branching lineage: s0 <- s1, and s0 <- s2 after a rollback to s0. */
function branchingWorld() {
  const ecs = aWorld();
  const instanceId = aRunningInstance(ecs, { dataDisk: [{ size: 20 }] });
  const diskId = dataDiskOf(ecs, instanceId).diskId;
  const snap = (name: string) => {
    const { snapshotId } = ecs.createSnapshot({ diskId, snapshotName: name });
    ecs.clock.settle();
    return snapshotId;
  };
  ecs.writeDisk({ diskId, offset: 0, data: 'a' });
  const s0 = snap('s0');
  ecs.writeDisk({ diskId, offset: 0, data: 'b' });
  const s1 = snap('s1');
  ecs.stopInstance({ instanceId });
  ecs.clock.settle();
  ecs.resetDisk({ diskId, snapshotId: s0 });
  ecs.clock.settle();
  ecs.startInstance({ instanceId });
  ecs.clock.settle();
  ecs.writeDisk({ diskId, offset: 2 ** 20, data: 'c' });
  const s2 = snap('s2');
  ecs.deleteSnapshot({ snapshotId: s0 }); // two branches below it: it stays, hidden
  return { ecs, diskId, s1, s2, snap };
}

describe('a world saved with lineage edges as child-of index keys', () => {
  it('restores the edges from the keys, drops the keys, and continues as the original', () => {
    const { ecs, s1, s2 } = branchingWorld();
    expect(hashTableValues(ecs.state.lineageNodes.rows).next().done).toBe(false);
    const back = restoredOldSave(ecs);
    expect(edgesOf(back)).toEqual(edgesOf(ecs));
    for (const table of [back.state.snapshots, back.state.lineageNodes])
      for (const { key } of hashTableEntries(table.indexes))
        expect(key.startsWith('child-of:')).toBe(false);
    const usage = (e: Ecs) => e.describeSnapshotLinks({ regionId: REGION }).snapshotLinks;
    for (const world of [ecs, back]) world.deleteSnapshot({ snapshotId: s1 }); // the ghost dissolves
    expect(usage(back)).toEqual(usage(ecs));
    expect(edgesOf(back)).toEqual(edgesOf(ecs));
    expect(back.state.lineageNodes.rows.size).toBe(0);
    for (const world of [ecs, back]) world.deleteSnapshot({ snapshotId: s2 });
    expect(usage(back)).toEqual(usage(ecs));
    expect(edgesOf(back)).toEqual({});
    const again = createEcs({ from: JSON.parse(JSON.stringify(back.export())) });
    expect(edgesOf(again)).toEqual({});
  });

  it('keeps edges in a fresh world exactly where the lineage parents point', () => {
    const { ecs, snap } = branchingWorld();
    snap('s3');
    const parents: Record<string, string[]> = {};
    for (const table of [ecs.state.snapshots, ecs.state.lineageNodes] as EntityTable<Node>[])
      for (const node of hashTableValues(table.rows))
        if (node.lineageParentId && node.status !== 'failed')
          parents[node.lineageParentId] = [
            ...(parents[node.lineageParentId] ?? []),
            node.snapshotId,
          ];
    for (const ids of Object.values(parents)) ids.sort();
    expect(edgesOf(ecs)).toEqual(parents);
    expect(Object.keys(parents).length).toBeGreaterThan(0);
  });
});
