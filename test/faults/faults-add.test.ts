import { describe, expect, it } from 'vitest';
import { type CallEvent, createEcs, type EcsErrorCode, isEcsError } from '../../src/index.js';
import { createClient, SDK_OPERATIONS, ServerError, ThrottlingError } from '../../src/sdk/index.js';
import { expectRefused, thrownBy } from '../fixtures/ecs-errors.js';
import { aWorld, REGION } from '../fixtures/world.js';
import { aDiskInUse, anInstantWorld } from '../snapshots/helpers.js';

const describeCall = (ecs: ReturnType<typeof aWorld>) => () =>
  ecs.describeInstances({ regionId: REGION });

describe('ecs.faults.add', () => {
  describe('when a call matches a rule', () => {
    it('fails with the code and its real status, a request id, and the state identical', () => {
      const ecs = aWorld();
      const id = ecs.faults.add({ action: 'DescribeInstances', code: 'Throttling' });
      expect(id).toBe('fault-1');
      const error = expectRefused(ecs, describeCall(ecs), 'Throttling', 403);
      expect(error.requestId).toMatch(
        /^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/,
      );
      expect(error.message).toBe(
        `Throttling: code: 403, Request was denied due to user flow control. request id: ${error.requestId}`,
      );
      expect(error.data.HostId).toBe('ecs.cn-hangzhou.aliyuncs.com');
    });

    it('records the failure with the rule id', () => {
      const ecs = aWorld();
      const id = ecs.faults.add({ action: 'DescribeInstances', code: 'InternalError' });
      thrownBy(describeCall(ecs));
      expect(ecs.events[0]).toMatchObject({
        kind: 'call',
        action: 'DescribeInstances',
        fault: id,
        error: { code: 'InternalError', statusCode: 500 },
      });
    });

    it.each([
      ['Throttling', 403],
      ['Throttling.User', 400],
      ['InternalError', 500],
      ['ServiceUnavailable', 503],
      ['QuotaExceed.ConcurrentSnapshotQuota', 403],
      ['InvalidAccountStatus.SnapshotServiceUnavailable', 403],
    ] as [EcsErrorCode, number][])('answers %s with HTTP %i', (code, status) => {
      const ecs = aWorld();
      ecs.faults.add({ action: '*', code });
      expectRefused(ecs, describeCall(ecs), code, status);
    });

    it('uses the per-operation status of a code where the reference gives one', () => {
      const ecs = anInstantWorld();
      const { diskId } = aDiskInUse(ecs);
      ecs.faults.add({ action: 'CreateSnapshot', code: 'IncorrectInstanceStatus' });
      // The reference documents 400 for this code on CreateSnapshot (403 elsewhere).
      expectRefused(ecs, () => ecs.createSnapshot({ diskId }), 'IncorrectInstanceStatus', 400);
    });

    it('answers before the parameters are read (a throttled bad request is throttled)', () => {
      const ecs = aWorld();
      ecs.faults.add({ action: 'DeleteDisk', code: 'Throttling' });
      expectRefused(ecs, () => ecs.deleteDisk({} as never), 'Throttling');
    });
  });

  describe('with times', () => {
    it('fails that many matching calls, then is removed', () => {
      const ecs = aWorld();
      ecs.faults.add({ action: 'describeInstances', code: 'Throttling', times: 2 });
      expectRefused(ecs, describeCall(ecs), 'Throttling');
      expect(ecs.faults.rules[0]?.remaining).toBe(1);
      expectRefused(ecs, describeCall(ecs), 'Throttling');
      expect(ecs.faults.rules).toEqual([]);
      expect(describeCall(ecs)().totalCount).toBe(0);
    });
  });

  describe('with match', () => {
    it('fails only requests with those fields', () => {
      const ecs = anInstantWorld();
      const a = aDiskInUse(ecs).diskId;
      const b = aDiskInUse(ecs).diskId;
      ecs.faults.add({ action: 'CreateSnapshot', code: 'InternalError', match: { diskId: a } });
      expectRefused(ecs, () => ecs.createSnapshot({ diskId: a }), 'InternalError');
      expect(ecs.createSnapshot({ diskId: b }).snapshotId).toMatch(/^s-/);
    });

    it('compares nested fields for deep equality', () => {
      const ecs = aWorld();
      const tag = [{ key: 'env', value: 'prod' }];
      ecs.faults.add({ action: '*', code: 'InternalError', match: { tag } });
      expect(() =>
        ecs.describeInstances({ regionId: REGION, tag: [{ key: 'env', value: 'dev' }] }),
      ).not.toThrow();
      expectRefused(
        ecs,
        () => ecs.describeInstances({ regionId: REGION, tag: [{ key: 'env', value: 'prod' }] }),
        'InternalError',
      );
    });

    it('accepts a predicate', () => {
      const ecs = aWorld();
      ecs.faults.add({
        action: '*',
        code: 'ServiceUnavailable',
        match: (request) => (request as { pageSize?: number }).pageSize === 7,
      });
      expect(() => ecs.describeInstances({ regionId: REGION, pageSize: 8 })).not.toThrow();
      expectRefused(
        ecs,
        () => ecs.describeInstances({ regionId: REGION, pageSize: 7 }),
        'ServiceUnavailable',
      );
      expect(ecs.faults.rules[0]).toMatchObject({ predicate: true });
    });
  });

  describe('with probability', () => {
    function pattern(seed: string): boolean[] {
      const ecs = createEcs({ seed });
      ecs.faults.add({ action: '*', code: 'InternalError', probability: 0.5 });
      return Array.from({ length: 200 }, () => {
        try {
          ecs.describeInstances({ regionId: REGION });
          return false;
        } catch (error) {
          if (!isEcsError(error, 'InternalError')) throw error;
          return true;
        }
      });
    }

    it('fails about that share of matching calls', () => {
      const failures = pattern('p').filter(Boolean).length;
      expect(failures).toBeGreaterThan(70);
      expect(failures).toBeLessThan(130);
    });

    it('repeats exactly with the same seed, and differs with another', () => {
      expect(pattern('p')).toEqual(pattern('p'));
      expect(pattern('p')).not.toEqual(pattern('q'));
    });
  });

  describe('when rules overlap', () => {
    it('lets the first rule added win', () => {
      const ecs = aWorld();
      const first = ecs.faults.add({ action: '*', code: 'Throttling', times: 1 });
      ecs.faults.add({ action: 'DescribeInstances', code: 'InternalError', times: 1 });
      expectRefused(ecs, describeCall(ecs), 'Throttling');
      expect((ecs.events.at(-1) as CallEvent).fault).toBe(first);
      expectRefused(ecs, describeCall(ecs), 'InternalError');
    });
  });

  describe('when the rule is invalid', () => {
    it.each([
      [
        { action: 'CreateSnapshot', code: 'Nope' },
        TypeError,
        '"code" must be an error code of ERROR_CATALOG',
      ],
      [{ action: 'MakeCoffee', code: 'Throttling' }, TypeError, 'unknown action "MakeCoffee"'],
      [{ action: '', code: 'Throttling' }, TypeError, '"action" must be an ECS operation name'],
      [
        { action: '*', code: 'Throttling', times: 0 },
        RangeError,
        '"times" must be a whole number >= 1',
      ],
      [{ action: '*', code: 'Throttling', times: 1.5 }, RangeError, '"times"'],
      [{ action: '*', code: 'Throttling', probability: 0 }, RangeError, '"probability" must be'],
      [{ action: '*', code: 'Throttling', probability: 2 }, RangeError, '"probability"'],
      [{ action: '*', code: 'Throttling', match: [1] }, TypeError, '"match" must be an object'],
      [{ action: '*', code: 'Throttling', when: 1 }, TypeError, 'unknown field "when"'],
      [null, TypeError, 'expected { action, code'],
    ])('refuses %j', (rule, kind, message) => {
      const ecs = aWorld();
      const error = thrownBy(() => ecs.faults.add(rule as never));
      expect(error).toBeInstanceOf(kind);
      expect((error as Error).message).toContain(`faults.add: `);
      expect((error as Error).message).toContain(message);
      expect(ecs.faults.rules).toEqual([]);
    });

    it('knows every operation of the SDK client', () => {
      const ecs = aWorld();
      for (const op of SDK_OPERATIONS)
        expect(() => ecs.faults.add({ action: op, code: 'Throttling' })).not.toThrow();
    });
  });
});

