// `npm run contract`: regenerates src/contract/ from the installed official SDK's models, and the
// parameter list and the error matrix of docs/fidelity.md from the operation table.
// test/contract/generated.test.ts fails when the committed files differ from what this writes.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { OPERATION_ROWS } from '../src/operations/table.js';
import { withErrorSection } from './contract/error-section.js';
import { withParameterSection } from './contract/fidelity-doc.js';
import { encodeOperations, loadSdkModels, sdkVersion } from './contract/read-sdk-models.js';
import { renderContract, servedActions } from './contract/render-contract.js';

const root = join(import.meta.dirname, '..');
const files = renderContract(
  encodeOperations(loadSdkModels()),
  sdkVersion(),
  servedActions(OPERATION_ROWS),
);
for (const [path, text] of Object.entries(files)) {
  writeFileSync(join(root, path), text);
  process.stdout.write(`wrote ${path} (${text.length} characters)\n`);
}

// The parameter list of docs/fidelity.md reads the contract just written: run after it.
const fidelity = join(root, 'docs', 'fidelity.md');
writeFileSync(fidelity, withErrorSection(withParameterSection(readFileSync(fidelity, 'utf8'))));
process.stdout.write('wrote the parameter list and the error matrix of docs/fidelity.md\n');
