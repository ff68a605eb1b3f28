// Every TypeScript block of the README typechecks against the package (resolved to src/ through the
// `fake-ecs-source` condition, as the tests import it) with the project's compiler options. Blocks
// are fragments of one story: the names a block uses without declaring them (`ecs`, `diskId`, ...)
// come from an ambient context declared here, and each block is checked as its own module. The
// files are virtual (served by the compiler host, never written), in test/docs/ so that module
// resolution and the package's `"type": "module"` apply as to a real file there.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');

/** The names README blocks use from the story around them, with the types they have there. */
const CONTEXT = `
declare const ecs: import('fake-ecs').Ecs;
declare const createEcs: typeof import('fake-ecs').createEcs;
declare const instanceId: string;
declare const diskId: string;
declare const snapshotId: string;
declare const diskIds: [string, ...string[]];
`;

/** The README's TypeScript blocks, each with the line it starts on. */
function tsBlocks(): { line: number; code: string }[] {
  return [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => ({
    line: readme.slice(0, m.index).split('\n').length,
    code: m[1] ?? '',
  }));
}

/** Type errors of each block, as `README.md:LINE: message`. */
function typeErrors(blocks: { line: number; code: string }[]): string[] {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    join(root, 'tsconfig.json'),
    // Blocks show values without using them, as documentation does.
    { noUnusedLocals: false, noEmit: true },
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
  );
  if (!parsed) throw new Error('tsconfig.json could not be read');
  const virtual = new Map<string, string>([[join(here, 'readme-context.d.ts'), CONTEXT]]);
  const blockFile = new Map<string, number>();
  for (const { line, code } of blocks) {
    const file = join(here, `readme-block-${line}.ts`);
    virtual.set(file, `${code}\nexport {};\n`);
    blockFile.set(file, line);
  }
  const host = ts.createCompilerHost(parsed.options);
  const { fileExists, readFile, getSourceFile } = host;
  host.fileExists = (file) => virtual.has(file) || fileExists.call(host, file);
  host.readFile = (file) => virtual.get(file) ?? readFile.call(host, file);
  host.getSourceFile = (file, language, ...rest) => {
    const text = virtual.get(file);
    return text === undefined
      ? getSourceFile.call(host, file, language, ...rest)
      : ts.createSourceFile(file, text, language);
  };
  const program = ts.createProgram([...virtual.keys()], parsed.options, host);
  const errors: string[] = [];
  for (const [file, line] of blockFile) {
    const source = program.getSourceFile(file);
    const diagnostics = [
      ...program.getSyntacticDiagnostics(source),
      ...program.getSemanticDiagnostics(source),
    ];
    for (const d of diagnostics) {
      const at =
        d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : undefined;
      errors.push(
        `README.md:${line + (at?.line ?? 0) + 1}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`,
      );
    }
  }
  return errors;
}

describe('README code blocks', () => {
  it('has TypeScript blocks to check (the usage, the SDK client, the official Client typing)', () => {
    const blocks = tsBlocks();
    expect(blocks.length).toBeGreaterThanOrEqual(8);
    expect(blocks.some((b) => b.code.includes('type Client = EcsSdk.default'))).toBe(true);
  });

  it('typechecks every TypeScript block with the project options', () => {
    expect(typeErrors(tsBlocks())).toEqual([]);
  });

  it('reports a type error in a block, with its README line (the check can fail)', () => {
    const errors = typeErrors([{ line: 1000, code: "const n: number = 'not a number';" }]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^README\.md:1001: Type 'string' is not assignable to type 'number'/);
  });
});
