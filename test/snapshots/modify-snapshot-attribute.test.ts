import { describe, expect, it } from 'vitest';
import type { EcsOptions } from '../../src/index.js';
import { expectRefused } from '../fixtures/ecs-errors.js';
import { aDiskInUse, anInstantWorld, exists, viewOf } from './helpers.js';

function aSnapshot(retentionDays?: number, options: EcsOptions = {}) {
  const ecs = anInstantWorld(options);
  const { diskId } = aDiskInUse(ecs);
  const { snapshotId } = ecs.createSnapshot(
    retentionDays === undefined ? { diskId } : { diskId, retentionDays },
  );
  return { ecs, diskId, snapshotId };
}

describe('modifySnapshotAttribute', () => {
  describe('when renaming and re-describing', () => {
    it('changes the name and description and updates lastModifiedTime', () => {
      const { ecs, snapshotId } = aSnapshot();
      const before = viewOf(ecs, snapshotId).lastModifiedTime;
      ecs.clock.advance('PT1H');
      const body = ecs.modifySnapshotAttribute({
        snapshotId,
        snapshotName: 'renamed',
        description: 'after the upgrade',
      });
      expect(Object.keys(body)).toEqual(['requestId']);
      const view = viewOf(ecs, snapshotId);
      expect(view).toMatchObject({ snapshotName: 'renamed', description: 'after the upgrade' });
      expect(view.lastModifiedTime > before).toBe(true);
      expect(view.creationTime).toBe(before);
    });

    it('accepts an empty description and the deprecated disableInstantAccess', () => {
      const ecs = anInstantWorld();
      const { diskId } = aDiskInUse(ecs);
      const { snapshotId } = ecs.createSnapshot({ diskId, description: 'old text' });
      ecs.modifySnapshotAttribute({ snapshotId, description: '', disableInstantAccess: true });
      expect(viewOf(ecs, snapshotId).description).toBe('');
    });
  });

  describe('when the retention is extended', () => {
    it('releases the snapshot only when the longer retention, counted from creation, passes', () => {
      const { ecs, snapshotId } = aSnapshot(2);
      ecs.clock.advance('P1D');
      ecs.modifySnapshotAttribute({ snapshotId, retentionDays: 5 });
      expect(viewOf(ecs, snapshotId).retentionDays).toBe(5);
      ecs.clock.advance('P2D');
      expect(exists(ecs, snapshotId)).toBe(true);
      ecs.clock.advance('P1DT23H59M59S');
      expect(exists(ecs, snapshotId)).toBe(true);
      ecs.clock.advance('PT1S');
      expect(exists(ecs, snapshotId)).toBe(false);
    });

    it('keeps the release date when the same retention is given again', () => {
      const { ecs, snapshotId } = aSnapshot(2);
      ecs.modifySnapshotAttribute({ snapshotId, retentionDays: 2 });
      ecs.clock.advance('P2D');
      expect(exists(ecs, snapshotId)).toBe(false);
    });
  });

  describe('when a snapshot has a retention and nothing changes it', () => {
    it('releases it after its retention on the clock', () => {
      const { ecs, snapshotId } = aSnapshot(3);
      ecs.clock.advance('P2DT23H');
      expect(exists(ecs, snapshotId)).toBe(true);
      ecs.clock.advance('PT1H');
      expect(exists(ecs, snapshotId)).toBe(false);
    });
  });

  describe('when the request is refused', () => {
    it('returns MissingParameter without snapshotId', () => {
      const { ecs } = aSnapshot();
      expectRefused(
        ecs,
        () => ecs.modifySnapshotAttribute({ snapshotName: 'x1' }),
        'MissingParameter',
      );
    });

    it('returns NoAttributeToModify when nothing is to change', () => {
      const { ecs, snapshotId } = aSnapshot();
      expectRefused(ecs, () => ecs.modifySnapshotAttribute({ snapshotId }), 'NoAttributeToModify');
      expectRefused(
        ecs,
        () => ecs.modifySnapshotAttribute({ snapshotId, disableInstantAccess: true }),
        'NoAttributeToModify',
      );
    });

    it('returns InvalidSnapshotId.NotFound with the ModifySnapshotAttribute message', () => {
      const { ecs } = aSnapshot();
      const error = expectRefused(
        ecs,
        () => ecs.modifySnapshotAttribute({ snapshotId: 's-nope', snapshotName: 'x1' }),
        'InvalidSnapshotId.NotFound',
        404,
      );
      expect(error.description).toBe('The specified SnapshotId does not exist.');
    });

    it.each(['a', 'auto-1', 'http://x', '9lives'])(
      'returns InvalidSnapshotName.Malformed for %j',
      (snapshotName) => {
        const { ecs, snapshotId } = aSnapshot();
        expectRefused(
          ecs,
          () => ecs.modifySnapshotAttribute({ snapshotId, snapshotName }),
          'InvalidSnapshotName.Malformed',
        );
      },
    );

    it('returns InvalidDescription.Malformed (404) for a description too long', () => {
      const { ecs, snapshotId } = aSnapshot();
      expectRefused(
        ecs,
        () => ecs.modifySnapshotAttribute({ snapshotId, description: 'd'.repeat(257) }),
        'InvalidDescription.Malformed',
        404,
      );
    });

    it.each([0, 65537])('returns InvalidRetentionDays.Malformed for %i days', (retentionDays) => {
      const { ecs, snapshotId } = aSnapshot(5);
      expectRefused(
        ecs,
        () => ecs.modifySnapshotAttribute({ snapshotId, retentionDays }),
        'InvalidRetentionDays.Malformed',
      );
    });

    it('returns InvalidOperation.DecreaseRetentionDaysUnsupported for a shorter retention', () => {
      const { ecs, snapshotId } = aSnapshot(5);
      expectRefused(
        ecs,
        () => ecs.modifySnapshotAttribute({ snapshotId, retentionDays: 4 }),
        'InvalidOperation.DecreaseRetentionDaysUnsupported',
      );
    });

    it('returns InvalidOperation.DecreaseRetentionDaysUnsupported for a snapshot kept forever', () => {
      const { ecs, snapshotId } = aSnapshot();
      expectRefused(
        ecs,
        () => ecs.modifySnapshotAttribute({ snapshotId, retentionDays: 65536 }),
        'InvalidOperation.DecreaseRetentionDaysUnsupported',
      );
    });

    it('returns UnsupportedParameter for a field the SDK model lacks with strictParameters', () => {
      const { ecs, snapshotId } = aSnapshot(undefined, { strictParameters: true });
      const request = { snapshotId, snapshotName: 'x1', category: 'archive' };
      expectRefused(ecs, () => ecs.modifySnapshotAttribute(request), 'UnsupportedParameter');
    });

    it('ignores a field the SDK model lacks without strictParameters, as real ECS does', () => {
      const { ecs, snapshotId } = aSnapshot();
      ecs.modifySnapshotAttribute({ snapshotId, snapshotName: 'x1', category: 'archive' } as never);
      const described = ecs.describeSnapshots({
        regionId: 'cn-hangzhou',
        snapshotIds: JSON.stringify([snapshotId]),
      });
      expect(described.snapshots.snapshot[0]?.snapshotName).toBe('x1');
    });
  });
});
