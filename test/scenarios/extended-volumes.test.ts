// The seed's precautions about extended volumes ("Create a snapshot", Precautions): snapshots of
// an extended volume made from one multi-partition disk can roll the disk back; for a dynamic
// extended volume spanning several disks, rollback is consistent only if nothing was written
// while the snapshots were taken.
import { describe, expect, it } from 'vitest';
import type { CheckConsistencyResult, Ecs } from '../../src/index.js';
import { expectRefused } from '../fixtures/ecs-errors.js';
import { must } from '../fixtures/must.js';
import { GIB, REGION } from '../fixtures/world.js';
import {
  aPartitionedVolume,
  aSpannedVolume,
  BLOCK,
  firstDifference,
  groupOf,
  pattern,
  rollBack,
  STRIPE,
  snap,
  volumeBytes,
  whileStopped,
} from '../volumes/helpers.js';

/** The part of the volume the scenarios write: 24 stripes, 8 rows over 3 disks. */
const SPAN = 24 * STRIPE;

function statusOf(ecs: Ecs, snapshotId: string): string {
  const body = ecs.describeSnapshots({
    regionId: REGION,
    snapshotIds: JSON.stringify([snapshotId]),
  });
  return must(body.snapshots.snapshot[0]).status;
}

/** What the rolled-back volume holds according to the verdict: `latest`, except in its ranges. */
function predicted(
  check: CheckConsistencyResult,
  latest: Uint8Array,
  atCaptureOf: (diskId: string) => Uint8Array,
): Uint8Array {
  const out = latest.slice();
  for (const range of check.ranges) {
    const source = atCaptureOf(range.diskId);
    for (const r of range.volumeRanges) {
      if (r.offset >= out.length) continue;
      const end = Math.min(out.length, r.offset + r.length);
      out.set(source.subarray(r.offset, end), r.offset);
    }
  }
  return out;
}