describe('ecs.faults.remove and clear', () => {
  it('remove takes one rule away and says whether it was there', () => {
    const ecs = aWorld();
    const id = ecs.faults.add({ action: '*', code: 'Throttling' });
    expect(ecs.faults.remove(id)).toBe(true);
    expect(ecs.faults.remove(id)).toBe(false);
    expect(() => describeCall(ecs)()).not.toThrow();
  });

  it('clear removes every rule', () => {
    const ecs = aWorld();
    ecs.faults.add({ action: '*', code: 'Throttling' });
    ecs.faults.add({ action: '*', code: 'InternalError' });
    ecs.faults.clear();
    expect(ecs.faults.rules).toEqual([]);
    expect(() => describeCall(ecs)()).not.toThrow();
  });
});

describe('fake-ecs/sdk with faults', () => {
  it('rejects with ThrottlingError for Throttling and ServerError for InternalError', async () => {
    const ecs = aWorld();
    const client = createClient(ecs);
    ecs.faults.add({ action: 'DescribeInstances', code: 'Throttling', times: 1 });
    ecs.faults.add({ action: 'DescribeInstances', code: 'InternalError', times: 1 });
    await expect(client.describeInstances({ regionId: REGION })).rejects.toBeInstanceOf(
      ThrottlingError,
    );
    await expect(client.describeInstances({ regionId: REGION })).rejects.toBeInstanceOf(
      ServerError,
    );
    await expect(client.describeInstances({ regionId: REGION })).resolves.toMatchObject({
      statusCode: 200,
    });
  });
});
