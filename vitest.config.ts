import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

// Tests (and the example tests in examples/) import the package by name, like its users: they
// resolve it to src/ through the `fake-ecs-source` condition, so no build is needed. Benches keep
// measuring the built dist/, which is what users run (`npm run bench` builds first).
//
// `isolate: false`: the test files of one worker share its module cache instead of importing and
// transforming src/ again for each of ~150 files (that import was most of the suite's wall time on
// a 2-core machine). Tests build their own worlds and keep no module state; the few that touch a
// global (process.env.TZ, queueMicrotask) restore it in the test itself.
// `testTimeout: 30_000`: the machine is shared by several engineers' suites (load averages of 20
// on 2 cores), where vitest's 5 s default failed property tests that take ~1 s on a quiet machine.
// A timeout is no assertion about speed: benches in test/bench measure that.
// `typecheck.tsconfig`: the type tests (test/types) and what they import, not the whole project:
// `npm run check` type-checks everything; checking all of test/ here too cost ~8 s of CPU that the
// runtime tests compete for.
export default defineConfig(({ mode }) =>
  mode === 'benchmark'
    ? {}
    : {
        resolve: { conditions: ['fake-ecs-source', ...defaultClientConditions] },
        ssr: { resolve: { conditions: ['fake-ecs-source', ...defaultServerConditions] } },
        test: {
          isolate: false,
          testTimeout: 30_000,
          typecheck: { tsconfig: 'test/types/tsconfig.json' },
        },
      },
);
