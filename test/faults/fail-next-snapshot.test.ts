import { describe, expect, it } from 'vitest';
import type { SnapshotView, TransitionEvent } from '../../src/index.js';
import { expectRefused } from '../fixtures/ecs-errors.js';
import { must } from '../fixtures/must.js';
import { REGION } from '../fixtures/world.js';
import { aGroupWorld, anEssdInstance } from '../groups/helpers.js';
import { aDiskUnder, aPolicy, snapshotsOf } from '../policies/helpers.js';
import { aDiskInUse, anInstantWorld, aSnapshotWorld, writeBlock } from '../snapshots/helpers.js';

const SLOW = { snapshotStartup: 10, snapshotThroughput: 4096 };

function view(ecs: ReturnType<typeof aSnapshotWorld>, snapshotId: string): SnapshotView {
  return must(
    ecs.describeSnapshots({ regionId: REGION, snapshotIds: JSON.stringify([snapshotId]) }).snapshots
      .snapshot[0],
    snapshotId,
  );
}

/** A disk with 10 written blocks: with SLOW timings a full snapshot takes 10 + 10 = 20 s. */
function aSlowDisk() {
  const ecs = aSnapshotWorld({ timings: SLOW });
  const { diskId, instanceId } = aDiskInUse(ecs);
  for (let i = 0; i < 10; i++) writeBlock(ecs, diskId, i, `block ${i}`);
  return { ecs, diskId, instanceId };
}

describe('ecs.faults.failNextSnapshot', () => {
  it('lets the next snapshot progress as usual, then ends it failed halfway', () => {
    const { ecs, diskId } = aSlowDisk();
    ecs.faults.failNextSnapshot({ diskId });
    const { snapshotId } = ecs.createSnapshot({ diskId });
    ecs.clock.advance('PT5S');
    expect(view(ecs, snapshotId)).toMatchObject({
      status: 'progressing',
      progress: '25%',
      remainTime: 15,
    });
    ecs.clock.advance('PT5S');
    expect(view(ecs, snapshotId)).toMatchObject({
      status: 'failed',
      progress: '50%',
      remainTime: 0,
    });
    ecs.clock.settle();
    expect(view(ecs, snapshotId).status).toBe('failed');
  });

  it('records the failure as a transition', () => {
    const { ecs, diskId } = aSlowDisk();
    ecs.faults.failNextSnapshot({ diskId });
    const { snapshotId } = ecs.createSnapshot({ diskId });
    const start = Date.parse(ecs.state.clock.now);
    ecs.clock.settle();
    const events = ecs.events.filter(
      (e): e is TransitionEvent => e.kind === 'transition' && e.resourceId === snapshotId,
    );
    expect(events).toEqual([
      {
        kind: 'transition',
        time: new Date(start + 10_000).toISOString(),
        action: 'snapshot-fail',
        requestId: null,
        resourceId: snapshotId,
        from: 'progressing',
        to: 'failed',
      },
    ]);
  });

  it('frees the disk and fails only once: the following snapshot is accomplished', () => {
    const { ecs, diskId } = aSlowDisk();
    ecs.faults.failNextSnapshot({ diskId });
    const failed = ecs.createSnapshot({ diskId }).snapshotId;
    ecs.clock.advance('PT10S');
    const next = ecs.createSnapshot({ diskId }).snapshotId;
    ecs.clock.settle();
    expect(view(ecs, failed).status).toBe('failed');
    expect(view(ecs, next)).toMatchObject({ status: 'accomplished', progress: '100%' });
  });

  it('spares the snapshot already in progress and fails the one after it', () => {
    const { ecs, diskId } = aSlowDisk();
    const current = ecs.createSnapshot({ diskId }).snapshotId;
    ecs.faults.failNextSnapshot({ diskId });
    ecs.clock.settle();
    const next = ecs.createSnapshot({ diskId }).snapshotId;
    ecs.clock.settle();
    expect(view(ecs, current).status).toBe('accomplished');
    expect(view(ecs, next).status).toBe('failed');
  });

  it('fails a snapshot that would complete at once (instant timings)', () => {
    const ecs = anInstantWorld();
    const { diskId } = aDiskInUse(ecs);
    ecs.faults.failNextSnapshot({ diskId });
    const { snapshotId } = ecs.createSnapshot({ diskId });
    expect(view(ecs, snapshotId).status).toBe('failed');
    expect(ecs.state.disks.rows.size).toBeGreaterThan(0);
  });

  it('fails the member of a snapshot group, and so the group', () => {
    const ecs = aGroupWorld();
    const { instanceId, diskIds } = anEssdInstance(ecs);
    for (const diskId of diskIds) writeBlock(ecs, diskId, 0, 'x');
    ecs.faults.failNextSnapshot({ diskId: must(diskIds[1]) });
    const { snapshotGroupId } = ecs.createSnapshotGroup({ regionId: REGION, instanceId });
    ecs.clock.settle();
    const group = must(
      ecs.describeSnapshotGroups({ regionId: REGION, snapshotGroupId: [snapshotGroupId] })
        .snapshotGroups.snapshotGroup[0],
    );
    expect(group.status).toBe('failed');
  });

  it('fails an automatic snapshot taken by a policy as the clock passes its time point', () => {
    const ecs = aSnapshotWorld({ timings: SLOW });
    const diskId = aDiskUnder(ecs, aPolicy(ecs));
    writeBlock(ecs, diskId, 0, 'x');
    ecs.faults.failNextSnapshot({ diskId });
    ecs.clock.advanceTo('2026-01-01T18:10:00Z');
    ecs.clock.advance('P1D');
    expect(snapshotsOf(ecs, diskId).map((s) => [s.type, s.status])).toEqual([
      ['auto', 'failed'],
      ['auto', 'accomplished'],
    ]);
  });

  it('is cleared by faults.clear()', () => {
    const { ecs, diskId } = aSlowDisk();
    ecs.faults.failNextSnapshot({ diskId });
    ecs.faults.clear();
    const { snapshotId } = ecs.createSnapshot({ diskId });
    ecs.clock.settle();
    expect(view(ecs, snapshotId).status).toBe('accomplished');
  });

  it('refuses an unknown disk with InvalidDiskId.NotFound, the state identical', () => {
    const ecs = anInstantWorld();
    expectRefused(
      ecs,
      () => ecs.faults.failNextSnapshot({ diskId: 'd-nope' }),
      'InvalidDiskId.NotFound',
    );
  });

  it('refuses a missing disk id with MissingParameter', () => {
    const ecs = anInstantWorld();
    expectRefused(ecs, () => ecs.faults.failNextSnapshot({} as never), 'MissingParameter');
  });
});
