import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readStateSchema } from '../../scripts/state-schema/read-state-types.js';
import { renderStateSchema } from '../../scripts/state-schema/render-state-schema.js';
import { createEcs } from '../../src/index.js';
import { Damage, ShapeChecker, stateShape } from '../../src/saved/check-shape.js';
import { aRichWorld } from './helpers.js';

const root = join(import.meta.dirname, '..', '..');

describe('the saved-world schema', () => {
  it('is what `npm run schema` derives from the state types (run it after changing a type)', () => {
    const committed = readFileSync(join(root, 'src', 'saved', 'state-schema.ts'), 'utf8');
    expect(committed).toBe(renderStateSchema(readStateSchema(root)));
  }, 60_000);

  it('names the field a damaged save gets wrong', () => {
    const saved = aRichWorld().ecs.export();
    const nodes = saved.state.nodes as Record<string, unknown>[];
    const disk = nodes.find((n) => typeof n['diskId'] === 'string' && 'content' in n);
    if (disk === undefined) throw new Error('no disk node');
    disk['status'] = 'Melting';
    expect(() => createEcs({ from: saved })).toThrow(
      new RegExp(
        `^createEcs: option "from" is not a world saved by ecs\\.export\\(\\) \\(its state is inconsistent: state\\.disks\\["${String(disk['diskId'])}"\\]\\.status is "Melting", not "Creating" or `,
      ),
    );
  });

  it('accepts every part of a rich world as it is', () => {
    const checker: ShapeChecker = new ShapeChecker({ container: () => undefined });
    expect(() => checker.check(stateShape(), aRichWorld().ecs.state, 'state')).not.toThrow(Damage);
  });
});
