import { describe, expect, it } from 'vitest';
import type { RunInstancesRequest } from '../../src/index.js';
import { readParams } from '../../src/shared/params.js';
import { expectEcsError, expectRefused } from '../fixtures/ecs-errors.js';
import { must } from '../fixtures/must.js';
import {
  aRunningInstance,
  aRunRequest,
  aWorld,
  disksOf,
  instanceIn,
  REGION,
} from '../fixtures/world.js';

/** A request the SDK types would not allow, as a wire client might send it. */
function loose(fields: Record<string, unknown>): RunInstancesRequest {
  return { ...aRunRequest(), ...fields } as RunInstancesRequest;
}

describe('reading request parameters', () => {
  describe('when a field is not modelled by fake-ecs, with strictParameters', () => {
    const documented = (name: string) =>
      `The parameter ${name} is documented by ECS but not modelled by fake-ecs; leave it unset, or create the world without strictParameters to accept it.`;
    const unknown = (name: string) =>
      `The parameter ${name} is not supported by fake-ecs; leave it unset.`;
    it.each<[string, Record<string, unknown>, string]>([
      ['a documented top-level field', { password: 'Secret-123' }, documented('Password')],
      ['an unknown system disk field', { systemDisk: { foo: 1 } }, unknown('SystemDisk.Foo')],
      [
        'a documented data disk field',
        { dataDisk: [{ size: 20 }, { size: 20, burstingEnabled: true }] },
        documented('DataDisk.2.BurstingEnabled'),
      ],
      [
        'an unknown tag field',
        {
          tag: [
            { key: 'a', value: 'b' },
            { key: 'c', color: 'red' },
          ],
        },
        unknown('Tag.2.Color'),
      ],
    ])('returns UnsupportedParameter naming %s', (_what, fields, message) => {
      const ecs = aWorld({ strictParameters: true });
      const error = expectRefused(
        ecs,
        () => ecs.runInstances(loose(fields)),
        'UnsupportedParameter',
        400,
      );
      expect(error.data.Message).toBe(message);
    });
  });

  describe('when a field is not modelled by fake-ecs, by default (as real ECS)', () => {
    it.each<[string, Record<string, unknown>]>([
      ['a documented top-level field', { hostName: 'web', password: 'Secret-123' }],
      ['a documented number sent as wire text', { internetMaxBandwidthOut: '5' }],
      ['an unknown top-level field', { colour: 'red' }],
      ['an unknown system disk field', { systemDisk: { foo: 1 } }],
      ['a documented data disk field', { dataDisk: [{ size: 20, encrypted: 'true' }] }],
      ['an unknown tag field', { tag: [{ key: 'c', color: 'red' }] }],
    ])('accepts %s', (_what, fields) => {
      const ecs = aWorld();
      const body = ecs.runInstances(loose(fields));
      expect(body.instanceIdSets.instanceIdSet).toHaveLength(1);
    });

    it.each<[string, Record<string, unknown>, string]>([
      ['a number', { internetMaxBandwidthOut: 'lots' }, 'InternetMaxBandwidthOut'],
      [
        'a boolean',
        { dataDisk: [{ size: 20, burstingEnabled: 'yes' }] },
        'DataDisk.1.BurstingEnabled',
      ],
      ['a list', { securityGroupIds: 'sg-1' }, 'SecurityGroupIds'],
      ['an object', { privateDnsNameOptions: 'on' }, 'PrivateDnsNameOptions'],
    ])('refuses a documented field whose value is not %s, naming it', (_what, fields, name) => {
      const ecs = aWorld();
      const error = expectRefused(ecs, () => ecs.runInstances(loose(fields)), 'InvalidParameter');
      expect(error.data.Message).toContain(name);
    });

    it('accepts RegionId on an operation whose SDK model lacks it, even with strictParameters', () => {
      for (const strictParameters of [false, true]) {
        const ecs = aWorld({ strictParameters, timings: 'instant' });
        const instanceId = aRunningInstance(ecs);
        const { diskId } = ecs.describeDisks({ regionId: REGION, instanceId }).disks.disk[0] ?? {};
        expect(ecs.createSnapshot({ regionId: REGION, diskId } as never).snapshotId).toMatch(/^s-/);
      }
    });

    it('ignores it when it is undefined or null', () => {
      const ecs = aWorld();
      const body = ecs.runInstances(
        loose({ hostName: undefined, password: null, systemDisk: { size: 40, foo: null } }),
      );
      expect(body.instanceIdSets.instanceIdSet).toHaveLength(1);
    });
  });

  describe('when numbers and booleans come as wire strings', () => {
    it('accepts numeric strings', () => {
      const ecs = aWorld();
      const ids = ecs.runInstances(
        loose({ amount: '2', systemDisk: { size: '50' }, dataDisk: [{ size: ' 30 ' }] }),
      ).instanceIdSets.instanceIdSet;
      expect(ids).toHaveLength(2);
      expect(disksOf(ecs, must(ids[0])).map((d) => d.size)).toEqual([50, 30]);
      expect(
        ecs.describeInstances({ regionId: REGION, pageSize: '1' } as never).instances.instance,
      ).toHaveLength(1);
    });

    it("accepts 'true' and 'false'", () => {
      const ecs = aWorld();
      expectRefused(ecs, () => ecs.runInstances(loose({ dryRun: 'true' })), 'DryRunOperation');
      const id = must(
        ecs.runInstances(
          loose({ dryRun: 'false', dataDisk: [{ size: 20, deleteWithInstance: 'false' }] }),
        ).instanceIdSets.instanceIdSet[0],
      );
      expect(disksOf(ecs, id)[1]?.deleteWithInstance).toBe(false);
    });

    it.each<[string, Record<string, unknown>, string]>([
      ['a word for a number', { amount: 'two' }, 'Amount'],
      ['a decimal string for a number', { amount: '1.0' }, 'Amount'],
      ['a boolean for a number', { amount: true }, 'Amount'],
      ['a word for a boolean', { dryRun: 'yes' }, 'DryRun'],
      ['a number for a boolean', { dryRun: 1 }, 'DryRun'],
      ['a number for a string', { instanceName: 5 }, 'InstanceName'],
      ['a list for an object', { systemDisk: [] }, 'SystemDisk'],
      ['an object for a list', { dataDisk: { size: 20 } }, 'DataDisk'],
      ['a list entry that is not an object', { dataDisk: [null] }, 'DataDisk.1'],
      ['a nested bad number', { systemDisk: { size: 'big' } }, 'SystemDisk.Size'],
    ])('returns InvalidParameter for %s, naming the wire parameter', (_what, fields, wireName) => {
      const ecs = aWorld();
      const error = expectRefused(
        ecs,
        () => ecs.runInstances(loose(fields)),
        'InvalidParameter',
        400,
      );
      expect(error.data.Message).toContain(`parameter ${wireName} is not valid`);
    });
  });

  describe('when a required field is missing or empty', () => {
    it.each([undefined, '', null])('returns MissingParameter for %s', (regionId) => {
      const ecs = aWorld();
      const error = expectRefused(
        ecs,
        () => ecs.runInstances(loose({ regionId })),
        'MissingParameter',
      );
      expect(error.data.Message).toBe(
        'The input parameter RegionId that is mandatory for processing this request is not supplied.',
      );
    });

    it('returns MissingParameter for no request at all', () => {
      const ecs = aWorld();
      expectEcsError(() => ecs.describeInstances(undefined as never), 'MissingParameter');
    });
  });

  describe('when the request is not an object', () => {
    it.each(['cn-hangzhou', 42, [], null])('returns InvalidParameter for %j', (request) => {
      const ecs = aWorld();
      expectRefused(ecs, () => ecs.runInstances(request as never), 'InvalidParameter');
    });
  });

  describe('when the request is an object with a prototype', () => {
    it('reads its own fields, as with the SDK request classes', () => {
      class Request {
        regionId = REGION;
        imageId = aRunRequest().imageId;
        instanceType = aRunRequest().instanceType;
        instanceName = 'from-a-class';
        toMap(): Record<string, unknown> {
          return {};
        }
      }
      const ecs = aWorld();
      const id = must(ecs.runInstances(new Request()).instanceIdSets.instanceIdSet[0]);
      expect(instanceIn(ecs, id).instanceName).toBe('from-a-class');
    });
  });

  describe('readParams', () => {
    it('reads JSON id lists and real arrays alike', () => {
      const read = (value: unknown) =>
        readParams({ diskIds: value }, (p) => p.jsonIds('diskIds', 3));
      expect(read('["d-1","d-2"]')).toEqual({ ok: true, value: ['d-1', 'd-2'] });
      expect(read(['d-1'])).toEqual({ ok: true, value: ['d-1'] });
      expect(read('')).toEqual({ ok: true, value: undefined });
      expect(read('["a","b","c","d"]').error?.description).toContain('at most 3 ids');
      expect(read('{"a":1}').error?.code).toBe('InvalidParameter');
    });

    it('enforces integer bounds with a message naming the limit', () => {
      const read = (value: unknown) =>
        readParams({ pageSize: value }, (p) => p.int('pageSize', { min: 1, max: 50 }));
      expect(read(50).value).toBe(50);
      expect(read(51).error?.description).toBe(
        'The specified parameter PageSize is not valid: must be at most 50.',
      );
      expect(read(0).error?.description).toBe(
        'The specified parameter PageSize is not valid: must be at least 1.',
      );
      expect(read(2 ** 60).error?.code).toBe('InvalidParameter');
    });

    it('reads repeat lists of strings', () => {
      const read = (value: unknown) =>
        readParams({ instanceId: value }, (p) => p.stringList('instanceId', 2));
      expect(read(['i-1', 'i-2']).value).toEqual(['i-1', 'i-2']);
      expect(read(['i-1', 'i-2', 'i-3']).error?.code).toBe('InvalidParameter');
      expect(read('i-1').error?.code).toBe('InvalidParameter');
    });

    it('rethrows anything that is not a parameter failure', () => {
      expect(() =>
        readParams({}, () => {
          throw new Error('boom');
        }),
      ).toThrow('boom');
    });
  });
});
