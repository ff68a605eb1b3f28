// Retained memory of snapshot block indexes, against the built package (`fake-ecs` -> dist/).
// Run: `npm run build && node --expose-gc --import tsx test/bench/snapshots-memory.ts`
// (a script, not a vitest bench: it needs `--expose-gc` to measure retained heap, not allocation).
//
// Issue bar: 100 snapshots of a 100,000-block disk, each after rewriting 1% of the blocks at
// random: index memory at most 500 bytes per changed block and 64 bytes per block of the first
// snapshot.
//
// Content is synthetic fill, so the numbers count the index (block maps, version records, snapshot
// records, chain and scheduler entries), not block payload: each stripe of 1,000 blocks of the
// first snapshot is one distinct version ('stripes': how a bulk load looks, and the trie stores
// uniform runs compactly) or every block is its own version ('per-block': the worst case, each
// version record counted), and every rewritten block gets its own new version.
import { createEcs } from 'fake-ecs';

const BLOCK = 524288;
const BLOCKS = 100_000;
const SNAPSHOTS = 100;
const REWRITE = BLOCKS / 100;

const collect: () => void =
  typeof globalThis.gc === 'function'
    ? globalThis.gc
    : () => {
        throw new Error('run with: node --expose-gc --import tsx test/bench/snapshots-memory.ts');
      };

function heap(): number {
  for (let i = 0; i < 3; i++) collect();
  return process.memoryUsage().heapUsed;
}

const kept: unknown[] = [];

function measure(firstVersions: 'stripes' | 'per-block'): void {
  const ecs = createEcs({ seed: 'bench', timings: 'instant' });
  const instanceId = ecs.runInstances({
    regionId: 'cn-hangzhou',
    imageId: 'aliyun_3_x64_20G_alibase_20240528.vhd',
    instanceType: 'ecs.g7.large',
    dataDisk: [{ category: 'cloud_essd', size: Math.ceil((BLOCKS * BLOCK) / 2 ** 30) }],
  }).instanceIdSets.instanceIdSet[0];
  const disk = Object.values(
    ecs.describeDisks({ regionId: 'cn-hangzhou', instanceId, diskType: 'data' }).disks.disk,
  )[0];
  if (!disk) throw new Error('setup: no data disk');
  const { diskId } = disk;

  const base = heap();
  ecs.writeDisk({
    diskId,
    writes:
      firstVersions === 'stripes'
        ? Array.from({ length: BLOCKS / 1000 }, (_, i) => ({
            offset: i * 1000 * BLOCK,
            length: 1000 * BLOCK,
            fill: `stripe-${i}`,
          }))
        : Array.from({ length: BLOCKS }, (_, i) => ({
            offset: i * BLOCK,
            length: BLOCK,
            fill: `block-${i}`,
          })),
  });
  ecs.createSnapshot({ diskId });
  const afterFirst = heap();

  let x = 2026;
  let changed = 0;
  for (let s = 1; s < SNAPSHOTS; s++) {
    const blocks = new Set<number>();
    while (blocks.size < REWRITE) {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      blocks.add(x % BLOCKS);
    }
    changed += blocks.size;
    ecs.writeDisk({
      diskId,
      writes: [...blocks].map((b) => ({ offset: b * BLOCK, length: BLOCK, fill: `s${s}-b${b}` })),
    });
    ecs.createSnapshot({ diskId });
  }
  kept.push(ecs); // alive until the end, whatever the optimiser concludes
  const afterAll = heap();

  // What the same version records weigh on their own (a frozen { kind, fill, fillSeed } and its
  // fill name per version): content metadata, reported apart from the index that points at them.
  const firstNames = firstVersions === 'stripes' ? BLOCKS / 1000 : BLOCKS;
  const firstRecords = recordsWeight(firstNames, (i) => `block-${i}`);
  const changedRecords = recordsWeight(changed, (i) => `s${1 + (i % 99)}-b${i}`);
  const first = afterFirst - base;
  const later = afterAll - afterFirst;
  console.log(
    `\nfirst snapshot's versions: ${firstVersions}; ${SNAPSHOTS} snapshots of a ${BLOCKS}-block disk; ${changed} changed blocks after the first`,
  );
  console.log(`region usage: ${JSON.stringify(ecs.state.snapshotUsage['cn-hangzhou'])}`);
  report('per block of the first snapshot', first, firstRecords, BLOCKS, 64);
  report('per changed block', later, changedRecords, changed, 500);
}

function recordsWeight(count: number, name: (i: number) => string): number {
  const before = heap();
  const records = Array.from({ length: count }, (_, i) =>
    Object.freeze({ kind: 'fill', fill: name(i), fillSeed: i }),
  );
  const after = heap();
  if (records.length !== count) throw new Error('unreachable');
  return after - before - count * 8; // minus the array's own slots
}

function report(what: string, total: number, records: number, per: number, bar: number): void {
  const all = total / per;
  const index = (total - records) / per;
  console.log(
    `${what}: ${all.toFixed(1)} bytes in all, ${index.toFixed(1)} bytes without the version records (bar <= ${bar}: ${all <= bar ? 'met' : index <= bar ? 'met for the index alone' : 'MISSED'})`,
  );
}

measure('stripes');
measure('per-block');
