import { bench, describe } from 'vitest';
import { createEcs, type Ecs } from '../../src/index.js';

const REGION = 'cn-hangzhou';
const ZONE = 'cn-hangzhou-h';

/** A world holding `count` Available data disks, built with instant timings. */
function worldWithDisks(count: number): Ecs {
  const ecs = createEcs({ seed: `bench-${count}`, timings: 'instant' });
  for (let i = 0; i < count; i++) ecs.createDisk({ regionId: REGION, zoneId: ZONE, size: 40 });
  return ecs;
}

// Means are sensitive to GC pauses on a busy machine: compare medians (p50) and min as well.
const OPTIONS = { time: 2000, warmupTime: 300 };

const small = worldWithDisks(100);
const large = worldWithDisks(10_000);

describe('describeDisks: one page of 100', () => {
  bench(
    '100 disks in the world',
    () => {
      small.describeDisks({ regionId: REGION, pageNumber: 1, pageSize: 100 });
    },
    OPTIONS,
  );
  bench(
    '10,000 disks in the world (page 50)',
    () => {
      large.describeDisks({ regionId: REGION, pageNumber: 50, pageSize: 100 });
    },
    OPTIONS,
  );
});

describe('describeDisks: one token page of 100', () => {
  const largeToken = large.describeDisks({ regionId: REGION, maxResults: 500 }).nextToken;
  bench(
    '100 disks in the world (the only full page)',
    () => {
      small.describeDisks({ regionId: REGION, maxResults: 100 });
    },
    OPTIONS,
  );
  bench(
    '10,000 disks in the world (after 500)',
    () => {
      large.describeDisks({ regionId: REGION, maxResults: 100, nextToken: largeToken });
    },
    OPTIONS,
  );
});

describe('createDisk', () => {
  const thousand = worldWithDisks(1_000);
  const hundredThousand = worldWithDisks(100_000);
  bench(
    '1,000 disks in the world',
    () => {
      thousand.createDisk({ regionId: REGION, zoneId: ZONE, size: 40 });
    },
    OPTIONS,
  );
  bench(
    '100,000 disks in the world',
    () => {
      hundredThousand.createDisk({ regionId: REGION, zoneId: ZONE, size: 40 });
    },
    OPTIONS,
  );
});
