// Bundles the extension (Node and web-worker hosts), the CLI, and the test suites.
const esbuild = require('esbuild');
const fs = require('fs');
const path = require('path');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
// `npm pack` (prepack) builds only the CLI: the npm package ships dist/cli.js alone.
const cliOnly = process.argv.includes('--cli-only');
// `npm run mutate` (StrykerJS) builds only the unit-test bundles and the CLI some of them spawn, once per run.
const unitOnly = process.argv.includes('--unit-only');

// A production build starts from an empty dist/ so no stale source map or bundle reaches the .vsix.
if (production && !cliOnly) fs.rmSync(path.join(__dirname, 'dist'), { recursive: true, force: true });

/** Test files are bundled one per entry so mocha can load them without a TypeScript loader. */
function testEntries(folder) {
  const dir = path.join(__dirname, 'test', folder);
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => path.join('test', folder, f));
}

const common = {
  bundle: true,
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  target: 'es2022',
};

/**
 * mocha's browser build is a UMD file inside a `"type": "module"` package, so esbuild treats it as
 * ESM and its `module.exports = ...` would overwrite our bundle's exports. Hide the CommonJS names
 * so it takes its browser path and sets `globalThis.mocha`, in the Node and the web-worker host alike.
 */
const mochaBrowserBuild = {
  name: 'mocha-browser-build',
  setup(build) {
    build.onLoad({ filter: /[\\/]mocha[\\/]mocha\.js$/ }, async (args) => ({
      contents: `(function (module, exports, define) {\n${await fs.promises.readFile(args.path, 'utf8')}\n}).call(globalThis);`,
      loader: 'js',
    }));
  },
};

/**
 * yaml and markdown-it are loaded on first use, not when a bundle loads: most runs need neither (a plan without
 * front matter, blocks the scanner reads itself), and evaluating their modules was part of every cold start
 * (the CLI bundle loaded in ~40 ms with them, ~25-34 ms without). Each bare import of the two resolves to a
 * module that forwards to the library; the `require` inside is bundled as a module run at its first call.
 * Through `require`, every build takes each library's CommonJS entry (markdown-it's module is its constructor;
 * the `default` is read only in case a future entry is a namespace). Imports from inside node_modules are left alone.
 */
const LAZY_LIBRARIES = {
  yaml: "export function parse(...args) { return require('yaml').parse(...args); }",
  'markdown-it': [
    "export default function MarkdownIt(...args) {",
    "  const library = require('markdown-it');",
    "  return new (library.default ?? library)(...args);",
    "}",
  ].join('\n'),
};
const lazyLibraries = {
  name: 'lazy-libraries',
  setup(build) {
    build.onResolve({ filter: /^(?:yaml|markdown-it)$/ }, (args) => (args.namespace === 'lazy' || /[\\/]node_modules[\\/]/.test(args.importer) ? undefined : { path: args.path, namespace: 'lazy' }));
    build.onLoad({ filter: /.*/, namespace: 'lazy' }, (args) => ({ contents: LAZY_LIBRARIES[args.path], loader: 'js', resolveDir: __dirname }));
  },
};

/**
 * Modules with a web twin (`localDisk.ts` -> `localDisk.web.ts`, `localAccess.ts`): builds for the web-worker host take the
 * twin, which reaches for no Node builtin.
 */
const webTwins = {
  name: 'web-twins',
  setup(build) {
    build.onResolve({ filter: /[\\/](?:localDisk|localAccess)$/ }, (args) => ({ path: path.resolve(args.resolveDir, `${args.path}.web.ts`) }));
  },
};

/**
 * Names this build of the extension: the index's snapshot (a cache of parsed plans kept between sessions) is
 * valid only for the build that wrote it, since a changed parser reads files differently.
 */
const BUILD_ID = JSON.stringify(`${require('./package.json').version}+${Date.now().toString(36)}`);

