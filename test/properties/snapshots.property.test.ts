// Random sequences of guest writes, snapshot creations, clock advances and deletions on two data
// disks of a Running instance, each step checked against a naive oracle that keeps plain bytes
// per disk, remembers them for every snapshot, and tags each block with the write that last
// touched it (a write makes new block versions, so (block, write) is a block version's identity).
// After every step: each live snapshot reads back the disk as it was when it was taken; each
// chain's size (state, describeSnapshotLinks) is the union of block versions its live snapshots
// reference; region usage (state, describeSnapshotsUsage) is the sum of the chains;
// listChangedBlocks equals a naive comparison; a refused call leaves ecs.state the same object.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type BlockVersion,
  fillPattern,
  fillSeedOf,
  readFromBlocks,
} from '../../src/blocks/index.js';
import type { Ecs, EcsOptions, Snapshot } from '../../src/index.js';
import { entityGet, entityIdsByKey } from '../../src/shared/entity-table.js';
import { findSnapshot } from '../../src/snapshots/store.js';
import { dataBytes } from '../fixtures/data-bytes.js';
import { expectRefused } from '../fixtures/ecs-errors.js';
import { must } from '../fixtures/must.js';
import { aRunningInstance, aWorld, dataDiskOf, diskIn, REGION } from '../fixtures/world.js';

const BLOCK = 4096;
// Where the sequences write: near the start of the disk, and across the node boundaries of the
// 32-way block trie (1024 = 32^2, 32768 = 32^3, 1048576 = 32^4), so diffs cross subtrees.
const STRETCHES = [
  { first: 0, blocks: 8 },
  { first: 1022, blocks: 4 },
  { first: 32766, blocks: 4 },
  { first: 1048574, blocks: 4 },
] as const;
const FILLS = ['alpha', 'beta'] as const;

type Content =
  | { readonly kind: 'data'; readonly seed: number }
  | { readonly kind: 'fill'; readonly fill: string };
type Op =
  | {
      readonly kind: 'write';
      readonly disk: number;
      readonly stretch: number;
      readonly start: number;
      readonly length: number;
      readonly content: Content;
    }
  | { readonly kind: 'snapshot'; readonly disk: number }
  | { readonly kind: 'advance'; readonly ms: number }
  | { readonly kind: 'delete'; readonly pick: number }
  | { readonly kind: 'stop' }
  | { readonly kind: 'delete-unknown' };

const aDisk = fc.oneof(
  { weight: 4, arbitrary: fc.constant(0) },
  { weight: 1, arbitrary: fc.constant(1) },
);
const aWrite: fc.Arbitrary<Op> = fc
  .record({
    disk: aDisk,
    stretch: fc.nat(STRETCHES.length - 1),
    alignedStart: fc.boolean(),
    at: fc.nat(8 * BLOCK - 1),
    alignedLength: fc.boolean(),
    size: fc.integer({ min: 1, max: 3 * BLOCK }),
    content: fc.oneof(
      fc.record({ kind: fc.constant('data' as const), seed: fc.nat() }),
      fc.record({ kind: fc.constant('fill' as const), fill: fc.constantFrom(...FILLS) }),
    ),
  })
  .map(({ disk, stretch, alignedStart, at, alignedLength, size, content }) => {
    const bytes = must(STRETCHES[stretch]).blocks * BLOCK;
    const start = (alignedStart ? at - (at % BLOCK) : at) % bytes;
    const wanted = alignedLength ? Math.ceil(size / BLOCK) * BLOCK : size;
    return {
      kind: 'write',
      disk,
      stretch,
      start,
      length: Math.min(wanted, bytes - start),
      content,
    };
  });
const anOp: fc.Arbitrary<Op> = fc.oneof(
  { weight: 6, arbitrary: aWrite },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('snapshot' as const), disk: aDisk }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('advance' as const),
      ms: fc.integer({ min: 0, max: 8000 }),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('stop' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete-unknown' as const) }) },
);

interface ModelDisk {
  readonly diskId: string;
  /** Bytes of each stretch. */
  readonly bytes: Uint8Array[];
  /** For each stretch, the write that last touched each block (0: never written). */
  readonly writer: Int32Array[];
}
interface ModelSnapshot {
  readonly snapshotId: string;
  readonly disk: number;
  readonly bytes: readonly Uint8Array[];
  readonly writer: readonly Int32Array[];
  readonly copiedBlocks: number;
  readonly completesMs: number;
}
interface Model {
  readonly disks: ModelDisk[];
  /** Live snapshots in creation order. */
  live: ModelSnapshot[];
  nowMs: number;
  writes: number;
  refusals: number;
}

