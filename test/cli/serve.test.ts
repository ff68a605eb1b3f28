// `npx fake-ecs serve`, run from the source with tsx (the suite runs before the build).

import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as $Ecs from '@alicloud/ecs20140526';
import { afterEach, describe, expect, it } from 'vitest';
import { createEcs } from '../../src/index.js';
import { REGION } from '../fixtures/world.js';
import { anSdkClient } from '../server/helpers.js';

const CLI = new URL('../../src/cli/index.ts', import.meta.url).pathname;
const running: ChildProcess[] = [];

function cli(args: string[]) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--conditions=fake-ecs-source', CLI, ...args],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  running.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (c: Buffer) => {
    stdout += c.toString();
  });
  child.stderr?.on('data', (c: Buffer) => {
    stderr += c.toString();
  });
  // A signal death shows its signal in the failure, not just a null exit code.
  const exited = new Promise<number | string | null>((resolve) =>
    child.on('exit', (code, signal) => resolve(code ?? signal)),
  );
  const printed = async (pattern: RegExp) => {
    for (let i = 0; i < 300 && !pattern.test(stdout); i++) {
      if (child.exitCode !== null) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    return stdout;
  };
  return { child, exited, printed, output: () => ({ stdout, stderr }) };
}

afterEach(() => {
  for (const child of running.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

describe('fake-ecs serve', () => {
  it('prints the endpoint and the credentials, serves the official SDK, and stops on SIGTERM', async () => {
    const run = cli(['serve', '--port', '0', '--seed', '1', '--manual-clock']);
    const out = await run.printed(/controls/);
    const endpoint = /endpoint\s+(\S+)/.exec(out)?.[1] ?? '';
    const accessKeyId = /accessKeyId\s+(\S+)/.exec(out)?.[1] ?? '';
    const accessKeySecret = /accessKeySecret\s+(\S+)/.exec(out)?.[1] ?? '';
    expect(out).toMatch(/^fake-ecs listening on http:\/\/127\.0\.0\.1:\d+\n/);
    expect(out).toContain('clock            manual, now 2026-01-01T00:00:00Z');
    const client = anSdkClient({ endpoint }, { accessKeyId, accessKeySecret });
    const res = await client.describeSnapshots(
      new $Ecs.DescribeSnapshotsRequest({ regionId: REGION }),
    );
    expect(res.body?.totalCount).toBe(0);
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
  }, 30_000);

  it('takes credentials from --credentials and refuses others', async () => {
    const run = cli(['serve', '--port', '0', '--credentials', 'AK1:secret1']);
    const out = await run.printed(/controls/);
    expect(out).toMatch(/accessKeyId\s+AK1\n\s+accessKeySecret\s+secret1/);
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
  }, 30_000);

  it('prints its usage for --help', async () => {
    const run = cli(['--help']);
    expect(await run.exited).toBe(0);
    expect(run.output().stdout).toContain('Usage: fake-ecs serve [options]');
  }, 30_000);

  it.each([
    [['serve', '--port', 'eighty']],
    [['serve', '--credentials', 'nocolon']],
    [['serve', '--timings', 'slow']],
    [['start']],
    [['serve', '--from', 'world.json', '--seed', '2']],
  ])(
    'exits with 2 and the usage for bad arguments %j',
    async (args) => {
      const run = cli(args);
      expect(await run.exited).toBe(2);
      expect(run.output().stderr).toMatch(/^fake-ecs: .+\n\nUsage:/);
    },
    30_000,
  );

  it('starts from a saved world (--from), serves the console, and saves the world on exit (--save-on-exit)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fake-ecs-cli-'));
    const from = join(dir, 'from.json');
    const saved = join(dir, 'saved.json');
    const ecs = createEcs({ seed: 'cli', now: '2027-03-01T00:00:00Z' });
    writeFileSync(from, JSON.stringify(ecs.export()));
    const run = cli([
      'serve',
      '--port',
      '0',
      '--manual-clock',
      '--from',
      from,
      '--save-on-exit',
      saved,
    ]);
    const out = await run.printed(/controls/);
    expect(out).toContain(`world            ${from}`);
    expect(out).toContain('now 2027-03-01T00:00:00Z');
    const url = /listening on (\S+)/.exec(out)?.[1] ?? '';
    expect(out).toContain(`console          ${url}/__fake-ecs/console/`);
    const page = await fetch(`${url}/__fake-ecs/console/`);
    expect(page.status).toBe(200);
    await fetch(`${url}/__fake-ecs/clock/advance?by=PT5M`, { method: 'POST' });
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
    const world = JSON.parse(readFileSync(saved, 'utf8'));
    expect(createEcs({ from: world }).clock.now()).toBe('2027-03-01T00:05:00Z');
    rmSync(dir, { recursive: true });
  }, 30_000);

  it('exits with 1 and says why when --from is not a saved world; --no-console leaves the console off', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fake-ecs-cli-'));
    const from = join(dir, 'bad.json');
    writeFileSync(from, '{"format":"other"}');
    const bad = cli(['serve', '--port', '0', '--from', from]);
    expect(await bad.exited).toBe(1);
    expect(bad.output().stderr).toContain('format');
    const plain = cli(['serve', '--port', '0', '--no-console']);
    const out = await plain.printed(/controls/);
    expect(out).not.toContain('console ');
    plain.child.kill('SIGTERM');
    expect(await plain.exited).toBe(0);
    rmSync(dir, { recursive: true });
  }, 30_000);
});
