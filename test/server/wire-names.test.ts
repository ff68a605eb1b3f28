// The wire names the endpoint reads and writes are the SDK's own: checked against every model of
// `@alicloud/ecs20140526`, the SDK's `names()` maps (camelCase field -> wire name).

import * as $Ecs from '@alicloud/ecs20140526';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SDK_OPERATIONS } from '../../src/sdk/index.js';
import { fieldOfWire, toWireJson, wireOfField } from '../../src/server/wire-names.js';

interface ModelClass {
  names(): Record<string, string>;
  types(): Record<string, unknown>;
}

const MODELS = $Ecs as unknown as Record<string, ModelClass | undefined>;

function isModel(value: unknown): value is ModelClass {
  return typeof value === 'function' && typeof (value as Partial<ModelClass>).names === 'function';
}

/** Every (field, wire name) pair of a model and the models nested in it. */
function pairsOf(model: ModelClass, seen = new Set<ModelClass>()): [string, string][] {
  if (seen.has(model)) return [];
  seen.add(model);
  const pairs = Object.entries(model.names());
  for (const type of Object.values(model.types())) {
    const nested = isModel(type)
      ? type
      : isModel((type as { itemType?: unknown } | null)?.itemType)
        ? (type as { itemType: ModelClass }).itemType
        : undefined;
    if (nested) pairs.push(...pairsOf(nested, seen));
  }
  return pairs;
}

const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

describe('wire names', () => {
  describe.each(SDK_OPERATIONS.map((name) => [name]))('%s', (name) => {
    it('reads every request field from the wire name the SDK sends', () => {
      const request = MODELS[`${pascal(name)}Request`];
      if (!isModel(request)) throw new Error(`no SDK request model for ${name}`);
      const pairs = pairsOf(request);
      expect(pairs.length).toBeGreaterThan(0);
      for (const [field, wire] of pairs) expect([wire, fieldOfWire(wire)]).toEqual([wire, field]);
    });

    it('writes every response field under the wire name the SDK reads', () => {
      const body = MODELS[`${pascal(name)}ResponseBody`];
      if (!isModel(body)) throw new Error(`no SDK response model for ${name}`);
      for (const [field, wire] of pairsOf(body))
        expect([field, wireOfField(field)]).toEqual([field, wire]);
    });
  });

  it('reads the wire names of every request model of the SDK, beyond the operations served', () => {
    const mismatches = Object.entries(MODELS)
      .filter(
        ([className, model]) =>
          /Request/.test(className) && !/Response/.test(className) && isModel(model),
      )
      .flatMap(([className, model]) =>
        Object.entries((model as ModelClass).names())
          // `fooShrink` fields carry a JSON-encoded object under the wire name `Foo`.
          .filter(([field, wire]) => !field.endsWith('Shrink') && fieldOfWire(wire) !== field)
          .map(([field, wire]) => `${className}.${field} <- ${wire}`),
      );
    expect(mismatches).toEqual([]);
  });

  it('renames keys at every depth and keeps values as JSON.stringify writes them', () => {
    const body = {
      requestId: 'R',
      totalCount: 1,
      snapshots: {
        snapshot: [
          { snapshotId: 's-1', KMSKeyId: '', tags: { tag: [{ tagKey: 'k' }] }, available: true },
        ],
      },
      skipped: undefined,
      list: [1, undefined, Number.NaN, 'x"y', null, false],
      fn: () => 1,
    };
    const json = toWireJson(body);
    expect(JSON.parse(json)).toEqual({
      RequestId: 'R',
      TotalCount: 1,
      Snapshots: {
        Snapshot: [
          { SnapshotId: 's-1', KMSKeyId: '', Tags: { Tag: [{ TagKey: 'k' }] }, Available: true },
        ],
      },
      List: [1, null, null, 'x"y', null, false],
    });
    // the same text JSON.stringify gives for the renamed object
    expect(json).toBe(JSON.stringify(JSON.parse(json)));
  });

  it('writes every string exactly as JSON.stringify does (quotes, escapes, surrogates)', () => {
    const tricky = [
      '',
      'plain-id',
      'x"y',
      'a\\b',
      'tab\there',
      '\u0000\u001f\u007f',
      '\u2028',
      '\ud83d\ude00',
      '\ud800',
      'x\udc00y',
      '\ue000\uffff',
    ];
    for (const text of tricky) expect(toWireJson({ text })).toBe(JSON.stringify({ Text: text }));
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(toWireJson([text])).toBe(JSON.stringify([text]));
      }),
      { seed: 20261125, numRuns: 500 },
    );
  });
});