/** Blocks holding a version that `parent` does not hold (all written blocks without a parent). */
function ownBlocks(
  writer: readonly Int32Array[],
  parent: readonly Int32Array[] | undefined,
): number {
  let count = 0;
  writer.forEach((blocks, s) => {
    blocks.forEach((w, b) => {
      if (w !== 0 && w !== parent?.[s]?.[b]) count++;
    });
  });
  return count;
}

function progressingOf(model: Model, disk: number): ModelSnapshot | undefined {
  return model.live.find((s) => s.disk === disk && s.completesMs > model.nowMs);
}

function applyWrite(ecs: Ecs, model: Model, op: Extract<Op, { kind: 'write' }>): void {
  const disk = must(model.disks[op.disk]);
  const stretch = must(STRETCHES[op.stretch]);
  const offset = stretch.first * BLOCK + op.start;
  const bytes =
    op.content.kind === 'data'
      ? dataBytes(op.content.seed, op.length)
      : fillPattern(fillSeedOf(op.content.fill), offset, op.length);
  if (op.content.kind === 'data') ecs.writeDisk({ diskId: disk.diskId, offset, data: bytes });
  else ecs.writeDisk({ diskId: disk.diskId, offset, length: op.length, fill: op.content.fill });
  model.writes++;
  must(disk.bytes[op.stretch]).set(bytes, op.start);
  const writer = must(disk.writer[op.stretch]);
  for (let b = Math.floor(op.start / BLOCK); b * BLOCK < op.start + op.length; b++)
    writer[b] = model.writes;
}

function applySnapshot(ecs: Ecs, model: Model, disk: number, options: TimingModel): void {
  const target = must(model.disks[disk]);
  if (progressingOf(model, disk)) {
    expectRefused(
      ecs,
      () => ecs.createSnapshot({ diskId: target.diskId }),
      'IncorrectDiskStatus.CreatingSnapshot',
    );
    model.refusals++;
    return;
  }
  const parent = model.live.filter((s) => s.disk === disk).at(-1);
  const { snapshotId } = ecs.createSnapshot({
    diskId: target.diskId,
    snapshotName: `p${model.live.length}`,
  });
  const copiedBlocks = ownBlocks(target.writer, parent?.writer);
  const durationMs = Math.round(
    (options.startup + (copiedBlocks * BLOCK) / options.throughput) * 1000,
  );
  model.live.push({
    snapshotId,
    disk,
    bytes: target.bytes.map((b) => b.slice()),
    writer: target.writer.map((w) => w.slice()),
    copiedBlocks,
    completesMs: model.nowMs + durationMs,
  });
}

function apply(ecs: Ecs, model: Model, op: Op, timing: TimingModel): void {
  switch (op.kind) {
    case 'write':
      applyWrite(ecs, model, op);
      return;
    case 'snapshot':
      applySnapshot(ecs, model, op.disk, timing);
      return;
    case 'advance':
      ecs.clock.advance(op.ms);
      model.nowMs += op.ms;
      return;
    case 'delete': {
      const victim = model.live[op.pick % Math.max(1, model.live.length)];
      if (!victim) return;
      ecs.deleteSnapshot({ snapshotId: victim.snapshotId });
      model.live = model.live.filter((s) => s !== victim);
      return;
    }
    case 'stop': {
      if (!model.live.some((s) => s.completesMs > model.nowMs)) return;
      const instanceId = must(diskIn(ecs, must(model.disks[0]).diskId)?.instanceId);
      expectRefused(ecs, () => ecs.stopInstance({ instanceId }), 'IncorrectInstanceStatus');
      model.refusals++;
      return;
    }
    case 'delete-unknown':
      // The current reference: an unknown snapshot id is ignored (success, nothing changes).
      // It counts with the refusals: a call that leaves the state as it was.
      expectUnchanged(ecs, () => ecs.deleteSnapshot({ snapshotId: 's-unknown0000000000000' }));
      model.refusals++;
      return;
  }
}

/** Runs a call that must succeed without changing the state. */
function expectUnchanged(ecs: Ecs, call: () => unknown): void {
  const before = ecs.state;
  call();
  expect(ecs.state).toBe(before);
}

