// Every call reads its request once into plain data before anything checks it: an accessor is
// called once, so a check and its use cannot see different values, and a list with holes or a
// request that cannot be read is refused with an ECS error, never a raw exception.

import { describe, expect, it } from 'vitest';
import { EcsError } from '../../src/index.js';
import { OPERATION_ROWS } from '../../src/operations/table.js';
import { createClient } from '../../src/sdk/index.js';
import { expectRefused, thrownBy } from '../fixtures/ecs-errors.js';
import { aRunningInstance, aWorld, dataDiskOf, GIB, REGION } from '../fixtures/world.js';

/** A list whose first entry is a hole, then the values. */
function holes(...values: unknown[]): unknown[] {
  const list = new Array<unknown>(values.length + 1);
  values.forEach((value, i) => {
    list[i + 1] = value;
  });
  return list;
}

/** Runs a call that may throw; what it threw is not the point. */
function attempt(call: () => unknown): void {
  try {
    call();
  } catch {}
}

/** A request whose fields are getters that count their reads. */
function counted(fields: Record<string, unknown>) {
  const reads: Record<string, number> = {};
  const request = {};
  for (const [key, value] of Object.entries(fields)) {
    reads[key] = 0;
    Object.defineProperty(request, key, {
      enumerable: true,
      get: () => {
        reads[key] = (reads[key] ?? 0) + 1;
        return value;
      },
    });
  }
  return { request, reads };
}

describe('reading a request', () => {
  it.each(OPERATION_ROWS.map((row) => row.method))(
    '%s reads each parameter exactly once',
    (method) => {
      const ecs = aWorld({ timings: 'instant' });
      const { request, reads } = counted({ regionId: REGION, diskId: 'd-x', instanceId: 'i-x' });
      attempt(() => (ecs[method] as (r: object) => unknown)(request));
      expect(reads).toEqual({ regionId: 1, diskId: 1, instanceId: 1 });
    },
  );

  it('writeDisk uses the offset it checked: an accessor answering 0 then 2^40 writes at 0', () => {
    const ecs = aWorld({ timings: 'instant' });
    const diskId = dataDiskOf(ecs, aRunningInstance(ecs, { dataDisk: [{ size: 20 }] })).diskId;
    let reads = 0;
    ecs.writeDisk({
      diskId,
      get offset() {
        reads++;
        return reads === 1 ? 0 : 2 ** 40;
      },
      data: 'abc',
    });
    expect(reads).toBe(1);
    expect(new TextDecoder().decode(ecs.readDisk({ diskId, offset: 0, length: 3 }))).toBe('abc');
    expect(ecs.diskPerformance(diskId)).toBeDefined();
    expect(ecs.state.disks.rows.size).toBeGreaterThan(0);
    void GIB;
  });

  it.each<[string, object]>([
    ['describeDisks', { regionId: REGION, diskIds: holes('d-1') }],
    ['describeInstances', { regionId: REGION, instanceIds: holes('i-1') }],
    ['describeSnapshots', { regionId: REGION, snapshotIds: holes('s-1') }],
    ['describeInstanceStatus', { regionId: REGION, instanceId: holes('i-1') }],
    [
      'applyAutoSnapshotPolicy',
      { regionId: REGION, autoSnapshotPolicyId: 'sp-1', diskIds: holes('d-1') },
    ],
    ['cancelAutoSnapshotPolicy', { regionId: REGION, diskIds: holes('d-1') }],
    ['resetDisks', { regionId: REGION, disk: holes({ diskId: 'd-1', snapshotId: 's-1' }) }],
    ['runInstances', { regionId: REGION, dataDisk: holes({ size: 20 }) }],
  ])('%s refuses a list with holes with an ECS error, changing nothing', (method, request) => {
    const ecs = aWorld();
    const before = ecs.state;
    const error = thrownBy(() =>
      (ecs[method as 'describeDisks'] as (r: object) => unknown)(request),
    );
    expect(error).toBeInstanceOf(EcsError);
    expect(ecs.state).toBe(before);
  });

  it('the SDK client refuses a list with holes and an unreadable request with ECS errors', async () => {
    const ecs = aWorld();
    const client = createClient(ecs);
    await expect(
      client.describeDisks({ regionId: REGION, diskIds: holes('d-1') } as never),
    ).rejects.toMatchObject({ code: 'InvalidDiskIds.Malformed' });
    const cycle: { regionId: string; self?: unknown } = { regionId: REGION };
    cycle.self = cycle;
    await expect(client.describeDisks(cycle as never)).rejects.toMatchObject({
      code: 'InvalidParameter',
    });
  });

  it.each<[string, () => object]>([
    [
      'a throwing getter',
      () => ({
        get regionId(): string {
          throw new Error('no');
        },
      }),
    ],
    [
      'a revoked proxy',
      () => {
        const p = Proxy.revocable({}, {});
        p.revoke();
        return p.proxy;
      },
    ],
    [
      'a cycle',
      () => {
        const c: { c?: unknown } = {};
        c.c = c;
        return c;
      },
    ],
    ['a list of 2^32 - 1 holes', () => ({ regionId: REGION, diskIds: new Array(2 ** 32 - 1) })],
  ])('refuses %s with InvalidParameter, in ECS operations and simulation calls', (_what, make) => {
    const ecs = aWorld();
    expectRefused(ecs, () => ecs.describeDisks(make() as never), 'InvalidParameter');
    expectRefused(ecs, () => ecs.writeDisk(make() as never), 'InvalidParameter');
    expectRefused(ecs, () => ecs.billing.statement(make() as never), 'InvalidParameter');
  });
});
