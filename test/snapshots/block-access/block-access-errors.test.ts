import { describe, expect, it } from 'vitest';
import type { Ecs } from '../../../src/index.js';
import { findSnapshot } from '../../../src/snapshots/store.js';
import {
  aBlockWorld,
  aSnapshot,
  aWritableDisk,
  BLOCK,
  writeBlocks,
} from '../../fixtures/block-disk.js';
import { expectRefused } from '../../fixtures/ecs-errors.js';
import { must } from '../../fixtures/must.js';
import { aWorld, diskIn } from '../../fixtures/world.js';

type Call = (ecs: Ecs, snapshotId: string) => unknown;

/** Each block-access call, reading one snapshot by the given id. */
const CALLS: [string, Call][] = [
  ['listSnapshotBlocks', (ecs, snapshotId) => ecs.listSnapshotBlocks({ snapshotId })],
  ['listChangedBlocks (second)', (ecs, id) => ecs.listChangedBlocks({ secondSnapshotId: id })],
  ['getSnapshotBlock', (ecs, snapshotId) => ecs.getSnapshotBlock({ snapshotId, blockIndex: 0 })],
];

type RawCall = (ecs: Ecs, request: unknown) => unknown;

/** Calls that pass `request` through untyped, with a valid request for a snapshot. */
const RAW: [string, RawCall, (snapshotId: string) => object][] = [
  [
    'listSnapshotBlocks',
    (ecs, r) => ecs.listSnapshotBlocks(r as never),
    (id) => ({ snapshotId: id }),
  ],
  [
    'listChangedBlocks',
    (ecs, r) => ecs.listChangedBlocks(r as never),
    (id) => ({ secondSnapshotId: id }),
  ],
  [
    'getSnapshotBlock',
    (ecs, r) => ecs.getSnapshotBlock(r as never),
    (id) => ({ snapshotId: id, blockIndex: 0 }),
  ],
];

function aWorldWithSnapshot(): { ecs: Ecs; snapshotId: string } {
  const ecs = aBlockWorld();
  const diskId = aWritableDisk(ecs);
  writeBlocks(ecs, diskId, [0], 'A');
  return { ecs, snapshotId: aSnapshot(ecs, diskId) };
}

/** A progressing snapshot of a non-ESSD disk: not usable until accomplished. */
function aProgressingUltraSnapshot(): { ecs: Ecs; snapshotId: string } {
  const ecs = aWorld({ blockSize: BLOCK });
  const diskId = aWritableDisk(ecs, { category: 'cloud_efficiency' });
  writeBlocks(ecs, diskId, [0], 'A');
  return { ecs, snapshotId: ecs.createSnapshot({ diskId }).snapshotId };
}

/** A snapshot failed by stopping its instance while it was progressing. */
function aFailedSnapshot(): { ecs: Ecs; snapshotId: string } {
  const ecs = aWorld({ blockSize: BLOCK, instanceChangeDuringSnapshot: 'fail-snapshot' });
  const diskId = aWritableDisk(ecs);
  writeBlocks(ecs, diskId, [0], 'A');
  const { snapshotId } = ecs.createSnapshot({ diskId });
  ecs.stopInstance({ instanceId: must(diskIn(ecs, diskId)?.instanceId) });
  ecs.clock.settle();
  expect(findSnapshot(ecs.state, snapshotId)?.status).toBe('failed');
  return { ecs, snapshotId };
}

