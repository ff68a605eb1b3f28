// The RPC wire format: `Key=value` pairs in the query string (or a form body), flattened the way
// the official SDK flattens a request model (reference section 1.3). `Tag.1.Key=env` becomes
// `tag: [{ key: 'env' }]`, `DiskId.1=d-1` becomes `diskId: ['d-1']`,
// `CopyEncryptionConfiguration.Encrypted=true` becomes `copyEncryptionConfiguration: { encrypted }`.
// Values stay strings: the operation's own reader coerces numbers, booleans and JSON-text lists.

import { type EcsError, ecsError } from '../shared/ecs-error.js';
import { err, ok, type Result } from '../shared/result.js';
import { fieldOfWire } from './wire-names.js';

/**
 * Decoded `key=value` pairs, in the order they came.
 *
 * @internal
 */
export type WirePairs = readonly (readonly [string, string])[];

/** More pairs than any ECS request needs (100 tags x 2 fields and 100 ids fit easily). */
const MAX_PAIRS = 2000;
/** `N` in `Tag.N.Key`: the SDK counts from 1; no ECS list is longer than a few hundred. */
const MAX_INDEX = 1000;
/** `LaunchConfiguration.DataDisk.1.Size` has four segments. */
const MAX_DEPTH = 6;
const INDEX = /^[1-9]\d*$/;

function invalid(name: string, why: string): EcsError {
  return ecsError('InvalidParameter', `The specified parameter ${name} is not valid: ${why}.`);
}

function decode(text: string): string | undefined {
  if (!text.includes('%') && !text.includes('+')) return text;
  try {
    return decodeURIComponent(text.replaceAll('+', ' '));
  } catch {
    return undefined;
  }
}

/**
 * Splits `a=1&b=2` (a query string or an `application/x-www-form-urlencoded` body) into decoded
 * pairs. Malformed percent-encoding, empty keys, a key given twice and too many pairs are refused.
 *
 * @param text - The encoded text, without the leading `?`.
 * @returns The pairs, or `InvalidParameter`.
 * @internal
 */
export function parseForm(text: string): Result<WirePairs, EcsError> {
  const pairs: [string, string][] = [];
  const seen = new Set<string>();
  for (const part of text.split('&')) {
    if (part === '') continue;
    if (pairs.length >= MAX_PAIRS)
      return err(invalid('(query)', `more than ${MAX_PAIRS} parameters`));
    const pair = parsePair(part);
    if (!pair.ok) return pair;
    const [key] = pair.value;
    if (seen.has(key)) return err(invalid(key, 'given more than once'));
    seen.add(key);
    pairs.push(pair.value);
  }
  return ok(pairs);
}

function parsePair(part: string): Result<[string, string], EcsError> {
  const eq = part.indexOf('=');
  const key = decode(eq < 0 ? part : part.slice(0, eq));
  const value = eq < 0 ? '' : decode(part.slice(eq + 1));
  if (key === undefined || value === undefined)
    return err(invalid(JSON.stringify(part.slice(0, 64)), 'malformed percent-encoding'));
  if (key === '') return err(invalid('(empty name)', 'a parameter needs a name'));
  return ok([key, value]);
}

/** One node of the parameter tree: a value, children by segment, or (wrongly) both. */
interface WireNode {
  value?: string;
  readonly children: Map<string, WireNode>;
}

function newNode(): WireNode {
  return { children: new Map() };
}

function insert(root: WireNode, key: string, value: string): EcsError | undefined {
  const segments = key.split('.');
  if (segments.length > MAX_DEPTH) return invalid(key, `more than ${MAX_DEPTH} levels`);
  if (segments.some((s) => s === '')) return invalid(key, 'an empty name between dots');
  let node = root;
  for (const segment of segments) {
    let child = node.children.get(segment);
    if (!child) {
      child = newNode();
      node.children.set(segment, child);
    }
    node = child;
  }
  if (node.value !== undefined) return invalid(key, 'given more than once');
  node.value = value;
  return undefined;
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

function build(node: WireNode, path: string): unknown {
  if (node.children.size === 0) return node.value ?? '';
  if (node.value !== undefined)
    throw invalid(path, 'given both as a value and as a list or object');
  const keys = [...node.children.keys()];
  const numeric = keys.filter((k) => /^\d+$/.test(k));
  if (numeric.length === keys.length && path !== '') {
    const indexes = numeric.map((k) => {
      if (!INDEX.test(k) || Number(k) > MAX_INDEX)
        throw invalid(join(path, k), `list positions run from 1 to ${MAX_INDEX}`);
      return Number(k);
    });
    // Gaps are closed up: DiskId.1 and DiskId.3 make a list of two, in position order.
    indexes.sort((a, b) => a - b);
    return indexes.map((i) =>
      build(node.children.get(String(i)) as WireNode, join(path, String(i))),
    );
  }
  if (numeric.length > 0)
    throw invalid(join(path, numeric[0] ?? ''), 'a list position where a name belongs');
  const out: Record<string, unknown> = Object.create(null);
  for (const key of keys) {
    const field = fieldOfWire(key);
    if (field in out) throw invalid(join(path, key), 'given more than once');
    out[field] = build(node.children.get(key) as WireNode, join(path, key));
  }
  return out;
}

/** The common case, no dotted name: one object, no tree. */
function flatRequest(pairs: WirePairs): Result<Record<string, unknown>, EcsError> {
  const out: Record<string, unknown> = Object.create(null);
  for (const [key, value] of pairs) {
    if (/^\d+$/.test(key)) return err(invalid(key, 'a list position where a name belongs'));
    const field = fieldOfWire(key);
    if (field in out) return err(invalid(key, 'given more than once'));
    out[field] = value;
  }
  return ok(out);
}

/**
 * Turns wire pairs into the facade's request object: camelCase fields (as the SDK's request model
 * names them), repeat lists as arrays, dotted names as nested objects. Values stay strings.
 *
 * @param pairs - The business parameters (protocol keys already removed).
 * @returns The request object (null prototype), or `InvalidParameter` naming the culprit.
 * @internal
 */
export function requestOfPairs(pairs: WirePairs): Result<Record<string, unknown>, EcsError> {
  if (pairs.every(([key]) => !key.includes('.'))) return flatRequest(pairs);
  const root = newNode();
  for (const [key, value] of pairs) {
    const error = insert(root, key, value);
    if (error) return err(error);
  }
  if (root.children.size === 0) return ok(Object.create(null));
  try {
    return ok(build(root, '') as Record<string, unknown>);
  } catch (e) {
    if (e instanceof Error && e.name === 'EcsError') return err(e as EcsError);
    throw e;
  }
}
