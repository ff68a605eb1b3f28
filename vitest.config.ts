import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

// Tests (and the example tests in examples/) import the package by name, like its users: they
// resolve it to src/ through the `fake-ecs-source` condition, so no build is needed. Benches keep
// measuring the built dist/, which is what users run (`npm run bench` builds first).
export default defineConfig(({ mode }) =>
  mode === 'benchmark'
    ? {}
    : {
        resolve: { conditions: ['fake-ecs-source', ...defaultClientConditions] },
        ssr: { resolve: { conditions: ['fake-ecs-source', ...defaultServerConditions] } },
      },
);
