import { describe, expect, it } from 'vitest';
import type { EcsEvent, TransitionEvent } from '../../src/index.js';
import { aDiskUnder, aPolicy, aPolicyWorld, snapshotsOf } from '../policies/helpers.js';

const firings = (events: readonly EcsEvent[]) =>
  events.filter(
    (e): e is TransitionEvent => e.kind === 'transition' && e.action === 'auto-snapshot-policy',
  );

describe('an automatic snapshot policy in the audit trail', () => {
  it('records each time point with the automatic snapshots it started, disk by disk', () => {
    const ecs = aPolicyWorld();
    const policyId = aPolicy(ecs);
    const first = aDiskUnder(ecs, policyId);
    const second = aDiskUnder(ecs, policyId);
    ecs.clock.advance('P2D');
    const points = firings(ecs.events);
    expect(points).toHaveLength(2);
    const taken = (diskId: string) => snapshotsOf(ecs, diskId).map((s) => s.snapshotId);
    expect(points.map((p) => p.created)).toEqual([
      [taken(first)[0], taken(second)[0]],
      [taken(first)[1], taken(second)[1]],
    ]);
    expect(points[0]).toMatchObject({ resourceId: policyId, from: null, to: null });
  });

  it('records a time point with no disk under the policy as starting nothing', () => {
    const ecs = aPolicyWorld();
    aPolicy(ecs);
    ecs.clock.advance('P1D');
    expect(firings(ecs.events).map((p) => p.created)).toEqual([[]]);
  });
});
