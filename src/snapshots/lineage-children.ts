import {
  type HashTable,
  hashTableEntries,
  hashTableGet,
  hashTableRemove,
  hashTableSet,
  orderedIndexValuesFrom,
} from '../shared/persistent/index.js';

// Which lineage nodes descend directly from which: the edges of the lineage tree, parent to
// children. A node's `lineageParentId` is the truth; this map finds a node's children in O(log n)
// without scanning. It was once one `child-of:` index key per parent in the snapshot and ghost
// tables: in a chain of 1,000 snapshots that is ~1,000 one-entry ordered indexes, which made every
// other index write of the snapshots table walk and copy a hash table ten times larger (a third of
// the cost of creating and deleting a snapshot).

/**
 * Lineage node id -> the ids of the nodes (live snapshots and hidden ones) whose lineage parent it
 * is, oldest edge first. A node without children has no entry.
 *
 * @internal
 */
export type LineageChildren = HashTable<readonly string[]>;

/**
 * The ids of the nodes listed as children of a node.
 *
 * @param children - The lineage edges.
 * @param parentId - The parent's id.
 * @returns Its children's ids (empty when it has none).
 * @internal
 */
export function childIdsOf(children: LineageChildren, parentId: string): readonly string[] {
  return hashTableGet(children, parentId) ?? [];
}

/**
 * Moves a node's edge from one lineage parent to another: `from` null adds it, `to` null removes
 * it. A child is listed once, after the children its new parent had.
 *
 * @param children - The lineage edges.
 * @param childId - The node's id.
 * @param from - Its parent before, or `null` (it was a root, or not in the lineage).
 * @param to - Its parent after, or `null`.
 * @returns The new edges (the same ones when nothing moves).
 * @internal
 */
export function movedLineageEdge(
  children: LineageChildren,
  childId: string,
  from: string | null,
  to: string | null,
): LineageChildren {
  let edges = children;
  if (from !== null && from !== to) {
    const rest = childIdsOf(edges, from).filter((id) => id !== childId);
    edges =
      rest.length === 0 ? hashTableRemove(edges, from) : hashTableSet(edges, from, freeze(rest));
  }
  if (to !== null) {
    const ids = childIdsOf(edges, to);
    if (!ids.includes(childId)) edges = hashTableSet(edges, to, freeze([...ids, childId]));
  }
  return edges;
}

const freeze = (ids: string[]): readonly string[] => Object.freeze(ids);

/** The index key prefix an earlier fake-ecs kept lineage edges under. */
const CHILD_OF = 'child-of:';

/** An entity table's indexes, as far as the move of the old lineage keys needs them. */
interface Indexed {
  readonly indexes: HashTable<Parameters<typeof orderedIndexValuesFrom>[0]>;
}

/**
 * Moves the lineage edges an earlier fake-ecs kept as `child-of:` index keys of the snapshot and
 * hidden-node tables into the edges map, and drops those keys (a world it saved would otherwise
 * keep them, and they would go stale on the first change). Live children come before hidden ones,
 * as they were listed then. Tables without such keys are returned as they are.
 *
 * @param tables - The snapshot and hidden-node tables of a restored world, and its edges.
 * @returns The tables without `child-of:` keys, and the edges with theirs.
 * @internal
 */
export function movedChildOfKeys<S extends Indexed, G extends Indexed>(tables: {
  snapshots: S;
  lineageNodes: G;
  lineageChildren: LineageChildren;
}): { snapshots: S; lineageNodes: G; lineageChildren: LineageChildren } {
  let { lineageChildren } = tables;
  const move = <T extends Indexed>(table: T): T => {
    let indexes = table.indexes;
    for (const { key, value } of hashTableEntries(table.indexes)) {
      if (!key.startsWith(CHILD_OF)) continue;
      const parentId = key.slice(CHILD_OF.length);
      for (const childId of orderedIndexValuesFrom(value, 0))
        lineageChildren = movedLineageEdge(lineageChildren, childId, null, parentId);
      indexes = hashTableRemove(indexes, key);
    }
    return indexes === table.indexes ? table : Object.freeze({ ...table, indexes });
  };
  const snapshots = move(tables.snapshots);
  const lineageNodes = move(tables.lineageNodes);
  return { snapshots, lineageNodes, lineageChildren };
}
