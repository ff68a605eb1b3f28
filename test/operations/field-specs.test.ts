import { describe, expect, it } from 'vitest';
import { OPERATION_ROWS } from '../../src/operations/table.js';
import { fieldReader, isFieldReader, text } from '../../src/shared/fields.js';

/**
 * Operations that check some fields before reading the rest read with `readFields` in steps
 * (each step a part of the spec checked with `fieldsOf`), not with one `fieldReader`.
 */
const READ_IN_STEPS = ['ModifyDiskAttribute'];

describe('the operation table', () => {
  it('reads every operation with a reader made from its field spec', () => {
    const handRead = OPERATION_ROWS.filter(
      (row) => !isFieldReader(row.op.read) && !READ_IN_STEPS.includes(row.action),
    ).map((row) => row.action);
    expect(handRead).toEqual([]);
  });
});

describe('isFieldReader', () => {
  it('tells a spec-driven reader from a hand-written one', () => {
    expect(isFieldReader(fieldReader({ diskId: text }))).toBe(true);
    expect(isFieldReader((p: { string: (key: string) => unknown }) => p.string('diskId'))).toBe(
      false,
    );
  });
});
