import { describe, expect, it } from 'vitest';
import { DEFAULT_RESOURCE_GROUP_ID, type Ecs } from '../../src/index.js';
import { findInstance } from '../../src/instances/store.js';
import { expectRefused } from '../fixtures/ecs-errors.js';
import { anInstance, aRunningInstance, aWorld, REGION } from '../fixtures/world.js';

const PUBLIC_KEY = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKe me@laptop';

function keyPairs(ecs: Ecs, request: object = {}) {
  return ecs.describeKeyPairs({ regionId: REGION, ...request }).keyPairs.keyPair;
}

function boundKey(ecs: Ecs, instanceId: string) {
  return findInstance(ecs.state, instanceId)?.keyPairName ?? null;
}

describe('key pairs', () => {
  describe('createKeyPair', () => {
    it('returns a PEM private key once and keeps only the public half', () => {
      const ecs = aWorld();
      const body = ecs.createKeyPair({ regionId: REGION, keyPairName: 'deploy' });
      expect(body.keyPairId).toMatch(/^kp-[a-z0-9]+$/);
      expect(body.keyPairFingerPrint).toMatch(/^([0-9a-f]{2}:){15}[0-9a-f]{2}$/);
      expect(body.privateKeyBody).toMatch(/^-----BEGIN RSA PRIVATE KEY-----\n/);
      const [view] = keyPairs(ecs, { includePublicKey: true });
      expect(view).toMatchObject({
        keyPairName: 'deploy',
        keyPairFingerPrint: body.keyPairFingerPrint,
        resourceGroupId: DEFAULT_RESOURCE_GROUP_ID,
        creationTime: '2026-01-01T00:00Z',
      });
      expect(view?.publicKey).toMatch(/^ssh-rsa /);
      expect(JSON.stringify(ecs.state.keyPairs)).not.toContain('PRIVATE');
    });

    it('is deterministic: same seed, same key material', () => {
      const a = aWorld().createKeyPair({ regionId: REGION, keyPairName: 'deploy' });
      const b = aWorld().createKeyPair({ regionId: REGION, keyPairName: 'deploy' });
      expect({ ...a, requestId: '' }).toEqual({ ...b, requestId: '' });
    });

    it.each<[string, object, string, number]>([
      ['no region', { regionId: undefined }, 'MissingParameter', 400],
      ['no name', { keyPairName: undefined }, 'MissingParameter', 400],
      ['an unknown region', { regionId: 'xx-1' }, 'InvalidRegionId.NotFound', 404],
      [
        'a name starting with a digit',
        { keyPairName: '1key' },
        'InvalidKeyPairName.Malformed',
        400,
      ],
      ['a one-letter name', { keyPairName: 'k' }, 'InvalidKeyPairName.Malformed', 400],
      ['a name with a space', { keyPairName: 'my key' }, 'InvalidKeyPairName.Malformed', 400],
      [
        'a malformed resource group',
        { resourceGroupId: 'group-1' },
        'InvalidResourceGroup.NotFound',
        404,
      ],
      ['a bad tag', { tag: [{ key: 'aliyun:x', value: 'v' }] }, 'InvalidTagKey.Malformed', 400],
    ])('refuses %s, changing nothing', (_what, overrides, code, status) => {
      const ecs = aWorld();
      expectRefused(
        ecs,
        () => ecs.createKeyPair({ regionId: REGION, keyPairName: 'deploy', ...overrides }),
        code as 'MissingParameter',
        status,
      );
    });

    it('refuses a name already used in the region with KeyPair.AlreadyExist (400)', () => {
      const ecs = aWorld();
      ecs.createKeyPair({ regionId: REGION, keyPairName: 'deploy' });
      expectRefused(
        ecs,
        () => ecs.createKeyPair({ regionId: REGION, keyPairName: 'deploy' }),
        'KeyPair.AlreadyExist',
        400,
      );
      ecs.createKeyPair({ regionId: 'cn-shanghai', keyPairName: 'deploy' });
      expect(ecs.describeKeyPairs({ regionId: 'cn-shanghai' }).totalCount).toBe(1);
    });

    it('refuses the 501st key pair of a region with QuotaExceed.KeyPair (403)', () => {
      const ecs = aWorld();
      for (let n = 0; n < 500; n++) ecs.createKeyPair({ regionId: REGION, keyPairName: `k-${n}` });
      expectRefused(
        ecs,
        () => ecs.createKeyPair({ regionId: REGION, keyPairName: 'one-more' }),
        'QuotaExceed.KeyPair',
        403,
      );
    });
  });

  describe('importKeyPair', () => {
    it('stores the given public key with a fingerprint of it', () => {
      const ecs = aWorld();
      const body = ecs.importKeyPair({
        regionId: REGION,
        keyPairName: 'laptop',
        publicKeyBody: PUBLIC_KEY,
      });
      expect(Object.keys(body).sort()).toEqual(['keyPairFingerPrint', 'keyPairName', 'requestId']);
      expect(keyPairs(ecs, { includePublicKey: true })[0]?.publicKey).toBe(PUBLIC_KEY);
      const again = aWorld().importKeyPair({
        regionId: REGION,
        keyPairName: 'other',
        publicKeyBody: PUBLIC_KEY,
      });
      expect(again.keyPairFingerPrint).toBe(body.keyPairFingerPrint);
    });

    it.each<[string, object, string, number]>([
      ['no public key', { publicKeyBody: undefined }, 'MissingParameter', 400],
      [
        'a private key',
        { publicKeyBody: '-----BEGIN RSA PRIVATE KEY-----' },
        'InvalidPublicKeyBody.Malformed',
        400,
      ],
      [
        'an unknown key type',
        { publicKeyBody: 'ssh-foo AAAA' },
        'InvalidPublicKeyBody.Malformed',
        400,
      ],
      ['a bad name', { keyPairName: '-x' }, 'InvalidKeyPairName.Malformed', 400],
    ])('refuses %s, changing nothing', (_what, overrides, code, status) => {
      const ecs = aWorld();
      expectRefused(
        ecs,
        () =>
          ecs.importKeyPair({
            regionId: REGION,
            keyPairName: 'laptop',
            publicKeyBody: PUBLIC_KEY,
            ...overrides,
          }),
        code as 'MissingParameter',
        status,
      );
    });
  });

  describe('describeKeyPairs', () => {
    it('filters by name with * wildcards, fingerprint, tag and resource group, and pages', () => {
      const ecs = aWorld();
      const deploy = ecs.createKeyPair({
        regionId: REGION,
        keyPairName: 'deploy-prod',
        tag: [{ key: 'env', value: 'prod' }],
        resourceGroupId: 'rg-acfmteam0001',
      });
      ecs.createKeyPair({ regionId: REGION, keyPairName: 'deploy-dev' });
      ecs.importKeyPair({ regionId: REGION, keyPairName: 'laptop', publicKeyBody: PUBLIC_KEY });
      const names = (request: object) => keyPairs(ecs, request).map((k) => k.keyPairName);
      expect(names({ keyPairName: 'deploy-*' })).toEqual(['deploy-prod', 'deploy-dev']);
      expect(names({ keyPairName: 'laptop' })).toEqual(['laptop']);
      expect(names({ keyPairFingerPrint: deploy.keyPairFingerPrint })).toEqual(['deploy-prod']);
      expect(names({ tag: [{ key: 'env', value: 'prod' }] })).toEqual(['deploy-prod']);
      expect(names({ resourceGroupId: 'rg-acfmteam0001' })).toEqual(['deploy-prod']);
      expect(keyPairs(ecs)[0]?.publicKey).toBe('');
      const page = ecs.describeKeyPairs({ regionId: REGION, pageSize: 2, pageNumber: 2 });
      expect(page).toMatchObject({ totalCount: 3, pageNumber: 2, pageSize: 2 });
      expect(page.keyPairs.keyPair.map((k) => k.keyPairName)).toEqual(['laptop']);
    });

    it.each<[string, object, string, number]>([
      ['no region', { regionId: undefined }, 'MissingParameter', 400],
      ['an unknown region', { regionId: 'xx-1' }, 'InvalidRegionId.NotFound', 404],
      ['a page size over 50', { pageSize: 51 }, 'InvalidParameter', 400],
    ])('refuses %s', (_what, overrides, code, status) => {
      const ecs = aWorld();
      expectRefused(
        ecs,
        () => ecs.describeKeyPairs({ regionId: REGION, ...overrides }),
        code as 'MissingParameter',
        status,
      );
    });
  });

  describe('attachKeyPair and detachKeyPair', () => {
    it('binds and unbinds per instance, each answering on its own', () => {
      const ecs = aWorld();
      const running = aRunningInstance(ecs);
      const pending = anInstance(ecs);
      ecs.createKeyPair({ regionId: REGION, keyPairName: 'deploy' });
      const attached = ecs.attachKeyPair({
        regionId: REGION,
        keyPairName: 'deploy',
        instanceIds: JSON.stringify([running, pending, 'i-bpnope']),
      });
      expect(attached).toMatchObject({ keyPairName: 'deploy', totalCount: '3', failCount: '2' });
      expect(attached.results.result.map((r) => [r.instanceId, r.success, r.code])).toEqual([
        [running, 'true', '200'],
        [pending, 'false', 'IncorrectInstanceStatus'],
        ['i-bpnope', 'false', 'InvalidInstanceId.NotFound'],
      ]);
      expect(boundKey(ecs, running)).toBe('deploy');
      expect(boundKey(ecs, pending)).toBeNull();
      const detached = ecs.detachKeyPair({
        regionId: REGION,
        keyPairName: 'deploy',
        instanceIds: JSON.stringify([running]),
      });
      expect(detached.failCount).toBe('0');
      expect(boundKey(ecs, running)).toBeNull();
    });

    it('replaces the key pair an instance had; a deleted key pair stays bound by name', () => {
      const ecs = aWorld();
      const instanceId = aRunningInstance(ecs);
      const instanceIds = JSON.stringify([instanceId]);
      ecs.createKeyPair({ regionId: REGION, keyPairName: 'one' });
      ecs.createKeyPair({ regionId: REGION, keyPairName: 'two' });
      ecs.attachKeyPair({ regionId: REGION, keyPairName: 'one', instanceIds });
      ecs.attachKeyPair({ regionId: REGION, keyPairName: 'two', instanceIds });
      expect(boundKey(ecs, instanceId)).toBe('two');
      ecs.detachKeyPair({ regionId: REGION, keyPairName: 'one', instanceIds });
      expect(boundKey(ecs, instanceId)).toBe('two');
      ecs.deleteKeyPairs({ regionId: REGION, keyPairNames: '["two"]' });
      expect(boundKey(ecs, instanceId)).toBe('two');
      expect(keyPairs(ecs).map((k) => k.keyPairName)).toEqual(['one']);
    });

    it.each<[string, object, string, number]>([
      ['no key pair name', { keyPairName: undefined }, 'MissingParameter', 400],
      ['no instances', { instanceIds: undefined }, 'MissingParameter', 400],
      ['an unknown key pair', { keyPairName: 'nope' }, 'InvalidKeyPairName.NotFound', 404],
      ['malformed instance ids', { instanceIds: '[1,2' }, 'InvalidInstanceIds.Malformed', 400],
      ['an empty instance list', { instanceIds: '[]' }, 'InvalidInstanceIds.Malformed', 400],
      ['an unknown region', { regionId: 'xx-1' }, 'InvalidRegionId.NotFound', 404],
    ])('refuses %s, changing nothing', (_what, overrides, code, status) => {
      const ecs = aWorld();
      const instanceId = aRunningInstance(ecs);
      ecs.createKeyPair({ regionId: REGION, keyPairName: 'deploy' });
      const request = {
        regionId: REGION,
        keyPairName: 'deploy',
        instanceIds: JSON.stringify([instanceId]),
        ...overrides,
      };
      expectRefused(ecs, () => ecs.attachKeyPair(request), code as 'MissingParameter', status);
      expectRefused(ecs, () => ecs.detachKeyPair(request), code as 'MissingParameter', status);
    });
  });

  describe('deleteKeyPairs', () => {
    it('ignores unknown names', () => {
      const ecs = aWorld();
      ecs.createKeyPair({ regionId: REGION, keyPairName: 'deploy' });
      ecs.deleteKeyPairs({ regionId: REGION, keyPairNames: '["deploy","ghost"]' });
      expect(keyPairs(ecs)).toEqual([]);
      const before = ecs.state;
      ecs.deleteKeyPairs({ regionId: REGION, keyPairNames: '["deploy"]' });
      expect(ecs.state).toBe(before);
    });

    it.each<[string, object, string, number]>([
      ['no names', { keyPairNames: undefined }, 'MissingParameter', 400],
      ['malformed names', { keyPairNames: 'deploy' }, 'InvalidParameter', 400],
      ['an unknown region', { regionId: 'xx-1' }, 'InvalidRegionId.NotFound', 404],
    ])('refuses %s, changing nothing', (_what, overrides, code, status) => {
      const ecs = aWorld();
      ecs.createKeyPair({ regionId: REGION, keyPairName: 'deploy' });
      expectRefused(
        ecs,
        () => ecs.deleteKeyPairs({ regionId: REGION, keyPairNames: '["deploy"]', ...overrides }),
        code as 'MissingParameter',
        status,
      );
    });
  });
});
