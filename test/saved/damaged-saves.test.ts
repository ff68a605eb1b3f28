// Random single mutations of a saved world, spread over every kind of node (save-mutations.ts):
// each is either refused by createEcs({ from }) with the documented TypeError (RangeError for
// another format version or a part a newer fake-ecs saved), or the world it gives answers a fixed
// sequence of calls (describes of every kind, simulation reads, writes, settle, export, restore)
// with answers or EcsErrors, never a raw internal error.
// Size: FAKE_ECS_FUZZ_RUNS / 5 (300 in npm test, ~3 s; `npm run fuzz` runs 6,000). An accepted
// save costs ~30 ms (the calls), a refused one ~2 ms.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEcs, type Ecs, type EcsExport } from '../../src/index.js';
import { aRichWorld } from './helpers.js';
import { mutate } from './save-mutations.js';
import { useAll } from './use-restored.js';

const RUNS = Math.round(Number(process.env['FAKE_ECS_FUZZ_RUNS'] ?? 1500) / 5);
const SEED = Number(process.env['FAKE_ECS_FUZZ_SEED'] ?? 20261203);

describe('createEcs({ from }) with a damaged save', () => {
  it(`refuses it with a TypeError, or gives a world that never throws raw errors (${RUNS} mutations)`, () => {
    const { ecs: rich } = aRichWorld();
    rich.faults.add({ action: 'DescribeRegions', code: 'Throttling', probability: 0.5, times: 3 });
    const text = JSON.stringify(rich.export());
    const outcomes = { refused: 0, accepted: 0 };
    const draw = fc.record({ kind: fc.nat(), target: fc.nat(), place: fc.nat(), value: fc.nat() });
    fc.assert(
      fc.property(draw, (mutation) => {
        const saved = JSON.parse(text) as EcsExport;
        const what = mutate(saved, mutation);
        let ecs: Ecs;
        try {
          ecs = createEcs({ from: saved });
        } catch (error) {
          outcomes.refused++;
          const documented = error instanceof TypeError || error instanceof RangeError;
          expect(documented, `${what}: refused with ${String(error)}`).toBe(true);
          expect((error as Error).message, what).toMatch(/^createEcs: option "from"/);
          return;
        }
        outcomes.accepted++;
        try {
          useAll(ecs);
        } catch (error) {
          throw new Error(`${what}: accepted, then ${String(error)}`, { cause: error });
        }
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
    // Both outcomes occur: the mutations reach places that matter and places that do not.
    expect(outcomes.refused).toBeGreaterThan(RUNS / 4);
    expect(outcomes.accepted).toBeGreaterThan(0);
    process.stdout.write(`damaged saves: ${JSON.stringify(outcomes)}\n`);
  }, 300_000);
});
