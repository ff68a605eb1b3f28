// The ECS contract as the runtime reads it: the generated text is split into lines on first use
// and each operation decoded on its own first use, so loading fake-ecs builds nothing.

import { lazy } from '../shared/lazy.js';
import { UNSERVED_REQUEST_CONTRACT } from './request-contract.js';
import { SERVED_REQUEST_CONTRACT } from './served-requests.js';

/**
 * The type of one parameter or response field, as the official SDK's models declare it.
 *
 * @internal
 */
export type ContractType =
  | { readonly kind: 'string' | 'number' | 'boolean' | 'any' | 'map' }
  /** A list: `Key.N` on the wire (`Key.N.Sub` when its items are objects). */
  | { readonly kind: 'list'; readonly item: ContractType }
  /** An object: `Key.Sub` on the wire. */
  | { readonly kind: 'object'; readonly fields: readonly ContractField[] }
  /** A value sent as one JSON text (the SDK's `*ShrinkRequest` fields). */
  | { readonly kind: 'json'; readonly value: ContractType };

/**
 * One request parameter or response field of the contract.
 *
 * @internal
 */
export interface ContractField {
  /** The name on the wire, e.g. `DiskId`. */
  readonly wire: string;
  /** The SDK model's field name, e.g. `diskId` (`KMSKeyId` keeps its capitals). */
  readonly sdk: string;
  /** Its type. */
  readonly type: ContractType;
}

const SCALARS: Readonly<Record<string, ContractType>> = {
  s: { kind: 'string' },
  n: { kind: 'number' },
  b: { kind: 'boolean' },
  a: { kind: 'any' },
  m: { kind: 'map' },
};

/** A cursor over one encoded text (see the notation in the generated files' header). */
class Decoder {
  #at = 0;
  readonly #text: string;

  constructor(text: string) {
    this.#text = text;
  }

  fields(end: string | undefined): ContractField[] {
    const fields: ContractField[] = [];
    if (this.#text[this.#at] === end || (end === undefined && this.#text.length === 0))
      return fields;
    for (;;) {
      fields.push(this.#field());
      const next = this.#text[this.#at];
      if (next !== ',') return fields;
      this.#at++;
    }
  }

  #field(): ContractField {
    const colon = this.#text.indexOf(':', this.#at);
    let wire = this.#text.slice(this.#at, colon);
    const keepsCase = wire.endsWith('^');
    if (keepsCase) wire = wire.slice(0, -1);
    this.#at = colon + 1;
    const sdk = keepsCase ? wire : wire.charAt(0).toLowerCase() + wire.slice(1);
    return { wire, sdk, type: this.type() };
  }

  type(): ContractType {
    const c = this.#text[this.#at++] ?? '';
    const scalar = SCALARS[c];
    if (scalar) return scalar;
    if (c === 'j') return { kind: 'json', value: this.type() };
    if (c === '[') {
      const item = this.type();
      this.#at++; // ]
      return { kind: 'list', item };
    }
    if (c === '{') {
      const fields = this.fields('}');
      this.#at++; // }
      return { kind: 'object', fields };
    }
    throw new Error(`contract: unexpected ${JSON.stringify(c)} at ${this.#at - 1}`);
  }
}

/**
 * Decodes one encoded field list.
 *
 * @param text - The encoded text of one operation's request or response.
 * @returns Its fields, in wire-name order.
 * @internal
 */
export function decodeFields(text: string): readonly ContractField[] {
  return new Decoder(text).fields(undefined);
}

/**
 * Reads a generated contract table: one `Action fields` line per operation.
 *
 * @param text - A generated table (`SERVED_REQUEST_CONTRACT`, `UNSERVED_REQUEST_CONTRACT`,
 *   `RESPONSE_CONTRACT`).
 * @returns Each action's encoded fields (decode with `decodeFields`), in the table's order.
 * @internal
 */
export function contractTable(text: string): ReadonlyMap<string, string> {
  const table = new Map<string, string>();
  for (const line of text.split('\n')) {
    const space = line.indexOf(' ');
    if (space > 0) table.set(line.slice(0, space), line.slice(space + 1));
  }
  return table;
}

const requests = new Map<string, readonly ContractField[]>();

const servedTable = lazy(() => contractTable(SERVED_REQUEST_CONTRACT));
const unservedTable = lazy(() => contractTable(UNSERVED_REQUEST_CONTRACT));

function decoded(action: string, text: string | undefined): readonly ContractField[] | undefined {
  if (text === undefined) return undefined;
  const known = requests.get(action);
  if (known) return known;
  const fields = decodeFields(text);
  requests.set(action, fields);
  return fields;
}

/**
 * Every operation of the ECS API (whether fake-ecs serves it or not), in name order.
 *
 * @returns The action names, e.g. `DescribeVpcs`.
 * @internal
 */
export function ecsActions(): readonly string[] {
  return [...servedTable().keys(), ...unservedTable().keys()].sort();
}

/**
 * Whether the ECS API has an operation of this name (whether fake-ecs serves it or not).
 *
 * @param action - An action name, e.g. `DescribeVpcs`.
 * @returns `true` for an operation of the ECS API.
 * @internal
 */
export function isEcsAction(action: string): boolean {
  return servedTable().has(action) || unservedTable().has(action);
}

/**
 * The documented request parameters of an operation fake-ecs serves, decoded on first use: what
 * the request reader needs, without loading the rest of the API.
 *
 * @param action - The action name, e.g. `CreateSnapshot`.
 * @returns Its parameters, or `undefined` for an action fake-ecs does not serve.
 * @internal
 */
export function servedRequestContract(action: string): readonly ContractField[] | undefined {
  return decoded(action, servedTable().get(action));
}

/**
 * The documented request parameters of any ECS operation, decoded on first use.
 *
 * @param action - The action name, e.g. `CreateSnapshot`.
 * @returns Its parameters, or `undefined` for a name outside the ECS API.
 * @internal
 */
export function requestContract(action: string): readonly ContractField[] | undefined {
  return servedRequestContract(action) ?? decoded(action, unservedTable().get(action));
}
