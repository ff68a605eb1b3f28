// Server memory under hostile load: 30 s of oversized parameters and nonces against startServer on
// 127.0.0.1, with the public default credential. Prints the resident set size before, the highest
// seen during, and after (collected). Memory must be bounded by configuration (events.limit, the
// nonce store's capacity), not by what callers send. Not part of `npm test`.
// Run: `node --expose-gc --import tsx test/bench/soak-memory.ts [seconds]`

import { randomBytes } from 'node:crypto';
import { createEcs } from '../../src/index.js';
import { startServer } from '../../src/server/index.js';
import { acs3Request, type RawRequest, rpcRequest, send } from '../server/raw-requests.js';

const SECONDS = Number(process.argv[2] ?? 30);
const CONCURRENCY = 8;
const MIB = 1024 * 1024;
const HUGE = 'x'.repeat(1_000_000);

const collect = (): void => {
  if (typeof globalThis.gc !== 'function')
    throw new Error('run with: node --expose-gc --import tsx test/bench/soak-memory.ts');
  for (let i = 0; i < 3; i++) globalThis.gc();
};
const rssMib = (): number => process.memoryUsage().rss / MIB;
const heapMib = (): number => process.memoryUsage().heapUsed / MIB;

const ecs = createEcs({ seed: 'soak', timings: 'instant' });
const server = await startServer({ ecs, clock: 'manual' });
const endpoint = server.endpoint;

/** The hostile requests, in turn: each is built fresh (new nonce) when sent. */
const KINDS: readonly (() => RawRequest)[] = [
  // 1,000,000-character DiskName, signed (ACS3): answered, and recorded in the trail.
  () => acs3Request(endpoint, 'DescribeDisks', { RegionId: 'cn-hangzhou', DiskName: HUGE }),
  // The same with the legacy signature.
  () => rpcRequest(endpoint, 'DescribeDisks', { RegionId: 'cn-hangzhou', DiskName: HUGE }),
  // A 1 MB nonce: refused before anything is remembered.
  () =>
    acs3Request(
      endpoint,
      'DescribeDisks',
      { RegionId: 'cn-hangzhou' },
      { nonce: HUGE.slice(0, 1_000_000) },
    ),
  // The longest nonce accepted, a new one each time: the replay store fills up to its capacity.
  () =>
    acs3Request(
      endpoint,
      'DescribeDisks',
      { RegionId: 'cn-hangzhou' },
      { nonce: randomBytes(64).toString('hex'), timeMs: Date.now() + 14 * 60_000 },
    ),
];

collect();
const before = rssMib();
const heapBefore = heapMib();
let max = before;
const sampler = setInterval(() => {
  max = Math.max(max, rssMib());
}, 100);
const statuses = new Map<number, number>();
let sent = 0;
const end = Date.now() + SECONDS * 1000;

async function worker(offset: number): Promise<void> {
  for (let i = offset; Date.now() < end; i += CONCURRENCY) {
    const make = KINDS[i % KINDS.length] as () => RawRequest;
    const res = await send(server.port, make());
    statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
    sent++;
  }
}

await Promise.all(Array.from({ length: CONCURRENCY }, (_, i) => worker(i)));
clearInterval(sampler);
max = Math.max(max, rssMib());
collect();
await new Promise((resolve) => setTimeout(resolve, 1000));
collect();
const after = rssMib();
const heapAfter = heapMib();
await server.close();

const fmt = (mib: number) => `${mib.toFixed(0)} MiB`;
console.log(`requests: ${sent} in ${SECONDS} s (${CONCURRENCY} at a time)`);
console.log(`statuses: ${[...statuses].map(([s, n]) => `${s} x${n}`).join(', ')}`);
console.log(`events kept: ${ecs.events.length}`);
console.log(`RSS before ${fmt(before)}, during (max) ${fmt(max)}, after ${fmt(after)}`);
console.log(`heap used (collected) before ${fmt(heapBefore)}, after ${fmt(heapAfter)}`);
