// Reads the state's TypeScript declarations (EcsState and every type it reaches) with the compiler
// and describes each as a run-time shape (src/saved/shape.ts): the schema a saved world is checked
// against. The types stay the one declaration; the schema is derived from them.

import { join } from 'node:path';
import ts from 'typescript';
import type { Shape } from '../../src/saved/shape.js';

/** The generic persistent structures the state is built of, by their declared names. */
const CONTAINERS: Readonly<Record<string, 'table' | 'hash' | 'heap' | 'blocks'>> = {
  EntityTable: 'table',
  HashTable: 'hash',
  TaskHeap: 'heap',
  BlockMap: 'blocks',
};

/** Named types with a shape of their own, not their declaration's. */
const ATOMS: Readonly<Record<string, Shape>> = {
  Timestamp: 'time',
  Uint8Array: 'bytes',
};

/** The schema: the state's shape and every named object type it refers to. */
export interface StateSchema {
  readonly root: Shape;
  readonly kinds: Record<string, Shape>;
}

function withUndefined(shape: Shape): Shape {
  if (shape === 'undefined' || (Array.isArray(shape) && shape.includes('undefined'))) return shape;
  return Array.isArray(shape) ? ['undefined', ...shape] : ['undefined', shape];
}

class ShapeReader {
  readonly kinds: Record<string, Shape> = {};
  readonly #checker: ts.TypeChecker;

  constructor(checker: ts.TypeChecker) {
    this.#checker = checker;
  }

  read(type: ts.Type): Shape {
    const alias = type.aliasSymbol?.getName();
    if (alias !== undefined && ATOMS[alias] !== undefined) return ATOMS[alias];
    const name = type.getSymbol()?.getName();
    if (name !== undefined && ATOMS[name] !== undefined) return ATOMS[name];
    const container = name === undefined ? undefined : CONTAINERS[name];
    if (container !== undefined) {
      const [item] = this.#checker.getTypeArguments(type as ts.TypeReference);
      if (item === undefined) throw new Error(`${name} without its type argument`);
      return { [container]: this.read(item) } as Shape;
    }
    return this.#structural(type);
  }

  #structural(type: ts.Type): Shape {
    const flags = type.getFlags();
    if (flags & ts.TypeFlags.Boolean) return 'boolean';
    if (flags & ts.TypeFlags.BooleanLiteral) return `~${this.#checker.typeToString(type)}`;
    if (type.isStringLiteral()) return `=${type.value}`;
    if (type.isNumberLiteral()) return `~${type.value}`;
    if (flags & ts.TypeFlags.String) return 'string';
    if (flags & ts.TypeFlags.Number) return 'number';
    if (flags & ts.TypeFlags.Null) return 'null';
    if (flags & ts.TypeFlags.Undefined) return 'undefined';
    if (flags & ts.TypeFlags.Unknown || flags & ts.TypeFlags.Any) return 'unknown';
    if (type.isUnion()) return this.#union(type.types);
    if (type.isIntersection()) return this.#branded(type);
    if (this.#checker.isArrayType(type) || this.#checker.isTupleType(type)) {
      const items = this.#checker.getTypeArguments(type as ts.TypeReference);
      return { list: this.#union(items) };
    }
    return this.#object(type);
  }

  /** A branded id (`string & { __brand }`) is its primitive. */
  #branded(type: ts.IntersectionType): Shape {
    const primitive = type.types.find(
      (t) => t.getFlags() & (ts.TypeFlags.StringLike | ts.TypeFlags.NumberLike),
    );
    if (primitive === undefined) throw new Error(`unreadable ${this.#checker.typeToString(type)}`);
    return this.read(primitive);
  }

  #union(types: readonly ts.Type[]): Shape {
    const shapes = [...new Set(types.map((t) => JSON.stringify(this.read(t))))].map(
      (text) => JSON.parse(text) as Shape,
    );
    // `true | false` is how the compiler spells `boolean` inside a union.
    const text = shapes.map((s) => JSON.stringify(s));
    if (text.includes('"~true"') && text.includes('"~false"')) {
      const rest = shapes.filter((s) => s !== '~true' && s !== '~false');
      return rest.length === 0 ? 'boolean' : ['boolean', ...rest];
    }
    return shapes.length === 1 ? (shapes[0] as Shape) : shapes;
  }

  #object(type: ts.Type): Shape {
    const index = type.getStringIndexType();
    if (index !== undefined && type.getProperties().length === 0)
      return { record: this.read(index) };
    const name = type.aliasSymbol?.getName() ?? type.getSymbol()?.getName();
    const named = name !== undefined && name !== '__type' && name !== '__object';
    if (named && this.kinds[name] !== undefined) return `#${name}`;
    if (named) this.kinds[name] = 'unknown'; // a placeholder while its fields are read (cycles)
    const fields: Record<string, Shape> = {};
    for (const property of type.getProperties()) {
      const declaration = property.valueDeclaration ?? property.declarations?.[0];
      if (declaration === undefined) continue;
      const propertyType = this.#checker.getTypeOfSymbolAtLocation(property, declaration);
      const shape = this.read(propertyType);
      // An optional field may be absent (read as `undefined`) whatever its declared type.
      const optional = property.getFlags() & ts.SymbolFlags.Optional;
      fields[property.getName()] = optional ? withUndefined(shape) : shape;
    }
    if (!named) return { fields };
    this.kinds[name] = { fields };
    return `#${name}`;
  }
}

/**
 * Reads `EcsState` from the sources under `root` and returns its schema.
 *
 * @param root - The project directory.
 * @returns The state's shape and its named kinds, sorted by name.
 */
export function readStateSchema(root: string): StateSchema {
  const file = join(root, 'src', 'state', 'ecs-state.ts');
  const program = ts.createProgram([file], {
    strict: true,
    exactOptionalPropertyTypes: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  const declaration = source?.statements.find(
    (s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === 'EcsState',
  );
  if (declaration === undefined) throw new Error('EcsState not found');
  const reader = new ShapeReader(checker);
  const root_ = reader.read(checker.getTypeAtLocation(declaration));
  const kinds = Object.fromEntries(
    Object.entries(reader.kinds).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
  return { root: root_, kinds };
}
