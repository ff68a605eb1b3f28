import { describe, expect, it } from 'vitest';
import { REGION } from '../fixtures/world.js';
import { aDiskInUse, aSnapshotWorld } from '../snapshots/helpers.js';
import { aPolicy, DAILY, snapshotsOf } from './helpers.js';

/** Every hour of the day. */
const HOURLY = JSON.stringify(Array.from({ length: 24 }, (_, h) => String(h)));

/**
 * Two disks under an hourly policy whose snapshots take 100 minutes, out of step: disk B is busy
 * with a manual snapshot at 01:00, so A starts then, B at 02:00, A again at 03:00, ... From then
 * on an automatic snapshot is always in progress.
 */
function overlappingPolicies() {
  const ecs = aSnapshotWorld({ timings: { snapshotStartup: 6000 } });
  const a = aDiskInUse(ecs).diskId;
  const b = aDiskInUse(ecs).diskId;
  ecs.clock.advanceTo('2026-01-01T00:10:00Z');
  const policyId = aPolicy(ecs, { timePoints: HOURLY, repeatWeekdays: DAILY });
  ecs.applyAutoSnapshotPolicy({
    regionId: REGION,
    autoSnapshotPolicyId: policyId,
    diskIds: JSON.stringify([a, b]),
  });
  ecs.createSnapshot({ diskId: b, snapshotName: 'manual' });
  return { ecs, a, b };
}

describe('clock.settle() with automatic snapshot policies', () => {
  // Without the guard settle never returns here. A synchronous loop cannot be interrupted, so the
  // small timeout only flags a guard that became slow; the assertions are what matter.
  it('ends when what was in progress ends, though policies keep snapshots running', {
    timeout: 10_000,
  }, () => {
    const { ecs, a, b } = overlappingPolicies();
    // B's manual snapshot (00:10 to 01:50) is waited for; A's, started at 01:00, is not.
    expect(ecs.clock.settle()).toBe(100 * 60_000);
    expect(ecs.clock.now()).toBe('2026-01-01T01:50:00Z');
    expect(snapshotsOf(ecs, b).map((s) => [s.name, s.status])).toEqual([
      ['manual', 'accomplished'],
    ]);
    expect(snapshotsOf(ecs, a).map((s) => [s.type, s.status])).toEqual([['auto', 'progressing']]);
    // A's snapshot is now in progress at the call, so it is waited for (to 02:40); B's, started
    // at 02:00, is not.
    expect(ecs.clock.settle()).toBe(50 * 60_000);
    expect(snapshotsOf(ecs, a).map((s) => s.status)).toEqual(['accomplished']);
    expect(snapshotsOf(ecs, b).map((s) => [s.type, s.status])).toEqual([
      ['user', 'accomplished'],
      ['auto', 'progressing'],
    ]);
    expect(ecs.state.tasks.operations).toBe(1);
  });
});
