import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// The facade assembles the engine, the operations and the simulation APIs into `createEcs`; it
// sits on top. Nothing below it may import from it (that is how cycles and a second call path
// grow back). Only the package root and the adapters built on `createEcs` may: the SDK-shaped
// client, the HTTP server and the CLI. Import cycles themselves are checked by `npm run check`
// (dpdm, type-only imports included).

const SRC = join(import.meta.dirname, '../../src');
const ADAPTERS = ['facade/', 'sdk/', 'server/', 'cli/'];
const ROOT_ENTRY = 'index.ts';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Every module specifier a file imports or re-exports, static or dynamic. */
function specifiers(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g))
    found.push(match[1] ?? '');
  return found;
}

function importsFacade(file: string): string[] {
  return specifiers(readFileSync(file, 'utf8')).filter((spec) => /(^|\/)facade\//.test(spec));
}

describe('layers', () => {
  it('finds facade imports where they are (the scan is not blind)', () => {
    const entry = importsFacade(join(SRC, ROOT_ENTRY));
    expect(entry).toContain('./facade/create-ecs.js');
  });

  it('nothing outside src/facade imports from it but the package root and the adapters', () => {
    const offenders = sourceFiles(SRC)
      .map((file) => relative(SRC, file).split('\\').join('/'))
      .filter((path) => path !== ROOT_ENTRY && !ADAPTERS.some((dir) => path.startsWith(dir)))
      .flatMap((path) => importsFacade(join(SRC, path)).map((spec) => `${path} -> ${spec}`));
    expect(offenders).toEqual([]);
  });
});
