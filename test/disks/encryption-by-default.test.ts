import { describe, expect, it } from 'vitest';
import { createEcs } from '../../src/index.js';
import { expectRefused } from '../fixtures/ecs-errors.js';
import { aWorld, REGION } from '../fixtures/world.js';

const KEY = '0e478b7a-4262-4802-b8cb-00d3fb408b21';
const region = { regionId: REGION };

describe('disk encryption by default', () => {
  it('is off with the service key until changed, in every region', () => {
    const ecs = aWorld();
    expect(ecs.describeDiskEncryptionByDefaultStatus(region).encrypted).toBe(false);
    const { KMSKeyId } = ecs.describeDiskDefaultKMSKeyId(region);
    expect(KMSKeyId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(createEcs({ seed: 'other' }).describeDiskDefaultKMSKeyId(region).KMSKeyId).toBe(
      KMSKeyId,
    );
    expect(ecs.describeDiskDefaultKMSKeyId({ regionId: 'cn-shanghai' }).KMSKeyId).not.toBe(
      KMSKeyId,
    );
  });

  it('is switched on and off per region, keeping the chosen key', () => {
    const ecs = aWorld();
    const serviceKey = ecs.describeDiskDefaultKMSKeyId(region).KMSKeyId;
    ecs.enableDiskEncryptionByDefault(region);
    expect(ecs.describeDiskEncryptionByDefaultStatus(region).encrypted).toBe(true);
    expect(ecs.describeDiskEncryptionByDefaultStatus({ regionId: 'cn-shanghai' }).encrypted).toBe(
      false,
    );
    ecs.modifyDiskDefaultKMSKeyId({ ...region, KMSKeyId: KEY });
    expect(ecs.describeDiskDefaultKMSKeyId(region).KMSKeyId).toBe(KEY);
    ecs.disableDiskEncryptionByDefault(region);
    expect(ecs.describeDiskEncryptionByDefaultStatus(region).encrypted).toBe(false);
    expect(ecs.describeDiskDefaultKMSKeyId(region).KMSKeyId).toBe(KEY);
    ecs.resetDiskDefaultKMSKeyId(region);
    expect(ecs.describeDiskDefaultKMSKeyId(region).KMSKeyId).toBe(serviceKey);
  });

  it('changes nothing when switched to what it is already', () => {
    const ecs = aWorld();
    const before = ecs.state;
    ecs.disableDiskEncryptionByDefault(region);
    ecs.resetDiskDefaultKMSKeyId(region);
    expect(ecs.state).toBe(before);
    ecs.enableDiskEncryptionByDefault(region);
    const enabled = ecs.state;
    ecs.enableDiskEncryptionByDefault(region);
    expect(ecs.state).toBe(enabled);
  });

  it('is kept in a saved world', () => {
    const ecs = aWorld();
    ecs.enableDiskEncryptionByDefault(region);
    ecs.modifyDiskDefaultKMSKeyId({ ...region, KMSKeyId: 'key-hzz62f1c0e2d1abcd' });
    const restored = createEcs({ from: ecs.export() });
    expect(restored.describeDiskEncryptionByDefaultStatus(region).encrypted).toBe(true);
    expect(restored.describeDiskDefaultKMSKeyId(region).KMSKeyId).toBe('key-hzz62f1c0e2d1abcd');
  });

  it('refuses a key that is not shaped like a KMS key id with InvalidOperation.KMSKeyIdNotFound', () => {
    const ecs = aWorld();
    expectRefused(
      ecs,
      () => ecs.modifyDiskDefaultKMSKeyId({ ...region, KMSKeyId: 'my-key' }),
      'InvalidOperation.KMSKeyIdNotFound',
    );
  });

  it.each([
    'enableDiskEncryptionByDefault',
    'disableDiskEncryptionByDefault',
    'describeDiskEncryptionByDefaultStatus',
    'describeDiskDefaultKMSKeyId',
    'modifyDiskDefaultKMSKeyId',
    'resetDiskDefaultKMSKeyId',
  ] as const)('%s refuses an unknown region (403) and a missing one', (method) => {
    const ecs = aWorld();
    ecs.enableDiskEncryptionByDefault(region);
    const call = (regionId: string | undefined) => () =>
      ecs[method]({ regionId, KMSKeyId: KEY } as never);
    expectRefused(ecs, call('cn-nowhere'), 'InvalidParameter.RegionIdNotExists', 403);
    expectRefused(ecs, call(undefined), 'MissingParameter');
  });

  it('refuses ModifyDiskDefaultKMSKeyId without KMSKeyId', () => {
    const ecs = aWorld();
    expectRefused(ecs, () => ecs.modifyDiskDefaultKMSKeyId(region), 'MissingParameter');
  });
});
