// Import cost of the built package against immer, each imported in a fresh Node process.
// Run: `npm run build && node --import tsx test/bench/import-cost.ts`
// (a script, not a vitest bench: every sample needs a process of its own, with nothing loaded).
//
// Issue bar: `import('fake-ecs')` costs at most 3x `import('immer')`. Each child times its own
// dynamic import with `performance.now()` (module resolution, loading, evaluation), which is what
// every test worker of a user pays; the process's whole wall time (Node's own start-up included)
// is printed beside it. Samples alternate between the two modules so load on the machine hits
// both alike; the medians are compared.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const SAMPLES = Number(process.argv[2] ?? 15);
const root = fileURLToPath(new URL('../..', import.meta.url));
const modules = ['immer', 'fake-ecs', 'fake-ecs/sdk', 'fake-ecs/server'];
const child = `const t = performance.now(); await import(process.argv[1]); console.log(performance.now() - t);`;

function sample(specifier: string): { importMs: number; processMs: number } {
  const start = performance.now();
  const out = spawnSync(process.execPath, ['--input-type=module', '-e', child, specifier], {
    cwd: root,
    encoding: 'utf8',
  });
  if (out.status !== 0) throw new Error(`importing ${specifier} failed: ${out.stderr}`);
  return { importMs: Number(out.stdout.trim()), processMs: performance.now() - start };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

const samples = new Map(modules.map((m) => [m, [] as { importMs: number; processMs: number }[]]));
for (let i = 0; i < SAMPLES; i++) for (const m of modules) samples.get(m)?.push(sample(m));

const immer = median((samples.get('immer') ?? []).map((s) => s.importMs));
console.log(`${SAMPLES} fresh processes per module; medians (ms):`);
for (const [m, runs] of samples) {
  const importMs = median(runs.map((s) => s.importMs));
  const processMs = median(runs.map((s) => s.processMs));
  console.log(
    `${m.padEnd(16)} import ${importMs.toFixed(1).padStart(6)}  process ${processMs.toFixed(0).padStart(5)}  import vs immer ${(importMs / immer).toFixed(2)}x`,
  );
}
