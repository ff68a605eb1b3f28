import { describe, expect, it } from 'vitest';
import { createEcs } from '../../src/index.js';
import { createClient, type SdkClientOptions } from '../../src/sdk/index.js';
import { aWritableDisk } from '../fixtures/block-disk.js';
import { T0 } from '../fixtures/world.js';

describe('createClient', () => {
  describe('when autoAdvance is set', () => {
    it('lets a polling loop written for the real cloud see the snapshot accomplished', async () => {
      const ecs = createEcs({ seed: 'poll' });
      const diskId = aWritableDisk(ecs, { size: 100 });
      ecs.writeDisk({ diskId, writes: [{ offset: 0, length: 10 * 2 ** 30, fill: 'data' }] });
      const client = createClient(ecs, { autoAdvance: 'PT10S' });

      const { body } = await client.createSnapshot({ diskId });
      let status = '';
      let polls = 0;
      const seen = new Set<string>();
      while (status !== 'accomplished' && polls < 10_000) {
        const res = await client.describeSnapshots({
          regionId: 'cn-hangzhou',
          snapshotIds: JSON.stringify([body.snapshotId]),
        });
        const snapshot = res.body.snapshots.snapshot[0];
        status = snapshot?.status ?? '';
        seen.add(snapshot?.progress ?? '');
        polls++;
      }
      expect(status).toBe('accomplished');
      expect(polls).toBeGreaterThan(2);
      expect(seen.size).toBeGreaterThan(2);
    });

    it('moves the clock by that much after every call', async () => {
      const ecs = createEcs({ seed: 1 });
      const client = createClient(ecs, { autoAdvance: 'PT10S' });
      await client.describeSnapshotsUsage({ regionId: 'cn-hangzhou' });
      await client.describeDisksWithOptions({ regionId: 'cn-hangzhou' }, {});
      expect(ecs.clock.now()).toBe('2026-01-01T00:00:20Z');
    });

    it('moves it after a refused call too, and changes nothing else', async () => {
      const ecs = createEcs({ seed: 1 });
      const before = ecs.state;
      const client = createClient(ecs, { autoAdvance: 60_000 });
      await expect(client.resizeDisk({ diskId: 'd-nope', newSize: 100 })).rejects.toMatchObject({
        code: 'InvalidDiskId.NotFound',
      });
      expect(ecs.clock.now()).toBe('2026-01-01T00:01:00Z');
      expect({ ...ecs.state, clock: before.clock }).toEqual(before);
    });

    it.each<[SdkClientOptions['autoAdvance'], string]>([
      [1500, '2026-01-01T00:00:01Z'],
      [{ minutes: 2 }, '2026-01-01T00:02:00Z'],
      ['P1D', '2026-01-02T00:00:00Z'],
      [0, T0],
    ])('accepts %j', async (autoAdvance, after) => {
      const ecs = createEcs({ seed: 1 });
      await createClient(ecs, { autoAdvance }).describeSnapshotsUsage({ regionId: 'cn-hangzhou' });
      expect(ecs.clock.now()).toBe(after);
    });

    it.each<unknown>(['soon', -1, Number.NaN, { fortnights: 1 }, 'PT'])(
      'throws a RangeError naming the option for %j',
      (autoAdvance) => {
        const ecs = createEcs({ seed: 1 });
        expect(() => createClient(ecs, { autoAdvance } as SdkClientOptions)).toThrow(/autoAdvance/);
        expect(() => createClient(ecs, { autoAdvance } as SdkClientOptions)).toThrow(RangeError);
      },
    );
  });

  describe('when autoAdvance is not set', () => {
    it('leaves the clock where it is', async () => {
      const ecs = createEcs({ seed: 1 });
      const client = createClient(ecs);
      await client.describeSnapshotsUsage({ regionId: 'cn-hangzhou' });
      expect(ecs.clock.now()).toBe(T0);
    });
  });
});
