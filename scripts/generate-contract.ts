// `npm run contract`: regenerates src/contract/ from the installed official SDK's models.
// test/contract/generated.test.ts fails when the committed files differ from what this writes.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeOperations, loadSdkModels, sdkVersion } from './contract/read-sdk-models.js';
import { renderContract } from './contract/render-contract.js';

const root = join(import.meta.dirname, '..');
const files = renderContract(encodeOperations(loadSdkModels()), sdkVersion());
for (const [path, text] of Object.entries(files)) {
  writeFileSync(join(root, path), text);
  process.stdout.write(`wrote ${path} (${text.length} characters)\n`);
}
