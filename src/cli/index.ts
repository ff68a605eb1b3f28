#!/usr/bin/env node
// `npx fake-ecs serve`: a world served over HTTP from the command line. Platform code (process,
// stdout, signals): an adapter over `createEcs` and `startServer`, with no rules of its own.

import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createEcs, type Ecs } from '../facade/create-ecs.js';
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
  --from <file>        start from a world saved by ecs.export() or GET /__fake-ecs/world
                       (it keeps its own seed and timings)
  --save-on-exit <file>  on SIGINT/SIGTERM, save the world served then to this file
  --no-console         do not serve the web console at /__fake-ecs/console/
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
      from: { type: 'string' },
      'save-on-exit': { type: 'string' },
      'no-console': { type: 'boolean' },
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
  if (values.from !== undefined && (values.seed !== undefined || values.timings !== undefined))
    throw new UsageError(
      "--from keeps the saved world's own seed and timings: drop --seed and --timings.",
    );
  return {
    world: { seed, timings: timings as 'realistic' | 'instant' },
    from: values.from,
    saveOnExit: values['save-on-exit'],
    console: !values['no-console'],
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
  const ecs = options.from === undefined ? createEcs(options.world) : readWorld(options.from);
  const server = await startServer({
    ecs,
    resetOptions: options.world,
    console: options.console,
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
      options.from === undefined
        ? `  seed             ${String(options.world.seed)}`
        : `  world            ${options.from}`,
      `  clock            ${clock}, now ${ecs.clock.now()}`,
      server.consoleUrl ? `  console          ${server.consoleUrl}` : '',
      '  controls         GET /__fake-ecs/clock, POST /__fake-ecs/clock/advance?by=PT1H, POST /__fake-ecs/clock/settle',
      '',
    ]
      .filter((line, i, all) => line !== '' || i === all.length - 1)
      .join('\n'),
  );
  await stopRequested;
  await server.close();
  if (options.saveOnExit !== undefined) saveWorld(server.ecs, options.saveOnExit);
  return 0;
}

function readWorld(file: string): Ecs {
  let saved: unknown;
  try {
    saved = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UsageError(
      `--from: cannot read a saved world from ${file}: ${(error as Error).message}`,
    );
  }
  try {
    return createEcs({ from: saved as never });
  } catch (error) {
    throw new UsageError(`--from: ${file}: ${(error as Error).message}`);
  }
}

/** Writes beside the file, then renames: a crash mid-write never leaves half a world. */
function saveWorld(ecs: Ecs, file: string): void {
  const partial = `${file}.partial`;
  writeFileSync(partial, JSON.stringify(ecs.export()));
  renameSync(partial, file);
  process.stdout.write(`fake-ecs saved the world to ${file}\n`);
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
