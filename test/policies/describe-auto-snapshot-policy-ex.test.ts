import { describe, expect, it } from 'vitest';
import type { Ecs } from '../../src/index.js';
import { expectRefused } from '../fixtures/ecs-errors.js';
import { REGION } from '../fixtures/world.js';
import { aPolicy, aPolicyWorld } from './helpers.js';

function ids(ecs: Ecs, request: Partial<Parameters<Ecs['describeAutoSnapshotPolicyEx']>[0]>) {
  return ecs
    .describeAutoSnapshotPolicyEx({ regionId: REGION, ...request })
    .autoSnapshotPolicies.autoSnapshotPolicy.map((p) => p.autoSnapshotPolicyId);
}

describe('describeAutoSnapshotPolicyEx', () => {
  it('lists the region policies in creation order, filtered by id, name and tag', () => {
    const ecs = aPolicyWorld();
    const a = aPolicy(ecs, {
      autoSnapshotPolicyName: 'alpha',
      tag: [{ key: 'env', value: 'prod' }],
    });
    const b = aPolicy(ecs, { autoSnapshotPolicyName: 'beta' });
    aPolicy(ecs, { regionId: 'cn-shanghai' });
    expect(ids(ecs, {})).toEqual([a, b]);
    expect(ids(ecs, { autoSnapshotPolicyId: b })).toEqual([b]);
    expect(ids(ecs, { autoSnapshotPolicyId: 'sp-bpnope' })).toEqual([]);
    expect(ids(ecs, { autoSnapshotPolicyName: 'alpha' })).toEqual([a]);
    expect(ids(ecs, { tag: [{ key: 'env' }] })).toEqual([a]);
    expect(ids(ecs, { tag: [{ key: 'env', value: 'dev' }] })).toEqual([]);
  });

  it('pages by number and size, default 10', () => {
    const ecs = aPolicyWorld();
    const all = Array.from({ length: 12 }, () => aPolicy(ecs));
    const first = ecs.describeAutoSnapshotPolicyEx({ regionId: REGION });
    expect(first).toMatchObject({ totalCount: 12, pageNumber: 1, pageSize: 10 });
    expect(ids(ecs, { pageNumber: 2 })).toEqual(all.slice(10));
    expect(ids(ecs, { pageNumber: 3, pageSize: 5 })).toEqual(all.slice(10));
  });

  it.each<[string, object, string, number]>([
    ['no region', { regionId: undefined }, 'MissingParameter', 400],
    ['an unknown region', { regionId: 'xx-1' }, 'ParameterInvalid', 403],
    ['a page size over 100', { pageSize: 101 }, 'InvalidParameter', 400],
    ['a bad tag', { tag: [{ key: '' }] }, 'InvalidTagKey.Malformed', 400],
    ['token paging (strictParameters)', { maxResults: 10 }, 'UnsupportedParameter', 400],
  ])('refuses %s', (_what, change, code, status) => {
    // Only strictParameters refuses a parameter the operation does not have; the rest hold anyway.
    const ecs = aPolicyWorld({ strictParameters: true });
    expectRefused(
      ecs,
      () => ecs.describeAutoSnapshotPolicyEx({ regionId: REGION, ...change }),
      code as 'ParameterInvalid',
      status,
    );
  });
});
