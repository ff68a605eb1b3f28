// `npx fake-ecs serve`, run from the source with tsx (the suite runs before the build).

import { type ChildProcess, spawn } from 'node:child_process';
import * as $Ecs from '@alicloud/ecs20140526';
import { afterEach, describe, expect, it } from 'vitest';
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
    const port = Number(endpoint.split(':')[1]);
    const client = anSdkClient(
      { endpoint, port, url: `http://${endpoint}`, credentials: [], close: async () => {} },
      {
        accessKeyId,
        accessKeySecret,
      },
    );
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
  ])(
    'exits with 2 and the usage for bad arguments %j',
    async (args) => {
      const run = cli(args);
      expect(await run.exited).toBe(2);
      expect(run.output().stderr).toMatch(/^fake-ecs: .+\n\nUsage:/);
    },
    30_000,
  );
});
