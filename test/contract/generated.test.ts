import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  encodeOperations,
  loadSdkModels,
  sdkVersion,
} from '../../scripts/contract/read-sdk-models.js';
import { renderContract, servedActions } from '../../scripts/contract/render-contract.js';
import {
  type ContractField,
  type ContractType,
  contractTable,
  decodeFields,
  ecsActions,
  isEcsAction,
  requestContract,
  servedRequestContract,
} from '../../src/contract/contract.js';
import { UNSERVED_REQUEST_CONTRACT } from '../../src/contract/request-contract.js';
import { RESPONSE_CONTRACT } from '../../src/contract/response-contract.js';
import { SERVED_REQUEST_CONTRACT } from '../../src/contract/served-requests.js';
import { OPERATION_ROWS } from '../../src/operations/table.js';

const root = join(import.meta.dirname, '..', '..');
const operations = encodeOperations(loadSdkModels());

function encodeType(type: ContractType): string {
  switch (type.kind) {
    case 'list':
      return `[${encodeType(type.item)}]`;
    case 'object':
      return `{${encode(type.fields)}}`;
    case 'json':
      return `j${encodeType(type.value)}`;
    default:
      return { string: 's', number: 'n', boolean: 'b', any: 'a', map: 'm' }[type.kind];
  }
}

function encode(fields: readonly ContractField[]): string {
  return fields
    .map(
      (f) =>
        `${f.wire}${f.sdk === f.wire && /^[A-Z]/.test(f.sdk) ? '^' : ''}:${encodeType(f.type)}`,
    )
    .join(',');
}

describe('the generated contract', () => {
  it('is what `npm run contract` writes from the installed SDK (run it after an SDK update)', () => {
    const files = renderContract(operations, sdkVersion(), servedActions(OPERATION_ROWS));
    for (const [path, text] of Object.entries(files))
      expect(readFileSync(join(root, path), 'utf8'), path).toBe(text);
  });

  it('splits the requests into the operations fake-ecs serves and the others', () => {
    const served = [...contractTable(SERVED_REQUEST_CONTRACT).keys()];
    const unserved = [...contractTable(UNSERVED_REQUEST_CONTRACT).keys()];
    expect(new Set(served)).toEqual(servedActions(OPERATION_ROWS));
    expect(unserved.filter((action) => served.includes(action))).toEqual([]);
    expect(servedRequestContract('CreateSnapshot')).toBe(requestContract('CreateSnapshot'));
    expect(servedRequestContract('RunCommand')).toBeUndefined();
    expect(requestContract('RunCommand')?.some((f) => f.wire === 'CommandContent')).toBe(true);
  });

  it('holds every operation of the SDK, requests and responses', () => {
    expect(operations.length).toBeGreaterThanOrEqual(380);
    expect(ecsActions()).toEqual(operations.map((op) => op.action));
    expect([...contractTable(RESPONSE_CONTRACT).keys()]).toEqual(operations.map((op) => op.action));
  });

  it('decodes back to exactly the text it was decoded from, for every operation', () => {
    for (const op of operations) {
      expect(encode(decodeFields(op.request)), op.action).toBe(op.request);
      expect(encode(decodeFields(op.response)), op.action).toBe(op.response);
    }
  });

  it('names each parameter on the wire and in the SDK, with its type and list encoding', () => {
    const fields = requestContract('CreateSnapshot') ?? [];
    const byWire = new Map(fields.map((f) => [f.wire, f]));
    expect(byWire.get('DiskId')).toEqual({
      wire: 'DiskId',
      sdk: 'diskId',
      type: { kind: 'string' },
    });
    expect(byWire.get('RetentionDays')?.type).toEqual({ kind: 'number' });
    expect(byWire.get('InstantAccess')?.type).toEqual({ kind: 'boolean' });
    // Tag.N.Key / Tag.N.Value
    expect(byWire.get('Tag')?.type).toEqual({
      kind: 'list',
      item: {
        kind: 'object',
        fields: [
          { wire: 'Key', sdk: 'key', type: { kind: 'string' } },
          { wire: 'Value', sdk: 'value', type: { kind: 'string' } },
        ],
      },
    });
    const describe = new Map((requestContract('DescribeSnapshots') ?? []).map((f) => [f.wire, f]));
    expect(describe.get('KMSKeyId')?.sdk).toBe('KMSKeyId');
    // InstanceId.N
    const start = new Map((requestContract('StartInstances') ?? []).map((f) => [f.wire, f]));
    expect(start.get('InstanceId')?.type).toEqual({ kind: 'list', item: { kind: 'string' } });
    // The SDK's *ShrinkRequest sends these as one JSON text.
    const run = new Map((requestContract('RunCommand') ?? []).map((f) => [f.wire, f]));
    expect(run.get('Parameters')?.type).toEqual({ kind: 'json', value: { kind: 'map' } });
  });

  it('tells operations of the ECS API from other names', () => {
    expect(isEcsAction('DescribeVpcs')).toBe(true);
    expect(isEcsAction('DescribeEverything')).toBe(false);
    expect(isEcsAction('toString')).toBe(false);
    expect(requestContract('DescribeEverything')).toBeUndefined();
    expect(requestContract('hasOwnProperty')).toBeUndefined();
  });

  it('decodes an operation once and hands out the same fields afterwards', () => {
    expect(requestContract('DescribeDisks')).toBe(requestContract('DescribeDisks'));
  });
});