describe('scenario: extended volumes and rollback consistency', () => {
  it('(1) a partitioned disk written while its snapshot is in progress rolls every partition back exactly', () => {
    const { ecs, instanceId, diskId, volumeId } = aPartitionedVolume(
      [{ offset: 1 << 20, size: 8 * BLOCK }, { size: 8 * BLOCK }, { offset: GIB, size: 8 * BLOCK }],
      { timings: { snapshotStartup: 60, snapshotThroughput: BLOCK } },
    );
    ecs.writeVolume({ volumeId, offset: 0, data: pattern(24 * BLOCK, 1) });
    const before = volumeBytes(ecs, volumeId, 24 * BLOCK);
    const snapshotId = snap(ecs, diskId);
    // I/O while the snapshot is being created, in every partition.
    for (const offset of [BLOCK, 9 * BLOCK, 17 * BLOCK]) {
      ecs.writeVolume({ volumeId, offset, data: pattern(3 * BLOCK, offset) });
      ecs.clock.advance('PT5S');
    }
    expect(statusOf(ecs, snapshotId)).toBe('progressing');
    expect(firstDifference(volumeBytes(ecs, volumeId, 24 * BLOCK), before)).not.toBe(-1);
    expect(ecs.checkConsistency({ snapshotIds: [snapshotId] })).toMatchObject({
      verdict: 'consistent',
      writesBetween: 0,
      ranges: [],
    });
    ecs.clock.settle();
    whileStopped(ecs, instanceId, () => ecs.resetDisk({ diskId, snapshotId }));
    expect(firstDifference(volumeBytes(ecs, volumeId, 24 * BLOCK), before)).toBe(-1);
    expect(ecs.describeVolumes().volumes[0]?.consistency).toBe('consistent');
  });

  it('(2) a spanned volume snapshotted disk by disk with no I/O in between is consistent and reads back exactly', () => {
    const { ecs, instanceId, volumeId, members } = aSpannedVolume({}, STRIPE);
    ecs.writeVolume({ volumeId, offset: 0, data: pattern(SPAN, 2) });
    const before = volumeBytes(ecs, volumeId, SPAN);
    const snapshotIds = members.map((diskId) => snap(ecs, diskId));
    const check = ecs.checkConsistency({ snapshotIds });
    expect(check).toMatchObject({ verdict: 'consistent', writesBetween: 0, ranges: [] });
    expect(check.volumes[0]?.instantOf).toBe(snapshotIds[2]);
    ecs.writeVolume({ volumeId, offset: 0, data: pattern(SPAN, 3) });
    whileStopped(ecs, instanceId, () =>
      rollBack(
        ecs,
        members.map((d, i) => [d, must(snapshotIds[i])] as const),
      ),
    );
    expect(firstDifference(volumeBytes(ecs, volumeId, SPAN), before)).toBe(-1);
    expect(ecs.describeVolumes().volumes[0]?.consistency).toBe('consistent');
  });

  it('(3) with writes between the snapshots, the verdict is unsure and predicts the mixed-time content', () => {
    const { ecs, instanceId, volumeId, members } = aSpannedVolume({}, STRIPE);
    const atCapture = new Map<string, Uint8Array>();
    const snapshotIds: string[] = [];
    for (const [i, diskId] of members.entries()) {
      // A write across the whole span (every disk) before each capture: the disks drift apart.
      ecs.writeVolume({ volumeId, offset: BLOCK / 2, data: pattern(SPAN - BLOCK, 10 + i) });
      snapshotIds.push(snap(ecs, diskId));
      atCapture.set(diskId, volumeBytes(ecs, volumeId, SPAN));
    }
    const check = ecs.checkConsistency({ snapshotIds });
    expect(check.verdict).toBe('unsure');
    // Two writes (before the 2nd and 3rd captures) reached all three disks after the first.
    expect(check.writesBetween).toBe(6);
    expect(new Set(check.ranges.map((r) => r.diskId))).toEqual(new Set(members.slice(0, 2)));
    expect(check.reason).toMatch(/6 write\(s\) reached the disks/);
    const latest = must(atCapture.get(must(members[2])));
    const expected = predicted(check, latest, (d) => must(atCapture.get(d)));
    // The prediction is genuinely mixed: neither the first nor the last instant.
    expect(firstDifference(expected, latest)).not.toBe(-1);
    expect(firstDifference(expected, must(atCapture.get(must(members[0]))))).not.toBe(-1);
    ecs.writeVolume({ volumeId, offset: 0, data: pattern(SPAN, 99) });
    whileStopped(ecs, instanceId, () =>
      rollBack(
        ecs,
        members.map((d, i) => [d, must(snapshotIds[i])] as const),
      ),
    );
    expect(firstDifference(volumeBytes(ecs, volumeId, SPAN), expected)).toBe(-1);
    expect(ecs.describeVolumes().volumes[0]?.consistency).toBe('unsure');
  });

  it('(3b) a strict world refuses that rollback and changes nothing', () => {
    const { ecs, instanceId, volumeId, members } = aSpannedVolume(
      { strictConsistency: true },
      STRIPE,
    );
    const snapshotIds = members.map((diskId, i) => {
      ecs.writeVolume({ volumeId, offset: 0, data: pattern(SPAN, 20 + i) });
      return snap(ecs, diskId);
    });
    ecs.stopInstance({ instanceId });
    ecs.clock.settle();
    const error = expectRefused(
      ecs,
      () =>
        rollBack(
          ecs,
          members.map((d, i) => [d, must(snapshotIds[i])] as const),
        ),
      'OperationDenied.UnsureConsistency',
      403,
    );
    expect(error.message).toMatch(/strictConsistency/);
    expect(ecs.describeVolumes().volumes[0]?.consistency).toBe('consistent');
  });

  it('(4) a snapshot group taken under continuous I/O is consistent and rolls back to its instant', () => {
    const { ecs, instanceId, volumeId, members } = aSpannedVolume(
      { timings: { snapshotStartup: 30, snapshotThroughput: BLOCK } },
      STRIPE,
    );
    let step = 0;
    const io = (times: number) => {
      for (let i = 0; i < times; i++, step++) {
        ecs.writeVolume({
          volumeId,
          offset: (step * 5 * BLOCK) % SPAN,
          data: pattern(4 * STRIPE, step),
        });
        ecs.clock.advance('PT2S');
      }
    };
    io(10);
    const { snapshotGroupId } = ecs.createSnapshotGroup({ regionId: REGION, diskId: members });
    const atGroup = volumeBytes(ecs, volumeId, SPAN);
    io(10);
    const group = groupOf(ecs, snapshotGroupId);
    expect(group.status).toBe('progressing');
    const snapshotIds = group.snapshots.snapshot.map((s) => s.snapshotId);
    expect(ecs.checkConsistency({ snapshotIds })).toMatchObject({
      verdict: 'consistent',
      ranges: [],
    });
    ecs.clock.settle();
    io(5);
    whileStopped(ecs, instanceId, () =>
      rollBack(
        ecs,
        group.snapshots.snapshot.map((s) => [s.sourceDiskId, s.snapshotId] as const),
      ),
    );
    expect(firstDifference(volumeBytes(ecs, volumeId, SPAN), atGroup)).toBe(-1);
    expect(ecs.describeVolumes().volumes[0]?.consistency).toBe('consistent');
  });
});