describe('block access errors', () => {
  describe.each(CALLS)('%s', (_name, call) => {
    it('returns InvalidSnapshotId.NotFound for an unknown snapshot', () => {
      const { ecs } = aWorldWithSnapshot();
      const error = expectRefused(
        ecs,
        () => call(ecs, 's-bp1nosuchsnapshot000'),
        'InvalidSnapshotId.NotFound',
        404,
      );
      expect(error.requestId).toMatch(/^[0-9A-F-]{36}$/);
    });

    it('returns InvalidSnapshotId.NotReady for a failed snapshot', () => {
      const { ecs, snapshotId } = aFailedSnapshot();
      const error = expectRefused(
        ecs,
        () => call(ecs, snapshotId),
        'InvalidSnapshotId.NotReady',
        403,
      );
      expect(error.description).toContain('failed');
    });

    it('returns InvalidSnapshotId.NotReady for a progressing snapshot that is not available', () => {
      const { ecs, snapshotId } = aProgressingUltraSnapshot();
      const error = expectRefused(
        ecs,
        () => call(ecs, snapshotId),
        'InvalidSnapshotId.NotReady',
        403,
      );
      expect(error.description).toContain('has not completed yet');
      ecs.clock.settle();
      call(ecs, snapshotId);
    });
  });

  describe('listChangedBlocks with a first snapshot', () => {
    it('returns InvalidSnapshotId.NotFound for an unknown first snapshot', () => {
      const { ecs, snapshotId } = aWorldWithSnapshot();
      expectRefused(
        ecs,
        () => ecs.listChangedBlocks({ firstSnapshotId: 's-nope', secondSnapshotId: snapshotId }),
        'InvalidSnapshotId.NotFound',
      );
    });

    it('returns InvalidSnapshotId.NotReady for a failed first snapshot', () => {
      const { ecs, snapshotId } = aFailedSnapshot();
      const diskId = must(findSnapshot(ecs.state, snapshotId)).sourceDiskId;
      ecs.startInstance({ instanceId: must(diskIn(ecs, diskId)?.instanceId) });
      ecs.clock.settle();
      const second = aSnapshot(ecs, diskId);
      expectRefused(
        ecs,
        () => ecs.listChangedBlocks({ firstSnapshotId: snapshotId, secondSnapshotId: second }),
        'InvalidSnapshotId.NotReady',
      );
    });
  });

  describe.each(RAW)('%s, with a malformed request', (_name, call, valid) => {
    it.each([
      ['no request', undefined, 'MissingParameter'],
      ['a string', 's-123', 'InvalidParameter'],
      ['null', null, 'InvalidParameter'],
      ['an array', [], 'InvalidParameter'],
      ['an empty object', {}, 'MissingParameter'],
    ] as const)('refuses %s', (_what, request, code) => {
      const { ecs } = aWorldWithSnapshot();
      expectRefused(ecs, () => call(ecs, request), code);
    });

    it('refuses an unknown field with UnsupportedParameter', () => {
      const { ecs, snapshotId } = aWorldWithSnapshot();
      call(ecs, valid(snapshotId));
      const request = { ...valid(snapshotId), expiryTime: 5 };
      const error = expectRefused(ecs, () => call(ecs, request), 'UnsupportedParameter');
      expect(error.description).toContain('ExpiryTime');
    });
  });

  describe('paging parameters', () => {
    const listings: [string, (ecs: Ecs, id: string, paging: object) => unknown][] = [
      ['listSnapshotBlocks', (ecs, id, p) => ecs.listSnapshotBlocks({ snapshotId: id, ...p })],
      ['listChangedBlocks', (ecs, id, p) => ecs.listChangedBlocks({ secondSnapshotId: id, ...p })],
    ];
    describe.each(listings)('%s', (_name, list) => {
      it.each([
        { maxResults: 99 },
        { maxResults: 10_001 },
        { maxResults: 150.5 },
        { maxResults: 'many' },
        { startingBlockIndex: -1 },
        { startingBlockIndex: 0.5 },
        { nextToken: 42 },
      ])('refuses %o with InvalidParameter', (paging) => {
        const { ecs, snapshotId } = aWorldWithSnapshot();
        expectRefused(ecs, () => list(ecs, snapshotId, paging), 'InvalidParameter');
      });

      it.each([{ maxResults: 100 }, { maxResults: 10_000 }, { startingBlockIndex: 2 ** 40 }])(
        'accepts %o',
        (paging) => {
          const { ecs, snapshotId } = aWorldWithSnapshot();
          list(ecs, snapshotId, paging);
        },
      );
    });
  });

  describe('getSnapshotBlock parameters', () => {
    it.each([
      [{ blockIndex: -1 }, 'InvalidParameter'],
      [{ blockIndex: 1.5 }, 'InvalidParameter'],
      [{ blockIndex: 'first' }, 'InvalidParameter'],
      [{}, 'MissingParameter'],
      [{ blockIndex: 0, blockToken: 7 }, 'InvalidParameter'],
    ] as const)('refuses %o with %s', (fields, code) => {
      const { ecs, snapshotId } = aWorldWithSnapshot();
      expectRefused(ecs, () => ecs.getSnapshotBlock({ snapshotId, ...fields } as never), code);
    });
  });
});
