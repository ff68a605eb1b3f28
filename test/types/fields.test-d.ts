// The one declaration of a request's parameters (its field spec) is checked against the
// documented request type: these specs drift from it and must not type-check.

import { describe, expectTypeOf, it } from 'vitest';
import type { InputOf } from '../../src/operations/operation.js';
import {
  accepted,
  checkedFields,
  fieldsOf,
  flag,
  ids,
  int,
  text,
} from '../../src/shared/fields.js';

interface ExampleRequest {
  diskId?: string | undefined;
  size?: number | string | undefined;
  portable?: boolean | undefined;
  instanceIds?: string[] | undefined;
  iops?: number | undefined;
}

const SHARED = { instanceIds: ids(10), iops: accepted<number>() };

describe('fieldsOf (a spec built on first use)', () => {
  it('admits a spec with the same keys and fitting kinds', () => {
    const spec = fieldsOf<ExampleRequest>()(() => ({
      diskId: text.required(),
      size: int({ min: 1 }),
      portable: flag.default(false),
      ...SHARED,
    }));
    expectTypeOf<InputOf<typeof spec>['diskId']>().toEqualTypeOf<string>();
    expectTypeOf<InputOf<typeof spec>['portable']>().toEqualTypeOf<boolean>();
    expectTypeOf<InputOf<typeof spec>['size']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<InputOf<typeof spec>['instanceIds']>().toEqualTypeOf<
      readonly string[] | undefined
    >();
  });

  it('refuses a spec that lacks a documented field', () => {
    fieldsOf<ExampleRequest>()(
      // @ts-expect-error: `iops` is documented but not declared
      () => ({ diskId: text, size: int(), portable: flag, instanceIds: ids(1) }),
    );
  });

  it('refuses a spec that reads an undocumented field', () => {
    fieldsOf<ExampleRequest>()(() => ({
      diskId: text,
      size: int(),
      portable: flag,
      ...SHARED,
      // @ts-expect-error: `colour` is not in the documented request
      colour: text,
    }));
  });

  it('refuses an undocumented field spread in from a shared spec', () => {
    const extra = { colour: text };
    fieldsOf<ExampleRequest>()(
      // @ts-expect-error: `colour` comes with the spread, and is not in the documented request
      () => ({ diskId: text, size: int(), portable: flag, ...SHARED, ...extra }),
    );
  });

  it('refuses a kind that does not read the documented type', () => {
    fieldsOf<ExampleRequest>()(() => ({
      diskId: text,
      size: int(),
      // @ts-expect-error: the request documents a boolean, the spec reads a string
      portable: text,
      ...SHARED,
    }));
  });

  it('refuses a documented type wider than the kind reads', () => {
    fieldsOf<ExampleRequest>()(() => ({
      // @ts-expect-error: the request documents a number or a string, `text` reads only strings
      size: text,
      diskId: text,
      portable: flag,
      ...SHARED,
    }));
  });
});

describe('checkedFields', () => {
  it('admits a spec built now with the same keys and fitting kinds', () => {
    const spec = checkedFields<ExampleRequest>()({
      diskId: text.required(),
      size: int(),
      portable: flag,
      ...SHARED,
    });
    expectTypeOf<InputOf<typeof spec>['diskId']>().toEqualTypeOf<string>();
  });

  it('refuses a spec that lacks a documented field', () => {
    checkedFields<ExampleRequest>()(
      // @ts-expect-error: `iops` is documented but not declared
      { diskId: text, size: int(), portable: flag, instanceIds: ids(1) },
    );
  });
});
