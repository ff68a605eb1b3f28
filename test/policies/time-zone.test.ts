import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SCRIPT = fileURLToPath(new URL('./time-zone-world.ts', import.meta.url));

interface Run {
  offset: number;
  snapshots: [string, string, string][];
  state: string;
}

/** Runs the same world in a fresh Node process whose time zone is `tz`. */
function runIn(tz: string): Run {
  const child = spawnSync(process.execPath, ['--import', 'tsx', SCRIPT], {
    env: { ...process.env, TZ: tz },
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (child.status !== 0) throw new Error(`child in ${tz} failed: ${child.stderr}`);
  return JSON.parse(child.stdout) as Run;
}

describe('automatic snapshot policies under any machine time zone', () => {
  const utc = runIn('UTC');

  it('take the snapshots at UTC+8 time points, named after the UTC+8 date', () => {
    expect(utc.offset).toBe(0);
    // 1 March 2026 is a Sunday. 23:00 UTC+8 on Sunday is 15:00 UTC; 00:00 UTC+8 on Monday is
    // 16:00 UTC on Sunday. Three weeks from 1 March 00:00 UTC: 12 time points.
    const oldestFirst = [...utc.snapshots].reverse();
    expect(oldestFirst).toHaveLength(12);
    expect(oldestFirst.slice(0, 4)).toEqual([
      ['auto_20260301_2', '2026-03-01T15:00:00Z', 'accomplished'],
      ['auto_20260302_1', '2026-03-01T16:00:00Z', 'accomplished'],
      ['auto_20260302_2', '2026-03-02T15:00:00Z', 'accomplished'],
      ['auto_20260308_1', '2026-03-07T16:00:00Z', 'accomplished'],
    ]);
  });

  it.each([
    ['Asia/Tokyo', -540],
    ['America/Los_Angeles', 480],
  ])('gives byte-identical results in %s', (tz, offset) => {
    const run = runIn(tz);
    expect(run.offset).toBe(offset);
    expect(run.snapshots).toEqual(utc.snapshots);
    expect(run.state).toBe(utc.state);
  });
});
