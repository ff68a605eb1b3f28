// `ecs.state` shares structure between versions; JSON.stringify writes a shared part once per use,
// `ecs.export()` once. The documentation must say which one saves a world.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { aDiskInUse, anInstantWorld, BLOCK } from '../snapshots/helpers.js';

const source = (path: string) =>
  readFileSync(new URL(`../../src/${path}`, import.meta.url), 'utf8');

describe('ecs.state as JSON', () => {
  it('grows with snapshots x blocks, while ecs.export() grows with the blocks written', () => {
    const ecs = anInstantWorld();
    const { diskId } = aDiskInUse(ecs);
    const sizes = (count: number) => {
      for (let i = 0; i < count; i++) {
        ecs.writeDisk({ diskId, writes: [{ offset: 2 * i * BLOCK, length: BLOCK, fill: 'x' }] });
        ecs.createSnapshot({ diskId });
      }
      return {
        state: JSON.stringify(ecs.state).length,
        saved: JSON.stringify(ecs.export()).length,
      };
    };
    const first = sizes(100);
    const second = sizes(100);
    // Twice the snapshots: the export about doubles, the state's text about quadruples.
    expect(second.saved / first.saved).toBeLessThan(2.5);
    expect(second.state / first.state).toBeGreaterThan(second.saved / first.saved + 0.5);
  });

  it('is documented as not JSON-serialisable, pointing to ecs.export()', () => {
    for (const file of ['state/ecs-state.ts', 'facade/create-ecs.ts']) {
      const text = source(file);
      expect(text).not.toMatch(/JSON-serialisable/);
      expect(text).toMatch(
        /JSON\.stringify[\s\S]{0,300}export\(\)|export\(\)[\s\S]{0,300}JSON\.stringify/,
      );
    }
  });
});