/** The size of the union of (block index, version object) pairs the snapshots reference. */
function referencedVersions(snapshots: readonly Snapshot[]): number {
  const blocksByVersion = new Map<BlockVersion, Set<number>>();
  for (const s of snapshots) {
    for (const [index, version] of s.content.entries()) {
      const blocks = blocksByVersion.get(version) ?? new Set<number>();
      blocks.add(index);
      blocksByVersion.set(version, blocks);
    }
  }
  return [...blocksByVersion.values()].reduce((sum, blocks) => sum + blocks.size, 0);
}

/** The same union, from the oracle's own (block, write) tags. */
function referencedWrites(model: Model, disk: number): number {
  const pairs = new Set<string>();
  for (const s of model.live.filter((x) => x.disk === disk)) {
    s.writer.forEach((blocks, st) => {
      blocks.forEach((w, b) => {
        if (w !== 0) pairs.add(`${st}:${b}:${w}`);
      });
    });
  }
  return pairs.size;
}

function readStretches(read: (offset: number, length: number) => Uint8Array): Uint8Array[] {
  return STRETCHES.map((st) => read(st.first * BLOCK, st.blocks * BLOCK));
}

function checkSnapshot(ecs: Ecs, model: Model, expected: ModelSnapshot): Snapshot {
  const actual = must(findSnapshot(ecs.state, expected.snapshotId), expected.snapshotId);
  const siblings = model.live.filter((s) => s.disk === expected.disk);
  const parent = siblings[siblings.indexOf(expected) - 1];
  expect({
    status: actual.status,
    completesMs: actual.completesMs,
    copiedBytes: actual.copiedBytes,
    lineageParentId: actual.lineageParentId,
    ownBlocks: actual.ownBlocks,
  }).toEqual({
    status: expected.completesMs > model.nowMs ? 'progressing' : 'accomplished',
    completesMs: expected.completesMs,
    copiedBytes: expected.copiedBlocks * BLOCK,
    lineageParentId: parent?.snapshotId ?? null,
    ownBlocks: ownBlocks(expected.writer, parent?.writer),
  });
  const restored = readStretches((offset, length) =>
    readFromBlocks(actual.content, BLOCK, offset, length),
  );
  restored.forEach((bytes, i) => {
    expect(
      Buffer.compare(bytes, must(expected.bytes[i])),
      `${expected.snapshotId} stretch ${i}`,
    ).toBe(0);
  });
  return actual;
}

function checkWorld(ecs: Ecs, model: Model): void {
  expect(Date.parse(ecs.state.clock.now)).toBe(model.nowMs);
  let chainBlocks = 0;
  model.disks.forEach((disk, d) => {
    const current = readStretches((offset, length) =>
      ecs.readDisk({ diskId: disk.diskId, offset, length }),
    );
    current.forEach((bytes, i) => {
      expect(Buffer.compare(bytes, must(disk.bytes[i])), `disk ${d} stretch ${i}`).toBe(0);
    });
    const expected = model.live.filter((s) => s.disk === d);
    const stored = entityIdsByKey(ecs.state.snapshots, `disk:${disk.diskId}`);
    expect(new Set(stored)).toEqual(new Set(expected.map((s) => s.snapshotId)));
    const snapshots = expected.map((s) => checkSnapshot(ecs, model, s));
    const state = must(diskIn(ecs, disk.diskId));
    expect(state.progressingSnapshotId).toBe(progressingOf(model, d)?.snapshotId ?? null);
    if (!state.snapshotLinkId) {
      expect(expected).toEqual([]);
      return;
    }
    const link = must(entityGet(ecs.state.snapshotLinks, state.snapshotLinkId), 'chain');
    const union = referencedWrites(model, d);
    expect({
      count: link.totalCount,
      blocks: link.totalBlocks,
      versions: referencedVersions(snapshots),
    }).toEqual({
      count: expected.length,
      blocks: union,
      versions: union,
    });
    const [described] = ecs.describeSnapshotLinks({
      regionId: REGION,
      diskIds: JSON.stringify([disk.diskId]),
    }).snapshotLinks.snapshotLink;
    expect({ totalCount: described?.totalCount, totalSize: described?.totalSize }).toEqual({
      totalCount: expected.length,
      totalSize: union * BLOCK,
    });
    chainBlocks += link.totalBlocks;
    checkChangedBlocks(ecs, model, d);
  });
  const usage = ecs.state.snapshotUsage[REGION] ?? { snapshotCount: 0, snapshotBlocks: 0 };
  expect(usage).toEqual({ snapshotCount: model.live.length, snapshotBlocks: chainBlocks });
  const { snapshotCount, snapshotSize } = ecs.describeSnapshotsUsage({ regionId: REGION });
  expect({ snapshotCount, snapshotSize }).toEqual({
    snapshotCount: model.live.length,
    snapshotSize: chainBlocks * BLOCK,
  });
}

