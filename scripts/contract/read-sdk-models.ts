// Reads the official SDK's models (`@alicloud/ecs20140526`, a dev dependency) into the contract's
// compact text. Facts about the public API only: names, wire names, types and list encodings.

import { createRequire } from 'node:module';

/** What `types()` of an SDK model says about one field. */
type SdkType =
  | string
  | SdkModel
  | { readonly type: 'array'; readonly itemType: SdkType }
  | { readonly type: 'map'; readonly keyType: string; readonly valueType: SdkType };

/** A generated SDK model class: its fields' wire names and types. */
interface SdkModel {
  names(): Record<string, string>;
  types(): Record<string, SdkType>;
}

const require = createRequire(import.meta.url);

/** Every model class the SDK exports, by class name. */
export function loadSdkModels(): ReadonlyMap<string, SdkModel> {
  const exported = require('@alicloud/ecs20140526/dist/models/model.js') as Record<string, unknown>;
  const models = new Map<string, SdkModel>();
  for (const [name, value] of Object.entries(exported)) {
    if (typeof value === 'function' && 'names' in value && 'types' in value)
      models.set(name, value as unknown as SdkModel);
  }
  return models;
}

/** The installed SDK's version, recorded in the contract's header. */
export function sdkVersion(): string {
  return (require('@alicloud/ecs20140526/package.json') as { version: string }).version;
}

function isModel(type: SdkType): type is SdkModel {
  return typeof type === 'function';
}

/**
 * One type in the contract's notation: `s` string, `n` number, `b` boolean, `a` anything,
 * `m` a map of strings, `[T]` a list of T (repeated `Key.N` on the wire), `{...}` an object
 * (`Key.Sub`, or `Key.N.Sub` inside a list), `j` before a type: sent as one JSON text.
 */
function encodeType(type: SdkType, where: string): string {
  if (typeof type === 'string') {
    const scalar = { string: 's', number: 'n', boolean: 'b', any: 'a' }[type];
    if (scalar === undefined) throw new Error(`${where}: unknown SDK type ${JSON.stringify(type)}`);
    return scalar;
  }
  if (isModel(type)) return `{${encodeFields(type, undefined, where)}}`;
  if (type.type === 'array') return `[${encodeType(type.itemType, where)}]`;
  if (type.type === 'map') return 'm';
  throw new Error(`${where}: unknown SDK type ${JSON.stringify(type)}`);
}

/**
 * A model's fields: `Wire:type` each, comma-separated, in wire-name order. `^` after the wire
 * name says the SDK field is spelt exactly like it (`KMSKeyId`) instead of with a lowercase first
 * letter (`DiskId` -> `diskId`).
 */
export function encodeFields(model: SdkModel, shrink: SdkModel | undefined, where: string): string {
  const names = model.names();
  const types = model.types();
  const shrunk = shrink ? new Set(Object.keys(shrink.names())) : undefined;
  const fields = Object.entries(names).map(([field, wire]) => {
    if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(wire)) throw new Error(`${where}: odd wire name ${wire}`);
    const type = types[field];
    if (type === undefined) throw new Error(`${where}.${field}: no type`);
    const lowered = wire.charAt(0).toLowerCase() + wire.slice(1);
    if (field !== lowered && field !== wire)
      throw new Error(`${where}.${field}: SDK name is neither ${lowered} nor ${wire}`);
    const json = shrunk?.has(`${field}Shrink`) ? 'j' : '';
    return [
      wire,
      `${wire}${field === wire && field !== lowered ? '^' : ''}:${json}${encodeType(type, `${where}.${wire}`)}`,
    ] as const;
  });
  fields.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return fields.map(([, text]) => text).join(',');
}

/** One operation of the contract, encoded. */
export interface EncodedOperation {
  readonly action: string;
  readonly request: string;
  readonly response: string;
}

/**
 * Every ECS operation of the SDK: an action has a `<Action>Request` and a `<Action>ResponseBody`
 * model (and a `<Action>ShrinkRequest` when some parameters travel as JSON text).
 */
export function encodeOperations(models: ReadonlyMap<string, SdkModel>): EncodedOperation[] {
  const operations: EncodedOperation[] = [];
  for (const [name, model] of models) {
    if (!name.endsWith('Request') || name.endsWith('ShrinkRequest')) continue;
    const action = name.slice(0, -'Request'.length);
    const body = models.get(`${action}ResponseBody`);
    if (!body) continue;
    operations.push({
      action,
      request: encodeFields(model, models.get(`${action}ShrinkRequest`), name),
      response: encodeFields(body, undefined, `${action}ResponseBody`),
    });
  }
  operations.sort((a, b) => (a.action < b.action ? -1 : a.action > b.action ? 1 : 0));
  return operations;
}
