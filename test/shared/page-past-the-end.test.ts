// Page-number paging past the last page, through every listing of the facade: an empty page (as
// ECS answers), never a slice before the start of an index.

import { describe, expect, it } from 'vitest';
import type { Ecs } from '../../src/index.js';
import { aRunningInstance, aWorld, dataDiskOf, REGION } from '../fixtures/world.js';

/** The listings that page by page number, with what each needs besides the paging. */
const LISTINGS = [
  'describeInstances',
  'describeInstanceStatus',
  'describeDisks',
  'describeSnapshots',
  'describeSnapshotLinks',
  'describeAutoSnapshotPolicyEx',
  'describeImages',
] as const;

function aWorldWithSnapshots(): Ecs {
  const ecs = aWorld({ timings: 'instant' });
  const id = aRunningInstance(ecs, { dataDisk: [{ size: 20 }] });
  ecs.createSnapshot({ diskId: dataDiskOf(ecs, id).diskId });
  ecs.createAutoSnapshotPolicy({
    regionId: REGION,
    timePoints: '["1"]',
    repeatWeekdays: '["1"]',
    retentionDays: 1,
  });
  return ecs;
}

function listed(ecs: Ecs, name: (typeof LISTINGS)[number], pageNumber: number) {
  const list = ecs[name] as (request: object) => { pageNumber: number; totalCount: number };
  return list({ regionId: REGION, pageNumber, pageSize: 50 });
}

describe('page-number paging', () => {
  describe.each([
    ['an empty world', () => aWorld()],
    ['a world with entities', aWorldWithSnapshots],
  ])('in %s', (_, world) => {
    it.each(LISTINGS)('%s serves an empty page past the last one', (name) => {
      const ecs = world();
      const { totalCount } = listed(ecs, name, 1);
      const past = listed(ecs, name, 2) as unknown as Record<string, unknown>;
      expect(past).toMatchObject({ pageNumber: 2, totalCount });
      expect(JSON.stringify(past)).not.toMatch(
        /"(snapshotId|diskId|instanceId|autoSnapshotPolicyId)"/,
      );
    });

    it.each(LISTINGS)(
      '%s serves an empty page for a page number whose offset passes 2^53',
      (name) => {
        const ecs = world();
        const pageNumber = Number.MAX_SAFE_INTEGER;
        expect(listed(ecs, name, pageNumber)).toMatchObject({ pageNumber });
      },
    );
  });
});
