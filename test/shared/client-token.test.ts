// `ClientToken` as real ECS bounds it (API reference, CreateSnapshot and the other idempotent
// actions: "ASCII characters ... cannot exceed 64 characters"; 403 InvalidClientToken.Malformed).
// One reader reads it for every operation, so the bound holds wherever a token is taken.

import { describe, expect, it } from 'vitest';
import { OPERATION_ROWS } from '../../src/operations/table.js';
import { probeReads } from '../../src/shared/params.js';
import { expectRefused } from '../fixtures/ecs-errors.js';
import { aRunRequest, aWorld, REGION } from '../fixtures/world.js';

const LONGEST = 'a'.repeat(64);
const ZONE = 'cn-hangzhou-h';

describe('ClientToken', () => {
  it('is read by the shared reader in every operation that takes one', () => {
    const taking = OPERATION_ROWS.filter((row) =>
      probeReads(row.op.read).includes('clientToken'),
    ).map((row) => row.method);
    expect(taking).toEqual(
      expect.arrayContaining(['createSnapshot', 'createDisk', 'runInstances']),
    );
  });

  describe('when it has 65 characters', () => {
    it.each([
      ['createDisk', { regionId: REGION, zoneId: ZONE, size: 40 }],
      ['createVpc', { regionId: REGION, cidrBlock: '10.0.0.0/16' }],
      ['runInstances', aRunRequest()],
      // Read as a plain string until the field specs landed: any length was kept for good.
      ['deleteInstances', { regionId: REGION, instanceId: ['i-nope'] }],
      [
        'modifySecurityGroupRule',
        { regionId: REGION, securityGroupId: 'sg-nope', securityGroupRuleId: 'sgr-nope' },
      ],
    ] as const)(
      '%s refuses it with InvalidClientToken.Malformed (403), the state unchanged',
      (method, request) => {
        const ecs = aWorld();
        const call = ecs[method] as (r: object) => unknown;
        const error = expectRefused(
          ecs,
          () => call.call(ecs, { ...request, clientToken: `${LONGEST}b` }),
          'InvalidClientToken.Malformed',
          403,
        );
        expect(error.message).toContain('must not exceed 64 characters');
      },
    );
  });

  it('refuses a token with a non-ASCII character, the state unchanged', () => {
    const ecs = aWorld();
    expectRefused(
      ecs,
      () => ecs.createDisk({ regionId: REGION, zoneId: ZONE, size: 40, clientToken: 'tökén' }),
      'InvalidClientToken.Malformed',
    );
  });

  it('takes 64 ASCII characters, and replays the same call for the same token', () => {
    const ecs = aWorld();
    const request = { regionId: REGION, zoneId: ZONE, size: 40, clientToken: LONGEST };
    const first = ecs.createDisk(request);
    expect(ecs.createDisk(request).diskId).toBe(first.diskId);
  });
});
