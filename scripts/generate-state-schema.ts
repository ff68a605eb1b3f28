// `npm run schema`: regenerates src/saved/state-schema.ts from the state's TypeScript declarations.
// test/saved/state-schema.test.ts fails when the committed file differs from what this writes.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readStateSchema } from './state-schema/read-state-types.js';
import { renderStateSchema } from './state-schema/render-state-schema.js';

const root = join(import.meta.dirname, '..');
const path = join('src', 'saved', 'state-schema.ts');
const text = renderStateSchema(readStateSchema(root));
writeFileSync(join(root, path), text);
process.stdout.write(`wrote ${path} (${text.length} characters)\n`);
