// The one declaration of a request's parameters (its field spec) is checked against the
// documented request type: these specs drift from it and must not type-check.

import { describe, expectTypeOf, it } from 'vitest';
import type { InputOf } from '../../src/operations/operation.js';
import { accepted, flag, ids, int, type RequestFields, text } from '../../src/shared/fields.js';

interface ExampleRequest {
  diskId?: string | undefined;
  size?: number | string | undefined;
  portable?: boolean | undefined;
  instanceIds?: string[] | undefined;
  iops?: number | undefined;
}

describe('RequestFields', () => {
  it('admits a spec with the same keys and fitting kinds', () => {
    const spec = {
      diskId: text.required(),
      size: int({ min: 1 }),
      portable: flag.default(false),
      instanceIds: ids(10),
      iops: accepted<number>(),
    } satisfies RequestFields<ExampleRequest>;
    expectTypeOf<InputOf<typeof spec>['diskId']>().toEqualTypeOf<string>();
    expectTypeOf<InputOf<typeof spec>['portable']>().toEqualTypeOf<boolean>();
    expectTypeOf<InputOf<typeof spec>['size']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<InputOf<typeof spec>['instanceIds']>().toEqualTypeOf<
      readonly string[] | undefined
    >();
  });

  it('refuses a spec that lacks a documented field', () => {
    ({
      diskId: text,
      size: int(),
      portable: flag,
      instanceIds: ids(1),
      // @ts-expect-error: `iops` is documented but not declared
    }) satisfies RequestFields<ExampleRequest>;
  });

  it('refuses a spec that reads an undocumented field', () => {
    ({
      diskId: text,
      size: int(),
      portable: flag,
      instanceIds: ids(1),
      iops: accepted<number>(),
      // @ts-expect-error: `colour` is not in the documented request
      colour: text,
    }) satisfies RequestFields<ExampleRequest>;
  });

  it('refuses a kind that does not read the documented type', () => {
    ({
      diskId: text,
      size: int(),
      // @ts-expect-error: the request documents a boolean, the spec reads a string
      portable: text,
      instanceIds: ids(1),
      iops: accepted<number>(),
    }) satisfies RequestFields<ExampleRequest>;
  });

  it('refuses a documented type wider than the kind reads', () => {
    ({
      // @ts-expect-error: the request documents a number or a string, `text` reads only strings
      size: text,
      diskId: text,
      portable: flag,
      instanceIds: ids(1),
      iops: accepted<number>(),
    }) satisfies RequestFields<ExampleRequest>;
  });
});
