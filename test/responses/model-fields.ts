// The fields the official SDK's response models hold, walked from `@alicloud/ecs20140526`'s
// `names()` / `types()`, nested models and list items included: what a complete answer carries.

import * as $Ecs from '@alicloud/ecs20140526';

/** An SDK model class: its field -> wire name map and its field -> type map. */
export interface ModelClass {
  names(): Record<string, string>;
  types(): Record<string, unknown>;
}

const MODELS = $Ecs as unknown as Record<string, ModelClass | undefined>;

function isModel(value: unknown): value is ModelClass {
  return typeof value === 'function' && typeof (value as Partial<ModelClass>).names === 'function';
}

/** The response body model of an SDK operation (`describeDisks` -> `DescribeDisksResponseBody`). */
export function responseModel(operation: string): ModelClass {
  const model = MODELS[`${operation.charAt(0).toUpperCase()}${operation.slice(1)}ResponseBody`];
  if (!isModel(model)) throw new Error(`no SDK response model for ${operation}`);
  return model;
}

/** The request model of an SDK operation. */
export function requestModel(operation: string): ModelClass {
  const model = MODELS[`${operation.charAt(0).toUpperCase()}${operation.slice(1)}Request`];
  if (!isModel(model)) throw new Error(`no SDK request model for ${operation}`);
  return model;
}

/** The model a field's type names, directly or as a list's item type. */
function nestedModel(type: unknown): { model: ModelClass; list: boolean } | undefined {
  if (isModel(type)) return { model: type, list: false };
  const item = (type as { itemType?: unknown } | null)?.itemType;
  if (isModel(item)) return { model: item, list: true };
  return undefined;
}

/** What a walk over the answers of one operation found. */
export interface FieldCount {
  /** Field paths the model has, nested models and list items included. */
  readonly expected: readonly string[];
  /** Those some answer lacks (in any item of a list). */
  readonly missing: readonly string[];
  /** Lists that were empty in every answer: the fields of their items were not seen. */
  readonly unchecked: readonly string[];
}

/** Every field path of a model (`Disks.Disk[].Tags.Tag[].TagKey`). */
export function modelPaths(model: ModelClass, path = ''): string[] {
  const names = model.names();
  const types = model.types();
  return Object.keys(names).flatMap((field) => {
    const where = `${path}${names[field]}`;
    const nested = nestedModel(types[field]);
    if (!nested) return [where];
    return [where, ...modelPaths(nested.model, `${where}${nested.list ? '[]' : ''}.`)];
  });
}

/** The member of an answer a model field names: by facade name or by wire name. */
function memberOf(value: unknown, field: string, wireName: string, wire: boolean): unknown {
  if (value === null || typeof value !== 'object') return undefined;
  return (value as Record<string, unknown>)[wire ? wireName : field];
}

/** A walk over answers, remembering what is missing and which lists were seen filled. */
class FieldWalk {
  readonly missing = new Set<string>();
  readonly lists = new Set<string>();
  readonly filled = new Set<string>();
  readonly wire: boolean;
  constructor(wire: boolean) {
    this.wire = wire;
  }

  walk(model: ModelClass, value: unknown, path: string): void {
    const names = model.names();
    const types = model.types();
    for (const field of Object.keys(names)) {
      const wireName = names[field] as string;
      const got = memberOf(value, field, wireName, this.wire);
      this.field(`${path}${wireName}`, got, nestedModel(types[field]));
    }
  }

  field(where: string, got: unknown, nested: { model: ModelClass; list: boolean } | undefined) {
    if (got === undefined) {
      this.missing.add(where);
      const under = nested && `${where}${nested.list ? '[]' : ''}.`;
      if (nested && under) for (const p of modelPaths(nested.model, under)) this.missing.add(p);
      return;
    }
    if (!nested) return;
    if (!nested.list) return this.walk(nested.model, got, `${where}.`);
    this.lists.add(`${where}[]`);
    const items = Array.isArray(got) ? got : [];
    if (items.length > 0) this.filled.add(`${where}[]`);
    for (const item of items) this.walk(nested.model, item, `${where}[].`);
  }
}

/**
 * Walks a model over answers: every field of the model, by its facade name (`wire: false`) or
 * its wire name (`wire: true`), must be present (not `undefined`) in each answer and in each item
 * of each of its lists.
 */
export function countFields(
  model: ModelClass,
  answers: readonly unknown[],
  wire: boolean,
): FieldCount {
  const walk = new FieldWalk(wire);
  for (const answer of answers) walk.walk(model, answer, '');
  return {
    expected: modelPaths(model),
    missing: [...walk.missing],
    unchecked: [...walk.lists].filter((list) => !walk.filled.has(list)),
  };
}
