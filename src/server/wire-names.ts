// Names on the wire and in the SDK's models. The official SDK's models name each field in
// camelCase and map it to its wire name in `names()`: the wire name is the field with its first
// letter capitalised (`snapshotId` -> `SnapshotId`, `KMSKeyId` -> `KMSKeyId`), except for the
// auto-snapshot-policy operations, whose request keys are lower-camel on the wire already
// (`regionId`, `diskIds`). test/server/wire-names.test.ts checks both directions against every
// model of the SDK.

/** Wire names that start with a one-letter word before a capitalised one: `VSwitchId` -> `vSwitchId`. */
const ONE_LETTER_WORDS = /^V(?=Switch)/;

const camelCache = new Map<string, string>();
const wireCache = new Map<string, string>();
const CACHE_LIMIT = 10_000;

function cached(cache: Map<string, string>, key: string, convert: (k: string) => string): string {
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const value = convert(key);
  // Keys come from requests too: never let a stream of random keys grow the cache without bound.
  if (cache.size < CACHE_LIMIT) cache.set(key, value);
  return value;
}

/**
 * The SDK model's field for a wire parameter name: the first letter lowered, unless the name
 * starts with an acronym (`KMSKeyId`, `IOPS` stay as they are).
 *
 * @param wire - A wire name such as `DiskId` or `regionId`.
 * @returns The camelCase field, e.g. `diskId`.
 * @internal
 */
export function fieldOfWire(wire: string): string {
  return cached(camelCache, wire, (w) =>
    /^[A-Z]{2}/.test(w) && !ONE_LETTER_WORDS.test(w) ? w : w.charAt(0).toLowerCase() + w.slice(1),
  );
}

/**
 * The wire name of an SDK model field: its first letter capitalised.
 *
 * @param field - A camelCase field such as `snapshotId`.
 * @returns The wire name, e.g. `SnapshotId`.
 * @internal
 */
export function wireOfField(field: string): string {
  return cached(wireCache, field, (f) =>
    LOWER_CAMEL_ON_THE_WIRE.has(f) ? f : f.charAt(0).toUpperCase() + f.slice(1),
  );
}

/**
 * Fields the SDK's model types as a string that real ECS sends as a JSON number: typed clients
 * parse real answers (aliyungo and cloudpods read `SourceDiskSize` as an integer), while the
 * official SDK coerces a number back to its model's string. The facade keeps the SDK's type; the
 * wire writes such a field's decimal text unquoted.
 */
const NUMBERS_ON_THE_WIRE: ReadonlySet<string> = new Set(['sourceDiskSize']);

/** A field's text is a decimal integer that can go on the wire unquoted. */
const DECIMAL = /^(0|-?[1-9]\d{0,14})$/;

/**
 * Response fields real ECS writes in lower camel case, as the SDK's models read them:
 * `DescribeZones`' `AvailableResources.ResourcesInfo[].*.supported...` lists.
 */
const LOWER_CAMEL_ON_THE_WIRE = new Set([
  'supportedDataDiskCategory',
  'supportedInstanceGeneration',
  'supportedInstanceTypeFamily',
  'supportedInstanceType',
  'supportedNetworkCategory',
  'supportedSystemDiskCategory',
]);

/** `"SnapshotId":` for `snapshotId`: the key part of one JSON member, made once per field name. */
const memberKeys = new Map<string, string>();

function memberKey(field: string): string {
  let text = memberKeys.get(field);
  if (text === undefined) {
    text = `${JSON.stringify(wireOfField(field))}:`;
    if (memberKeys.size < CACHE_LIMIT) memberKeys.set(field, text);
  }
  return text;
}

/** A member's value as JSON text, with the wire's type where it differs from the SDK model's. */
function memberValue(key: string, value: unknown): string {
  if (typeof value === 'string' && NUMBERS_ON_THE_WIRE.has(key) && DECIMAL.test(value))
    return value;
  return toWireJson(value);
}

/**
 * A facade response body as the JSON text the wire carries: every key renamed to its wire name,
 * at every depth, so that the SDK reads it back into the same camelCase model
 * (`snapshots.snapshot[0]` <- `Snapshots.Snapshot[0]`), with real ECS's types where they differ from
 * the model's (`SourceDiskSize` is a number). One pass, without building a renamed
 * copy first: this is the hot path of every answer. Values are written as `JSON.stringify` would
 * (`undefined` members are left out, non-finite numbers are `null`).
 *
 * @param value - A response body (plain data).
 * @returns The JSON text.
 * @internal
 */
export function toWireJson(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return stringJson(value);
    case 'number':
      return Number.isFinite(value) ? String(value) : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      if (value === null) return 'null';
      if (Array.isArray(value)) return arrayJson(value);
      return objectJson(value as Record<string, unknown>);
    default:
      return 'null';
  }
}

/**
 * A string JSON.stringify writes as is between quotes: no control character, quote, backslash or
 * surrogate (a lone one would be escaped).
 */
const PLAIN = /^[\x20\x21\x23-\x5b\x5d-\ud7ff\ue000-\uffff]*$/;

/** Ids, names and times are plain: quoting them here skips a JSON.stringify call per value. */
function stringJson(value: string): string {
  return PLAIN.test(value) ? `"${value}"` : JSON.stringify(value);
}

function arrayJson(value: readonly unknown[]): string {
  let out = '[';
  for (let i = 0; i < value.length; i++) {
    const item = value[i] === undefined ? 'null' : toWireJson(value[i]);
    out += i === 0 ? item : `,${item}`;
  }
  return `${out}]`;
}

function objectJson(value: Record<string, unknown>): string {
  let out = '{';
  let first = true;
  for (const key of Object.keys(value)) {
    const field = value[key];
    if (field === undefined || typeof field === 'function') continue;
    out += `${first ? '' : ','}${memberKey(key)}${memberValue(key, field)}`;
    first = false;
  }
  return `${out}}`;
}
