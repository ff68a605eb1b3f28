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
  return cached(wireCache, field, (f) => f.charAt(0).toUpperCase() + f.slice(1));
}

/**
 * A facade response body with every key renamed to its wire name, at every depth, so that the
 * SDK reads it back into the same camelCase model (`snapshots.snapshot[0]` <- `Snapshots.Snapshot[0]`).
 *
 * @param value - A response body (plain data).
 * @returns The same data with wire names.
 * @internal
 */
export function toWireBody(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toWireBody);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const field = (value as Record<string, unknown>)[key];
    if (field !== undefined) out[wireOfField(key)] = toWireBody(field);
  }
  return out;
}
