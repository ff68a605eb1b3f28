import { describe, expect, it } from 'vitest';
import { findSnapshot } from '../../src/snapshots/store.js';
import { must } from '../fixtures/must.js';
import { aDiskInUse, anInstantWorld } from '../snapshots/helpers.js';
import { restored } from './helpers.js';

describe('ecs.export with extents and overlays', () => {
  it('restores a many-block bytes extent and partial-write overlays, bytes and identities', () => {
    const ecs = anInstantWorld();
    const { diskId } = aDiskInUse(ecs);
    const data = Uint8Array.from({ length: 3 * 524_288 + 100 }, (_, i) => (i * 7) % 256);
    ecs.writeDisk({ diskId, offset: 0, data });
    ecs.writeDisk({ diskId, offset: 10, data: 'overlay' });
    ecs.writeDisk({ diskId, offset: 524_288 * 2 + 5, length: 3, fill: 'tiny' });
    ecs.createSnapshot({ diskId });
    const before = ecs.readDisk({ diskId, offset: 0, length: data.length });
    const copy = restored(ecs);
    expect(Buffer.compare(copy.readDisk({ diskId, offset: 0, length: data.length }), before)).toBe(
      0,
    );
    const { snapshotId } = copy.createSnapshot({ diskId });
    // Nothing was written since the first snapshot: identities survived the round trip.
    expect(must(findSnapshot(copy.state, snapshotId)).ownBlocks).toBe(0);
  });
});
