// The error codes each served operation can answer, derived from the code and the catalogue:
// every code of the error catalogue written in the operation's reader or transition, or in a
// function, method or constant they use (followed through the TypeScript checker, type positions
// left out), plus the codes the engine answers for it (a request that is not an object, a dry
// run, a reused client token, a documented parameter it does not read under `strictParameters`).
// Injected faults can answer any code anywhere and are not listed.

import { dirname, join, relative } from 'node:path';
import ts from 'typescript';
import { requestContract } from '../../src/contract/contract.js';
import { OPERATION_ROWS } from '../../src/operations/table.js';
import { ERROR_CATALOG } from '../../src/shared/error-catalog.js';
import { probeReads } from '../../src/shared/params.js';

const ROOT = join(import.meta.dirname, '..', '..');

/**
 * Modules whose codes belong to no operation in particular: the catalogue, the engine, faults,
 * and the generic parameter readers (their codes are the engine's, below, except the two a
 * reader asks for by name).
 */
const NOT_FOLLOWED = [
  'src/shared/error-catalog.ts',
  'src/shared/ecs-error.ts',
  'src/shared/params.ts',
  'src/shared/fields.ts',
  'src/engine/',
  'src/faults/',
  'src/events/',
];

/** The reader methods that answer a code of their own: `p.required(...)`, `text.required()`... */
const READER_CODES: Readonly<Record<string, string>> = {
  required: 'MissingParameter',
  unsupported: 'UnsupportedParameter',
};
const READERS = ['src/shared/params.ts', 'src/shared/fields.ts'];

/** Declarations whose body is followed when code names them. */
function followed(d: ts.Declaration): boolean {
  return (
    ts.isFunctionDeclaration(d) ||
    ts.isMethodDeclaration(d) ||
    ts.isVariableDeclaration(d) ||
    ts.isGetAccessorDeclaration(d) ||
    ts.isPropertyDeclaration(d) ||
    ts.isPropertyAssignment(d)
  );
}

/** Code positions only: types, interfaces and imports name no code that can be answered. */
function skipped(n: ts.Node): boolean {
  return (
    ts.isTypeNode(n) ||
    ts.isInterfaceDeclaration(n) ||
    ts.isTypeAliasDeclaration(n) ||
    ts.isImportDeclaration(n)
  );
}

/** Follows names through the checker and collects the catalogue's codes written on the way. */
class CodeFinder {
  readonly #checker: ts.TypeChecker;
  readonly #codes = new Set(Object.keys(ERROR_CATALOG));
  readonly #memo = new Map<ts.Node, Set<string>>();

  constructor(checker: ts.TypeChecker) {
    this.#checker = checker;
  }

  #symbolOf(n: ts.Identifier): ts.Symbol | undefined {
    const parent = n.parent;
    const symbol =
      ts.isShorthandPropertyAssignment(parent) && parent.name === n
        ? this.#checker.getShorthandAssignmentValueSymbol(parent)
        : this.#checker.getSymbolAtLocation(n);
    return symbol && symbol.flags & ts.SymbolFlags.Alias
      ? this.#checker.getAliasedSymbol(symbol)
      : symbol;
  }

  /** The codes of what an identifier names: a reader method's own, a followed declaration's. */
  #namedCodes(n: ts.Identifier, from: ts.Node, found: Set<string>): void {
    for (const d of this.#symbolOf(n)?.declarations ?? []) {
      const file = relative(ROOT, d.getSourceFile().fileName);
      const named = READER_CODES[n.text];
      if (named && READERS.includes(file)) found.add(named);
      const outside = !file.startsWith('src/') || NOT_FOLLOWED.some((m) => file.startsWith(m));
      if (d !== from && !outside && followed(d)) for (const c of this.codesOf(d)) found.add(c);
    }
  }

  /** The codes written in a declaration and in what it names (cycles end at the memo). */
  codesOf(decl: ts.Node): ReadonlySet<string> {
    const known = this.#memo.get(decl);
    if (known) return known;
    const found = new Set<string>();
    this.#memo.set(decl, found);
    const visit = (n: ts.Node): void => {
      if (skipped(n)) return;
      if (ts.isStringLiteralLike(n) && this.#codes.has(n.text)) found.add(n.text);
      if (ts.isIdentifier(n)) this.#namedCodes(n, decl, found);
      n.forEachChild(visit);
    };
    decl.forEachChild(visit);
    return found;
  }
}

/** The object literal a declaration's initializer holds, under `as` and `satisfies`. */
function literalOf(init: ts.Expression | undefined): ts.ObjectLiteralExpression | undefined {
  let e = init;
  while (e && (ts.isAsExpression(e) || ts.isSatisfiesExpression(e))) e = e.expression;
  return e && ts.isObjectLiteralExpression(e) ? e : undefined;
}

/** The object literal of the table's `ECS_OPERATIONS`, its rows by method name. */
function tableRows(table: ts.SourceFile): Map<string, ts.Node> {
  const rows = new Map<string, ts.Node>();
  const visit = (n: ts.Node): void => {
    const literal =
      ts.isVariableDeclaration(n) && n.name.getText() === 'ECS_OPERATIONS'
        ? literalOf(n.initializer)
        : undefined;
    for (const p of literal?.properties ?? []) if (p.name) rows.set(p.name.getText(), p);
    n.forEachChild(visit);
  };
  visit(table);
  return rows;
}

/** The codes the engine answers for an operation, from its reader and its documented fields. */
function engineCodes(method: string): string[] {
  const row = OPERATION_ROWS.find((r) => r.method === method);
  if (!row) return [];
  const read = new Set(probeReads(row.op.read));
  const documented = requestContract(row.action) ?? [];
  return [
    'InvalidParameter',
    ...(read.has('dryRun') ? ['DryRunOperation'] : []),
    ...(read.has('clientToken') ? ['IdempotentParameterMismatch'] : []),
    ...(documented.some((f) => !read.has(f.sdk)) ? ['UnsupportedParameter'] : []),
  ];
}

/**
 * Every served operation's error codes, by ECS action name, each list sorted.
 *
 * @returns The codes by action, in action order.
 */
export function errorCodesByAction(): ReadonlyMap<string, readonly string[]> {
  const configPath = join(ROOT, 'tsconfig.json');
  const config = ts.readConfigFile(configPath, (path) => ts.sys.readFile(path));
  const options = ts.parseJsonConfigFileContent(config.config, ts.sys, dirname(configPath)).options;
  const tablePath = join(ROOT, 'src', 'operations', 'table.ts');
  const program = ts.createProgram([tablePath], { ...options, noEmit: true });
  const table = program.getSourceFile(tablePath);
  if (!table) throw new Error('src/operations/table.ts is not in the program');
  const finder = new CodeFinder(program.getTypeChecker());
  const rows = tableRows(table);
  const byAction = new Map<string, readonly string[]>();
  for (const row of [...OPERATION_ROWS].sort((a, b) => (a.action < b.action ? -1 : 1))) {
    const node = rows.get(row.method);
    if (!node) throw new Error(`no row ${row.method} in src/operations/table.ts`);
    const codes = new Set([...finder.codesOf(node), ...engineCodes(row.method)]);
    byAction.set(row.action, [...codes].sort());
  }
  return byAction;
}
