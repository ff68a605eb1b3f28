#!/usr/bin/env node
// `npx fake-ecs serve`: a world served over HTTP from the command line. Platform code (process,
// stdout, signals): an adapter over `createEcs` and `startServer`, with no rules of its own.

import { parseArgs } from 'node:util';
import { createEcs } from '../facade/create-ecs.js';
import { DEFAULT_CREDENTIAL, type StartServerOptions, startServer } from '../server/index.js';

const USAGE = `Usage: fake-ecs serve [options]

Serves a fake Alibaba Cloud ECS endpoint for the official SDK (and any RPC-style client).

Options:
  --port <n>           TCP port (default 8080; 0 picks a free one)
  --host <addr>        interface to listen on (default 127.0.0.1)
  --seed <s>           world seed: same seed + same calls = same ids (default 1)
  --timings <t>        realistic (default) or instant
  --clock-scale <x>    virtual seconds per real second (default 1)
  --manual-clock       keep the virtual clock still; move it with POST /__fake-ecs/clock/advance?by=PT1H
  --credentials <c>    accessKeyId:accessKeySecret, or "any" to accept unsigned requests
                       (default ${DEFAULT_CREDENTIAL.accessKeyId}:${DEFAULT_CREDENTIAL.accessKeySecret})
  -h, --help           show this help
`;

class UsageError extends Error {}

function number(name: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (text.trim() === '' || !Number.isFinite(n))
    throw new UsageError(`--${name} must be a number; got "${text}".`);
  return n;
}

function credentialsOf(text: string | undefined): StartServerOptions['credentials'] {
  if (text === undefined) return undefined;
  if (text === 'any') return 'any';
  const colon = text.indexOf(':');
  if (colon <= 0 || colon === text.length - 1)
    throw new UsageError(
      `--credentials must be "accessKeyId:accessKeySecret" or "any"; got "${text}".`,
    );
  return { accessKeyId: text.slice(0, colon), accessKeySecret: text.slice(colon + 1) };
}

function optionsOf(argv: readonly string[]) {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      seed: { type: 'string' },
      timings: { type: 'string' },
      'clock-scale': { type: 'string' },
      'manual-clock': { type: 'boolean' },
      credentials: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return 'help' as const;
  if (positionals.length !== 1 || positionals[0] !== 'serve')
    throw new UsageError(
      `expected the command "serve"; got ${JSON.stringify(positionals.join(' '))}.`,
    );
  const timings = values.timings ?? 'realistic';
  if (timings !== 'realistic' && timings !== 'instant')
    throw new UsageError(`--timings must be realistic or instant; got "${values.timings}".`);
  const seedText = values.seed ?? '1';
  const seed = /^\d+$/.test(seedText) ? Number(seedText) : seedText;
  return {
    world: { seed, timings: timings as 'realistic' | 'instant' },
    port: number('port', values.port) ?? 8080,
    host: values.host,
    clockScale: number('clock-scale', values['clock-scale']),
    clock: values['manual-clock'] ? ('manual' as const) : ('real-time' as const),
    credentials: credentialsOf(values.credentials),
  };
}

async function main(argv: readonly string[]): Promise<number> {
  let options: ReturnType<typeof optionsOf>;
  try {
    options = optionsOf(argv);
  } catch (error) {
    process.stderr.write(`fake-ecs: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (options === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  // Listen for the stop signals before printing the endpoint: whoever reads that line may send
  // SIGTERM at once, and a signal that arrives before its handler kills the process outright.
  const stopRequested = new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
  const ecs = createEcs(options.world);
  const server = await startServer({
    ecs,
    port: options.port,
    host: options.host,
    clock: options.clock,
    clockScale: options.clockScale,
    credentials: options.credentials,
  });
  const key = server.credentials === 'any' ? undefined : server.credentials[0];
  const clock = options.clock === 'manual' ? 'manual' : `real-time x${options.clockScale ?? 1}`;
  process.stdout.write(
    [
      `fake-ecs listening on ${server.url}`,
      `  endpoint         ${server.endpoint}   (SDK Config: endpoint, protocol: 'http')`,
      key
        ? `  accessKeyId      ${key.accessKeyId}\n  accessKeySecret  ${key.accessKeySecret}`
        : '  credentials      any (signatures are not checked)',
      `  seed             ${String(options.world.seed)}`,
      `  clock            ${clock}, now ${ecs.clock.now()}`,
      '  controls         GET /__fake-ecs/clock, POST /__fake-ecs/clock/advance?by=PT1H, POST /__fake-ecs/clock/settle',
      '',
    ].join('\n'),
  );
  await stopRequested;
  await server.close();
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`fake-ecs: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
