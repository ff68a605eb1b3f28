import { describe, expect, it } from 'vitest';
import type { CheckConsistencyRequest } from '../../src/index.js';
import { expectRefused } from '../fixtures/ecs-errors.js';
import { must } from '../fixtures/must.js';
import { REGION } from '../fixtures/world.js';
import { aSpannedVolume, aVolumeGuest, BLOCK, groupOf, pattern, STRIPE, snap } from './helpers.js';

describe('checkConsistency', () => {
  describe('when the set leaves out a disk of a spanned volume', () => {
    it('is incomplete and names the missing disk', () => {
      const { ecs, members } = aSpannedVolume({}, STRIPE);
      const check = ecs.checkConsistency({
        snapshotIds: members.slice(0, 2).map((d) => snap(ecs, d)),
      });
      expect(check.verdict).toBe('incomplete');
      expect(check.reason).toContain(must(members[2]));
    });
  });

  describe('when the disks belong to no spanned volume', () => {
    it('is consistent for a single disk', () => {
      const { ecs, diskIds } = aVolumeGuest();
      const check = ecs.checkConsistency({ snapshotIds: [snap(ecs, must(diskIds[0]))] });
      expect(check).toMatchObject({
        verdict: 'consistent',
        writesBetween: 0,
        ranges: [],
        volumes: [],
      });
      expect(check.reason).toMatch(/single disk/);
    });

    it('judges each lone disk on its own, even with writes in between', () => {
      const { ecs, diskIds } = aVolumeGuest();
      const [a, b] = [must(diskIds[0]), must(diskIds[1])];
      const s1 = snap(ecs, a);
      ecs.writeDisk({ diskId: a, offset: 0, data: 'x' });
      const s2 = snap(ecs, b);
      expect(ecs.checkConsistency({ snapshotIds: [s1, s2] }).verdict).toBe('consistent');
    });
  });

  describe('when the snapshots were taken one by one', () => {
    it('is consistent when the writes in between reached only disks captured later', () => {
      const { ecs, volumeId, members } = aSpannedVolume({}, STRIPE);
      const [d1, d2, d3] = members;
      const s1 = snap(ecs, must(d1));
      // Stripe 1 lies on d2: written before d2's capture, and d1 is left untouched.
      ecs.writeVolume({ volumeId, offset: STRIPE, data: pattern(STRIPE, 1) });
      const s2 = snap(ecs, must(d2));
      const s3 = snap(ecs, must(d3));
      const check = ecs.checkConsistency({ snapshotIds: [s1, s2, s3] });
      expect(check.verdict).toBe('consistent');
      expect(check.volumes[0]?.instantOf).toBe(s3);
    });

    it('is unsure when a disk captured earlier was written before a later capture', () => {
      const { ecs, volumeId, members } = aSpannedVolume({}, STRIPE);
      const [d1, d2, d3] = members;
      const s1 = snap(ecs, must(d1));
      ecs.writeVolume({ volumeId, offset: 3 * STRIPE + 10, data: pattern(100, 2) }); // stripe 3: d1
      ecs.writeVolume({ volumeId, offset: STRIPE, data: pattern(100, 3) }); // stripe 1: d2
      const s2 = snap(ecs, must(d2));
      const s3 = snap(ecs, must(d3));
      const check = ecs.checkConsistency({ snapshotIds: [s3, s1, s2] });
      expect(check).toMatchObject({ verdict: 'unsure', writesBetween: 2 });
      // Stripe 3 is row 1 of d1: disk block 2 (two blocks per stripe), volume bytes 3*STRIPE...
      expect(check.ranges).toEqual([
        {
          volumeId,
          diskId: d1,
          blockIndex: 2,
          blockCount: 1,
          diskOffset: 2 * BLOCK,
          length: BLOCK,
          volumeRanges: [{ offset: 3 * STRIPE, length: BLOCK }],
        },
      ]);
    });

    it('is unsure for a snapshot taken before the volume existed', () => {
      const { ecs, instanceId, diskIds } = aVolumeGuest();
      const [a, b] = [must(diskIds[0]), must(diskIds[1])];
      const early = snap(ecs, a);
      ecs.createVolume({ instanceId, kind: 'spanned', diskIds: [a, b] });
      const check = ecs.checkConsistency({ snapshotIds: [early, snap(ecs, b)] });
      expect(check.verdict).toBe('unsure');
      expect(check.reason).toMatch(/before volume/);
    });
  });

  describe('when the snapshots come from one group', () => {
    it('is consistent, even if taken before the volume existed', () => {
      const { ecs, instanceId, diskIds } = aVolumeGuest();
      const [a, b] = [must(diskIds[0]), must(diskIds[1])];
      const { snapshotGroupId } = ecs.createSnapshotGroup({ regionId: REGION, diskId: [a, b] });
      ecs.createVolume({ instanceId, kind: 'spanned', diskIds: [a, b] });
      const snapshotIds = groupOf(ecs, snapshotGroupId).snapshots.snapshot.map((s) => s.snapshotId);
      const check = ecs.checkConsistency({ snapshotIds });
      expect(check.verdict).toBe('consistent');
      expect(check.reason).toContain(snapshotGroupId);
    });
  });

  describe('when refused', () => {
    it.each([
      ['no snapshot ids', {}, 'MissingParameter'],
      ['an empty list', { snapshotIds: [] }, 'InvalidParameter'],
      ['a non-list', { snapshotIds: 's-1' }, 'InvalidParameter'],
      ['an unknown field', { snapshotIds: ['s-1'], diskIds: [] }, 'UnsupportedParameter'],
    ])('refuses %s', (_what, request, code) => {
      const { ecs } = aVolumeGuest();
      expectRefused(
        ecs,
        () => ecs.checkConsistency(request as unknown as CheckConsistencyRequest),
        code as never,
      );
    });

    it('refuses an unknown snapshot (InvalidSnapshotId.NotFound), a duplicate, and two of one disk', () => {
      const { ecs, diskIds } = aVolumeGuest();
      const a = must(diskIds[0]);
      const [s1, s2] = [snap(ecs, a), snap(ecs, a)];
      expectRefused(
        ecs,
        () => ecs.checkConsistency({ snapshotIds: ['s-bp1nope'] }),
        'InvalidSnapshotId.NotFound',
      );
      expectRefused(ecs, () => ecs.checkConsistency({ snapshotIds: [s1, s1] }), 'InvalidParameter');
      const error = expectRefused(
        ecs,
        () => ecs.checkConsistency({ snapshotIds: [s1, s2] }),
        'InvalidParameter',
      );
      expect(error.message).toContain(a);
    });
  });
});