const builds = [
  {
    ...common,
    entryPoints: { extension: 'src/extension/extension.ts' },
    outdir: 'dist',
    platform: 'node',
    format: 'cjs',
    external: ['vscode'],
    plugins: [lazyLibraries],
    define: { __LEARNING_PLANS_BUILD__: BUILD_ID },
  },
  {
    ...common,
    entryPoints: { extension: 'src/extension/extension.ts' },
    outdir: 'dist/web',
    platform: 'browser',
    format: 'cjs',
    mainFields: ['browser', 'module', 'main'],
    external: ['vscode'],
    // The web build must not reach for Node builtins; fail the build if anything tries.
    plugins: [webTwins, lazyLibraries],
    define: { 'process.env.NODE_ENV': production ? '"production"' : '"development"', __LEARNING_PLANS_BUILD__: BUILD_ID },
  },
  {
    ...common,
    // dist/cli.js (written below) loads this bundle; its map is read only to print a bug's stack trace
    // (src/cli/stackTrace.ts: Node's own source maps cost ~150 ms of every run). The CLI is not in the .vsix.
    entryPoints: { 'cli-main': 'src/cli/main.ts', 'cli-prefilter': 'src/cli/prefilterWorker.ts' },
    sourcemap: true,
    // Minified in every build: a cold process compiles less (the map names the sources in a bug's trace).
    minify: true,
    plugins: [lazyLibraries],
    outdir: 'dist',
    platform: 'node',
    format: 'cjs',
    define: { __VERSION__: JSON.stringify(require('./package.json').version) },
  },
  {
    ...common,
    sourcemap: true,
    minify: false,
    entryPoints: testEntries('unit'),
    outdir: 'out/test/unit',
    outbase: 'test/unit',
    platform: 'node',
    format: 'cjs',
    external: ['mocha', '@vscode/l10n-dev', 'esbuild'], // l10n-dev loads its parser's .wasm files from its own folder
  },
  {
    ...common,
    sourcemap: true,
    minify: false,
    entryPoints: ['test/integration/index.ts', 'test/integration/scaleIndex.ts'],
    outdir: 'out/test/integration',
    outbase: 'test/integration',
    platform: 'browser',
    format: 'cjs',
    mainFields: ['browser', 'module', 'main'],
    // mocha's browser build runs in both extension hosts; vscode is provided by the host.
    external: ['vscode'],
    plugins: [mochaBrowserBuild, webTwins],
  },
  {
    ...common,
    sourcemap: true,
    minify: false,
    // The journey test's clock seam, loaded as extensionTestsPath in the Node extension host.
    entryPoints: ['test/journey/seam.ts'],
    outdir: 'out/test/journey',
    platform: 'node',
    format: 'cjs',
    external: ['vscode'],
  },
  {
    ...common,
    sourcemap: false,
    minify: false,
    entryPoints: ['test/bench/bench.ts', 'test/bench/scale.ts', 'test/bench/reportRss.ts', 'test/bench/markdownItProcess.ts', 'test/bench/makeVault.ts'],
    outdir: 'out/test/bench',
    platform: 'node',
    format: 'cjs',
  },
]
  .filter((options) => Object.keys(options.entryPoints).length > 0 && (!cliOnly || 'cli-main' in options.entryPoints))
  .filter((options) => !unitOnly || 'cli-main' in options.entryPoints || options.outdir === 'out/test/unit');

/**
 * Removes bundles of test files that no longer exist (`out/` is kept between builds): mocha loads every `*.test.js`
 * there, so a test deleted or renamed in `test/` kept running, and passing, in the tree that had built it.
 */
function removeStaleTests(options) {
  const out = path.join(__dirname, options.outdir);
  if (!options.outbase || !fs.existsSync(out)) return;
  for (const file of fs.readdirSync(out, { recursive: true })) {
    const source = /^(.*)\.js(?:\.map)?$/.exec(file);
    if (source && !fs.existsSync(path.join(__dirname, options.outbase, `${source[1]}.ts`))) fs.rmSync(path.join(out, file));
  }
}

/** The CLI's launcher, dist/cli.js (what `bin` names): it loads dist/cli-main.js with its code cache. */
const cliLauncher = {
  ...common,
  sourcemap: false,
  minify: false,
  entryPoints: { cli: 'src/cli/launcher.ts' },
  outdir: 'dist',
  platform: 'node',
  format: 'cjs',
  external: ['./cli-main.js'],
};

/** The build step that makes dist/cli-main.js.cache (not shipped itself). */
const cliCodeCacheTrainer = {
  ...common,
  sourcemap: false,
  minify: false,
  entryPoints: { trainCodeCache: 'src/cli/trainCodeCache.ts' },
  outdir: 'out/cli',
  platform: 'node',
  format: 'cjs',
};

/**
 * V8's code cache for the CLI bundle, made by running the bundle over the sample plans (src/cli/codeCache.ts):
 * a plain child process, so the cache is made under the flags a user's `node` runs with (V8 rejects a cache
 * made under other flags). A bundle rebuilt later (watch mode) no longer matches the cache's header and runs
 * without it.
 */
function trainCliCodeCache() {
  const { spawnSync } = require('child_process');
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  const samples = [path.join(__dirname, 'test', 'fixtures')].filter((folder) => fs.existsSync(folder));
  const run = spawnSync(process.execPath, [path.join(__dirname, 'out', 'cli', 'trainCodeCache.js'), path.join(__dirname, 'dist'), ...samples], { env, stdio: 'inherit' });
  if (run.status !== 0) throw new Error('the CLI code cache could not be made');
  if (!fs.existsSync(path.join(__dirname, 'dist', 'cli-main.js.cache'))) return; // a Node that cannot check one
  // Made under other flags than a plain `node` runs with, V8 would refuse it in every run: say so now.
  const check = spawnSync(process.execPath, [path.join(__dirname, 'out', 'cli', 'trainCodeCache.js'), '--check', path.join(__dirname, 'dist')], { env, encoding: 'utf8' });
  if (check.stdout.trim() !== 'used') throw new Error(`the CLI code cache is not taken by a plain node process: ${check.stdout}${check.stderr}`);
}

async function main() {
  const cli = builds.some((options) => 'cli-main' in options.entryPoints);
  if (cli) builds.push(cliLauncher, cliCodeCacheTrainer);
  builds.forEach(removeStaleTests);
  // A whole build first (watch mode too): the launcher made executable and the CLI's code cache made (~1 s).
  await Promise.all(builds.map((options) => esbuild.build(options)));
  if (cli) {
    fs.chmodSync(path.join(__dirname, 'dist', 'cli.js'), 0o755);
    trainCliCodeCache();
  }
  if (watch) {
    // Rebuilds do not make the cache again: a CLI bundle rebuilt no longer matches it and runs without it.
    for (const options of builds) {
      const context = await esbuild.context(options);
      await context.watch();
    }
    console.log('[watch] watching for changes');
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
