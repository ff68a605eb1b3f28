import { describe, expect, it } from 'vitest';
import { parseForm, requestOfPairs, type WirePairs } from '../../src/server/wire-params.js';

function requestOf(query: string): unknown {
  const pairs = parseForm(query);
  if (!pairs.ok) return { error: pairs.error.code, message: pairs.error.description };
  const request = requestOfPairs(pairs.value);
  return request.ok
    ? JSON.parse(JSON.stringify(request.value))
    : { error: request.error.code, message: request.error.description };
}

describe('parseForm', () => {
  it('decodes percent-encoding and + as a space, in order', () => {
    const pairs = parseForm('SnapshotIds=%5B%22s-1%22%5D&SnapshotName=a+b&Empty=&Flag');
    expect(pairs.ok && pairs.value).toEqual([
      ['SnapshotIds', '["s-1"]'],
      ['SnapshotName', 'a b'],
      ['Empty', ''],
      ['Flag', ''],
    ] satisfies WirePairs);
  });

  it.each([
    ['malformed percent-encoding', 'DiskId=%E0%A4%A'],
    ['invalid UTF-8', 'DiskId=%ED%A0%80'],
    ['an empty name', '=x'],
    ['a key given twice', 'DiskId=a&DiskId=b'],
  ])('refuses %s with InvalidParameter', (_why, query) => {
    expect(requestOf(query)).toMatchObject({ error: 'InvalidParameter' });
  });

  it('refuses more than 2,000 parameters', () => {
    const query = Array.from({ length: 2001 }, (_, i) => `K${i}=v`).join('&');
    expect(requestOf(query)).toMatchObject({ error: 'InvalidParameter' });
  });
});

describe('requestOfPairs', () => {
  it('builds the SDK request model shape: camelCase, repeat lists, nested objects', () => {
    expect(
      requestOf(
        'RegionId=cn-hangzhou&DiskId.1=d-1&DiskId.2=d-2&Tag.1.Key=env&Tag.1.Value=test&Tag.2.Key=team' +
          '&CopyEncryptionConfiguration.Encrypted=true&CopyEncryptionConfiguration.KMSKeyId=k' +
          '&DataDisk.1.Size=40&VSwitchId=vsw&regionIdLower=x',
      ),
    ).toEqual({
      regionId: 'cn-hangzhou',
      diskId: ['d-1', 'd-2'],
      tag: [{ key: 'env', value: 'test' }, { key: 'team' }],
      copyEncryptionConfiguration: { encrypted: 'true', KMSKeyId: 'k' },
      dataDisk: [{ size: '40' }],
      vSwitchId: 'vsw',
      regionIdLower: 'x',
    });
  });

  it('orders list entries by position and closes gaps', () => {
    expect(requestOf('DiskId.10=d-10&DiskId.2=d-2&DiskId.3=d-3')).toEqual({
      diskId: ['d-2', 'd-3', 'd-10'],
    });
  });

  it('keeps JSON-text lists as text for the operation to parse', () => {
    expect(requestOf('diskIds=%5B%22d-1%22%5D')).toEqual({ diskIds: '["d-1"]' });
  });

  it('makes a request object without a prototype, so __proto__ is just an unknown field', () => {
    const pairs = parseForm('__proto__.polluted=yes&constructor=x');
    const request = pairs.ok ? requestOfPairs(pairs.value) : undefined;
    expect(request?.ok && Object.keys(request.value)).toEqual(['__proto__', 'constructor']);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it.each([
    ['a value and a list under one name', 'Tag=x&Tag.1.Key=y'],
    ['position 0', 'DiskId.0=d'],
    ['a position past 1,000', 'DiskId.1001=d'],
    ['a position with a leading zero', 'DiskId.01=d'],
    ['positions mixed with names', 'Tag.1.Key=a&Tag.Key=b'],
    ['an empty segment', 'Tag..Key=a'],
    ['a trailing dot', 'Tag.=a'],
    ['more than six levels', 'A.B.C.D.E.F.G=x'],
    ['two spellings of one field', 'RegionId=a&regionId=b'],
    ['a list at the top level', '1=x'],
  ])('refuses %s with InvalidParameter', (_why, query) => {
    expect(requestOf(query)).toMatchObject({ error: 'InvalidParameter' });
  });
});
