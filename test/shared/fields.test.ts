import { describe, expect, it } from 'vitest';
import {
  accepted,
  clientToken,
  fieldReader,
  flag,
  ids,
  int,
  jsonIds,
  list,
  object,
  oneOf,
  tags,
  text,
} from '../../src/shared/fields.js';
import { type ParamReader, probeReads, readParams } from '../../src/shared/params.js';

/** Reads `request` with both readers; both answers must be the same (value or error). */
function same(
  request: unknown,
  generic: (p: ParamReader) => unknown,
  manual: (p: ParamReader) => unknown,
) {
  const a = readParams(request, generic);
  const b = readParams(request, manual);
  expect(a.ok ? a.value : { code: a.error.code, message: a.error.message }).toEqual(
    b.ok ? b.value : { code: b.error.code, message: b.error.message },
  );
  return a;
}

const SPEC = {
  diskId: text.required(),
  size: int({ min: 1, max: 10 }).default(5),
  portable: flag,
  type: oneOf(['offline', 'online'] as const),
  instanceIds: ids(2),
  diskIds: jsonIds(2),
  tag: tags,
  clientToken,
};

function manual(p: ParamReader) {
  return {
    diskId: p.required('diskId', p.string('diskId')),
    size: p.int('size', { min: 1, max: 10 }) ?? 5,
    portable: p.bool('portable'),
    type: p.oneOf('type', ['offline', 'online'] as const),
    instanceIds: p.stringList('instanceIds', 2),
    diskIds: p.jsonIds('diskIds', 2),
    tag: p.passThrough('tag'),
    clientToken: p.clientToken(),
  };
}

describe('fieldReader', () => {
  describe('when every field is well formed', () => {
    it('reads what the hand-written reads read', () => {
      const read = same(
        {
          diskId: 'd-1',
          size: '7',
          portable: 'true',
          type: 'online',
          instanceIds: ['i-1'],
          diskIds: '["d-1"]',
          tag: [{ key: 'k', value: 'v' }],
          clientToken: 't',
        },
        fieldReader(SPEC),
        manual,
      );
      expect(read.ok && read.value).toMatchObject({ size: 7, portable: true, diskIds: ['d-1'] });
    });
  });

  describe.each([
    ['a missing required field', {}],
    ['an empty required field', { diskId: '' }],
    ['a number out of bounds', { diskId: 'd', size: 11 }],
    ['a malformed number', { diskId: 'd', size: 'x' }],
    ['a malformed boolean', { diskId: 'd', portable: 'yes' }],
    ['a value outside the set', { diskId: 'd', type: 'later' }],
    ['too long a repeat list', { diskId: 'd', instanceIds: ['i-1', 'i-2', 'i-3'] }],
    ['a malformed JSON list', { diskId: 'd', diskIds: '[' }],
    ['a non-ASCII client token', { diskId: 'd', clientToken: 'é' }],
    ['two bad fields (the first in reading order answers)', { size: 'x', portable: 'yes' }],
    ['a field nobody reads', { diskId: 'd', colour: 'red' }],
  ])('when the request has %s', (_, request) => {
    it('refuses it with the same code and message', () => {
      const read = same(request, fieldReader(SPEC), manual);
      expect(read.ok).toBe(false);
    });
  });

  describe('when a shape step checks across fields', () => {
    const read = fieldReader({ diskId: text, diskIds: ids(10) }, (v, p) => {
      if (v.diskId !== undefined && v.diskIds !== undefined) p.reject('diskIds', 'not both');
      return { ids: v.diskIds ?? [p.required('diskId', v.diskId)] };
    });

    it('returns its shape', () => {
      expect(readParams({ diskId: 'd-1' }, read)).toEqual({ ok: true, value: { ids: ['d-1'] } });
    });

    it('refuses with its error', () => {
      const r = readParams({ diskId: 'd-1', diskIds: ['d-2'] }, read);
      expect(r.ok || r.error.message).toContain(
        'The specified parameter DiskIds is not valid: not both.',
      );
    });
  });

  describe('when fields are nested', () => {
    const disk = { size: int({ min: 1 }).required(), category: text };
    const read = fieldReader({ systemDisk: object(disk), dataDisk: list(disk, 2) });

    it('reads them with their wire path in messages', () => {
      const r = readParams({ dataDisk: [{ size: 1 }, { category: 'x' }] }, read);
      expect(r.ok || r.error.message).toContain(
        'The input parameter DataDisk.2.Size that is mandatory for processing this request is not supplied.',
      );
      expect(readParams({ systemDisk: { size: '3' } }, read)).toMatchObject({
        ok: true,
        value: { systemDisk: { size: 3, category: undefined }, dataDisk: undefined },
      });
    });
  });

  describe('when a field is discarded or only accepted', () => {
    const read = fieldReader({ category: oneOf(['Standard']).discard(), iops: accepted<number>() });

    it('checks a discarded field but leaves its value out', () => {
      expect(readParams({ category: 'Standard' }, read)).toEqual({
        ok: true,
        value: { category: undefined, iops: undefined },
      });
      expect(readParams({ category: 'Other' }, read).ok).toBe(false);
    });

    it('leaves an accepted field unread, for the contract to settle', () => {
      expect(probeReads(read)).toEqual(['category']);
      expect(readParams({ iops: 3 }, read).error?.code).toBe('UnsupportedParameter');
    });
  });
});

describe('probeReads', () => {
  it('finds every field of a spec, required ones included', () => {
    expect(probeReads(fieldReader(SPEC))).toEqual(Object.keys(SPEC));
  });
});