/** Absolute indices of the blocks whose version differs from `first`'s (all written ones without). */
function naiveChanges(second: ModelSnapshot, first: ModelSnapshot | undefined): number[] {
  const changed: number[] = [];
  second.writer.forEach((blocks, st) => {
    blocks.forEach((w, b) => {
      const before = first?.writer[st]?.[b] ?? 0;
      if (w !== before) changed.push(must(STRETCHES[st]).first + b);
    });
  });
  return changed;
}

/**
 * listChangedBlocks against a naive comparison, for the readable snapshots of one disk: each one
 * against the one before it, the newest alone, and the oldest against the newest.
 */
function checkChangedBlocks(ecs: Ecs, model: Model, disk: number): void {
  const readable = model.live.filter(
    (s) => s.disk === disk && must(findSnapshot(ecs.state, s.snapshotId)).available,
  );
  const pairs: [ModelSnapshot | undefined, ModelSnapshot][] = readable.map((s, i) => [
    readable[i - 1],
    s,
  ]);
  const oldest = readable[0];
  const newest = readable.at(-1);
  if (newest) pairs.push([undefined, newest]);
  if (oldest && newest && oldest !== newest) pairs.push([oldest, newest]);
  for (const [first, second] of pairs) {
    const listed = ecs.listChangedBlocks({
      ...(first ? { firstSnapshotId: first.snapshotId } : {}),
      secondSnapshotId: second.snapshotId,
    });
    expect(listed.nextToken).toBeUndefined();
    expect(listed.changedBlocks.map((c) => c.blockIndex)).toEqual(naiveChanges(second, first));
  }
}

interface TimingModel {
  readonly startup: number;
  readonly throughput: number;
}

function runSequence(
  options: EcsOptions,
  timing: TimingModel,
  ops: readonly Op[],
  totals: { refusals: number },
) {
  const ecs = aWorld({ blockSize: BLOCK, instanceChangeDuringSnapshot: 'refuse', ...options });
  const instanceId = aRunningInstance(ecs, {
    dataDisk: [
      { category: 'cloud_essd', size: 20 },
      { category: 'cloud_ssd', size: 20 },
    ],
  });
  const model: Model = {
    disks: [1, 2].map((n) => ({
      diskId: dataDiskOf(ecs, instanceId, n).diskId,
      bytes: STRETCHES.map((s) => new Uint8Array(s.blocks * BLOCK)),
      writer: STRETCHES.map((s) => new Int32Array(s.blocks)),
    })),
    live: [],
    nowMs: Date.parse(ecs.state.clock.now),
    writes: 0,
    refusals: 0,
  };
  checkWorld(ecs, model);
  for (const op of ops) {
    apply(ecs, model, op, timing);
    checkWorld(ecs, model);
  }
  totals.refusals += model.refusals;
}

describe('the snapshot lineage', () => {
  describe('when random writes, snapshots, clock advances and deletions run with small realistic timings', () => {
    it('matches the naive oracle after every step, refusals included', () => {
      // 2 s start-up, 4 blocks per second: a snapshot of n changed blocks takes 2 + n/4 s.
      const timing = { startup: 2, throughput: 4 * BLOCK };
      const totals = { refusals: 0 };
      fc.assert(
        fc.property(fc.array(anOp, { minLength: 1, maxLength: 60 }), (ops) => {
          runSequence(
            { timings: { snapshotStartup: timing.startup, snapshotThroughput: timing.throughput } },
            timing,
            ops,
            totals,
          );
        }),
        { seed: 20260101, numRuns: 300 },
      );
      expect(totals.refusals).toBeGreaterThan(20);
      // Seconds of CPU: the wall time depends on the machine's load; benches measure speed.
    }, 60_000);
  });

  describe("when the same sequences run with timings: 'instant'", () => {
    it('completes every snapshot at once and still matches the naive oracle', () => {
      const timing = { startup: 0, throughput: Number.MAX_SAFE_INTEGER };
      const totals = { refusals: 0 };
      fc.assert(
        fc.property(fc.array(anOp, { minLength: 1, maxLength: 60 }), (ops) => {
          runSequence({ timings: 'instant' }, timing, ops, totals);
        }),
        { seed: 20260102, numRuns: 200 },
      );
      expect(totals.refusals).toBeGreaterThan(5);
    }, 60_000);
  });
});
