import { describe, expect, it } from 'vitest';
import { resetDiskOp } from '../../src/disks/reset-disk.js';
import { resetDisksOp } from '../../src/disks/reset-disks.js';
import { expectRefused } from '../fixtures/ecs-errors.js';
import { must } from '../fixtures/must.js';
import { diskIn, REGION } from '../fixtures/world.js';
import {
  aSpannedVolume,
  groupOf,
  pattern,
  rollBack,
  STRIPE,
  snap,
  whileStopped,
} from './helpers.js';

const ctx = (ecs: { state: { clock: { now: string } } }) => {
  const nowMs = Date.parse(ecs.state.clock.now);
  return { now: ecs.state.clock.now as never, nowMs };
};

/** A striped volume whose three disks were captured with a write in between, then stopped. */
function anUnsureSet(options = {}) {
  const v = aSpannedVolume(options, STRIPE);
  const snapshotIds = v.members.map((diskId, i) => {
    v.ecs.writeVolume({ volumeId: v.volumeId, offset: 0, data: pattern(6 * STRIPE, i) });
    return snap(v.ecs, diskId);
  });
  v.ecs.stopInstance({ instanceId: v.instanceId });
  v.ecs.clock.settle();
  const pairs = v.members.map((d, i) => [d, must(snapshotIds[i])] as const);
  return { ...v, snapshotIds, pairs };
}

describe('the rollback verdict', () => {
  describe('when ResetDisks rolls a spanned volume back to an unsure set', () => {
    it('records unsure on the volume and hands a volume-rollback note to the audit trail', () => {
      const { ecs, volumeId, pairs } = anUnsureSet();
      const result = resetDisksOp.run(
        ecs.state,
        { regionId: REGION, disks: pairs.map(([diskId, snapshotId]) => ({ diskId, snapshotId })) },
        ctx(ecs),
      );
      if (!result.ok) throw result.error;
      expect(result.value.notes).toEqual([
        {
          type: 'volume-rollback',
          detail: expect.objectContaining({
            volumeId,
            verdict: 'unsure',
            writesBetween: 6,
            snapshotIds: pairs.map(([, s]) => s),
          }),
        },
      ]);
      rollBack(ecs, pairs);
      expect(ecs.describeVolumes().volumes[0]?.consistency).toBe('unsure');
    });

    it('attaches the verdict to the call in the event log', () => {
      const { ecs, volumeId, pairs } = anUnsureSet();
      const body = rollBack(ecs, pairs);
      const event = ecs.events.find((e) => e.kind === 'call' && e.requestId === body.requestId);
      expect(event && 'notes' in event ? event.notes : undefined).toEqual([
        {
          type: 'volume-rollback',
          detail: expect.objectContaining({ volumeId, verdict: 'unsure', writesBetween: 6 }),
        },
      ]);
      const refused = anUnsureSet({ strictConsistency: true });
      expect(() => rollBack(refused.ecs, refused.pairs)).toThrow(/UnsureConsistency/);
      const last = refused.ecs.events.at(-1);
      expect(last && 'error' in last ? last.error?.code : undefined).toBe(
        'OperationDenied.UnsureConsistency',
      );
    });

    it('goes back to consistent after a consistent rollback', () => {
      const v = aSpannedVolume({}, STRIPE);
      const { snapshotGroupId } = v.ecs.createSnapshotGroup({
        regionId: REGION,
        diskId: v.members,
      });
      const group = groupOf(v.ecs, snapshotGroupId);
      const unsure = v.members.map((diskId, i) => {
        v.ecs.writeVolume({ volumeId: v.volumeId, offset: 0, data: pattern(6 * STRIPE, i) });
        return [diskId, snap(v.ecs, diskId)] as const;
      });
      whileStopped(v.ecs, v.instanceId, () => rollBack(v.ecs, unsure));
      expect(v.ecs.describeVolumes().volumes[0]?.consistency).toBe('unsure');
      // The mixed content is one instant, but not a consistent one: snapshots of it say so.
      const ofMixed = v.members.map((d) => snap(v.ecs, d));
      expect(v.ecs.checkConsistency({ snapshotIds: ofMixed })).toMatchObject({
        verdict: 'unsure',
        reason: expect.stringMatching(/already unsure/),
      });
      whileStopped(v.ecs, v.instanceId, () =>
        rollBack(
          v.ecs,
          group.snapshots.snapshot.map((s) => [s.sourceDiskId, s.snapshotId] as const),
        ),
      );
      expect(v.ecs.describeVolumes().volumes[0]?.consistency).toBe('consistent');
    });
  });

  describe('when ResetDisk rolls back one member only', () => {
    it('is consistent when the other members were not written since that snapshot', () => {
      const { ecs, instanceId, volumeId, members } = aSpannedVolume({}, STRIPE);
      ecs.writeVolume({ volumeId, offset: 0, data: pattern(6 * STRIPE, 1) });
      const s1 = snap(ecs, must(members[0]));
      ecs.writeVolume({ volumeId, offset: 0, data: pattern(STRIPE, 2) }); // stripe 0: d1 only
      ecs.stopInstance({ instanceId });
      ecs.clock.settle();
      const result = resetDiskOp.run(
        ecs.state,
        { diskId: must(members[0]), snapshotId: s1 },
        ctx(ecs),
      );
      if (!result.ok) throw result.error;
      expect(result.value.notes?.[0]?.detail).toMatchObject({ verdict: 'consistent' });
      ecs.resetDisk({ diskId: must(members[0]), snapshotId: s1 });
      expect(ecs.describeVolumes().volumes[0]?.consistency).toBe('consistent');
    });

    it('is unsure when another member was written since, and a strict world refuses it', () => {
      const setup = (strictConsistency: boolean) => {
        const v = aSpannedVolume({ strictConsistency }, STRIPE);
        const s1 = snap(v.ecs, must(v.members[0]));
        v.ecs.writeVolume({ volumeId: v.volumeId, offset: 0, data: pattern(3 * STRIPE, 3) });
        v.ecs.stopInstance({ instanceId: v.instanceId });
        v.ecs.clock.settle();
        return { ...v, s1 };
      };
      const lax = setup(false);
      lax.ecs.resetDisk({ diskId: must(lax.members[0]), snapshotId: lax.s1 });
      expect(lax.ecs.describeVolumes().volumes[0]?.consistency).toBe('unsure');
      expect(diskIn(lax.ecs, must(lax.members[0]))?.contentChanges).toBe(2);
      const strict = setup(true);
      expectRefused(
        strict.ecs,
        () => strict.ecs.resetDisk({ diskId: must(strict.members[0]), snapshotId: strict.s1 }),
        'OperationDenied.UnsureConsistency',
      );
      // A dry run reports the refusal too.
      expectRefused(
        strict.ecs,
        () =>
          strict.ecs.resetDisk({
            diskId: must(strict.members[0]),
            snapshotId: strict.s1,
            dryRun: true,
          }),
        'OperationDenied.UnsureConsistency',
      );
    });

    it('lets a strict world roll a volume back disk by disk when nothing was written', () => {
      const { ecs, instanceId, members } = aSpannedVolume({ strictConsistency: true }, STRIPE);
      const ids = members.map((d) => snap(ecs, d));
      ecs.stopInstance({ instanceId });
      ecs.clock.settle();
      for (const [i, diskId] of members.entries())
        ecs.resetDisk({ diskId, snapshotId: must(ids[i]) });
      expect(ecs.describeVolumes().volumes[0]?.consistency).toBe('consistent');
    });
  });
});
