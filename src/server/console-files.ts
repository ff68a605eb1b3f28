import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The web console's static files, read once from the package (no CDN, no build step): the
 * browser loads them as they are in `src/console/`.
 *
 * @internal
 */
export interface ConsoleFiles {
  /** File name -> content type and bytes. */
  readonly files: ReadonlyMap<string, { readonly type: string; readonly body: Buffer }>;
}

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html;charset=utf-8',
  '.js': 'text/javascript;charset=utf-8',
  '.css': 'text/css;charset=utf-8',
  '.svg': 'image/svg+xml',
};

// From the sources (src/server/) the files are a sibling folder; from the build (dist/server/ or
// dist/cli/) they are the package's own src/console/, which `files` ships.
const PLACES = ['../console/', '../../src/console/'];

/**
 * Reads the console's files.
 *
 * @returns The files.
 * @throws Error when the package has lost its console folder.
 * @internal
 */
export function loadConsoleFiles(): ConsoleFiles {
  const dir = PLACES.map((place) => fileURLToPath(new URL(place, import.meta.url))).find((d) =>
    existsSync(join(d, 'index.html')),
  );
  if (dir === undefined)
    throw new Error('startServer: the web console files are missing from the fake-ecs package.');
  const files = new Map<string, { type: string; body: Buffer }>();
  for (const name of readdirSync(dir)) {
    const type = TYPES[extname(name)];
    if (type) files.set(name, { type, body: readFileSync(join(dir, name)) });
  }
  return { files };
}

/**
 * Sends one console file.
 *
 * @param res - The response.
 * @param file - The file.
 * @internal
 */
export function sendFile(res: ServerResponse, file: { type: string; body: Buffer }): void {
  res.writeHead(200, {
    'content-type': file.type,
    'content-length': file.body.length,
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
    // Only the package's own files: no inline script, no other origin.
    'content-security-policy':
      "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'",
  });
  res.end(file.body);
}
