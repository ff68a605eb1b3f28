import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const example = readFileSync(new URL('../../examples/01-readme.ts', import.meta.url), 'utf8');

describe('README', () => {
  describe('when compared with examples/01-readme.ts', () => {
    it('shows the runnable example verbatim, so the usage it documents is checked by CI', () => {
      const snippet = /## Usage\n\n```ts\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
      const body =
        example.split('\n').slice(2).join('\n').split('\n// What the README promises')[0] ?? '';
      expect(snippet.trim().length).toBeGreaterThan(100);
      expect(body.trim()).toBe(snippet.trim());
    });
  });

  describe('when read by a newcomer', () => {
    it('gives the two quick-start commands', () => {
      expect(readme).toContain('npm ci && npm run demo');
      expect(readme).toContain('npm ci && npm test');
    });
  });
});
