import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERROR_CATALOG } from '../../src/index.js';

const doc = readFileSync(new URL('../../docs/errors.md', import.meta.url), 'utf8');

describe('docs/errors.md', () => {
  describe('when compared with ERROR_CATALOG', () => {
    it.each(Object.entries(ERROR_CATALOG))(
      'lists %s with its HTTP status and message',
      (code, entry) => {
        const row = doc.split('\n').find((line) => line.startsWith(`| \`${code}\` |`));
        expect(row).toBeDefined();
        expect(row).toContain(`| ${entry.httpStatus}`);
        expect(row).toContain(entry.message);
      },
    );

    it('lists no code the catalogue lacks', () => {
      const documented = [...doc.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]);
      expect(documented.sort()).toEqual(Object.keys(ERROR_CATALOG).sort());
    });
  });
});
