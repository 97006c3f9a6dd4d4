// npm run mutate: mutation testing of the core with StrykerJS (issue 15 item 6; README: Testing > Mutation testing).
// The unit tests run on esbuild bundles, so the sandbox's instrumented sources are bundled once (buildCommand)
// and every mutant is switched on at run time. Timing and process-spawning tests stay in npm test only: under
// instrumentation they would measure Stryker, and a spawned CLI runs without the active mutant.
import { createRequire } from 'module';
import { fileURLToPath } from 'url';

// StrykerJS 9 (Node 20) with mocha 12: see scripts/strykerMocha12.cjs; here and in every test runner process.
const mocha12 = fileURLToPath(new URL('./scripts/strykerMocha12.cjs', import.meta.url));
createRequire(import.meta.url)(mocha12);
// The score of each part with a bar of its own (scripts/strykerScopes.mjs).
// Time-ratio checks run their work once, unjudged (test/unit/linearTime.ts); the test runner processes inherit it.
process.env.LEARNING_PLANS_UNTIMED = '1';
const scopes = fileURLToPath(new URL('./scripts/strykerScopes.mjs', import.meta.url));

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  "packageManager": "npm",
  "plugins": ["@stryker-mutator/*", scopes],
  "mutate": [
    "src/core/**/*.ts"
  ],
  "buildCommand": "node esbuild.js --unit-only",
  "testRunner": "mocha",
  "testRunnerNodeArgs": ["--require", mocha12],
  "mochaOptions": {
    "no-config": true,
    "spec": [
      "out/test/unit/**/*.test.js"
    ],
    "ignore": [
      "out/test/unit/linearTime.test.js",
      "out/test/unit/fuzz/lineTime.test.js",
      "out/test/unit/share/reviewLinear.test.js",
      "out/test/unit/cliSafeWrites.test.js",
      "out/test/unit/share/npmPack.test.js",
      "out/test/unit/codeCache.test.js",
      "out/test/unit/packaging.test.js",
      "out/test/unit/l10n.test.js",
      "out/test/unit/lazyLoad.test.js"
    ]
  },
  "coverageAnalysis": "perTest",
  "ignoreStatic": true,
  "concurrency": 2,
  "timeoutMS": 5000,
  "ignorePatterns": [
    "dist",
    "out",
    "reports",
    ".vscode-test",
    "test-results",
    "*.vsix",
    "*.tgz"
  ],
  "reporters": [
    "scopes",
    "clear-text",
    "progress",
    "html",
    "json"
  ],
  "htmlReporter": {
    "fileName": "reports/mutation/mutation.html"
  },
  "jsonReporter": {
    "fileName": "reports/mutation/mutation.json"
  },
  "incrementalFile": "reports/stryker-incremental.json",
  "thresholds": {
    "high": 90,
    "low": 85,
    "break": null
  },
  "tempDirName": ".stryker-tmp",
  "cleanTempDir": "always"
};
