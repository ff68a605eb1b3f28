import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

// The browser suite (`npm run test:browser`): the web console in a real Chromium, driven by
// playwright-core. Not part of `npm test`, which must not need a browser. Like the unit tests,
// it imports the sources through the `fake-ecs-source` condition.
export default defineConfig({
  resolve: { conditions: ['fake-ecs-source', ...defaultClientConditions] },
  ssr: { resolve: { conditions: ['fake-ecs-source', ...defaultServerConditions] } },
  test: {
    include: ['test/browser/**/*.browser.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
